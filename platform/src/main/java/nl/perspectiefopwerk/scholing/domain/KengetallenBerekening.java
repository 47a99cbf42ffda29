package nl.perspectiefopwerk.scholing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.perspectiefopwerk.scholing.Kengetallen;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.TrajectStatus;
import nl.perspectiefopwerk.scholing.Trajecttype;

/** Kengetallen per regio als zuivere functie van de vastgelegde trajecten (nooit met de hand bijgewerkt). */
public final class KengetallenBerekening {

  private KengetallenBerekening() {}

  /** De feiten van één traject die voor de kengetallen tellen. */
  public record Feit(UUID kandidaat, String regiocode, Trajecttype type, TrajectStatus status, Opleidingsuitkomst uitkomst,
      String leerbedrijf, boolean erkendCertificaat) {}

  public static Kengetallen voorRegio(String regiocode, Collection<Feit> feiten) {
    Set<UUID> inRoute = new HashSet<>();
    Set<String> werkgevers = new HashSet<>();
    long verklaringen = 0;
    long erkend = 0;
    long trajecten = 0;
    for (Feit f : feiten) {
      if (!regiocode.equals(f.regiocode())) continue;
      trajecten++;
      boolean praktijkleren = f.type() == Trajecttype.PRAKTIJKLEREN;
      if (praktijkleren && f.status() == TrajectStatus.LOPEND) inRoute.add(f.kandidaat());
      if (praktijkleren && (f.status() == TrajectStatus.LOPEND || f.status() == TrajectStatus.AFGEROND)
          && f.leerbedrijf() != null && !f.leerbedrijf().isBlank()) {
        werkgevers.add(f.leerbedrijf().strip().toLowerCase(Locale.ROOT));
      }
      if (f.status() == TrajectStatus.AFGEROND && f.uitkomst() == Opleidingsuitkomst.PRAKTIJKVERKLARING) verklaringen++;
      if (f.status() == TrajectStatus.AFGEROND && f.erkendCertificaat()
          && (f.uitkomst() == Opleidingsuitkomst.CERTIFICAAT || f.uitkomst() == Opleidingsuitkomst.DIPLOMA)) {
        erkend++;
      }
    }
    return new Kengetallen(regiocode, inRoute.size(), werkgevers.size(), verklaringen, erkend, trajecten);
  }

  /** Per regio (op code gesorteerd) voor alle regio's die in de feiten voorkomen. */
  public static List<Kengetallen> perRegio(Collection<Feit> feiten) {
    Map<String, List<Feit>> perRegio = new TreeMap<>();
    for (Feit f : feiten) perRegio.computeIfAbsent(f.regiocode(), r -> new ArrayList<>()).add(f);
    List<Kengetallen> uit = new ArrayList<>();
    perRegio.forEach((r, fs) -> uit.add(voorRegio(r, fs)));
    return uit;
  }

  /** Kleine aantallen (1 tot en met 9) worden voor landelijke rollen als "< 10" getoond, zoals het CBS doet. */
  public static String toon(long aantal, boolean onderdrukken) {
    return onderdrukken && aantal > 0 && aantal < 10 ? "< 10" : Long.toString(aantal);
  }
}
