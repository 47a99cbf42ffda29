package nl.perspectiefopwerk.leeragenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen van de leeragenda en de lerende evaluatie.
 *
 * @param nieuwDagen hoeveel dagen terug "nieuw voor uw regio" kijkt bij een eerste bezoek
 * @param maxRapportMb grootste PDF-rapport in MB
 * @param maxInvoerMb grootste invoerdocument in MB
 */
@ConfigurationProperties("pow.leeragenda")
public record LeeragendaProperties(@DefaultValue("30") int nieuwDagen, @DefaultValue("20") int maxRapportMb, @DefaultValue("10") int maxInvoerMb) {

  public LeeragendaProperties {
    if (nieuwDagen < 1 || nieuwDagen > 365) throw new IllegalArgumentException("pow.leeragenda.nieuw-dagen tussen 1 en 365");
    if (maxRapportMb < 1 || maxRapportMb > 40) throw new IllegalArgumentException("pow.leeragenda.max-rapport-mb tussen 1 en 40");
    if (maxInvoerMb < 1 || maxInvoerMb > 40) throw new IllegalArgumentException("pow.leeragenda.max-invoer-mb tussen 1 en 40");
  }
}
