package nl.perspectiefopwerk.matching.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;

/**
 * De score van één paar kandidaat–werkplek als som van benoemde onderdelen, elk met een Nederlandse
 * uitleg, en de harde filters. Dit is de leesbare definitie: de snelle {@link Matchindex} rekent
 * precies hetzelfde uit op arrays, en de {@link NaieveMatcher} gebruikt deze klasse als referentie.
 */
public final class Scoring {

  private Scoring() {}

  /** De onderdelen van de score. */
  public enum Onderdeel {
    VAARDIGHEDEN,
    BEROEP,
    AFSTAND,
    UREN,
    WERKVORM,
    OPLEIDING,
    INSTRUMENTEN,
    BESCHIKBAARHEID
  }

  /** Eén regel van de uitleg. */
  public record Regel(Onderdeel onderdeel, int punten, String tekst) {}

  /** De volledige uitleg; {@code totaal} is de som van de punten van de regels. */
  public record Uitleg(int totaal, List<Regel> regels) {
    public Uitleg {
      regels = List.copyOf(regels);
    }
  }

  /** Waarom een paar niet in aanmerking komt (harde filters). */
  public enum Afwijzing {
    NIET_WERKFIT("niet (meer) werkfit"),
    GEEN_TOESTEMMING("geen toestemming voor het bestand"),
    NIET_IN_BESTAND("staat niet in het bestand"),
    GEPLAATST("is al geplaatst"),
    ANDERE_REGIO("woont in een andere arbeidsmarktregio"),
    TE_VER("verder dan de maximale reisafstand"),
    TE_WEINIG_UREN("te weinig uren beschikbaar");

    private final String tekst;

    Afwijzing(String tekst) {
      this.tekst = tekst;
    }

    public String tekst() {
      return tekst;
    }
  }

  /** De eerste harde filter waarop het paar afvalt, of null als het in aanmerking komt. */
  public static Afwijzing afwijzing(MatchKandidaat k, MatchWerkplek w, Locaties locaties, Gewichten g, boolean regioFilter) {
    if (!k.werkfit()) return Afwijzing.NIET_WERKFIT;
    if (!k.toestemming()) return Afwijzing.GEEN_TOESTEMMING;
    if (!k.inBestand()) return Afwijzing.NIET_IN_BESTAND;
    if (k.geplaatst()) return Afwijzing.GEPLAATST;
    if (regioFilter && !k.regiocode().equals(w.regiocode())) return Afwijzing.ANDERE_REGIO;
    int km10 = locaties.km10(k.pc4(), w.pc4());
    if (km10 > k.maxKm() * 10) return Afwijzing.TE_VER;
    if (k.uren() + g.urenMarge() < w.uren()) return Afwijzing.TE_WEINIG_UREN;
    return null;
  }

  /** De totale score (zonder teksten). */
  public static int score(MatchKandidaat k, MatchWerkplek w, Locaties locaties, Gewichten g, Specificiteit sp) {
    return uitleg(k, w, locaties, g, sp, false).totaal();
  }

