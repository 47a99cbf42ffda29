package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * De behoeftepeiling van een regio: prioriteit per thema (1 = weinig, 5 = veel behoefte) en de regionale context.
 * De thema's met prioriteit 4 of 5 zijn "de thema's van de regio".
 */
public record Behoefte(
    String regiocode, Map<Thema, Integer> prioriteiten, Stedelijkheid stedelijkheid, Omvang omvang, String sectoren, String toelichting,
    String ingevuldDoor, Instant ingevuldOp, int versie) {

  public Set<Thema> themasVanDeRegio() {
    return prioriteiten.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() >= 4).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
