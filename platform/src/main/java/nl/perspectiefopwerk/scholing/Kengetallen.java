package nl.perspectiefopwerk.scholing;

/**
 * De pilotindicatoren van één regio, afgeleid uit de vastgelegde trajecten.
 *
 * @param kandidatenInRoute kandidaten met een lopend praktijkleertraject
 * @param deelnemendeWerkgevers verschillende erkende leerbedrijven met een lopend of afgerond praktijkleertraject
 * @param verklaringen uitgereikte praktijkverklaringen
 * @param erkendeCertificaten afgeronde trajecten met een erkend certificaat of diploma
 */
public record Kengetallen(String regiocode, long kandidatenInRoute, long deelnemendeWerkgevers, long verklaringen,
    long erkendeCertificaten, long trajecten) {

  public static Kengetallen leeg(String regiocode) {
    return new Kengetallen(regiocode, 0, 0, 0, 0, 0);
  }
}