  /**
   * De uitleg van de score.
   *
   * @param sp hoe zwaar elke vaardigheid weegt ({@link Specificiteit#GELIJK}: allemaal even zwaar)
   * @param grof afstanden afgerond op 5 km (voor werkgevers: minder herleidbaar)
   */
  public static Uitleg uitleg(MatchKandidaat k, MatchWerkplek w, Locaties locaties, Gewichten g, Specificiteit sp, boolean grof) {
    List<Regel> regels = new ArrayList<>();
    // Vaardigheden: zelf opgegeven plus die uit eerdere beroepen.
    Set<String> eigen = new HashSet<>(k.vaardigheden());
    Set<String> alle = new HashSet<>(eigen);
    alle.addAll(k.vaardighedenUitBeroepen());
    int[] gedekt = new int[3]; // essentieel, optioneel, beroepsprofiel
    int viaBeroep = 0;
    int specifiek = 0;
    int vPunten = 0;
    for (int stap = 0; stap < 3; stap++) {
      int gewicht = stap == 0 ? g.essentieleVaardigheid() : stap == 1 ? g.optioneleVaardigheid() : g.beroepsprofiel();
      if (gewicht == 0) continue; // telt niet mee, dus ook niet in de uitleg
      for (String s : stap == 0 ? w.essentieel() : stap == 1 ? w.optioneel() : w.beroepsprofiel()) {
        if (!alle.contains(s)) continue;
        gedekt[stap]++;
        if (!eigen.contains(s)) viaBeroep++;
        if (sp.isSpecifiek(s)) specifiek++;
        vPunten += sp.punten(gewicht, s);
      }
    }
    String vTekst = gedekt[0] + " van " + w.essentieel().size() + " essentiële vaardigheden";
    if (!w.optioneel().isEmpty() && g.optioneleVaardigheid() > 0) vTekst += ", " + gedekt[1] + " van " + w.optioneel().size() + " optionele";
    if (!w.beroepsprofiel().isEmpty() && g.beroepsprofiel() > 0) {
      vTekst += ", " + gedekt[2] + " van " + w.beroepsprofiel().size() + " andere uit het beroepsprofiel";
    }
    if (viaBeroep > 0) vTekst += " (" + viaBeroep + " via eerdere beroepen)";
    if (specifiek > 0) vTekst += "; " + specifiek + (specifiek == 1 ? " specifieke vaardigheid telt" : " specifieke vaardigheden tellen") + " zwaarder";
    regels.add(new Regel(Onderdeel.VAARDIGHEDEN, vPunten, vTekst));

    // Beroep: hetzelfde ESCO-beroep, anders dezelfde ISCO-eenheidsgroep.
    if (w.beroepId() != null && k.beroepen().contains(w.beroepId())) {
      regels.add(new Regel(Onderdeel.BEROEP, g.zelfdeBeroep(), "ervaring in hetzelfde beroep"));
    } else if (w.iscoGroep() != null && k.iscoGroepen().contains(w.iscoGroep())) {
      regels.add(new Regel(Onderdeel.BEROEP, g.zelfdeBeroepsgroep(), "ervaring in dezelfde beroepsgroep (ISCO " + w.iscoGroep() + ")"));
    } else {
      regels.add(new Regel(Onderdeel.BEROEP, 0, "geen ervaring in dit beroep of deze beroepsgroep"));
    }

    // Afstand tussen de PC4-centroïden tegenover de maximale reisafstand.
    int km10 = locaties.km10(k.pc4(), w.pc4());
    if (km10 < 0) {
      regels.add(new Regel(Onderdeel.AFSTAND, 0, "afstand onbekend (max. " + k.maxKm() + " km)"));
    } else {
      int max10 = k.maxKm() * 10;
      int punten = max10 == 0 ? 0 : g.afstand() * Math.max(0, max10 - km10) / max10;
      String km = grof ? "ca. " + Math.max(5, (km10 + 25) / 50 * 5) + " km" : ((km10 + 5) / 10) + " km";
      regels.add(new Regel(Onderdeel.AFSTAND, punten, km + " (max. " + k.maxKm() + ")"));
    }

    // Uren.
    int tekort = Math.max(0, w.uren() - k.uren());
    int urenPunten = g.uren() * Math.max(0, g.urenMarge() + 1 - tekort) / (g.urenMarge() + 1);
    regels.add(new Regel(Onderdeel.UREN, urenPunten,
        w.uren() + " uur gevraagd, " + k.uren() + " uur beschikbaar"));

    // Werkvorm in voorkeursvolgorde.
    int rang = k.werkvormen().indexOf(w.werkvorm());
    if (rang < 0) {
      regels.add(new Regel(Onderdeel.WERKVORM, 0, naam(w.werkvorm()) + " staat niet bij de passende werkvormen"));
    } else {
      regels.add(new Regel(Onderdeel.WERKVORM, g.werkvorm() / (rang + 1),
          (rang == 0 ? "voorkeur: " : (rang + 1) + "e voorkeur: ") + naam(w.werkvorm())));
    }

    // Opleiding en startkwalificatie.
    Opleidingsniveau min = w.minOpleiding();
    if (min == null) {
      regels.add(new Regel(Onderdeel.OPLEIDING, g.opleiding(), "geen opleidingseis"));
    } else if (k.opleiding().compareTo(min) >= 0) {
      regels.add(new Regel(Onderdeel.OPLEIDING, g.opleiding(), "opleiding " + naam(k.opleiding()) + " voldoet (" + naam(min) + " gevraagd)"));
    } else if (k.startkwalificatie() && min.compareTo(Opleidingsniveau.MBO2) <= 0) {
      regels.add(new Regel(Onderdeel.OPLEIDING, g.opleiding() / 2, "startkwalificatie (" + naam(min) + " gevraagd)"));
    } else {
      regels.add(new Regel(Onderdeel.OPLEIDING, 0, "opleiding " + naam(k.opleiding()) + " lager dan gevraagd (" + naam(min) + ")"));
    }

    // Instrumenten die de kandidaat nodig heeft en de werkgever aanbiedt.
    if (k.instrumenten().isEmpty()) {
      regels.add(new Regel(Onderdeel.INSTRUMENTEN, g.instrumenten(), "geen instrumenten nodig"));
    } else {
      List<Instrument> mogelijk = k.instrumenten().stream().filter(w.instrumenten()::contains).toList();
      List<Instrument> niet = k.instrumenten().stream().filter(i -> !w.instrumenten().contains(i)).toList();
      String tekst = mogelijk.isEmpty() ? "" : namen(mogelijk) + " mogelijk";
      if (!niet.isEmpty()) tekst += (tekst.isEmpty() ? "" : "; ") + namen(niet) + " niet aangeboden";
      regels.add(new Regel(Onderdeel.INSTRUMENTEN, g.instrumenten() * mogelijk.size() / k.instrumenten().size(), tekst));
    }

    // Beschikbaarheid tegenover de startdatum.
    long dagen = ChronoUnit.DAYS.between(w.startdatum(), k.beschikbaarVanaf());
    if (dagen <= 0) {
      regels.add(new Regel(Onderdeel.BESCHIKBAARHEID, g.beschikbaarheid(), "beschikbaar op de startdatum"));
    } else if (dagen <= 30) {
      regels.add(new Regel(Onderdeel.BESCHIKBAARHEID, g.beschikbaarheid() / 2, "beschikbaar " + dagen + " dagen na de startdatum"));
    } else {
      regels.add(new Regel(Onderdeel.BESCHIKBAARHEID, 0, "pas beschikbaar " + dagen + " dagen na de startdatum"));
    }
    int totaal = regels.stream().mapToInt(Regel::punten).sum();
    return new Uitleg(totaal, regels);
  }

