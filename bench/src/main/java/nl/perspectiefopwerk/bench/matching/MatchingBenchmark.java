package nl.perspectiefopwerk.bench.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.Specificiteit;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Matchindex;
import nl.perspectiefopwerk.matching.domain.MinKostenStroom;
import nl.perspectiefopwerk.matching.domain.NaieveMatcher;
import nl.perspectiefopwerk.matching.domain.Toewijzing;
import nl.perspectiefopwerk.matching.domain.Treffer;

/**
 * Latency- en batchdriver voor de matchingengine tegen de peers in dezelfde JVM: Lucene 10 (suggesties)
 * en OR-Tools {@code MinCostFlow} (toewijzing). Zie docs/matching.md voor de commando's.
 *
 * <p>Profielen: {@code klein} (100k kandidaten, 50k werkplekken, &lt; 5 minuten) en {@code vol} (1M en 500k).
 * Eerst opwarmen, dan rondes A-B-A-B (engine, peer) met per blok p50/p99 en doorvoer (1 draad) en een
 * doorvoerblok met 2 draden. Elke engine-uitkomst van de steekproef wordt vergeleken met de naïeve
 * referentie en met de peer: een sneller fout antwoord telt niet (het programma stopt dan).
 */
public final class MatchingBenchmark {

  private record Profiel(String naam, int kandidaten, int werkplekken, int opwarmen, int blok, int rondes, int controle,
      int toewijzingRijen, int toewijzingPool, int nachtSteekproef) {}

  private static final Profiel KLEIN = new Profiel("klein", 100_000, 50_000, 4_000, 2_000, 5, 40, 100, 10_000, 4_000);
  private static final Profiel VOL = new Profiel("vol", 1_000_000, 500_000, 20_000, 10_000, 5, 40, 500, 50_000, 20_000);

  private final List<String> tabel = new ArrayList<>();
  private final StringBuilder log = new StringBuilder();

  public static void main(String[] args) throws Exception {
    Profiel p = args.length > 0 && args[0].equals("vol") ? VOL : KLEIN;
    Path ref = Path.of(System.getProperty("pow.referentiedata", "../shared/reference-data"));
    List<String> opties = Arrays.asList(args);
    new MatchingBenchmark().draai(p, ref, opties.contains("cache"), !opties.contains("gelijk"), opties.contains("toewijzing"),
        opties.contains("profiel"));
  }

  private Specificiteit sp = Specificiteit.GELIJK;

