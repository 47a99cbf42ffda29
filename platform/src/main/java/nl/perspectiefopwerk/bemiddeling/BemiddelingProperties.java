package nl.perspectiefopwerk.bemiddeling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen van de bemiddeling.
 *
 * @param termijnWerkdagen binnen hoeveel werkdagen (ma–vr) het regioloket een verzoek afhandelt
 */
@ConfigurationProperties("pow.bemiddeling")
public record BemiddelingProperties(@DefaultValue("5") int termijnWerkdagen) {

  public BemiddelingProperties {
    if (termijnWerkdagen < 1 || termijnWerkdagen > 60) throw new IllegalArgumentException("pow.bemiddeling.termijn-werkdagen tussen 1 en 60");
  }
}