  public static String naam(Werkvorm v) {
    return switch (v) {
      case REGULIER -> "reguliere baan";
      case LEERWERKPLEK -> "leerwerkplek";
      case BASISBAAN -> "basisbaan";
    };
  }

  public static String naam(Opleidingsniveau o) {
    return switch (o) {
      case GEEN -> "geen";
      case BASISONDERWIJS -> "basisonderwijs";
      case VMBO -> "vmbo";
      case MBO1 -> "mbo 1";
      case MBO2 -> "mbo 2";
      case MBO3 -> "mbo 3";
      case MBO4 -> "mbo 4";
      case HAVO_VWO -> "havo/vwo";
      case HBO -> "hbo";
      case WO -> "wo";
    };
  }

  public static String naam(Instrument i) {
    return switch (i) {
      case NO_RISK_POLIS -> "no-riskpolis";
      case JOBCOACHING -> "jobcoaching";
      case LOONKOSTENSUBSIDIE -> "loonkostensubsidie";
      case LOONKOSTENDISPENSATIE -> "loonkostendispensatie";
      case PROEFPLAATSING -> "proefplaatsing";
      case DETACHERING -> "detachering";
      case MAATWERKBUDGET -> "maatwerkbudget";
      case WERKPLEKAANPASSING -> "werkplekaanpassing";
      case SCHOLINGSBUDGET -> "scholingsbudget";
    };
  }

  private static String namen(List<Instrument> lijst) {
    List<String> n = lijst.stream().map(Scoring::naam).toList();
    if (n.size() == 1) return n.getFirst();
    return String.join(", ", n.subList(0, n.size() - 1)) + " en " + n.getLast();
  }
}
