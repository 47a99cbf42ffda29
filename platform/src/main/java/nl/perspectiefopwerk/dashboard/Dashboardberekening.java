package nl.perspectiefopwerk.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Alle dashboardcijfers als pure functies van vastgelegde feiten: niets wordt ingetypt, elke uitkomst
 * is uit dezelfde feiten opnieuw te berekenen. Onderdrukking van kleine aantallen gebeurt bij weergave.
 */
public final class Dashboardberekening {

  private Dashboardberekening() {}

  /** De stappen van de trechter, van geïdentificeerd tot duurzaam geplaatst. */
  public enum Stap {
    GEIDENTIFICEERD, WERKFIT, IN_BESTAND, BELANGSTELLING, EERSTE_GESPREK, PLAATSING, DUURZAAM
  }

  /** Hoe een regio ervoor staat ten opzichte van het naar tijd evenredige deel van de ambitie. */
  public enum Koers {
    GEEN_PLAN, VOOR, OP_KOERS, ACHTER
  }

  public record TrechterStap(Stap stap, long aantal) {}

  public record Kerncijfers(
      int regios, int plannenGoedgekeurd, long ambitie, long plaatsingen, long duurzaam, long uitval,
      long toegekendCent, long betaaldCent, long bestedCent) {}

  public record Realisatie(
      String regiocode, String naam, Integer ambitie, long verwacht, long plaatsingen, long duurzaam, Koers koers) {}

  public record GeldRij(String circulaire, int tranche, String status, int regios, long bedragCent) {}

  public record AanwezigheidRij(String regiocode, String naam, int bijgewoond, int bijeenkomsten) {}

  public record Telling(String sleutel, long aantal) {}

  public record ActualiteitRij(String regiocode, String naam, long inBestand, long verouderd) {
    public double aandeel() {
      long n = inBestand + verouderd;
      return n == 0 ? 0 : (double) verouderd / n;
    }
  }

  public record Maandpunt(YearMonth maand, long belangstellingen, long eersteGesprekken, long plaatsingen, long duurzaam, long uitval) {}

  public static List<TrechterStap> trechter(Collection<RegioFeiten> regios) {
    return List.of(
        new TrechterStap(Stap.GEIDENTIFICEERD, som(regios, RegioFeiten::geidentificeerd)),
        new TrechterStap(Stap.WERKFIT, som(regios, RegioFeiten::werkfit)),
        new TrechterStap(Stap.IN_BESTAND, som(regios, RegioFeiten::inBestand)),
        new TrechterStap(Stap.BELANGSTELLING, som(regios, RegioFeiten::belangstellingen)),
        new TrechterStap(Stap.EERSTE_GESPREK, som(regios, RegioFeiten::eersteGesprekken)),
        new TrechterStap(Stap.PLAATSING, som(regios, RegioFeiten::plaatsingen)),
        new TrechterStap(Stap.DUURZAAM, som(regios, RegioFeiten::duurzaam)));
  }

  public static Kerncijfers kerncijfers(Collection<RegioFeiten> regios, String goedgekeurdeStatus) {
    return new Kerncijfers(
        regios.size(),
        (int) regios.stream().filter(r -> r.ambitie() != null || Objects.equals(goedgekeurdeStatus, r.planstatus())).count(),
        regios.stream().mapToLong(r -> r.ambitie() == null ? 0 : r.ambitie()).sum(),
        som(regios, RegioFeiten::plaatsingen),
        som(regios, RegioFeiten::duurzaam),
        som(regios, RegioFeiten::uitval),
        som(regios, RegioFeiten::toegekendCent),
        som(regios, RegioFeiten::betaaldCent),
        som(regios, RegioFeiten::bestedCent));
  }

  /**
   * Ambitie tegenover realisatie. Het verwachte aantal is het deel van de ambitie dat bij gelijkmatige
   * voortgang op de peildatum gehaald zou zijn (dagen verstreken / dagen in de termijn). Voor = minstens
   * 110% daarvan, op koers = minstens 90%, anders achter.
   */
  public static List<Realisatie> realisatie(Collection<RegioFeiten> regios, LocalDate peildatum) {
    List<Realisatie> uit = new ArrayList<>();
    for (RegioFeiten r : regios) {
      if (r.ambitie() == null || r.termijnStart() == null) {
        uit.add(new Realisatie(r.regiocode(), r.naam(), r.ambitie(), 0, r.plaatsingen(), r.duurzaam(), Koers.GEEN_PLAN));
        continue;
      }
      LocalDate einde = r.termijnEinde() != null ? r.termijnEinde() : r.termijnStart().plusYears(2);
      long verwacht = verwacht(r.ambitie(), r.termijnStart(), einde, peildatum);
      Koers koers;
      if (verwacht == 0) koers = Koers.OP_KOERS;
      else if (r.plaatsingen() * 10 >= verwacht * 11) koers = Koers.VOOR;
      else if (r.plaatsingen() * 10 >= verwacht * 9) koers = Koers.OP_KOERS;
      else koers = Koers.ACHTER;
      uit.add(new Realisatie(r.regiocode(), r.naam(), r.ambitie(), verwacht, r.plaatsingen(), r.duurzaam(), koers));
    }
    uit.sort(Comparator.comparing(Realisatie::regiocode));
    return uit;
  }