  /**
   * @param alleenToewijzing alleen G4 (geen Lucene, latentie of nacht): om snel te meten na een wijziging in de toewijzing
   */
  private void draai(Profiel p, Path ref, boolean cache, boolean specificiteit, boolean alleenToewijzing, boolean profileren)
      throws Exception {
    long begin = System.nanoTime();
    regel("# Matching-benchmark, profiel %s (%,d kandidaten, %,d werkplekken), Java %s, %d cpu, max heap %d MiB, Lucene-querycache %s",
        p.naam, p.kandidaten, p.werkplekken, Runtime.version(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, cache ? "aan" : "uit");
    Generator gen = new Generator(ref);
    List<MatchKandidaat> kandidaten = gen.kandidaten(p.kandidaten, 20261124L);
    List<MatchWerkplek> werkplekken = gen.werkplekken(p.werkplekken, 20261125L);
    regel("Gegenereerd: %d regio's, %,d PC4, %,d ESCO-vaardigheden (Zipf 0,9), %,d beroepen; gem. %.1f vaardigheden per kandidaat",
        gen.regios.size(), gen.locaties.aantal(), gen.aantalVaardigheden(), gen.beroepen.size(),
        kandidaten.stream().mapToInt(k -> k.vaardigheden().size()).average().orElse(0));

    Gewichten g = Gewichten.ALLEEN_VAARDIGHEDEN; // zelfde scorefunctie als de Lucene-peer
    sp = specificiteit ? gen.specificiteit() : Specificiteit.GELIJK;
    regel("Specificiteit: %s", specificiteit ? "aan (ESCO, zoals in de applicatie; de Lucene-peer krijgt dezelfde punten als boost)" : "uit (argument gelijk)");
    long t0 = System.nanoTime();
    Matchindex index = new Matchindex(g, gen.locaties, sp);
    Map<String, List<MatchKandidaat>> kPerRegio = kandidaten.stream().collect(Collectors.groupingBy(MatchKandidaat::regiocode));
    Map<String, List<MatchWerkplek>> wPerRegio = werkplekken.stream().collect(Collectors.groupingBy(MatchWerkplek::regiocode));
    kPerRegio.forEach(index::zetKandidaten);
    wPerRegio.forEach(index::zetWerkplekken);
    long msEngineBouw = (System.nanoTime() - t0) / 1_000_000;
    if (profileren) { // alleen de engine, 60 s G1 en G2 afwisselend: om met JFR (-XX:StartFlightRecording) te profileren
      Random r = new Random(7);
      long eind = System.nanoTime() + Long.getLong("pow.profielseconden", 60) * 1_000_000_000L;
      long n = 0;
      while (System.nanoTime() < eind) {
        index.kandidatenVoor(werkplekken.get(r.nextInt(werkplekken.size())), 20);
        index.werkplekkenVoor(kandidaten.get(r.nextInt(kandidaten.size())), 20);
        n++;
      }
      regel("Profileren: %,d paren queries in %d s", n, Long.getLong("pow.profielseconden", 60));
      Random r2 = new Random(7);
      List<MatchWerkplek> q1 = IntStream.range(0, 20_000).mapToObj(i -> werkplekken.get(r2.nextInt(werkplekken.size()))).toList();
      List<MatchKandidaat> q2 = IntStream.range(0, 20_000).mapToObj(i -> kandidaten.get(r2.nextInt(kandidaten.size()))).toList();
      for (int ronde = 0; ronde < 3; ronde++) {
        long[] ns = new long[q1.size()];
        Matchindex.Zoekpad[] paden = new Matchindex.Zoekpad[ns.length];
        for (int i = 0; i < ns.length; i++) {
          long t = System.nanoTime();
          index.kandidatenVoor(q1.get(i), 20);
          ns[i] = System.nanoTime() - t;
          paden[i] = index.laatsteZoekpad();
        }
        if (ronde == 2) zoekpaden(ns, paden);
        ns = ns.clone();
        Arrays.sort(ns);
        regel("  G1 engine alleen: p50 %.3f ms p99 %.3f ms", ns[ns.length / 2] / 1e6, ns[ns.length * 99 / 100] / 1e6);
        for (int i = 0; i < ns.length; i++) {
          long t = System.nanoTime();
          index.werkplekkenVoor(q2.get(i), 20);
          ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        regel("  G2 engine alleen: p50 %.3f ms p99 %.3f ms", ns[ns.length / 2] / 1e6, ns[ns.length * 99 / 100] / 1e6);
      }
      return;
    }
    if (alleenToewijzing) {
      toewijzing(p, gen, kPerRegio, wPerRegio, Gewichten.ALLEEN_VAARDIGHEDEN, "alleen vaardigheden");
      toewijzing(p, gen, kPerRegio, wPerRegio, Gewichten.STANDAARD, "alle onderdelen");
      tabel.forEach(this::regel);
      return;
    }
    Path map = Files.createTempDirectory(Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir")),
        "pow-lucene");
    try (LucenePeer lucene = new LucenePeer(map, kandidaten, werkplekken, g, sp, cache)) {
      regel("Opbouw: engine %,d ms (beide kanten); Lucene %,d ms (kandidaten) + %,d ms (werkplekken), incl. forceMerge(1)",
          msEngineBouw, lucene.msIndexerenKandidaten, lucene.msIndexerenWerkplekken);
      tabel.add(String.format(Locale.ROOT, "| G7 opbouw index (beide kanten) | %,d ms | %,d ms | %.1f× | ≥ 3× |", msEngineBouw,
          lucene.msIndexerenKandidaten + lucene.msIndexerenWerkplekken,
          (lucene.msIndexerenKandidaten + lucene.msIndexerenWerkplekken) / (double) Math.max(1, msEngineBouw)));

      Random r = new Random(7);
      List<MatchWerkplek> q1 = IntStream.range(0, p.opwarmen + p.blok).mapToObj(i -> werkplekken.get(r.nextInt(werkplekken.size()))).toList();
      List<MatchKandidaat> q2 = IntStream.range(0, p.opwarmen + p.blok).mapToObj(i -> kandidaten.get(r.nextInt(kandidaten.size()))).toList();

      // Juistheid eerst: engine == naïeve referentie == Lucene op een steekproef.
      for (int i = 0; i < p.controle; i++) {
        MatchWerkplek w = q1.get(i);
        List<Treffer> e = index.kandidatenVoor(w, 20);
        List<Treffer> o = new NaieveMatcher(kPerRegio.get(w.regiocode()), List.of(), gen.locaties, g, sp).kandidatenVoor(w, 20);
        List<Treffer> l = lucene.kandidatenVoor(w, 20);
        if (!e.equals(o) || !e.equals(l)) throw new IllegalStateException("Q1 verschilt voor " + w.id() + ":\n" + e + "\n" + o + "\n" + l);
        MatchKandidaat k = q2.get(i);
        List<Treffer> e2 = index.werkplekkenVoor(k, 20);
        List<Treffer> o2 = new NaieveMatcher(List.of(), wPerRegio.get(k.regiocode()), gen.locaties, g, sp).werkplekkenVoor(k, 20);
        List<Treffer> l2 = lucene.werkplekkenVoor(k, 20);
        if (!e2.equals(o2) || !e2.equals(l2)) throw new IllegalStateException("Q2 verschilt voor " + k.id() + ":\n" + e2 + "\n" + o2 + "\n" + l2);
      }
      regel("Juistheid: %d + %d queries identiek aan de naïeve referentie en aan Lucene (top-20, gelijke scores op id)", p.controle, p.controle);

      latentie("G1 top-20 kandidaten voor een werkplek (regio + uren)", p, q1, w -> index.kandidatenVoor(w, 20), w -> lucene.kandidatenVoor(w, 20));
      latentie("G2 top-20 werkplekken voor een kandidaat (regio + uren)", p, q2, k -> index.werkplekkenVoor(k, 20), k -> lucene.werkplekkenVoor(k, 20));

      toewijzing(p, gen, kPerRegio, wPerRegio, Gewichten.ALLEEN_VAARDIGHEDEN, "alleen vaardigheden");
      toewijzing(p, gen, kPerRegio, wPerRegio, Gewichten.STANDAARD, "alle onderdelen");

      nacht(p, index, lucene, kandidaten, werkplekken);
      versheid(index, lucene, kPerRegio); // als laatste: de Lucene-peer zoekt daarna in een bijgewerkte index
    } finally {
      try (var s = Files.walk(map)) {
        s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      }
    }
    regel("");
    regel("| meting | engine | peer | verhouding (peer/engine) | doel |");
    regel("|---|---|---|---|---|");
    tabel.forEach(this::regel);
    regel("");
    regel("Totale looptijd %,d s", (System.nanoTime() - begin) / 1_000_000_000);
    Path uit = Path.of("bench/target/matching-resultaten-" + p.naam + ".md");
    Files.createDirectories(uit.getParent());
    Files.writeString(uit, log.toString());
    System.out.println("Resultaten ook in " + uit.toAbsolutePath());
  }

  /** Diagnose: hoe de traagste 2 % van de G1-vragen verliep, naast de mediaan, per weg van afmaken. */
  private void zoekpaden(long[] ns, Matchindex.Zoekpad[] paden) {
    Integer[] idx = IntStream.range(0, ns.length).boxed().toArray(Integer[]::new);
    Arrays.sort(idx, Comparator.comparingLong(i -> ns[i]));
    int n = ns.length;
    for (String groep : List.of("traagste 2 %", "rond de mediaan")) {
      int van = groep.startsWith("traag") ? n - n / 50 : n / 2 - n / 100;
      int tot = groep.startsWith("traag") ? n : n / 2 + n / 100;
      Map<String, long[]> perWeg = new java.util.TreeMap<>(); // aantal, ns, docs, termen, postings, afgelopen, geraakt, pogingen
      for (int x = van; x < tot; x++) {
        Matchindex.Zoekpad z = paden[idx[x]];
        long[] a = perWeg.computeIfAbsent(z.weg(), w -> new long[8]);
        a[0]++;
        a[1] += ns[idx[x]];
        a[2] += z.documenten();
        a[3] += z.termen();
        a[4] += z.postings();
        a[5] += z.afgelopenTermen();
        a[6] += z.geraakt();
        a[7] += z.pogingen();
      }
      perWeg.forEach((weg, a) -> regel("    %s, %s: %d vragen, gem. %.3f ms, deel %,d docs, %.1f termen, %,d postings, %.1f afgelopen, %,d geraakt, %.1f pogingen",
          groep, weg, a[0], a[1] / 1e6 / a[0], a[2] / a[0], a[3] / (double) a[0], a[4] / a[0], a[5] / (double) a[0], a[6] / a[0], a[7] / (double) a[0]));
    }
  }

  private interface Query<T> {
    List<Treffer> zoek(T t) throws IOException;
  }

  private record Blok(double p50, double p99, double qps) {}

  private <T> void latentie(String naam, Profiel p, List<T> queries, Query<T> engine, Query<T> peer) throws Exception {
    List<T> opwarm = queries.subList(0, p.opwarmen);
    List<T> meet = queries.subList(p.opwarmen, queries.size());
    for (int i = 0; i < opwarm.size(); i += 1000) { // ook het opwarmen afwisselend
      blok(opwarm.subList(i, Math.min(opwarm.size(), i + 1000)), engine);
      blok(opwarm.subList(i, Math.min(opwarm.size(), i + 1000)), peer);
    }
    double[] r50 = new double[p.rondes];
    double[] r99 = new double[p.rondes];
    double[] rQps = new double[p.rondes];
    double[] rQps2 = new double[p.rondes];
    Blok laatsteE = null;
    Blok laatsteP = null;
    double e2 = 0;
    double p2 = 0;
    for (int ronde = 0; ronde < p.rondes; ronde++) {
      Blok e = blok(meet, engine);
      Blok l = blok(meet, peer);
      double ee2 = tweeDraden(meet, engine);
      double ll2 = tweeDraden(meet, peer);
      r50[ronde] = l.p50 / e.p50;
      r99[ronde] = l.p99 / e.p99;
      rQps[ronde] = e.qps / l.qps;
      rQps2[ronde] = ee2 / ll2;
      log("  %s ronde %d: engine p50 %.3f ms p99 %.3f ms %,.0f q/s (2 draden %,.0f q/s) | Lucene p50 %.3f ms p99 %.3f ms %,.0f q/s (2 draden %,.0f q/s)",
          naam.substring(0, 2), ronde + 1, e.p50, e.p99, e.qps, ee2, l.p50, l.p99, l.qps, ll2);
      laatsteE = e;
      laatsteP = l;
      e2 = ee2;
      p2 = ll2;
    }
    tabel.add(String.format(Locale.ROOT, "| %s: p50 | %.3f ms | %.3f ms | %s | ≥ 5× |", naam, laatsteE.p50, laatsteP.p50, verhouding(r50)));
    tabel.add(String.format(Locale.ROOT, "| %s: p99 | %.3f ms | %.3f ms | %s | ≥ 5× |", naam, laatsteE.p99, laatsteP.p99, verhouding(r99)));
    tabel.add(String.format(Locale.ROOT, "| %s: doorvoer 1 draad | %,.0f q/s | %,.0f q/s | %s | – |", naam, laatsteE.qps, laatsteP.qps, verhouding(rQps)));
    tabel.add(String.format(Locale.ROOT, "| %s: doorvoer 2 draden | %,.0f q/s | %,.0f q/s | %s | – |", naam, e2, p2, verhouding(rQps2)));
  }

  /** Mediaan over de rondes, met het bereik (min–max). */
  private static String verhouding(double[] r) {
    double[] s = r.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%.1f× (%.1f–%.1f)", s[s.length / 2], s[0], s[s.length - 1]);
  }

  private static <T> Blok blok(List<T> queries, Query<T> q) throws IOException {
    long[] ns = new long[queries.size()];
    long start = System.nanoTime();
    long controle = 0;
    for (int i = 0; i < ns.length; i++) {
      long t = System.nanoTime();
      controle += q.zoek(queries.get(i)).size();
      ns[i] = System.nanoTime() - t;
    }
    long totaal = System.nanoTime() - start;
    if (controle < 0) System.out.println(controle);
    Arrays.sort(ns);
    return new Blok(ns[ns.length / 2] / 1e6, ns[(int) Math.ceil(ns.length * 0.99) - 1] / 1e6, ns.length / (totaal / 1e9));
  }

  private static <T> double tweeDraden(List<T> queries, Query<T> q) throws Exception {
    AtomicLong fout = new AtomicLong();
    long start = System.nanoTime();
    Thread[] draden = new Thread[2];
    for (int d = 0; d < 2; d++) {
      int van = d * queries.size() / 2;
      int tot = (d + 1) * queries.size() / 2;
      draden[d] = Thread.ofPlatform().start(() -> {
        try {
          for (int i = van; i < tot; i++) q.zoek(queries.get(i));
        } catch (IOException e) {
          fout.incrementAndGet();
        }
      });
    }
    for (Thread t : draden) t.join();
    if (fout.get() > 0) throw new IllegalStateException("fout in doorvoerblok");
    return queries.size() / ((System.nanoTime() - start) / 1e9);
  }

  private void toewijzing(Profiel p, Generator gen, Map<String, List<MatchKandidaat>> kPerRegio, Map<String, List<MatchWerkplek>> wPerRegio,
      Gewichten g, String omschrijving) {
    Loader.loadNativeLibraries();
    String regio = kPerRegio.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    List<MatchKandidaat> pool = kPerRegio.get(regio).subList(0, Math.min(p.toewijzingPool, kPerRegio.get(regio).size()));
    List<MatchWerkplek> rijen = wPerRegio.get(regio).subList(0, Math.min(p.toewijzingRijen, wPerRegio.get(regio).size()));
    // De staande index van de regio (zoals in de applicatie); de pool wordt daaruit gekopieerd (getimed).
    Matchindex staand = new Matchindex(g, gen.locaties, sp);
    staand.zetKandidaten(regio, kPerRegio.get(regio));
    List<java.util.UUID> poolIds = pool.stream().map(MatchKandidaat::id).toList();
    long[] e2e = new long[9];
    long[] poolBouw = new long[9];
    Toewijzing.Resultaat r = null;
    for (int i = -8; i < e2e.length; i++) { // 8 keer opwarmen, dan 9 metingen
      long t = System.nanoTime();
      staand.zetPool("pool", poolIds);
      long t1 = System.nanoTime();
      r = Toewijzing.bereken(staand, "pool", rijen, 1, true);
      if (i >= 0) {
        poolBouw[i] = t1 - t;
        e2e[i] = System.nanoTime() - t;
      }
    }
    Toewijzing.Resultaat controle = Toewijzing.bereken(rijen, pool, g, sp, gen.locaties, 1, true);
    if (controle.totaleScore() != r.totaleScore()) throw new IllegalStateException("pool uit index wijkt af van pool uit lijst");
    MinKostenStroom graaf = r.graaf();
    for (int i = 0; i < 10; i++) graaf.los(); // opwarmen
    long[] eigen = new long[9];
    long eigenKosten = 0;
    for (int i = 0; i < eigen.length; i++) {
      long t = System.nanoTime();
      eigenKosten = graaf.los();
      eigen[i] = System.nanoTime() - t;
    }
    long[] ortools = new long[9];
    long[] ortoolsBouw = new long[9];
    long orKosten = 0;
    for (int i = -3; i < ortools.length; i++) {
      long t = System.nanoTime();
      MinCostFlow mcf = new MinCostFlow();
      for (int a = 0; a < graaf.aantalBogen(); a++) mcf.addArcWithCapacityAndUnitCost(graaf.van(a), graaf.naar(a), graaf.capaciteit(a), graaf.kosten(a));
      for (int v = 0; v < graaf.aantalKnopen(); v++) mcf.setNodeSupply(v, graaf.aanbod(v));
      long t1 = System.nanoTime();
      if (mcf.solve() != MinCostFlowBase.Status.OPTIMAL) throw new IllegalStateException("OR-Tools niet optimaal");
      orKosten = mcf.getOptimalCost();
      if (i >= 0) {
        ortools[i] = System.nanoTime() - t;
        ortoolsBouw[i] = t1 - t;
      }
    }
    if (orKosten != eigenKosten || r.scoreBijKosten(orKosten) != r.totaleScore()) {
      throw new IllegalStateException("Toewijzing: objectief verschilt van OR-Tools: " + eigenKosten + " / " + orKosten);
    }
    log("  Toewijzing %s: %d werkplekken × %,d kandidaten (regio %s), %,d bogen na snoeien, objectief %,d = OR-Tools; pool kopiëren %.1f ms, "
            + "scoren+snoeien %.1f ms, oplossen (eigen, incl. netwerk) %.1f ms in %d ronde(s) (laatste herhaling)",
        omschrijving, rijen.size(), pool.size(), regio, graaf.aantalBogen(), r.totaleScore(), mediaan(poolBouw), r.nsScoren() / 1e6,
        r.nsOplossen() / 1e6, r.rondes());
    tabel.add(String.format(Locale.ROOT, "| G4 toewijzing %d × %,d eind-tot-eind (%s, 2 draden) | %.1f ms | – | – | < 300 ms |",
        rijen.size(), pool.size(), omschrijving, mediaan(e2e)));
    tabel.add(String.format(Locale.ROOT, "| G4-s oplosser op identiek gesnoeid netwerk (%,d bogen, %s) | %.1f ms | %.1f ms (waarvan bogen toevoegen %.1f) | %.1f× | ≥ 1× |",
        graaf.aantalBogen(), omschrijving, mediaan(eigen), mediaan(ortools), mediaan(ortoolsBouw), mediaan(ortools) / mediaan(eigen)));
  }

  private static double mediaan(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }

  private void nacht(Profiel p, Matchindex index, LucenePeer lucene, List<MatchKandidaat> kandidaten, List<MatchWerkplek> werkplekken)
      throws Exception {
    System.gc();
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) b.resetPeakUsage();
    long start = System.nanoTime();
    AtomicLong resultaten = new AtomicLong();
    kandidaten.parallelStream().forEach(k -> resultaten.addAndGet(index.werkplekkenVoor(k, 50).size()));
    werkplekken.parallelStream().forEach(w -> resultaten.addAndGet(index.kandidatenVoor(w, 50).size()));
    double s = (System.nanoTime() - start) / 1e9;
    long piek = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      if (b.getType() == MemoryType.HEAP) piek += b.getPeakUsage().getUsed();
    }
    // Peer: dezelfde top-50 met Lucene voor een steekproef, lineair doorgerekend (2 draden).
    Random r = new Random(11);
    List<MatchKandidaat> sk = IntStream.range(0, p.nachtSteekproef / 2).mapToObj(i -> kandidaten.get(r.nextInt(kandidaten.size()))).toList();
    List<MatchWerkplek> sw = IntStream.range(0, p.nachtSteekproef / 2).mapToObj(i -> werkplekken.get(r.nextInt(werkplekken.size()))).toList();
    long ls = System.nanoTime();
    double qk = tweeDraden(sk, k -> lucene.werkplekkenVoor(k, 50));
    double qw = tweeDraden(sw, w -> lucene.kandidatenVoor(w, 50));
    double peer = kandidaten.size() / qk + werkplekken.size() / qw;
    log("  Nacht: %,d top-50-lijsten (%,d resultaten) in %.1f s; piekheap %,d MiB. Lucene-steekproef %,d queries in %.1f s → doorgerekend %.0f s",
        kandidaten.size() + werkplekken.size(), resultaten.get(), s, piek >> 20, p.nachtSteekproef, (System.nanoTime() - ls) / 1e9, peer);
    tabel.add(String.format(Locale.ROOT, "| G5 nacht: top-50 beide kanten, %,d + %,d (2 draden) | %.1f s, piekheap %,d MiB | %.0f s (steekproef %,d, doorgerekend) | %.1f× | < 600 s, heap < 8 GiB |",
        kandidaten.size(), werkplekken.size(), s, piek >> 20, peer, p.nachtSteekproef, peer / s));
  }

