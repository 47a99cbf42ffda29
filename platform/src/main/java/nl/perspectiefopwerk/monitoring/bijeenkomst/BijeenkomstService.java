package nl.perspectiefopwerk.monitoring.bijeenkomst;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.BijeenkomstVastgelegd;
import nl.perspectiefopwerk.monitoring.Deelname;
import nl.perspectiefopwerk.monitoring.DeelnameVastgelegd;
import nl.perspectiefopwerk.monitoring.regels.Toegangsregels;
import nl.perspectiefopwerk.monitoring.regels.Vastlegging;
import nl.perspectiefopwerk.monitoring.Vorm;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bijeenkomsten: plannen (ondersteuningsteam, stuurgroep, ministerie), verslag vastleggen, aanwezigheid per regio
 * (ondersteuningsteam) en de inbreng van een regio (regiocoördinator: voortgang, knelpunten, goede praktijken en
 * mislukkingen, voorstellen voor de stuurgroep).
 */
@Service
public class BijeenkomstService {

  static final int MAX = 10_000;

  private final BijeenkomstRepository repository;
  private final AuditApi audit;
  private final ApplicationEventPublisher events;

  BijeenkomstService(BijeenkomstRepository repository, AuditApi audit, ApplicationEventPublisher events) {
    this.repository = repository;
    this.audit = audit;
    this.events = events;
  }

  public List<Bijeenkomst> alle(HuidigeGebruiker g) {
    if (!Toegangsregels.landelijk(g)) Toegangsregels.vereis(g, Rol.REGIOCOORDINATOR);
    return repository.alle();
  }

  public Bijeenkomst bijeenkomst(HuidigeGebruiker g, UUID id) {
    if (!Toegangsregels.landelijk(g)) Toegangsregels.vereis(g, Rol.REGIOCOORDINATOR);
    return repository.vind(id).orElseThrow(() -> new NietGevondenException("Bijeenkomst " + id + " bestaat niet."));
  }

  /** Alle deelnames (landelijke rollen) of alleen die van de eigen regio (regiocoördinator). */
  public List<Deelname> deelnames(HuidigeGebruiker g, UUID bijeenkomst) {
    bijeenkomst(g, bijeenkomst);
    List<Deelname> alle = repository.deelnames(bijeenkomst);
    return Toegangsregels.landelijk(g) ? alle : alle.stream().filter(d -> g.werktInRegio(d.regiocode())).toList();
  }

  public List<Deelname> voorstellen(HuidigeGebruiker g) {
    if (!Toegangsregels.landelijk(g)) throw new org.springframework.security.access.AccessDeniedException("Alleen landelijk");
    return repository.voorstellen();
  }

  @Transactional
  public Map<String, String> plan(HuidigeGebruiker g, BijeenkomstSoort soort, LocalDate datum, String thema, Vorm vorm) {
    Toegangsregels.vereis(g, Rol.ONDERSTEUNINGSTEAM, Rol.STUURGROEP, Rol.MINISTERIE);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (soort == null) fouten.put("soort", "monitoring.fout.soort");
    if (datum == null) fouten.put("datum", "monitoring.fout.datum");
    if (thema == null || thema.isBlank() || thema.strip().length() > 300) fouten.put("thema", "monitoring.fout.thema");
    if (vorm == null) fouten.put("vorm", "monitoring.fout.vorm");
    if (!fouten.isEmpty()) return fouten;
    UUID id = UUID.randomUUID();
    repository.voegToe(new Bijeenkomst(id, soort, datum, thema.strip(), vorm, "", 0));
    Vastlegging.registreer(audit, g, Handeling.AANMAKEN, "bijeenkomst", id.toString(), "Bijeenkomst plannen (" + soort + ")");
    events.publishEvent(new BijeenkomstVastgelegd(id, soort, datum));
    return Map.of();
  }

  @Transactional
  public Map<String, String> legVerslagVast(HuidigeGebruiker g, UUID id, int versie, String verslag) {
    Toegangsregels.vereis(g, Rol.ONDERSTEUNINGSTEAM, Rol.STUURGROEP, Rol.MINISTERIE);
    Bijeenkomst b = bijeenkomst(g, id);
    if (verslag == null || verslag.length() > MAX) return Map.of("verslag", "monitoring.fout.verslag");
    if (b.versie() != versie || !repository.wijzigVerslag(id, versie, verslag.strip())) throw Vastlegging.gelijktijdig();
    Vastlegging.registreer(audit, g, Handeling.WIJZIGEN, "bijeenkomst", id.toString(), "Verslag van de bijeenkomst vastleggen");
    events.publishEvent(new BijeenkomstVastgelegd(id, b.soort(), b.datum()));
    return Map.of();
  }

  /** Het ondersteuningsteam legt de aanwezigheid per regio vast (alleen landelijke bijeenkomsten). */
  @Transactional
  public void legAanwezigheidVast(HuidigeGebruiker g, UUID id, Map<String, Boolean> aanwezigPerRegio) {
    Toegangsregels.vereis(g, Rol.ONDERSTEUNINGSTEAM);
    Bijeenkomst b = bijeenkomst(g, id);
    if (b.soort() != BijeenkomstSoort.LANDELIJK) throw new IllegalArgumentException("Aanwezigheid alleen bij landelijke bijeenkomsten");
    aanwezigPerRegio.forEach((regio, aanwezig) -> {
      repository.legAanwezigheidVast(id, regio, aanwezig);
      events.publishEvent(new DeelnameVastgelegd(id, regio, aanwezig));
    });
    Vastlegging.registreer(audit, g, Handeling.WIJZIGEN, "bijeenkomst", id.toString(), "Aanwezigheid per regio vastleggen");
  }

  /** De regiocoördinator legt de inbreng van de eigen regio vast. */
  @Transactional
  public Map<String, String> legInbrengVast(HuidigeGebruiker g, UUID id, String voortgang, String knelpunten, String goedePraktijken,
      String voorstel) {
    Toegangsregels.vereis(g, Rol.REGIOCOORDINATOR);
    Bijeenkomst b = bijeenkomst(g, id);
    if (b.soort() != BijeenkomstSoort.LANDELIJK) return Map.of("voortgang", "monitoring.fout.geenLandelijke");
    Map<String, String> fouten = new LinkedHashMap<>();
    Map<String, String> velden = Map.of("voortgang", s(voortgang), "knelpunten", s(knelpunten), "goedePraktijken", s(goedePraktijken),
        "voorstel", s(voorstel));
    velden.forEach((k, v) -> {
      if (v.length() > MAX) fouten.put(k, "monitoring.fout.teLang");
    });
    if (velden.values().stream().allMatch(String::isEmpty)) fouten.put("voortgang", "monitoring.fout.inbrengLeeg");
    if (!fouten.isEmpty()) return fouten;
    String regio = g.hoofdregio();
    repository.legInbrengVast(new Deelname(id, regio, false, s(voortgang), s(knelpunten), s(goedePraktijken), s(voorstel)));
    Vastlegging.registreer(audit, g, Handeling.WIJZIGEN, "bijeenkomst", id.toString(), "Inbreng van de regio " + regio + " vastleggen");
    events.publishEvent(new DeelnameVastgelegd(id, regio, repository.deelnames(id).stream()
        .filter(d -> d.regiocode().equals(regio)).findFirst().map(Deelname::aanwezig).orElse(false)));
    return Map.of();
  }

  private static String s(String v) {
    return v == null ? "" : v.strip();
  }
}
