package nl.perspectiefopwerk.bench.matching;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipFile;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Matchindex;
import nl.perspectiefopwerk.matching.domain.Specificiteit;
import nl.perspectiefopwerk.matching.domain.Treffer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Offline evaluatie van de matchkwaliteit (issue #6, punt 8) op profielen afgeleid uit ESCO v1.1.1:
 *
 * <ul>
 *   <li>een <b>werkplek</b> (de vraag) komt uit een beroep: tot 10 van zijn essentiële en tot 5 van zijn optionele
 *       vaardigheden;
 *   <li>een <b>kandidaat</b> komt uit een beroep met ruis: elke essentiële vaardigheid met kans 0,6, elke optionele
 *       met kans 0,3, plus 3–8 Zipf-getrokken vaardigheden van elders; zijn beroep zelf is onbekend (alleen zijn
 *       vaardigheden tellen, zodat het beroepsonderdeel van de score niets weggeeft);
 *   <li><b>relevant</b>: hetzelfde beroep (graad 2) of dezelfde ISCO-eenheidsgroep (graad 1).
 * </ul>
 *
 * Vergeleken: de eigen score (alleen het vaardighedenonderdeel: essentieel 10, optioneel 4 punten per gedekte
 * ESCO-vaardigheid) tegenover Lucene BM25 over de tekst van dezelfde profielen (Engelse namen van de
 * vaardigheden, EnglishAnalyzer). Maten: recall@10 = relevant in de top 10 / min(10, aantal relevant), en
 * nDCG@10 met de graden hierboven. Vaste seed; resultaat naar de console en
 * {@code bench/target/matchkwaliteit.md}.
 *
 * <p>Start: {@code $JAVA -cp $CP nl.perspectiefopwerk.bench.matching.Matchkwaliteit [kandidaten] [vragen]}
 */
public final class Matchkwaliteit {

  private Matchkwaliteit() {}

  public static void main(String[] args) throws Exception {
    int aantalKandidaten = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int aantalVragen = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Path ref = Path.of(System.getProperty("pow.referentiedata", "../shared/reference-data"));
    Generator gen = new Generator(ref);
    Map<String, String> isco = new HashMap<>();
    Map<String, String> label = new HashMap<>();
    try (ZipFile zip = new ZipFile(ref.resolve("esco-v1.1.1/esco-v1.1.1-classification-en-csv.zip").toFile())) {
      for (CSVRecord r : lees(zip, "occupations_en.csv")) isco.put(id(r.get("conceptUri")), r.get("iscoGroup"));
      for (CSVRecord r : lees(zip, "skills_en.csv")) label.put(id(r.get("conceptUri")), r.get("preferredLabel"));
    }
    Map<String, String> beroepLabel = new HashMap<>();
    try (ZipFile zip = new ZipFile(ref.resolve("esco-v1.1.1/esco-v1.1.1-classification-en-csv.zip").toFile())) {
      for (CSVRecord r : lees(zip, "occupations_en.csv")) beroepLabel.put(id(r.get("conceptUri")), r.get("preferredLabel"));
    }
    StringBuilder uitvoer = new StringBuilder();
    uitvoer.append(variant(gen, isco, label, beroepLabel, aantalKandidaten, aantalVragen, false));
    uitvoer.append(variant(gen, isco, label, beroepLabel, aantalKandidaten, aantalVragen, true));
    System.out.println(uitvoer);
    Files.createDirectories(Path.of("bench/target"));
    Files.writeString(Path.of("bench/target/matchkwaliteit.md"), uitvoer.toString());
  }

  /**
   * Eén variant. Zonder werkervaring kent geen van beide het beroep van de kandidaat; met werkervaring is bij de
   * helft van de kandidaten het beroep uit de werkervaring bekend (zoals bij een intake): de eigen score gebruikt
   * dan ook het beroepsonderdeel (zelfde beroep 30, zelfde ISCO-groep 15) en de essentiële vaardigheden van dat
   * beroep, en BM25 krijgt precies dezelfde informatie als tekst (de naam van het beroep en de namen van die
   * vaardigheden).
   */
  static String variant(Generator gen, Map<String, String> isco, Map<String, String> label, Map<String, String> beroepLabel,
      int aantalKandidaten, int aantalVragen, boolean metWerkervaring) throws Exception {
    List<String> beroepen = gen.beroepen.stream().filter(b -> gen.essentieel.get(b).length >= 5 && isco.containsKey(b)).toList();
    Random rnd = new Random(20261123L);
    String regio = gen.regios.getFirst();
    String pc4 = gen.pc4PerRegio.get(regio).getFirst();
    LocalDate datum = LocalDate.of(2026, 12, 1);

    // kandidaten
    List<MatchKandidaat> kandidaten = new ArrayList<>();
    String[] beroepVan = new String[aantalKandidaten];
    String[] tekstVan = new String[aantalKandidaten];
    for (int i = 0; i < aantalKandidaten; i++) {
      String b = beroepen.get(rnd.nextInt(beroepen.size()));
      Set<String> v = new LinkedHashSet<>();
      for (String s : gen.essentieel.get(b)) if (rnd.nextDouble() < 0.6) v.add(s);
      for (String s : gen.optioneel.get(b)) if (rnd.nextDouble() < 0.3) v.add(s);
      int ruis = 3 + rnd.nextInt(6);
      for (int j = 0; j < ruis; j++) v.add(gen.zipf(rnd));
      beroepVan[i] = b;
      boolean bekend = metWerkervaring && rnd.nextBoolean();
      List<String> uitBeroep = bekend ? List.of(gen.essentieel.get(b)) : List.of();
      Set<String> alleTekst = new LinkedHashSet<>(v);
      alleTekst.addAll(uitBeroep);
      tekstVan[i] = (bekend ? beroepLabel.getOrDefault(b, "") + ". " : "") + tekst(alleTekst, label);
      kandidaten.add(new MatchKandidaat(new UUID(0, i), regio, pc4, 40, 250, Opleidingsniveau.MBO4, true,
          List.of(Werkvorm.REGULIER), List.of(), datum, bekend ? List.of(b) : List.of(), bekend ? List.of(isco.get(b)) : List.of(),
          List.copyOf(v), uitBeroep, true, true, true, false));
    }
    // vragen (werkplekken)
    List<MatchWerkplek> vragen = new ArrayList<>();
    for (int q = 0; q < aantalVragen; q++) {
      String b = beroepen.get(rnd.nextInt(beroepen.size()));
      List<String> e = new ArrayList<>(Arrays.asList(gen.essentieel.get(b)));
      List<String> o = new ArrayList<>(Arrays.asList(gen.optioneel.get(b)));
      java.util.Collections.shuffle(e, rnd);
      java.util.Collections.shuffle(o, rnd);
      // Beroepsprofiel zoals in de applicatie: de essentiële vaardigheden van het beroep die de werkgever niet koos.
      vragen.add(new MatchWerkplek(new UUID(1, q), regio, pc4, 8, Werkvorm.REGULIER, null, List.of(), datum, b, isco.get(b),
          e.subList(0, Math.min(10, e.size())), o.subList(0, Math.min(5, o.size())), 1, e));
    }

    // Lucene BM25 over de tekst van dezelfde profielen
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    EnglishAnalyzer analyzer = new EnglishAnalyzer();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < aantalKandidaten; i++) {
        Document d = new Document();
        d.add(new StoredField("nr", i));
        d.add(new TextField("tekst", tekstVan[i], Field.Store.NO));
        w.addDocument(d);
      }
    }
    IndexSearcher.setMaxClauseCount(4096);
    Gewichten g = metWerkervaring ? Gewichten.STANDAARD : Gewichten.ALLEEN_VAARDIGHEDEN;
    int profielgewicht = Integer.getInteger("pow.beroepsprofiel", g.beroepsprofiel()); // gevoeligheidsanalyse
    g = metGewichtBeroepsprofiel(g, profielgewicht);
    Gewichten zonderProfiel = metGewichtBeroepsprofiel(g, 0);
    Specificiteit sp = gen.specificiteit();
    String instelling = System.getProperty("pow.specificiteit"); // "referentie,min,max" voor de gevoeligheidsanalyse
    if (instelling != null) {
      int[] d = Arrays.stream(instelling.split(",")).mapToInt(Integer::parseInt).toArray();
      sp = Specificiteit.uitEsco(gen.beroepenPerVaardigheid, gen.aantalBeroepen, d[0], d[1], d[2]);
    }
    // De eigen ranking via de snelle index (de differentiële tests bewijzen: identiek aan de naïeve referentie).
    Matchindex eigen = new Matchindex(g, gen.locaties, sp);
    eigen.zetKandidaten(regio, kandidaten);
    Matchindex eigenGelijk = new Matchindex(g, gen.locaties, Specificiteit.GELIJK);
    eigenGelijk.zetKandidaten(regio, kandidaten);
    Matchindex eigenZonderProfiel = new Matchindex(zonderProfiel, gen.locaties, sp);
    eigenZonderProfiel.zetKandidaten(regio, kandidaten);
    String[] namen = {
        "eigen score (" + (metWerkervaring ? "standaardgewichten, incl. beroep en vaardigheden uit eerdere beroepen" : "alleen vaardigheden")
            + ", met specificiteit en beroepsprofiel)",
        "eigen score zonder specificiteit (elke vaardigheid even zwaar)",
        "eigen score zonder beroepsprofiel (alleen de gekozen vaardigheden)",
        "Lucene BM25 over de tekst van dezelfde profielen" + (metWerkervaring ? " (incl. beroepsnaam en vaardigheden uit het beroep)" : ""),
        "Lucene BM25, vraag aangevuld met de tekst van het beroepsprofiel (zelfde informatie als de eigen score)"};
    int r = namen.length;
    List<double[]> recall = new ArrayList<>();
    List<double[]> ndcg = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher zoeker = new IndexSearcher(reader); // BM25 is de standaard
      QueryParser parser = new QueryParser("tekst", analyzer);
      for (MatchWerkplek w : vragen) {
        int[] graad = new int[aantalKandidaten];
        int relevant = 0;
        for (int i = 0; i < aantalKandidaten; i++) {
          graad[i] = beroepVan[i].equals(w.beroepId()) ? 2 : isco.get(beroepVan[i]).equals(w.iscoGroep()) ? 1 : 0;
          if (graad[i] > 0) relevant++;
        }
        if (relevant == 0) continue;
        int[] ideaal = Arrays.stream(graad).boxed().sorted((a, b) -> b - a).limit(10).mapToInt(Integer::intValue).toArray();
        Set<String> v = new LinkedHashSet<>(w.essentieel());
        v.addAll(w.optioneel());
        String kop = metWerkervaring ? beroepLabel.getOrDefault(w.beroepId(), "") + ". " : "";
        Set<String> profiel = new LinkedHashSet<>(w.beroepsprofiel());
        List<List<Integer>> top = List.of(
            nummers(eigen.kandidatenVoor(w, regio, 10)),
            nummers(eigenGelijk.kandidatenVoor(w, regio, 10)),
            nummers(eigenZonderProfiel.kandidatenVoor(w, regio, 10)),
            bm25(zoeker, parser.parse(QueryParser.escape(kop + tekst(v, label)))),
            bm25(zoeker, parser.parse(QueryParser.escape(kop + tekst(v, label) + tekst(profiel, label)))));
        double[] rc = new double[r];
        double[] nd = new double[r];
        for (int x = 0; x < r; x++) {
          rc[x] = recall(top.get(x), graad, relevant);
          nd[x] = ndcg(top.get(x), graad, ideaal);
        }
        recall.add(rc);
        ndcg.add(nd);
      }
    }
    StringBuilder uit = new StringBuilder(String.format(Locale.ROOT, """
        ## Matchkwaliteit %s (ESCO v1.1.1-profielen, %,d kandidaten, %d vragen met relevante kandidaten, seed 20261123)

        | ranking | recall@10 | nDCG@10 |
        |---|---|---|
        """, metWerkervaring ? "met werkervaring (helft van de kandidaten)" : "zonder werkervaring", aantalKandidaten, recall.size()));
    for (int x = 0; x < r; x++) {
      uit.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", namen[x], gemiddelde(recall, x), gemiddelde(ndcg, x)));
    }
    uit.append("\nVerschil eigen score − BM25, gepaard per vraag (gemiddelde ± 95%-interval):\n\n");
    for (int x : new int[] {3, 4}) {
      uit.append(String.format(Locale.ROOT, "- tegen %s: recall@10 %s, nDCG@10 %s%n", x == 3 ? "BM25" : "BM25 met beroepsprofiel",
          verschil(recall, 0, x), verschil(ndcg, 0, x)));
    }
    return uit.append('\n').toString();
  }

  private static Gewichten metGewichtBeroepsprofiel(Gewichten g, int gewicht) {
    return new Gewichten(g.essentieleVaardigheid(), g.optioneleVaardigheid(), gewicht, g.zelfdeBeroep(), g.zelfdeBeroepsgroep(), g.afstand(),
        g.uren(), g.werkvorm(), g.opleiding(), g.instrumenten(), g.beschikbaarheid(), g.urenMarge());
  }

  private static List<Integer> nummers(List<Treffer> treffers) {
    return treffers.stream().map(t -> (int) t.id().getLeastSignificantBits()).toList();
  }

  private static List<Integer> bm25(IndexSearcher zoeker, Query query) throws java.io.IOException {
    List<Integer> uit = new ArrayList<>();
    for (ScoreDoc sd : zoeker.search(query, 10).scoreDocs) uit.add(zoeker.storedFields().document(sd.doc).getField("nr").numericValue().intValue());
    return uit;
  }

  private static double gemiddelde(List<double[]> waarden, int x) {
    return waarden.stream().mapToDouble(a -> a[x]).average().orElse(0);
  }

  /** Gepaard verschil a − b over de vragen: gemiddelde ± 1,96 · standaardfout. */
  private static String verschil(List<double[]> waarden, int a, int b) {
    double[] d = waarden.stream().mapToDouble(w -> w[a] - w[b]).toArray();
    double m = Arrays.stream(d).average().orElse(0);
    double var = Arrays.stream(d).map(x -> (x - m) * (x - m)).sum() / Math.max(1, d.length - 1);
    double h = 1.96 * Math.sqrt(var / Math.max(1, d.length));
    return String.format(Locale.ROOT, "%+.3f ± %.3f", m, h);
  }

  static double recall(List<Integer> top, int[] graad, int relevant) {
    long treffers = top.stream().filter(i -> graad[i] > 0).count();
    return (double) treffers / Math.min(10, relevant);
  }

  static double ndcg(List<Integer> top, int[] graad, int[] ideaal) {
    double dcg = 0;
    double idcg = 0;
    for (int r = 0; r < top.size(); r++) dcg += (Math.pow(2, graad[top.get(r)]) - 1) / (Math.log(r + 2) / Math.log(2));
    for (int r = 0; r < ideaal.length; r++) idcg += (Math.pow(2, ideaal[r]) - 1) / (Math.log(r + 2) / Math.log(2));
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static String tekst(Set<String> vaardigheden, Map<String, String> label) {
    StringBuilder sb = new StringBuilder();
    for (String v : vaardigheden) sb.append(label.getOrDefault(v, "")).append(". ");
    return sb.toString();
  }

  private static String id(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  private static List<CSVRecord> lees(ZipFile zip, String naam) throws java.io.IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(naam)), StandardCharsets.UTF_8))) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }
}
