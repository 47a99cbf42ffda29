package nl.perspectiefopwerk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Matchindex;
import nl.perspectiefopwerk.matching.domain.NaieveMatcher;
import nl.perspectiefopwerk.matching.domain.Scoring;
import nl.perspectiefopwerk.matching.domain.Treffer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** De snelle index tegen de naïeve referentie op willekeurige invoer: top-k moet precies gelijk zijn. */
class MatchindexDifferentieelTest {

  @RepeatedTest(25)
  void topKGelijkAanReferentie(RepetitionInfo info) {
    Willekeurig w = new Willekeurig(info.getCurrentRepetition() * 7919L, 10 + info.getCurrentRepetition() * 3);
    Gewichten g = info.getCurrentRepetition() % 5 == 0 ? Gewichten.ALLEEN_VAARDIGHEDEN
        : info.getCurrentRepetition() % 5 == 1 ? Gewichten.STANDAARD
        : new Gewichten(w.r.nextInt(12), w.r.nextInt(6), w.r.nextInt(40), w.r.nextInt(20), w.r.nextInt(30), w.r.nextInt(12),
            w.r.nextInt(12), w.r.nextInt(12), w.r.nextInt(8), w.r.nextInt(8), w.r.nextInt(10));
    List<MatchKandidaat> kandidaten = new ArrayList<>();
    for (int i = 0; i < 400; i++) kandidaten.add(w.kandidaat());
    List<MatchWerkplek> werkplekken = new ArrayList<>();
    for (int i = 0; i < 150; i++) werkplekken.add(w.werkplek());
    Matchindex index = bouw(g, w, kandidaten, werkplekken);
    NaieveMatcher referentie = new NaieveMatcher(kandidaten, werkplekken, w.locaties, g);
    int gevuld = 0;
    for (int k : new int[] {1, 5, 20, 1000}) {
      for (MatchWerkplek wp : werkplekken.subList(0, 40)) {
        if (!index.kandidatenVoor(wp, k).isEmpty()) gevuld++;
        assertThat(index.kandidatenVoor(wp, k)).as("werkplek %s k=%d", wp.id(), k).isEqualTo(referentie.kandidatenVoor(wp, k));
      }
      for (MatchKandidaat c : kandidaten.subList(0, 60)) {
        assertThat(index.werkplekkenVoor(c, k)).as("kandidaat %s k=%d", c.id(), k).isEqualTo(referentie.werkplekkenVoor(c, k));
      }
    }
    assertThat(gevuld).as("de test vergelijkt echte resultaten, geen lege lijsten").isGreaterThan(40);
    // Pool uit bestaande rijen (grote werving): over regio's heen, zonder regiofilter.
    List<MatchKandidaat> pool = kandidaten.stream().filter(c -> w.r.nextInt(3) > 0).toList();
    index.zetPool("pool", pool.stream().map(MatchKandidaat::id).toList());
    for (MatchWerkplek wp : werkplekken.subList(0, 40)) {
      assertThat(index.kandidatenVoor(wp, "pool", 30)).isEqualTo(referentie.kandidatenVoor(wp, pool, 30, false));
    }
    // Verwijderen: direct uit elk resultaat, ook in de referentie.
    for (MatchKandidaat c : kandidaten.subList(0, 100)) {
      index.verwijderKandidaat(c.id());
      referentie.verwijderKandidaat(c.id());
    }
    for (MatchWerkplek wp : werkplekken.subList(0, 40)) {
      assertThat(index.kandidatenVoor(wp, 20)).isEqualTo(referentie.kandidatenVoor(wp, 20));
    }
  }

  @Test
  void uitlegTeltOpTotDeScoreEnIsNederlands() {
    Willekeurig w = new Willekeurig(42, 12);
    for (int i = 0; i < 500; i++) {
      MatchKandidaat c = w.kandidaat();
      MatchWerkplek wp = w.werkplek();
      Scoring.Uitleg u = Scoring.uitleg(c, wp, w.locaties, Gewichten.STANDAARD, false);
      assertThat(u.regels()).hasSize(Scoring.Onderdeel.values().length);
      assertThat(u.totaal()).isEqualTo(u.regels().stream().mapToInt(Scoring.Regel::punten).sum());
      assertThat(u.regels().getFirst().tekst()).contains("essentiële vaardigheden");
    }
  }

  @Test
  void gelijkeScoresOpKleinsteId() {
    Willekeurig w = new Willekeurig(3, 2);
    List<MatchKandidaat> kandidaten = new ArrayList<>();
    for (int i = 0; i < 300; i++) kandidaten.add(w.kandidaat());
    MatchWerkplek wp = w.werkplek();
    Matchindex index = bouw(Gewichten.ALLEEN_VAARDIGHEDEN, w, kandidaten, List.of(wp));
    List<Treffer> top = index.kandidatenVoor(wp, 50);
    for (int i = 1; i < top.size(); i++) {
      assertThat(Treffer.VOLGORDE.compare(top.get(i - 1), top.get(i))).isNegative();
    }
  }

  static Matchindex bouw(Gewichten g, Willekeurig w, List<MatchKandidaat> kandidaten, List<MatchWerkplek> werkplekken) {
    Matchindex index = new Matchindex(g, w.locaties);
    kandidaten.stream().collect(Collectors.groupingBy(MatchKandidaat::regiocode)).forEach(index::zetKandidaten);
    werkplekken.stream().collect(Collectors.groupingBy(MatchWerkplek::regiocode)).forEach(index::zetWerkplekken);
    return index;
  }
}
