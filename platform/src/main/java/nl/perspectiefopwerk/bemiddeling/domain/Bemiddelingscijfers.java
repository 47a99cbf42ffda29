package nl.perspectiefopwerk.bemiddeling.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.perspectiefopwerk.bemiddeling.Maandcijfers;

/**
 * Bemiddelingscijfers per maand, als pure functie van de vastgelegde feiten: geen opslag, geen klok (de datum van
 * vandaag is een parameter), niets met de hand bijgewerkt. Een eerste gesprek telt in de maand waarin het
 * plaatsvond, en alleen als die datum niet in de toekomst ligt.
 */
public final class Bemiddelingscijfers {

  private Bemiddelingscijfers() {}

  /** Een verzoek: wanneer aangemaakt en (als het er was) wanneer het eerste gesprek was. */
  public record Verzoekfeit(LocalDate aangevraagd, LocalDate eersteGesprek) {}

  /** Een plaatsing: start en (als van toepassing) de datum waarop ze duurzaam of beëindigd werd. */
  public record Plaatsingsfeit(LocalDate start, LocalDate duurzaamOp, LocalDate beeindigdOp) {}

  public static List<Maandcijfers> perMaand(String regiocode, List<Verzoekfeit> verzoeken, List<Plaatsingsfeit> plaatsingen, YearMonth van,
      YearMonth tot, LocalDate vandaag) {
    if (van == null || tot == null || tot.isBefore(van)) throw new IllegalArgumentException("van moet voor of gelijk aan tot liggen");
    if (van.plusMonths(240).isBefore(tot)) throw new IllegalArgumentException("hoogstens 240 maanden");
    List<Maandcijfers> uit = new ArrayList<>();
    for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
      YearMonth maand = m;
      int belangstellingen = (int) verzoeken.stream().filter(v -> in(v.aangevraagd(), maand)).count();
      List<Long> dagen = verzoeken.stream()
          .filter(v -> v.eersteGesprek() != null && !v.eersteGesprek().isAfter(vandaag) && in(v.eersteGesprek(), maand))
          .map(v -> Math.max(0, ChronoUnit.DAYS.between(v.aangevraagd(), v.eersteGesprek())))
          .sorted().toList();
      int gestart = (int) plaatsingen.stream().filter(p -> in(p.start(), maand)).count();
      int duurzaam = (int) plaatsingen.stream().filter(p -> in(p.duurzaamOp(), maand)).count();
      int uitval = (int) plaatsingen.stream().filter(p -> in(p.beeindigdOp(), maand)).count();
      uit.add(new Maandcijfers(regiocode, maand, belangstellingen, dagen.size(), gestart, duurzaam, uitval, mediaan(dagen)));
    }
    return uit;
  }

  /** De mediaan van een gesorteerde lijst; het gemiddelde van de middelste twee bij een even aantal; null als leeg. */
  static Double mediaan(List<Long> gesorteerd) {
    int n = gesorteerd.size();
    if (n == 0) return null;
    return n % 2 == 1 ? gesorteerd.get(n / 2).doubleValue() : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
  }

  private static boolean in(LocalDate d, YearMonth m) {
    return d != null && YearMonth.from(d).equals(m);
  }
}
