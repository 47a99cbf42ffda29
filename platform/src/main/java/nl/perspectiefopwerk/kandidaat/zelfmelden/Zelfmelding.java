package nl.perspectiefopwerk.kandidaat.zelfmelden;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.perspectiefopwerk.kandidaat.Bsn;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeUitkomst;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Veldfouten;
import nl.perspectiefopwerk.kandidaat.beveiliging.Kluis;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zelfmelden (KandidaatAanmelden): een werkzoekende maakt zelf een account en een profiel. De aanmelding
 * komt in de lijst van de gekozen gemeente of het UWV van de regio, voor de werkfittoets. Zonder
 * werkfitbeoordeling staat het profiel nog niet in het anonieme bestand.
 *
 * <p>Meldingen in de {@link Veldfouten} zijn ofwel Nederlandse tekst (uit {@link KandidaatService#controleer})
 * ofwel een berichtsleutel die met {@value #SLEUTEL_PREFIX} begint.
 */
@Service
public class Zelfmelding {

  public static final String BRON = "zelfmelding";
  public static final String SLEUTEL_PREFIX = "zelfmelden.";
  static final int MIN_WACHTWOORD = 12;
  static final int MAX_WACHTWOORD = 64;
  private static final int MAX_BCRYPT_BYTES = 72;

  /** Wie de werkfittoets afneemt. */
  public enum Beoordelaar {
    GEMEENTE,
    UWV
  }

  /** Wat de werkzoekende invult; het profiel in dezelfde vorm als bij een intake door de consulent. */
  public record Aanmelding(
      String email, String wachtwoord, String wachtwoordHerhaling, IntakeGegevens gegevens, Beoordelaar beoordelaar,
      boolean bestandstoestemming) {}

  public sealed interface Uitkomst {
    record Aangemeld(KandidaatId kandidaat, String gebruikersnaam) implements Uitkomst {}

    /** Niets opgeslagen. */
    record Afgekeurd(Veldfouten fouten) implements Uitkomst {}
  }

  private final KandidaatApi kandidaten;
  private final KandidaatService service;
  private final KandidaatRepository repository;
  private final Kluis kluis;
  private final RegioApi regio;
  private final ToegangApi toegang;
  private final PasswordEncoder wachtwoorden;

  Zelfmelding(
      KandidaatApi kandidaten, KandidaatService service, KandidaatRepository repository, Kluis kluis, RegioApi regio,
      ToegangApi toegang, PasswordEncoder wachtwoorden) {
    this.kandidaten = kandidaten;
    this.service = service;
    this.repository = repository;
    this.kluis = kluis;
    this.regio = regio;
    this.toegang = toegang;
    this.wachtwoorden = wachtwoorden;
  }

  /** Account, kandidaat, koppeling en (als aangevinkt) toestemming: alles of niets. */
  @Transactional
  public Uitkomst meldAan(Aanmelding a) {
    String email = a.email() == null ? "" : a.email().strip().toLowerCase(Locale.ROOT);
    IntakeGegevens gegevens = metEmail(a.gegevens(), email);
    Veldfouten fouten = new Veldfouten();
    if (email.isEmpty()) fouten.voegToe("email", SLEUTEL_PREFIX + "fout.emailVerplicht");
    service.controleer(gegevens).geordend().forEach(fouten::voegToe);
    controleerWachtwoord(a, fouten);
    Optional<Organisatie> beoordelaar = Optional.empty();
    if (a.beoordelaar() == null) {
      fouten.voegToe("beoordelaar", SLEUTEL_PREFIX + "fout.beoordelaarKiezen");
    } else if (!fouten.alle().containsKey("postcode")) {
      beoordelaar = beoordelaar(gegevens.postcode(), a.beoordelaar());
      if (beoordelaar.isEmpty()) {
        fouten.voegToe("beoordelaar", SLEUTEL_PREFIX + (a.beoordelaar() == Beoordelaar.GEMEENTE ? "fout.gemeenteOnbekend" : "fout.uwvOnbekend"));
      }
    }
    if (!fouten.alle().containsKey("bsn") && repository.metBsnHash(kluis.hash(Bsn.van(gegevens.bsn()))).isPresent()) {
      // Een bekend BSN zou een bestaand dossier bijwerken en aan dit account koppelen: nooit via zelfmelden.
      fouten.voegToe("bsn", SLEUTEL_PREFIX + "fout.bsnBekend");
    }
    if (!fouten.isLeeg()) return new Uitkomst.Afgekeurd(fouten);

    PostcodeGebied gebied = postcodegebied(gegevens.postcode()).orElseThrow();
    String naam = gegevens.voornaam().strip() + " " + gegevens.achternaam().strip();
    if (toegang.registreerKandidaat(email, naam, wachtwoorden.encode(a.wachtwoord()), gebied.regio().code()).isEmpty()) {
      fouten.voegToe("email", SLEUTEL_PREFIX + "fout.emailBestaat");
      return new Uitkomst.Afgekeurd(fouten);
    }
    IntakeUitkomst uitkomst =
        kandidaten.neemIn(gegevens, new KandidaatApi.Herkomst(beoordelaar.orElseThrow().id().waarde(), BRON, null, email));
    if (!(uitkomst instanceof IntakeUitkomst.Aangemaakt aangemaakt)) {
      // Na de controles hierboven kan dit niet; rol het account terug in plaats van een bestaand dossier te raken.
      throw new IllegalStateException("Zelfmelding leverde geen nieuwe kandidaat op: " + uitkomst.getClass().getSimpleName());
    }
    KandidaatId id = aangemaakt.id();
    repository.koppelBron(id.waarde(), BRON, email);
    repository.koppelGebruiker(id.waarde(), email);
    if (a.bestandstoestemming()) service.geefBestandstoestemming(id, Toestemming.Wijze.DOOR_KANDIDAAT, email);
    return new Uitkomst.Aangemeld(id, email);
  }

  private static void controleerWachtwoord(Aanmelding a, Veldfouten fouten) {
    String w = a.wachtwoord() == null ? "" : a.wachtwoord();
    if (w.length() < MIN_WACHTWOORD) fouten.voegToe("wachtwoord", SLEUTEL_PREFIX + "fout.wachtwoordKort");
    else if (w.length() > MAX_WACHTWOORD || w.getBytes(StandardCharsets.UTF_8).length > MAX_BCRYPT_BYTES) {
      fouten.voegToe("wachtwoord", SLEUTEL_PREFIX + "fout.wachtwoordLang");
    } else if (w.isBlank()) fouten.voegToe("wachtwoord", SLEUTEL_PREFIX + "fout.wachtwoordKort");
    if (!w.equals(a.wachtwoordHerhaling())) fouten.voegToe("wachtwoordHerhaling", SLEUTEL_PREFIX + "fout.wachtwoordVerschilt");
  }

  /** De gemeente van de woonplaats (als die met het platform werkt) of het UWV van de regio. */
  private Optional<Organisatie> beoordelaar(String postcode, Beoordelaar keuze) {
    Optional<PostcodeGebied> gebied = postcodegebied(postcode);
    if (gebied.isEmpty()) return Optional.empty();
    List<Organisatie> inRegio = toegang.organisatiesInRegio(gebied.get().regio().code());
    return switch (keuze) {
      case GEMEENTE -> inRegio.stream()
          .filter(o -> o.type() == OrganisatieType.GEMEENTE && gebied.get().gemeente().code().equals(o.gemeentecode()))
          .findFirst();
      case UWV -> inRegio.stream().filter(o -> o.type() == OrganisatieType.UWV).findFirst();
    };
  }

  private Optional<PostcodeGebied> postcodegebied(String postcode) {
    try {
      return regio.postcode(Postcode4.van(postcode.strip().substring(0, 4)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static IntakeGegevens metEmail(IntakeGegevens g, String email) {
    return new IntakeGegevens(
        g.voornaam(), g.achternaam(), g.bsn(), g.geboortedatum(), g.straat(), g.huisnummer(), g.postcode(), g.woonplaats(),
        email.isEmpty() ? null : email, g.telefoon(), g.doelgroepen(), g.opleidingsniveau(), g.startkwalificatie(), g.beroepen(),
        g.vaardigheden(), g.talen(), g.rijbewijs(), g.urenPerWeek(), g.maxReisafstandKm(), g.beschikbaarVanaf(),
        g.werkvormwensen(), g.sectorwensen(), g.ondersteuning());
  }
}
