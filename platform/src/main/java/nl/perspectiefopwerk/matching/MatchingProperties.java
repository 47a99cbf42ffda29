package nl.perspectiefopwerk.matching;

import nl.perspectiefopwerk.matching.domain.Gewichten;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen van matching ({@code pow.matching.*}); zie docs/matching.md.
 *
 * @param gewichten de punten per scoreonderdeel
 * @param aantalSuggesties hoeveel suggesties een pagina of de API standaard toont
 * @param blootstelling standaard blootstellingsgrens bij grote werving (bij hoeveel werkplekken één kandidaat hoogstens)
 * @param herbouwCron wanneer de hele index opnieuw wordt opgebouwd (vangt wijzigingen zonder gebeurtenis op)
 * @param specificiteit vaardigheden die ESCO aan weinig beroepen koppelt wegen zwaarder (zie {@code Specificiteit}); uit: alle even zwaar
 */
@ConfigurationProperties("pow.matching")
public record MatchingProperties(
    @DefaultValue Gewichtinstellingen gewichten,
    @DefaultValue("20") int aantalSuggesties,
    @DefaultValue("1") int blootstelling,
    @DefaultValue("0 */15 * * * *") String herbouwCron,
    @DefaultValue("true") boolean specificiteit) {

  /** De gewichten als configuratie; standaardwaarden gelijk aan {@link Gewichten#STANDAARD}. */
  public record Gewichtinstellingen(
      @DefaultValue("10") int essentieleVaardigheid,
      @DefaultValue("4") int optioneleVaardigheid,
      @DefaultValue("4") int beroepsprofiel,
      @DefaultValue("30") int zelfdeBeroep,
      @DefaultValue("15") int zelfdeBeroepsgroep,
      @DefaultValue("20") int afstand,
      @DefaultValue("10") int uren,
      @DefaultValue("10") int werkvorm,
      @DefaultValue("10") int opleiding,
      @DefaultValue("5") int instrumenten,
      @DefaultValue("5") int beschikbaarheid,
      @DefaultValue("4") int urenMarge) {

    public Gewichten alsGewichten() {
      return new Gewichten(essentieleVaardigheid, optioneleVaardigheid, beroepsprofiel, zelfdeBeroep, zelfdeBeroepsgroep, afstand, uren, werkvorm,
          opleiding, instrumenten, beschikbaarheid, urenMarge);
    }
  }
}
