package nl.perspectiefopwerk.leeragenda.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.perspectiefopwerk.leeragenda.Item;
import nl.perspectiefopwerk.leeragenda.Omvang;
import nl.perspectiefopwerk.leeragenda.Stedelijkheid;
import nl.perspectiefopwerk.leeragenda.Thema;

/**
 * Wat past bij een regio (P16: lessen sluiten vaak niet aan bij de lokale context) en wat is nieuw voor haar (P18,
 * P19: gerichte communicatie in plaats van algemene kanalen). Zuivere functies.
 */
public final class Regiocontext {

  private Regiocontext() {}

  /** Een item past als de vastgelegde context niet botst met die van de regio (onbekend telt niet als botsing). */
  public static boolean past(Item item, Stedelijkheid regioStedelijkheid, Omvang regioOmvang) {
    if (regioStedelijkheid == null && regioOmvang == null) return false;
    boolean stad = regioStedelijkheid == null || item.stedelijkheid() == null || item.stedelijkheid() == regioStedelijkheid;
    boolean omvang = regioOmvang == null || item.omvang() == null || item.omvang() == regioOmvang;
    boolean ietsBekend = item.stedelijkheid() != null || item.omvang() != null;
    return ietsBekend && stad && omvang;
  }

  /** Vanaf wanneer iets "nieuw" is: het vorige bezoek, of bij een eerste bezoek {@code dagen} terug. */
  public static Instant nieuwSinds(Instant vorigBezoek, Instant nu, int dagen) {
    Instant standaard = nu.minus(Duration.ofDays(dagen));
    return vorigBezoek == null ? standaard : vorigBezoek;
  }

  /** De thema's om op te letten: die met prioriteit in de peiling, of alle zes als de regio nog niets opgaf. */
  public static Set<Thema> themas(Set<Thema> uitPeiling) {
    return uitPeiling == null || uitPeiling.isEmpty() ? EnumSet.allOf(Thema.class) : EnumSet.copyOf(uitPeiling);
  }
}
