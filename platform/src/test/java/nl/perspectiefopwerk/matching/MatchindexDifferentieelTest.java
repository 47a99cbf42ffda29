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
import nl.perspectiefopwerk.matching.domain.Specificiteit;
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
        : new Gewichten(w.r.nextInt(12), w.r.nextInt(6), w.r.nextInt(5), w.r.nextInt(40), w.r.nextInt(20), w.r.nextInt(30), w.r.nextInt(12),
            w.r.nextInt(12), w.r.nextInt(12), w.r.nextInt(8), w.r.nextInt(8), w.r.nextInt(10));
    Specificiteit sp = info.getCurrentRepetition() % 4 == 0 ? Specificiteit.GELIJK : w.specificiteit();
    List<MatchKandidaat> kandidaten = new ArrayList<>();
    for (int i = 0; i < 400; i++) kandidaten.add(w.kandidaat());
    List<MatchWerkplek> werkplekken = new ArrayList<>();
    for (int i = 0; i < 150; i++) werkplekken.add(w.werkplek());
    Matchindex index = bouw(g, sp, w, kandidaten, werkplekken, info.getCurrentRepetition() % 2 == 0);
    NaieveMatcher referentie = new NaieveMatcher(kandidaten, werkplekken, w.locaties, g, sp);
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

  /** Zeldzame essentiële en populaire optionele vaardigheden: hier slaat de MaxScore-snoeiing aan. */
  @RepeatedTest(5)
  void snoeienMetDrempelGelijkAanReferentie(RepetitionInfo info) {
    java.util.Random r = new java.util.Random(info.getCurrentRepetition());
    Willekeurig w = new Willekeurig(info.getCurrentRepetition(), 5);
    List<MatchKandidaat> kandidaten = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      List<String> v = new ArrayList<>(List.of("pop1", "pop2"));
      for (int j = 0; j < 3; j++) v.add("zeldzaam" + r.nextInt(60));
      if (r.nextBoolean()) v.add("pop3");
      MatchKandidaat basis = w.kandidaat();
      kandidaten.add(new MatchKandidaat(new java.util.UUID(0, r.nextInt(1_000_000)), "AM01", basis.pc4(), 40, 250,
          basis.opleiding(), false, List.of(nl.perspectiefopwerk.kandidaat.Werkvorm.REGULIER), List.of(), basis.beschikbaarVanaf(),
          List.of(), List.of(), v, List.of(), true, true, true, false));
    }
    List<MatchWerkplek> werkplekken = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      MatchWerkplek b = w.werkplek();
      werkplekken.add(new MatchWerkplek(b.id(), "AM01", b.pc4(), 20, b.werkvorm(), null, List.of(), b.startdatum(), null, null,
          List.of("zeldzaam" + r.nextInt(60), "zeldzaam" + r.nextInt(60), "zeldzaam" + r.nextInt(60)), List.of("pop1", "pop2", "pop3"), 1));
    }
    // Zoals in ESCO: de populaire vaardigheden wegen licht, de zeldzame zwaar (en zonder specificiteit).
    java.util.Map<String, Integer> perVaardigheid = new java.util.HashMap<>();
    for (int i = 1; i <= 3; i++) perVaardigheid.put("pop" + i, 400 + 100 * i);
    for (int i = 0; i < 60; i++) perVaardigheid.put("zeldzaam" + i, 1 + i % 7);
    java.util.Set<String> wegen = new java.util.TreeSet<>();
    for (Specificiteit sp : List.of(Specificiteit.GELIJK, Specificiteit.uitEsco(perVaardigheid, 3000)))
    for (Gewichten g : List.of(Gewichten.ALLEEN_VAARDIGHEDEN, Gewichten.STANDAARD))
    for (boolean zwaarDicht : new boolean[] {true, false}) {
      Matchindex index = bouw(g, sp, w, kandidaten, werkplekken, zwaarDicht);
      NaieveMatcher referentie = new NaieveMatcher(kandidaten, werkplekken, w.locaties, g, sp);
      for (MatchWerkplek wp : werkplekken) {
        for (int k : new int[] {1, 5, 20}) {
          assertThat(index.kandidatenVoor(wp, k)).isEqualTo(referentie.kandidatenVoor(wp, k));
          wegen.add("K:" + index.laatsteZoekpad().weg());
        }
      }
      for (MatchKandidaat c : kandidaten.subList(0, 200)) {
        for (int k : new int[] {1, 3, 10}) {
          assertThat(index.werkplekkenVoor(c, k)).isEqualTo(referentie.werkplekkenVoor(c, k));
          wegen.add("W:" + index.laatsteZoekpad().weg());
        }
      }
    }
    assertThat(wegen).as("elke weg van afmaken is vergeleken").containsExactlyInAnyOrder("K:dicht", "K:doorlopen", "K:opzoeken",
        "W:dicht", "W:doorlopen", "W:opzoeken");
  }

  /**
   * Grote delen (meer dan 1.024 documenten per regio) met scheef verdeelde vaardigheden en lange vragen: hier krijgen
   * populaire vaardigheden een bitset en wordt het staartstuk van de termen opgezocht in plaats van afgelopen.
   */
  @RepeatedTest(4)
  void groteDelenMetBitsetsGelijkAanReferentie(RepetitionInfo info) {
    Willekeurig w = new Willekeurig(1000L + info.getCurrentRepetition(), 160);
    java.util.Random r = w.r;
    java.util.function.IntFunction<List<String>> zipf = n -> {
      List<String> v = new ArrayList<>();
      for (int i = 0; i < n; i++) v.add("v" + (int) Math.min(159, Math.floor(Math.pow(160, r.nextDouble())) - 1));
      return v;
    };
    List<MatchKandidaat> kandidaten = new ArrayList<>();
    for (int i = 0; i < 4500; i++) {
      MatchKandidaat b = w.kandidaat();
      kandidaten.add(new MatchKandidaat(b.id(), b.regiocode(), b.pc4(), b.uren(), b.maxKm(), b.opleiding(), b.startkwalificatie(),
          b.werkvormen(), b.instrumenten(), b.beschikbaarVanaf(), b.beroepen(), b.iscoGroepen(), zipf.apply(4 + r.nextInt(16)),
          zipf.apply(r.nextInt(8)), true, true, true, r.nextInt(30) == 0));
    }
    List<MatchWerkplek> werkplekken = new ArrayList<>();
    for (int i = 0; i < 3600; i++) {
      MatchWerkplek b = w.werkplek();
      werkplekken.add(new MatchWerkplek(b.id(), b.regiocode(), b.pc4(), b.uren(), b.werkvorm(), b.minOpleiding(), b.instrumenten(),
          b.startdatum(), b.beroepId(), b.iscoGroep(), zipf.apply(2 + r.nextInt(9)), zipf.apply(r.nextInt(6)), 1,
          zipf.apply(r.nextInt(40))));
    }
    Specificiteit sp = w.specificiteit();
    java.util.Set<String> wegen = new java.util.TreeSet<>();
    for (Gewichten g : List.of(Gewichten.ALLEEN_VAARDIGHEDEN, Gewichten.STANDAARD))
    for (boolean zwaarDicht : new boolean[] {true, false}) {
      Matchindex index = bouw(g, sp, w, kandidaten, werkplekken, zwaarDicht);
      NaieveMatcher referentie = new NaieveMatcher(kandidaten, werkplekken, w.locaties, g, sp);
      for (MatchWerkplek wp : werkplekken.subList(0, 50)) {
        for (int k : new int[] {1, 20}) {
          assertThat(index.kandidatenVoor(wp, k)).as("werkplek %s k=%d", wp.id(), k).isEqualTo(referentie.kandidatenVoor(wp, k));
          wegen.add("K:" + index.laatsteZoekpad().weg());
        }
      }
      for (MatchKandidaat c : kandidaten.subList(0, 50)) {
        for (int k : new int[] {1, 20}) {
          assertThat(index.werkplekkenVoor(c, k)).as("kandidaat %s k=%d", c.id(), k).isEqualTo(referentie.werkplekkenVoor(c, k));
          wegen.add("W:" + index.laatsteZoekpad().weg());
        }
      }
    }
    assertThat(wegen).as("elke weg van afmaken is vergeleken").contains("K:dicht", "K:doorlopen", "K:opzoeken", "W:dicht", "W:doorlopen");
  }

  /**
   * Los bijwerken (de aanvulling per regio): een willekeurige reeks van gewijzigde profielen (ook naar een andere regio
   * of niet meer bemiddelbaar), nieuwe kandidaten en verwijderingen, telkens vergeleken met de naïeve referentie over
   * de actuele stand. Ook het samenvoegen van een grote aanvulling met haar deel komt aan bod.
   */
  @RepeatedTest(4)
  void losBijwerkenMetAanvullingGelijkAanReferentie(RepetitionInfo info) {
    Willekeurig w = new Willekeurig(500L + info.getCurrentRepetition(), 30);
    java.util.Map<java.util.UUID, MatchKandidaat> stand = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 600; i++) {
      MatchKandidaat c = w.kandidaat();
      stand.put(c.id(), c);
    }
    List<MatchWerkplek> werkplekken = new ArrayList<>();
    for (int i = 0; i < 60; i++) werkplekken.add(w.werkplek());
    Gewichten g = info.getCurrentRepetition() % 2 == 0 ? Gewichten.STANDAARD : Gewichten.ALLEEN_VAARDIGHEDEN;
    Specificiteit sp = w.specificiteit();
    Matchindex index = bouw(g, sp, w, new ArrayList<>(stand.values()), werkplekken);
    List<java.util.UUID> ids = new ArrayList<>(stand.keySet());
    int metAanvulling = 0;
    int samengevoegd = 0;
    for (int stap = 0; stap < 1500; stap++) {
      int soort = w.r.nextInt(10);
      if (soort < 6) { // gewijzigd profiel, zelfde id (soms andere regio, soms niet meer bemiddelbaar)
        MatchKandidaat b = w.kandidaat();
        java.util.UUID id = ids.get(w.r.nextInt(ids.size()));
        MatchKandidaat c = new MatchKandidaat(id, b.regiocode(), b.pc4(), b.uren(), b.maxKm(), b.opleiding(), b.startkwalificatie(),
            b.werkvormen(), b.instrumenten(), b.beschikbaarVanaf(), b.beroepen(), b.iscoGroepen(), b.vaardigheden(),
            b.vaardighedenUitBeroepen(), b.werkfit(), b.toestemming(), b.inBestand(), b.geplaatst());
        stand.put(id, c);
        int voor = index.aanvullingGrootte(c.regiocode());
        index.werkKandidaatBij(c);
        if (c.isBemiddelbaar() && voor > 0 && index.aanvullingGrootte(c.regiocode()) == 0) samengevoegd++;
      } else if (soort < 8) { // toestemming ingetrokken of geplaatst
        java.util.UUID id = ids.get(w.r.nextInt(ids.size()));
        index.verwijderKandidaat(id);
        stand.remove(id);
      } else { // nieuwe kandidaat
        MatchKandidaat c = w.kandidaat();
        ids.add(c.id());
        stand.put(c.id(), c);
        index.werkKandidaatBij(c);
      }
      for (String r : w.regios) if (index.aanvullingGrootte(r) > 0) metAanvulling++;
      if (stap % 50 == 49) {
        NaieveMatcher referentie = new NaieveMatcher(new ArrayList<>(stand.values()), werkplekken, w.locaties, g, sp);
        for (MatchWerkplek wp : werkplekken.subList(0, 20)) {
          for (int k : new int[] {1, 20}) {
            assertThat(index.kandidatenVoor(wp, k)).as("stap %d werkplek %s k=%d", stap, wp.id(), k).isEqualTo(referentie.kandidatenVoor(wp, k));
          }
        }
        assertThat(index.aantalKandidaten()).isEqualTo((int) stand.values().stream().filter(MatchKandidaat::isBemiddelbaar).count());
      }
    }
    // Een golf nieuwe bemiddelbare kandidaten in één regio: de aanvulling groeit tot ze wordt samengevoegd.
    for (int i = 0; i < 300; i++) {
      MatchKandidaat b = w.kandidaat();
      MatchKandidaat c = new MatchKandidaat(b.id(), "AM01", b.pc4(), b.uren(), b.maxKm(), b.opleiding(), b.startkwalificatie(),
          b.werkvormen(), b.instrumenten(), b.beschikbaarVanaf(), b.beroepen(), b.iscoGroepen(), b.vaardigheden(),
          b.vaardighedenUitBeroepen(), true, true, true, false);
      stand.put(c.id(), c);
      int voor = index.aanvullingGrootte("AM01");
      index.werkKandidaatBij(c);
      if (voor > 0 && index.aanvullingGrootte("AM01") == 0) samengevoegd++;
      if (i % 100 == 99 || (voor > 0 && index.aanvullingGrootte("AM01") == 0)) {
        NaieveMatcher referentie = new NaieveMatcher(new ArrayList<>(stand.values()), werkplekken, w.locaties, g, sp);
        for (MatchWerkplek wp : werkplekken.subList(0, 20)) {
          assertThat(index.kandidatenVoor(wp, 20)).as("golf %d werkplek %s", i, wp.id()).isEqualTo(referentie.kandidatenVoor(wp, 20));
        }
      }
    }
    assertThat(metAanvulling).as("zoekvragen liepen over deel plus aanvulling").isPositive();
    assertThat(samengevoegd).as("een grote aanvulling is samengevoegd met haar deel").isPositive();
  }

  /**
   * Gelijktijdig: één draad werkt kandidaten bij en verwijdert er (voorgoed) een deel, een andere zoekt intussen. Een
   * resultaat bevat nooit een kandidaat twee keer en nooit een kandidaat waarvan de verwijdering al was afgerond.
   */
  @Test
  void gelijktijdigZoekenTijdensBijwerkenGeenDubbelenEnGeenTeruggekeerden() throws Exception {
    Willekeurig w = new Willekeurig(4242, 6);
    List<MatchKandidaat> start = new ArrayList<>();
    for (int i = 0; i < 900; i++) start.add(bemiddelbaar(w.kandidaat(), w.kandidaat().id()));
    List<MatchWerkplek> werkplekken = new ArrayList<>();
    for (int i = 0; i < 30; i++) werkplekken.add(w.werkplek());
    Matchindex index = bouw(Gewichten.STANDAARD, Specificiteit.GELIJK, w, start, werkplekken);
    java.util.Set<java.util.UUID> voorgoedWeg = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicBoolean klaar = new java.util.concurrent.atomic.AtomicBoolean();
    List<String> fouten = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread zoeker = new Thread(() -> {
      while (!klaar.get()) {
        for (MatchWerkplek wp : werkplekken) {
          java.util.Set<java.util.UUID> weg = java.util.Set.copyOf(voorgoedWeg); // vóór de vraag afgerond
          List<Treffer> t = index.kandidatenVoor(wp, 1000);
          java.util.Set<java.util.UUID> gezien = new java.util.HashSet<>();
          for (Treffer x : t) {
            if (!gezien.add(x.id())) fouten.add("dubbel: " + x.id());
            if (weg.contains(x.id())) fouten.add("teruggekeerd: " + x.id());
          }
        }
      }
    });
    zoeker.start();
    java.util.Random r = new java.util.Random(1);
    List<MatchKandidaat> levend = new ArrayList<>(start);
    for (int stap = 0; stap < 3000 && fouten.isEmpty(); stap++) {
      int i = r.nextInt(levend.size());
      if (r.nextInt(5) == 0) {
        MatchKandidaat weg = levend.remove(i);
        index.verwijderKandidaat(weg.id());
        voorgoedWeg.add(weg.id());
      } else {
        MatchKandidaat c = bemiddelbaar(w.kandidaat(), levend.get(i).id()); // ander profiel, zelfde id
        levend.set(i, c);
        index.werkKandidaatBij(c);
      }
      if (r.nextInt(50) == 0) { // nieuwe kandidaat
        MatchKandidaat c = bemiddelbaar(w.kandidaat(), w.kandidaat().id());
        levend.add(c);
        index.werkKandidaatBij(c);
      }
    }
    klaar.set(true);
    zoeker.join(10_000);
    assertThat(fouten).isEmpty();
    assertThat(index.aantalKandidaten()).isEqualTo(levend.size());
    for (java.util.UUID id : voorgoedWeg) assertThat(index.bevatKandidaat(id)).isFalse();
  }

  private static MatchKandidaat bemiddelbaar(MatchKandidaat b, java.util.UUID id) {
    return new MatchKandidaat(id, b.regiocode(), b.pc4(), b.uren(), b.maxKm(), b.opleiding(), b.startkwalificatie(), b.werkvormen(),
        b.instrumenten(), b.beschikbaarVanaf(), b.beroepen(), b.iscoGroepen(), b.vaardigheden(), b.vaardighedenUitBeroepen(), true, true,
        true, false);
  }

  /** Een verwijderde kandidaat komt niet terug als een andere kandidaat in dezelfde regio daarna wordt bijgewerkt. */
  @Test
  void verwijderdBlijftWegNaBijwerkenVanEenAnder() {
    Willekeurig w = new Willekeurig(77, 5);
    List<String> v = List.of("v1", "v2");
    java.util.function.Function<Long, MatchKandidaat> kandidaat = n -> new MatchKandidaat(new java.util.UUID(0, n), "AM01", w.pc4s.get(0),
        32, 60, nl.perspectiefopwerk.kandidaat.Opleidingsniveau.MBO2, true, List.of(nl.perspectiefopwerk.kandidaat.Werkvorm.REGULIER),
        List.of(), java.time.LocalDate.of(2026, 11, 1), List.of(), List.of(), v, List.of(), true, true, true, false);
    MatchWerkplek wp = new MatchWerkplek(new java.util.UUID(9, 9), "AM01", w.pc4s.get(0), 32, nl.perspectiefopwerk.kandidaat.Werkvorm.REGULIER,
        null, List.of(), java.time.LocalDate.of(2026, 11, 15), null, null, v, List.of(), 1);
    Matchindex index = bouw(Gewichten.STANDAARD, Specificiteit.GELIJK, w, List.of(kandidaat.apply(1L), kandidaat.apply(2L)), List.of(wp));
    index.werkKandidaatBij(kandidaat.apply(3L)); // nieuw: in de aanvulling
    index.werkKandidaatBij(kandidaat.apply(1L)); // gewijzigd: van het deel naar de aanvulling
    assertThat(index.kandidatenVoor(wp, 10)).extracting(Treffer::id).extracting(java.util.UUID::getLeastSignificantBits).containsExactly(1L, 2L, 3L);
    index.verwijderKandidaat(new java.util.UUID(0, 3)); // toestemming ingetrokken, kandidaat stond in de aanvulling
    index.verwijderKandidaat(new java.util.UUID(0, 1));
    index.werkKandidaatBij(kandidaat.apply(2L)); // bouwt de aanvulling opnieuw
    assertThat(index.kandidatenVoor(wp, 10)).extracting(Treffer::id).extracting(java.util.UUID::getLeastSignificantBits).containsExactly(2L);
    assertThat(index.bevatKandidaat(new java.util.UUID(0, 1))).isFalse();
    assertThat(index.bevatKandidaat(new java.util.UUID(0, 3))).isFalse();
    assertThat(index.aantalKandidaten()).isEqualTo(1);
  }

  @Test
  void uitlegTeltOpTotDeScoreEnIsNederlands() {
    Willekeurig w = new Willekeurig(42, 12);
    Specificiteit sp = w.specificiteit();
    for (int i = 0; i < 500; i++) {
      MatchKandidaat c = w.kandidaat();
      MatchWerkplek wp = w.werkplek();
      Scoring.Uitleg u = Scoring.uitleg(c, wp, w.locaties, Gewichten.STANDAARD, sp, false);
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
    Matchindex index = bouw(Gewichten.ALLEEN_VAARDIGHEDEN, Specificiteit.GELIJK, w, kandidaten, List.of(wp));
    List<Treffer> top = index.kandidatenVoor(wp, 50);
    for (int i = 1; i < top.size(); i++) {
      assertThat(Treffer.VOLGORDE.compare(top.get(i - 1), top.get(i))).isNegative();
    }
  }

  static Matchindex bouw(Gewichten g, Specificiteit sp, Willekeurig w, List<MatchKandidaat> kandidaten, List<MatchWerkplek> werkplekken) {
    return bouw(g, sp, w, kandidaten, werkplekken, true);
  }

  static Matchindex bouw(Gewichten g, Specificiteit sp, Willekeurig w, List<MatchKandidaat> kandidaten, List<MatchWerkplek> werkplekken,
      boolean zwaarDicht) {
    Matchindex index = new Matchindex(g, w.locaties, sp, zwaarDicht);
    kandidaten.stream().collect(Collectors.groupingBy(MatchKandidaat::regiocode)).forEach(index::zetKandidaten);
    werkplekken.stream().collect(Collectors.groupingBy(MatchWerkplek::regiocode)).forEach(index::zetWerkplekken);
    return index;
  }
}
