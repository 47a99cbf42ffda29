package nl.perspectiefopwerk.leeragenda;

/** Zoeken in de bibliotheek: vrije tekst (Nederlandse stam, gerangschikt) en filters; alles mag leeg zijn. */
public record Zoekvraag(
    String tekst, Itemsoort soort, Thema thema, Pijler pijler, String regiocode, Stedelijkheid stedelijkheid, Omvang omvang,
    Boolean alleenMislukt) {

  public static Zoekvraag alles() {
    return new Zoekvraag(null, null, null, null, null, null, null, null);
  }
}
