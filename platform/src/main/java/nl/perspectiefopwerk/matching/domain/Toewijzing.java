package nl.perspectiefopwerk.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Grote werving: voor gekozen werkplekken (met aantal plaatsen) en een pool kandidaten de toewijzing
 * met de hoogste totale score onder de harde filters, met een blootstellingsgrens (een kandidaat wordt
 * bij hoogstens zoveel werkplekken voorgedragen).
 *
 * <p>Stappen: (1) per werkplek de beste P haalbare kandidaten uit de pool via de {@link Matchindex}
 * (P = totaal aantal plaatsen) — dat snoeien is exact: in een optimum gebruiken de andere plaatsen
 * hoogstens P−1 kandidaten, dus van de P beste is er altijd één vrij die minstens zo goed is; (2) een
 * stroomnetwerk werkplek → kandidaat (capaciteit 1, kosten M − score) → put (capaciteit =
 * blootstellingsgrens), plus per werkplek een boog "onvervuld" naar de put met kosten M; (3) de eigen
 * {@link MinKostenStroom}. Minimale kosten = P·M − maximale totale score.
 */
public final class Toewijzing {

  private Toewijzing() {}

  /** Eén voorgesteld paar. */
  public record Paar(UUID werkplek, UUID kandidaat, int score) {}

  /**
   * De uitkomst.
   *
   * @param graaf het gesnoeide netwerk (om met een andere oplosser te vergelijken)
   * @param nsScoren tijd voor scoren en snoeien
   * @param nsOplossen tijd voor het netwerk opbouwen en oplossen
   */
  public record Resultaat(List<Paar> paren, long totaleScore, int plaatsen, MinKostenStroom graaf, long m, long nsScoren, long nsOplossen) {

    /** De totale score die bij minimale kosten {@code kosten} in dit netwerk hoort. */
    public long scoreBijKosten(long kosten) {
      return plaatsen * m - kosten;
    }
  }

  public static Resultaat bereken(
      List<MatchWerkplek> werkplekken, Collection<MatchKandidaat> pool, Gewichten g, Locaties locaties, int blootstelling, boolean parallel) {
    long t0 = System.nanoTime();
    Matchindex index = new Matchindex(g, locaties);
    index.zetKandidaten("pool", pool);
    return bereken(index, "pool", werkplekken, blootstelling, parallel, t0);
  }

  /**
   * Zoals hierboven, met als pool een deel dat al in de index staat: een regio, of een pool die met
   * {@link Matchindex#zetPool} uit bestaande rijen is gemaakt.
   */
  public static Resultaat bereken(Matchindex index, String deel, List<MatchWerkplek> werkplekken, int blootstelling, boolean parallel) {
    return bereken(index, deel, werkplekken, blootstelling, parallel, System.nanoTime());
  }

  private static Resultaat bereken(
      Matchindex index, String deel, List<MatchWerkplek> werkplekken, int blootstelling, boolean parallel, long t0) {
    if (blootstelling < 1) throw new IllegalArgumentException("De blootstellingsgrens is minstens 1");
    int plaatsen = werkplekken.stream().mapToInt(MatchWerkplek::plaatsen).sum();
    @SuppressWarnings("unchecked")
    List<Treffer>[] beste = new List[werkplekken.size()];
    IntStream reeks = IntStream.range(0, werkplekken.size());
    (parallel ? reeks.parallel() : reeks).forEach(i -> beste[i] = index.kandidatenVoor(werkplekken.get(i), deel, plaatsen));
    long t1 = System.nanoTime();

    int w = werkplekken.size();
    Map<UUID, Integer> kandidaatKnoop = new HashMap<>();
    List<UUID> kandidaten = new ArrayList<>();
    int maxScore = 0;
    for (List<Treffer> lijst : beste) {
      for (Treffer t : lijst) {
        maxScore = Math.max(maxScore, t.score());
        if (kandidaatKnoop.putIfAbsent(t.id(), w + kandidaten.size()) == null) kandidaten.add(t.id());
      }
    }
    long m = maxScore + 1L;
    int put = w + kandidaten.size();
    MinKostenStroom graaf = new MinKostenStroom(put + 1);
    List<int[]> paarBogen = new ArrayList<>(); // boog, werkplek, score
    for (int i = 0; i < w; i++) {
      MatchWerkplek wp = werkplekken.get(i);
      graaf.zetAanbod(i, wp.plaatsen());
      for (Treffer t : beste[i]) {
        int boog = graaf.voegBoogToe(i, kandidaatKnoop.get(t.id()), 1, m - t.score());
        paarBogen.add(new int[] {boog, i, t.score()});
      }
      graaf.voegBoogToe(i, put, wp.plaatsen(), m);
    }
    for (int c = 0; c < kandidaten.size(); c++) graaf.voegBoogToe(w + c, put, blootstelling, 0);
    graaf.zetAanbod(put, -plaatsen);
    long kosten = graaf.los();
    List<Paar> paren = new ArrayList<>();
    for (int[] pb : paarBogen) {
      if (graaf.stroom(pb[0]) > 0) {
        paren.add(new Paar(werkplekken.get(pb[1]).id(), kandidaten.get(graaf.naar(pb[0]) - w), pb[2]));
      }
    }
    paren.sort(Comparator.comparing(Paar::werkplek).thenComparing(p -> -p.score()).thenComparing(Paar::kandidaat));
    long t2 = System.nanoTime();
    return new Resultaat(List.copyOf(paren), plaatsen * m - kosten, plaatsen, graaf, m, t1 - t0, t2 - t1);
  }
}
