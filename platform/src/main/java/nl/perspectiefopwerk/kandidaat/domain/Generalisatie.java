package nl.perspectiefopwerk.kandidaat.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * k-anonimiteit op de quasi-identificerende kenmerken van het anonieme profiel: woonplaats en leeftijd.
 * Een profiel wordt getoond op het fijnste niveau waarop minstens k getoonde profielen dezelfde
 * combinatie delen; anders wordt het grover (leeftijd 5 jaar → 10 jaar → breed → weggelaten, daarna
 * gemeente → regio) en als zelfs dat niet genoeg is, wordt het niet getoond.
 *
 * <p>De niveaus worden van fijn naar grof afgelopen: wie op een niveau een klasse van ≥ k vormt, ligt
 * daar vast; de rest gaat een niveau verder. Zo heeft elke gepubliceerde klasse ≥ k leden.
 */
public final class Generalisatie {

  private Generalisatie() {}

  /** Quasi-identificerende kenmerken van één zichtbaar profiel. */
  public record Kenmerken(UUID id, String gemeentecode, String regiocode, LocalDate geboortedatum) {}

  /** Wat er getoond mag worden: gemeente of alleen regio, en de leeftijdsband (null = weggelaten). */
  public record Getoond(String gemeentecode, String regiocode, String leeftijdsband) {
    public boolean alleenRegio() {
      return gemeentecode == null;
    }
  }

  private record Niveau(boolean gemeente, Function<Integer, String> band) {}

  /**
   * Van fijn naar grof. Woonplaats gaat voor leeftijd: voor een werkgever telt reisafstand meer dan
   * leeftijd, dus eerst wordt de leeftijd grover en pas daarna de gemeente de regio.
   */
  private static final List<Niveau> NIVEAUS =
      List.of(
          new Niveau(true, Generalisatie::band5),
          new Niveau(true, Generalisatie::band10),
          new Niveau(true, Generalisatie::bandBreed),
          new Niveau(true, leeftijd -> null),
          new Niveau(false, Generalisatie::band10),
          new Niveau(false, Generalisatie::bandBreed),
          new Niveau(false, leeftijd -> null));

  /** @return per getoond profiel wat er getoond mag worden; ontbrekende ids worden onderdrukt */
  public static Map<UUID, Getoond> pas(List<Kenmerken> profielen, int k, LocalDate vandaag) {
    if (k < 2) throw new IllegalArgumentException("k moet minstens 2 zijn");
    Map<UUID, Getoond> uitkomst = new HashMap<>();
    List<Kenmerken> resterend = new ArrayList<>(profielen);
    for (Niveau niveau : NIVEAUS) {
      Map<Getoond, List<Kenmerken>> klassen = new LinkedHashMap<>();
      for (Kenmerken p : resterend) {
        int leeftijd = Period.between(p.geboortedatum(), vandaag).getYears();
        Getoond g = new Getoond(niveau.gemeente() ? p.gemeentecode() : null, p.regiocode(), niveau.band().apply(leeftijd));
        klassen.computeIfAbsent(g, x -> new ArrayList<>()).add(p);
      }
      resterend = new ArrayList<>();
      for (var klasse : klassen.entrySet()) {
        if (klasse.getValue().size() >= k) {
          klasse.getValue().forEach(p -> uitkomst.put(p.id(), klasse.getKey()));
        } else {
          resterend.addAll(klasse.getValue());
        }
      }
      if (resterend.isEmpty()) break;
    }
    return uitkomst;
  }

  static String band5(int leeftijd) {
    if (leeftijd < 20) return "tot 20";
    if (leeftijd >= 65) return "65+";
    int van = leeftijd / 5 * 5;
    return van + "–" + (van + 4);
  }

  static String band10(int leeftijd) {
    if (leeftijd < 20) return "tot 20";
    if (leeftijd >= 60) return "60+";
    int van = leeftijd / 10 * 10;
    return van + "–" + (van + 9);
  }

  static String bandBreed(int leeftijd) {
    if (leeftijd < 35) return "tot 35";
    if (leeftijd < 55) return "35–54";
    return "55+";
  }
}
