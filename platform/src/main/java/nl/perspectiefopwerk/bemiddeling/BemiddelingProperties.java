package nl.perspectiefopwerk.bemiddeling;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen van de bemiddeling.
 *
 * @param termijnWerkdagen binnen hoeveel werkdagen (ma–vr) het regioloket een verzoek afhandelt
 * @param nazorgMaanden na hoeveel maanden na de start de nazorgcontacten liggen; het laatste bepaalt "duurzaam"
 *     (ARCHITECTURE §11: standaard 1, 3 en 6)
 */
@ConfigurationProperties("pow.bemiddeling")
public record BemiddelingProperties(@DefaultValue("5") int termijnWerkdagen, @DefaultValue({"1", "3", "6"}) List<Integer> nazorgMaanden) {

  public BemiddelingProperties {
    if (termijnWerkdagen < 1 || termijnWerkdagen > 60) throw new IllegalArgumentException("pow.bemiddeling.termijn-werkdagen tussen 1 en 60");
    if (nazorgMaanden == null || nazorgMaanden.isEmpty()) nazorgMaanden = List.of(1, 3, 6);
    if (nazorgMaanden.stream().anyMatch(m -> m == null || m < 1 || m > 36)) {
      throw new IllegalArgumentException("pow.bemiddeling.nazorg-maanden: elke maand tussen 1 en 36");
    }
    nazorgMaanden = nazorgMaanden.stream().distinct().sorted().toList();
  }
}
