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
 * <p>Stappen: (1) per werkplek de beste K haalbare kandidaten uit de pool via de {@link Matchindex}
 * (K begint klein en groeit alleen waar het optimaliteitsbewijs na stap 3 faalt; bij K = P, het totaal
 * aantal plaatsen, is het snoeien altijd exact: in een optimum gebruiken de andere plaatsen hoogstens P−1
 * kandidaten, dus van de P beste is er altijd één vrij die minstens zo goed is); (2) een
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
   * @param rondes hoe vaak er is opgelost (1 als het optimaliteitsbewijs meteen slaagde)
   */
  public record Resultaat(List<Paar> paren, long totaleScore, int plaatsen, MinKostenStroom graaf, long m, long nsScoren, long nsOplossen,
      int rondes) {

    /** De totale score die bij minimale kosten {@code kosten} in dit netwerk hoort. */
    public long scoreBijKosten(long kosten) {
      return plaatsen * m - kosten;
    }
  }

  public static Resultaat bereken(
      List<MatchWerkplek> werkplekken, Collection<MatchKandidaat> pool, Gewichten g, Specificiteit sp, Locaties locaties, int blootstelling,
      boolean parallel) {
    long t0 = System.nanoTime();
    Matchindex index = new Matchindex(g, locaties, sp);
    index.zetKandidaten("pool", pool);
    return bereken(index, "pool", werkplekken, blootstelling, parallel, t0, START_K);
  }

  /**
   * Zoals hierboven, met als pool een deel dat al in de index staat: een regio, of een pool die met
   * {@link Matchindex#zetPool} uit bestaande rijen is gemaakt.
   */
  public static Resultaat bereken(Matchindex index, String deel, List<MatchWerkplek> werkplekken, int blootstelling, boolean parallel) {
    return bereken(index, deel, werkplekken, blootstelling, parallel, System.nanoTime(), START_K);
  }

  /** Met een andere begin-k per werkplek (de tests kiezen 1 of 2 om het bijladen af te dwingen). */
  public static Resultaat bereken(Matchindex index, String deel, List<MatchWerkplek> werkplekken, int blootstelling, boolean parallel,
      int startK) {
    return bereken(index, deel, werkplekken, blootstelling, parallel, System.nanoTime(), startK);
  }

  /** Begin met de beste zoveel kandidaten per werkplek (maal het aantal plaatsen); meer alleen als het bewijs faalt. */
  static final int START_K = 10;

  /**
   * Snoeien met bewijs. Per werkplek eerst de beste K kandidaten (K = START_K · plaatsen, hoogstens P); na het
   * oplossen bewijzen de potentialen π van de oplosser dat geen weggelaten paar het optimum verbetert: een
   * weggelaten boog w→c heeft score ≤ s_K(w) (de K-de beste), dus gereduceerde kosten
   * ≥ M − s_K(w) + π(w) − max(π(put), max π(kandidaat)); een nog onbekende kandidaat krijgt π(put)
   * (zijn boog naar de put is dan precies 0). Is dat voor een werkplek negatief, dan gaat K daar ×4 en wordt
   * opnieuw opgelost; bij K = P geldt het oude argument (de andere plaatsen gebruiken hoogstens P − 1
   * kandidaten) en is geen bewijs nodig. Het resultaat is dus altijd het exacte optimum.
   */
  private static Resultaat bereken(
      Matchindex index, String deel, List<MatchWerkplek> werkplekken, int blootstelling, boolean parallel, long t0, int startK) {
    if (blootstelling < 1) throw new IllegalArgumentException("De blootstellingsgrens is minstens 1");
    int plaatsen = werkplekken.stream().mapToInt(MatchWerkplek::plaatsen).sum();
    int w = werkplekken.size();
    @SuppressWarnings("unchecked")
    List<Treffer>[] beste = new List[w];
    int[] k = new int[w];
    for (int i = 0; i < w; i++) k[i] = (int) Math.min(plaatsen, Math.max(1L, (long) startK * werkplekken.get(i).plaatsen()));
    boolean[] opnieuw = new boolean[w];
    java.util.Arrays.fill(opnieuw, true);
    long nsScoren = 0;
    long nsOplossen = 0;
    for (int ronde = 1; ; ronde++) {
      long s0 = System.nanoTime();
      IntStream reeks = IntStream.range(0, w).filter(i -> opnieuw[i]);
      (parallel ? reeks.parallel() : reeks).forEach(i -> beste[i] = index.kandidatenVoor(werkplekken.get(i), deel, k[i]));
      long s1 = System.nanoTime();
      nsScoren += s1 - (nsScoren == 0 ? t0 : s0);
      Netwerk n = los(werkplekken, beste, plaatsen, blootstelling);
      nsOplossen += System.nanoTime() - s1;
      // Het bewijs: per werkplek waarvan kandidaten zijn weggelaten.
      long maxPot = n.graaf.potentiaal(n.put);
      for (int c = w; c < n.put; c++) maxPot = Math.max(maxPot, n.graaf.potentiaal(c));
      boolean klaar = true;
      for (int i = 0; i < w; i++) {
        opnieuw[i] = false;
        if (k[i] >= plaatsen || beste[i].size() < k[i]) continue; // niets weggelaten, of exact volgens het oude argument
        long sK = beste[i].getLast().score();
        if (n.m - sK + n.graaf.potentiaal(i) - maxPot < 0) {
          k[i] = (int) Math.min(plaatsen, 4L * k[i]);
          opnieuw[i] = true;
          klaar = false;
        }
      }
      if (klaar) {
        return new Resultaat(n.paren, plaatsen * n.m - n.kosten, plaatsen, n.graaf, n.m, nsScoren, nsOplossen, ronde);
      }
    }
  }

  private record Netwerk(MinKostenStroom graaf, List<Paar> paren, long kosten, long m, int put) {}

  private static Netwerk los(List<MatchWerkplek> werkplekken, List<Treffer>[] beste, int plaatsen, int blootstelling) {
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
    return new Netwerk(graaf, List.copyOf(paren), kosten, m, put);
  }
}
