package nl.perspectiefopwerk.kandidaat.zoekopdracht;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bewaarde zoekopdrachten met een melding in de applicatie voor nieuwe passende profielen. Nieuw is een
 * profielcode die bij de laatste keer bekijken (of bij het bewaren) nog niet in het resultaat stond. Er
 * worden alleen filters en profielcodes bewaard; profielcodes verschillen per organisatie en zeggen
 * niets over wie de kandidaat is.
 */
@Service
public class Zoekopdrachten {

  public static final Set<Rol> ZOEKERS = Set.of(Rol.WERKGEVER, Rol.BEMIDDELAAR, Rol.REGIOLOKET);
  static final int MAX_PER_GEBRUIKER = 20;
  static final int MAX_NAAM = 100;

  /** Een zoekopdracht met het aantal nieuwe profielen sinds de laatste keer bekijken. */
  public record Overzicht(Zoekopdracht zoekopdracht, int nieuw) {}

  /** Uitkomst van bewaren: bewaard, of afgewezen met een berichtsleutel. */
  public sealed interface Bewaren {
    record Bewaard(UUID id) implements Bewaren {}

    record Afgewezen(String sleutel) implements Bewaren {}
  }

  private final ZoekopdrachtRepository repository;
  private final KandidaatApi kandidaten;
  private final TaxonomieApi taxonomie;

  Zoekopdrachten(ZoekopdrachtRepository repository, KandidaatApi kandidaten, TaxonomieApi taxonomie) {
    this.repository = repository;
    this.kandidaten = kandidaten;
    this.taxonomie = taxonomie;
  }

  /** Bewaart de zoekopdracht; wat nu al gevonden wordt, telt niet als nieuw. */
  @Transactional
  public Bewaren bewaar(HuidigeGebruiker g, String naam, Zoekcriteria criteria) {
    String schoon = naam == null ? "" : naam.strip();
    if (schoon.isEmpty()) return new Bewaren.Afgewezen("zoekopdracht.fout.naamVerplicht");
    if (schoon.length() > MAX_NAAM || schoon.chars().anyMatch(Character::isISOControl)) {
      return new Bewaren.Afgewezen("zoekopdracht.fout.naamTeLang");
    }
    if (repository.aantal(g.gebruikersnaam()) >= MAX_PER_GEBRUIKER) return new Bewaren.Afgewezen("zoekopdracht.fout.teVeel");
    UUID id = UUID.randomUUID();
    repository.voegToe(id, g.gebruikersnaam(), schoon, criteria, codes(g, criteria));
    return new Bewaren.Bewaard(id);
  }

  @Transactional(readOnly = true)
  public List<Overzicht> overzicht(HuidigeGebruiker g) {
    return repository.vanGebruiker(g.gebruikersnaam()).stream().map(z -> new Overzicht(z, nieuw(g, z).size())).toList();
  }

  /** Voor de melding op de startpagina: het aantal verschillende nieuwe profielen over alle zoekopdrachten. */
  @Transactional(readOnly = true)
  public int aantalNieuw(HuidigeGebruiker g) {
    if (!ZOEKERS.contains(g.rol()) || g.hoofdregio() == null) return 0;
    Set<String> nieuw = new LinkedHashSet<>();
    for (Zoekopdracht z : repository.vanGebruiker(g.gebruikersnaam())) nieuw.addAll(nieuw(g, z));
    return nieuw.size();
  }

  /** Opent de zoekopdracht: alles wat hij nu vindt, geldt vanaf nu als bekend. */
  @Transactional
  public Zoekcriteria open(HuidigeGebruiker g, UUID id) {
    Zoekopdracht z = eigen(g, id);
    repository.markeerBekeken(z.id(), g.gebruikersnaam(), codes(g, z.criteria()));
    return z.criteria();
  }

  @Transactional
  public void verwijder(HuidigeGebruiker g, UUID id) {
    if (!repository.verwijder(id, g.gebruikersnaam())) throw nietGevonden();
  }

  private Zoekopdracht eigen(HuidigeGebruiker g, UUID id) {
    return repository.vind(id, g.gebruikersnaam()).orElseThrow(Zoekopdrachten::nietGevonden);
  }

  private static NietGevondenException nietGevonden() {
    // Zelfde antwoord voor "bestaat niet" en "van een ander": niets prijsgeven.
    return new NietGevondenException("Deze zoekopdracht bestaat niet.");
  }

  private Set<String> nieuw(HuidigeGebruiker g, Zoekopdracht z) {
    Set<String> nieuw = codes(g, z.criteria());
    nieuw.removeAll(z.bekendeCodes());
    return nieuw;
  }

  /** Alle profielcodes die deze gebruiker nu met deze criteria vindt (alle pagina's). */
  private Set<String> codes(HuidigeGebruiker g, Zoekcriteria c) {
    Zoekfilter filter = filter(c);
    Set<String> codes = new LinkedHashSet<>();
    int pagina = 1;
    Pagina<AnoniemProfiel> p;
    do {
      p = kandidaten.zoekInBestand(g, filter, new PaginaVerzoek(pagina++, PaginaVerzoek.MAX_GROOTTE));
      p.items().forEach(x -> codes.add(x.profielcode()));
    } while (p.heeftVolgende());
    return codes;
  }

  /** Hetzelfde filter als de zoekpagina /bestand van deze criteria maakt. */
  private Zoekfilter filter(Zoekcriteria c) {
    String beroepId = c.beroep() == null ? null
        : taxonomie.suggestiesBeroepen(c.beroep(), 1).stream().findFirst().map(r -> r.item().id()).orElse("onbekend");
    String postcode = c.postcode() != null && c.postcode().matches("[1-9][0-9]{3}( ?[A-Za-z]{2})?") ? c.postcode() : null;
    String vaardigheidId = c.vaardigheid() == null ? null
        : taxonomie.suggestiesVaardigheden(c.vaardigheid(), 1).stream().findFirst().map(r -> r.item().id()).orElse("onbekend");
    return new Zoekfilter(beroepId, vaardigheidId, c.werkvorm(), c.minUren(), postcode, c.afstandKm(), c.instrument(), c.beschikbaarVoor(),
        c.sortering());
  }
}
