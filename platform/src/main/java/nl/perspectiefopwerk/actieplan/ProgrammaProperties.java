package nl.perspectiefopwerk.actieplan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * De programmakalender en de bedragen; de standaardwaarden zijn de kalender van de oproep van 2019.
 *
 * @param vandaag optioneel: de datum die het platform als "vandaag" gebruikt (demo en oefenen in een latere tijd)
 * @param septemberUiterlijk indienen tot en met deze datum → septembercirculaire
 * @param decemberUiterlijk indienen tot en met deze datum → decembercirculaire; ook de uiterste indieningsdatum
 * @param bzkSeptember BZK-deadline voor de septembercirculaire (goedkeuring daarna → decembercirculaire)
 * @param bzkDecember BZK-deadline voor de decembercirculaire (goedkeuring daarna → maartcirculaire)
 * @param septembercirculaire publicatiedatum septembercirculaire
 * @param decembercirculaire publicatiedatum decembercirculaire
 * @param maartcirculaire publicatiedatum circulaire van maart (tweede tranche)
 * @param looptijdJaren looptijd van een plan vanaf de goedkeuringsdatum
 * @param programmaEinde de (oorspronkelijke) einddatum van het programma; verlengen kan in monitoring
 * @param jaarbudgetCent het programmabudget per jaar, in cent
 * @param perRegioPerJaarCent het bedrag per regio per jaar (één tranche), in cent
 * @param aanwezigheidsdrempelProcent minimale aanwezigheid bij landelijke bijeenkomsten voor de tweede tranche
 * @param maxOvereenkomstBytes maximale grootte van de samenwerkingsovereenkomst (PDF)
 * @param landelijkeBijeenkomsten geplande landelijke bijeenkomsten
 * @param stuurgroepvergaderingen geplande stuurgroepvergaderingen
 */
@ConfigurationProperties("pow.programma")
public record ProgrammaProperties(
    LocalDate vandaag,
    @DefaultValue("2019-04-15") LocalDate septemberUiterlijk,
    @DefaultValue("2019-07-15") LocalDate decemberUiterlijk,
    @DefaultValue("2019-07-05") LocalDate bzkSeptember,
    @DefaultValue("2019-09-15") LocalDate bzkDecember,
    @DefaultValue("2019-09-17") LocalDate septembercirculaire,
    @DefaultValue("2019-12-13") LocalDate decembercirculaire,
    @DefaultValue("2020-03-13") LocalDate maartcirculaire,
    @DefaultValue("2") int looptijdJaren,
    @DefaultValue("2020-12-31") LocalDate programmaEinde,
    @DefaultValue("3500000000") long jaarbudgetCent,
    @DefaultValue("100000000") long perRegioPerJaarCent,
    @DefaultValue("75") int aanwezigheidsdrempelProcent,
    @DefaultValue("10485760") int maxOvereenkomstBytes,
    @DefaultValue({"2019-03-25", "2019-06-20", "2019-10-10", "2020-02-06"}) List<LocalDate> landelijkeBijeenkomsten,
    @DefaultValue({"2019-05-21", "2019-08-27", "2019-11-19"}) List<LocalDate> stuurgroepvergaderingen) {

  public ProgrammaProperties {
    if (!septemberUiterlijk.isBefore(decemberUiterlijk)) throw new IllegalArgumentException("pow.programma: september-uiterlijk vóór december-uiterlijk");
    if (looptijdJaren < 1 || looptijdJaren > 10) throw new IllegalArgumentException("pow.programma.looptijd-jaren tussen 1 en 10");
    if (aanwezigheidsdrempelProcent < 0 || aanwezigheidsdrempelProcent > 100) {
      throw new IllegalArgumentException("pow.programma.aanwezigheidsdrempel-procent tussen 0 en 100");
    }
    if (maxOvereenkomstBytes < 1024) throw new IllegalArgumentException("pow.programma.max-overeenkomst-bytes minstens 1024");
    landelijkeBijeenkomsten = List.copyOf(landelijkeBijeenkomsten);
    stuurgroepvergaderingen = List.copyOf(stuurgroepvergaderingen);
  }

  /** De uiterste indieningsdatum. */
  public LocalDate uitersteIndiening() {
    return decemberUiterlijk;
  }
}
