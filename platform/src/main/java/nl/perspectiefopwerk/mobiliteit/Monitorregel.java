package nl.perspectiefopwerk.mobiliteit;

import java.util.Map;

/**
 * De kwantitatieve monitor van één regio (of landelijk: regiocode null) over één periode. Alleen aantallen.
 *
 * @param aangemeld nieuwe aanmeldingen in de periode
 * @param inBehandeling clients in behandeling aan het eind van de periode
 */
public record Monitorregel(
    String regiocode, Periode periode, long aangemeld, Map<Categorie, Long> perCategorie, long jongeren, long zelfmelders,
    long nietInAanmerking, long inBehandeling, long casusbesprekingen, Map<Dienstsoort, Long> diensten,
    Map<Clientuitkomst, Long> afgesloten) {

  public long totaalAfgesloten() {
    return afgesloten.values().stream().mapToLong(Long::longValue).sum();
  }
}