  /**
   * G6 versheid: van het bijwerken van één profiel tot een top-20-vraag het nieuwe profiel ziet. Engine: los bijwerken
   * ({@link Matchindex#werkKandidaatBij}: oude rij weg met één bit, kandidaat in de aanvulling van de regio; zo doet
   * de applicatie het bij een paar wijzigingen), ter vergelijking ook het deel van de regio opnieuw bouwen
   * ({@link Matchindex#zetKandidaten}, zo gaat een importgolf); verwijderen is één bit. Peer: {@code updateDocument}
   * plus {@code DirectoryReader.openIfChanged} (near-real-time). Helft in de grootste regio, helft in willekeurige
   * regio's; elke keer een nieuwe, unieke vaardigheid die daarna gevonden moet worden.
   */
  private void versheid(Matchindex index, LucenePeer lucene, Map<String, List<MatchKandidaat>> kPerRegio) throws Exception {
    Random r = new Random(13);
    String grootste = kPerRegio.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    List<String> regios = new ArrayList<>(kPerRegio.keySet());
    int n = 100;
    long[] eBij = new long[n];
    long[] eBouw = new long[n];
    long[] eWeg = new long[n];
    long[] lBij = new long[n];
    for (int i = 0; i < n + 10; i++) { // de eerste 10 zijn opwarmen
      String regio = i % 2 == 0 ? grootste : regios.get(r.nextInt(regios.size()));
      List<MatchKandidaat> lijst = new ArrayList<>(kPerRegio.get(regio));
      int plek = r.nextInt(lijst.size());
      MatchKandidaat oud = lijst.get(plek);
      String nieuw = "g6-vaardigheid-" + i;
      List<String> v = new ArrayList<>(oud.vaardigheden());
      v.add(nieuw);
      MatchKandidaat bij = new MatchKandidaat(oud.id(), oud.regiocode(), oud.pc4(), oud.uren(), oud.maxKm(), oud.opleiding(),
          oud.startkwalificatie(), oud.werkvormen(), oud.instrumenten(), oud.beschikbaarVanaf(), oud.beroepen(), oud.iscoGroepen(), v,
          oud.vaardighedenUitBeroepen(), true, true, true, false);
      lijst.set(plek, bij);
      kPerRegio.put(regio, lijst);
      MatchWerkplek vraag = new MatchWerkplek(new UUID(7, i), regio, oud.pc4(), oud.uren(), nl.perspectiefopwerk.kandidaat.Werkvorm.REGULIER,
          null, List.of(), java.time.LocalDate.of(2026, 12, 1), null, null, List.of(nieuw), List.of(), 1);
      boolean bouwen = i % 4 >= 2; // om en om per twee: los bijwerken, opnieuw bouwen
      long t0 = System.nanoTime();
      if (bouwen) index.zetKandidaten(regio, lijst);
      else index.werkKandidaatBij(bij);
      List<Treffer> t = index.kandidatenVoor(vraag, 20);
      long t1 = System.nanoTime();
      if (t.size() != 1 || !t.get(0).id().equals(bij.id())) throw new IllegalStateException("G6: bijgewerkte kandidaat niet gevonden: " + t);
      index.verwijderKandidaat(bij.id());
      List<Treffer> weg = index.kandidatenVoor(vraag, 20);
      long t2 = System.nanoTime();
      if (!weg.isEmpty()) throw new IllegalStateException("G6: verwijderde kandidaat nog gevonden");
      long l = lucene.werkBijTotZichtbaar(bij, nieuw);
      if (i >= 10) {
        (bouwen ? eBouw : eBij)[(i - 10) / 2] = t1 - t0;
        eWeg[i - 10] = t2 - t1;
        lBij[i - 10] = l;
      }
    }
    // eBij en eBouw zijn elk voor de helft gevuld (om en om)
    long[] los = Arrays.copyOf(eBij, n / 2);
    long[] bouw = Arrays.copyOf(eBouw, n / 2);
    Arrays.sort(los);
    Arrays.sort(bouw);
    Arrays.sort(eWeg);
    Arrays.sort(lBij);
    int h = n / 2;
    double eb50 = los[h / 2] / 1e6, eb99 = los[h * 99 / 100] / 1e6, ew50 = eWeg[n / 2] / 1e6, ew99 = eWeg[n * 99 / 100] / 1e6;
    double bb50 = bouw[h / 2] / 1e6, bb99 = bouw[h * 99 / 100] / 1e6;
    double lb50 = lBij[n / 2] / 1e6, lb99 = lBij[n * 99 / 100] / 1e6;
    log("  Versheid (%d keer, helft in %s met %,d kandidaten): los bijwerken tot zichtbaar p50 %.3f ms p99 %.3f ms; regio opnieuw bouwen"
        + " p50 %.2f ms p99 %.2f ms; verwijderen tot weg p50 %.3f ms p99 %.3f ms; Lucene updateDocument + openIfChanged p50 %.2f ms p99 %.2f ms",
        n, grootste, kPerRegio.get(grootste).size(), eb50, eb99, bb50, bb99, ew50, ew99, lb50, lb99);
    // p99 over 100 metingen is vrijwel het maximum: één samenvoeging van segmenten of GC-pauze bepaalt het. Daarom
    // staan p50 en p99 allebei in de tabel, elk met een eigen verhouding.
    tabel.add(String.format(Locale.ROOT, "| G6 versheid: profiel los bijwerken tot zichtbaar in top-20, p50 / p99 | %.3f / %.3f ms | %.2f / %.2f ms (NRT) | %.0f× / %.0f× | ≤ 1/10 van de peer, ≤ 50 ms |",
        eb50, eb99, lb50, lb99, lb50 / eb50, lb99 / eb99));
    tabel.add(String.format(Locale.ROOT, "| G6 ter vergelijking: deel van de regio opnieuw bouwen tot zichtbaar, p50 / p99 | %.2f / %.2f ms | %.2f / %.2f ms (NRT) | %.2f× / %.2f× | – |",
        bb50, bb99, lb50, lb99, lb50 / bb50, lb99 / bb99));
    tabel.add(String.format(Locale.ROOT, "| G6 versheid: verwijderen (toestemming ingetrokken, plaatsing) tot weg uit top-20, p50 / p99 | %.3f / %.3f ms | %.2f / %.2f ms (NRT bijwerken) | %.0f× / %.0f× | ≤ 1/10 van de peer, ≤ 50 ms |",
        ew50, ew99, lb50, lb99, lb50 / ew50, lb99 / ew99));
  }

  private void regel(String f, Object... a) {
    String s = a.length == 0 ? f : String.format(Locale.ROOT, f, a);
    System.out.println(s);
    log.append(s).append('\n');
  }

  private void log(String f, Object... a) {
    regel(f, a);
  }
}
