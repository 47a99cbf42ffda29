package nl.perspectiefopwerk.melding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen van de meldingen. E-mail gaat alleen uit als {@code spring.mail.host} is ingesteld; anders
 * blijft een melding alleen in de app.
 *
 * @param afzender het From-adres van de e-mails
 * @param basisUrl het adres van het platform, voor de link in een e-mail (zonder slash aan het eind)
 */
@ConfigurationProperties("pow.melding")
public record MeldingProperties(
    @DefaultValue("noreply@perspectiefopwerk.example") String afzender,
    @DefaultValue("http://localhost:8080") String basisUrl) {

  public MeldingProperties {
    if (afzender == null || !afzender.contains("@")) throw new IllegalArgumentException("pow.melding.afzender moet een e-mailadres zijn");
    basisUrl = basisUrl == null ? "" : basisUrl.replaceAll("/+$", "");
  }
}
