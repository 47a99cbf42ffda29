package nl.perspectiefopwerk.taxonomie;

import java.util.Objects;

/**
 * Eén zoektreffer.
 *
 * @param gevondenVia het synoniem (alt label) dat overeenkwam, of {@code null} als de voorkeursnaam
 *     overeenkwam of er zonder zoekterm is gezocht
 */
public record ZoekResultaat<T>(T item, Overeenkomst overeenkomst, String gevondenVia) {

  /** Hoe goed de zoekterm overeenkwam; de volgorde is de rangorde. */
  public enum Overeenkomst {
    EXACT,
    BEGIN,
    WOORD,
    BEVAT,
    ALLE_WOORDEN,
    GEEN_ZOEKTERM
  }

  public ZoekResultaat {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(overeenkomst, "overeenkomst");
  }
}
