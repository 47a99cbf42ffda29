package nl.perspectiefopwerk.melding;

import java.util.Objects;

/**
 * Eén melding: een kort onderwerp, een tekst en optioneel een pad binnen de app (bijv.
 * {@code /actieplannen/12}) waar de ontvanger verder kan. Nooit persoonsgegevens van kandidaten.
 */
public record Melding(String onderwerp, String tekst, String link) {
  public Melding {
    Objects.requireNonNull(onderwerp, "onderwerp");
    Objects.requireNonNull(tekst, "tekst");
    if (link != null && !link.startsWith("/")) throw new IllegalArgumentException("link moet een pad binnen de app zijn");
  }
}