  static long verwacht(int ambitie, LocalDate start, LocalDate einde, LocalDate peildatum) {
    if (!peildatum.isAfter(start)) return 0;
    long totaal = Math.max(1, ChronoUnit.DAYS.between(start, einde));
    long verstreken = Math.min(totaal, ChronoUnit.DAYS.between(start, peildatum));
    return Math.round((double) ambitie * verstreken / totaal);
  }

  public static Map<String, Long> plannenPerStatus(Collection<RegioFeiten> regios, List<String> volgorde) {
    Map<String, Long> uit = new LinkedHashMap<>();
    volgorde.forEach(s -> uit.put(s, 0L));
    for (RegioFeiten r : regios) uit.merge(r.planstatus() == null ? "GEEN" : r.planstatus(), 1L, Long::sum);
    return uit;
  }

  /** Geld per circulaire, tranche en status; regels zonder circulaire (nog niet toegekend) achteraan. */
  public static List<GeldRij> geldPerCirculaire(Collection<GeldFeit> geld) {
    record Sleutel(String circulaire, int tranche, String status) {}
    Map<Sleutel, long[]> som = new LinkedHashMap<>();
    geld.stream()
        .sorted(Comparator.comparing((GeldFeit g) -> g.circulaire() == null ? "~" : g.circulaire())
            .thenComparingInt(GeldFeit::tranche).thenComparing(GeldFeit::status))
        .forEach(g -> {
          long[] s = som.computeIfAbsent(new Sleutel(g.circulaire(), g.tranche(), g.status()), k -> new long[2]);
          s[0]++;
          s[1] += g.bedragCent();
        });
    List<GeldRij> uit = new ArrayList<>();
    som.forEach((k, v) -> uit.add(new GeldRij(k.circulaire(), k.tranche(), k.status(), (int) v[0], v[1])));
    return uit;
  }

  public static List<AanwezigheidRij> aanwezigheid(Collection<RegioFeiten> regios) {
    return regios.stream()
        .map(r -> new AanwezigheidRij(r.regiocode(), r.naam(), r.bijgewoond(), r.bijeenkomsten()))
        .sorted(Comparator.comparing(AanwezigheidRij::regiocode))
        .toList();
  }

  /** Het aantal regio's per thema (of pijler): "32 van de 35 regio's werken aan ...". Meest genoemd eerst. */
  public static List<Telling> regiosPer(Collection<RegioFeiten> regios, java.util.function.Function<RegioFeiten, Collection<String>> kenmerk) {
    Map<String, Long> tel = new TreeMap<>();
    for (RegioFeiten r : regios) for (String k : kenmerk.apply(r)) tel.merge(k, 1L, Long::sum);
    return tel.entrySet().stream()
        .map(e -> new Telling(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Telling::aantal).reversed().thenComparing(Telling::sleutel))
        .toList();
  }

  public static List<ActualiteitRij> actualiteit(Collection<RegioFeiten> regios) {
    return regios.stream()
        .map(r -> new ActualiteitRij(r.regiocode(), r.naam(), r.inBestand(), r.verouderd()))
        .sorted(Comparator.comparing(ActualiteitRij::regiocode))
        .toList();
  }

  /**
   * Maandreeks over alle regio's (regiocode null) of één regio, van de eerste tot de laatste maand met
   * feiten, zonder gaten: een maand zonder feiten telt als nul.
   */
  public static List<Maandpunt> maandreeks(Collection<Maandfeit> feiten, String regiocode) {
    TreeMap<YearMonth, long[]> som = new TreeMap<>();
    for (Maandfeit f : feiten) {
      if (regiocode != null && !regiocode.equals(f.regiocode())) continue;
      long[] s = som.computeIfAbsent(f.maand(), m -> new long[5]);
      s[0] += f.belangstellingen();
      s[1] += f.eersteGesprekken();
      s[2] += f.plaatsingen();
      s[3] += f.duurzaam();
      s[4] += f.uitval();
    }
    List<Maandpunt> uit = new ArrayList<>();
    if (som.isEmpty()) return uit;
    for (YearMonth m = som.firstKey(); !m.isAfter(som.lastKey()); m = m.plusMonths(1)) {
      long[] s = som.getOrDefault(m, new long[5]);
      uit.add(new Maandpunt(m, s[0], s[1], s[2], s[3], s[4]));
    }
    return uit;
  }

  private static long som(Collection<RegioFeiten> regios, ToLongFunction<RegioFeiten> veld) {
    return regios.stream().mapToLong(veld).sum();
  }
}
