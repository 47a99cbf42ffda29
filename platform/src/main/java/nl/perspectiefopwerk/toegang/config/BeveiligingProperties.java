package nl.perspectiefopwerk.toegang.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen voor de beveiliging.
 *
 * @param hsts stuur Strict-Transport-Security mee (zet aan achter HTTPS)
 * @param inlogpogingen hoeveel mislukte pogingen per gebruikersnaam, en hoe lang de blokkade duurt
 * @param eersteBeheerder optioneel: maak bij de start een beheerder aan (buiten het demoprofiel)
 */
@ConfigurationProperties("pow.beveiliging")
public record BeveiligingProperties(
    @DefaultValue("false") boolean hsts,
    @DefaultValue Inlogpogingen inlogpogingen,
    @DefaultValue EersteBeheerder eersteBeheerder) {

  public record Inlogpogingen(@DefaultValue("5") int maximum, @DefaultValue("15m") Duration blokkade) {}

  public record EersteBeheerder(String gebruikersnaam, String wachtwoord) {}
}
