package nl.perspectiefopwerk.bench.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Specificiteit;
import nl.perspectiefopwerk.matching.domain.Treffer;

/**
 * De Lucene-peer, getuned volgens de eigen documentatie: één document per kandidaat (of werkplek),
 * vaardigheden als {@link StringField}, regio als term, uren als {@link IntField}; index gesorteerd op
 * (regio, volgnummer), {@code forceMerge(1)}, {@link MMapDirectory} (op tmpfs als {@code /dev/shm} er is),
 * querycache uit (of aan, instelbaar). De query is een {@link BooleanQuery} van
 * {@code BoostQuery(ConstantScoreQuery(TermQuery(vaardigheid)), punten)} (punten = gewicht × specificiteit van de
 * vaardigheid, zoals in de engine; score = som van de punten van
 * de gedeelde vaardigheden, exact als float), met FILTER regio en uren en minstens één vaardigheid. Gelijke
 * scores: Lucene kiest het laagste docId, en door de indexsortering is dat binnen één regio het kleinste id.
 */
final class LucenePeer implements AutoCloseable {

  private final Directory kandidatenDir;
  private final Directory werkplekkenDir;
  private final IndexSearcher kandidaten;
  private final IndexSearcher werkplekken;
  private final long[] kandidaatVolgnummer;
  private final long[] werkplekVolgnummer;
  private final Gewichten g;
  private final Specificiteit sp;
  final long msIndexerenKandidaten;
  final long msIndexerenWerkplekken;

  LucenePeer(Path map, List<MatchKandidaat> ks, List<MatchWerkplek> ws, Gewichten g, Specificiteit sp, boolean cache) throws IOException {
    this.g = g;
    this.sp = sp;
    Map<String, Integer> regioNummer = new HashMap<>();
    long t0 = System.nanoTime();
    kandidatenDir = new MMapDirectory(map.resolve("kandidaten"));
    try (IndexWriter w = new IndexWriter(kandidatenDir, config())) {
      for (MatchKandidaat k : ks) {
        w.addDocument(kandidaatDocument(k, regioNummer.computeIfAbsent(k.regiocode(), x -> regioNummer.size())));
      }
      w.forceMerge(1);
    }
    this.regioNummer = regioNummer;
    long t1 = System.nanoTime();
    werkplekkenDir = new MMapDirectory(map.resolve("werkplekken"));
    try (IndexWriter w = new IndexWriter(werkplekkenDir, config())) {
      for (MatchWerkplek p : ws) {
        Document d = new Document();
        for (String v : p.essentieel()) d.add(new StringField("e", v, Field.Store.NO));
        for (String v : p.optioneel()) d.add(new StringField("o", v, Field.Store.NO));
        for (String v : p.beroepsprofiel()) d.add(new StringField("p", v, Field.Store.NO));
        d.add(new StringField("regio", p.regiocode(), Field.Store.NO));
        d.add(new IntField("uren", p.uren(), Field.Store.NO));
        d.add(new NumericDocValuesField("regioSort", regioNummer.computeIfAbsent(p.regiocode(), x -> regioNummer.size())));
        d.add(new NumericDocValuesField("nr", p.id().getLeastSignificantBits()));
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
    long t2 = System.nanoTime();
    msIndexerenKandidaten = (t1 - t0) / 1_000_000;
    msIndexerenWerkplekken = (t2 - t1) / 1_000_000;
    kandidaten = new IndexSearcher(DirectoryReader.open(kandidatenDir));
    werkplekken = new IndexSearcher(DirectoryReader.open(werkplekkenDir));
    if (!cache) {
      kandidaten.setQueryCache(null);
      werkplekken.setQueryCache(null);
    }
    kandidaatVolgnummer = volgnummers(kandidaten);
    werkplekVolgnummer = volgnummers(werkplekken);
  }

  private final Map<String, Integer> regioNummer;
  private IndexWriter schrijver;
  private DirectoryReader nrt;

  /** Eén document per kandidaat, met een id-term zodat {@link IndexWriter#updateDocument} het kan vervangen. */
  private static Document kandidaatDocument(MatchKandidaat k, int regio) {
    Document d = new Document();
    for (String v : k.vaardigheden()) d.add(new StringField("v", v, Field.Store.NO));
    for (String v : k.vaardighedenUitBeroepen()) d.add(new StringField("v", v, Field.Store.NO));
    d.add(new StringField("id", k.id().toString(), Field.Store.NO));
    d.add(new StringField("regio", k.regiocode(), Field.Store.NO));
    d.add(new IntField("uren", k.uren(), Field.Store.NO));
    d.add(new NumericDocValuesField("regioSort", regio));
    d.add(new NumericDocValuesField("nr", k.id().getLeastSignificantBits()));
    return d;
  }

  /**
   * G6 (versheid): vervangt één kandidaat ({@code updateDocument} op de id-term), heropent de near-real-time lezer
   * ({@code openIfChanged}) en zoekt tot de nieuwe vaardigheid vindbaar is in de regio. Geeft de tijd in ns. Na de
   * eerste aanroep zoeken de gewone queries van deze peer niet meer in de bijgewerkte index: alleen als laatste meten.
   */
  long werkBijTotZichtbaar(MatchKandidaat k, String nieuweVaardigheid) throws IOException {
    if (schrijver == null) {
      IndexWriterConfig c = config();
      c.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
      schrijver = new IndexWriter(kandidatenDir, c);
      nrt = DirectoryReader.open(schrijver);
    }
    long t0 = System.nanoTime();
    schrijver.updateDocument(new Term("id", k.id().toString()), kandidaatDocument(k, regioNummer.getOrDefault(k.regiocode(), 0)));
    DirectoryReader nieuw = DirectoryReader.openIfChanged(nrt, schrijver);
    if (nieuw != null) {
      nrt.close();
      nrt = nieuw;
    }
    IndexSearcher s = new IndexSearcher(nrt);
    s.setQueryCache(null);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term("v", nieuweVaardigheid)), BooleanClause.Occur.SHOULD);
    b.add(new TermQuery(new Term("regio", k.regiocode())), BooleanClause.Occur.FILTER);
    b.add(IntField.newRangeQuery("uren", k.uren() - g.urenMarge(), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
    b.setMinimumNumberShouldMatch(1);
    if (s.search(b.build(), 20).scoreDocs.length != 1) throw new IllegalStateException("G6: bijgewerkte kandidaat niet gevonden in Lucene");
    return System.nanoTime() - t0;
  }

  private static IndexWriterConfig config() {
    IndexWriterConfig c = new IndexWriterConfig(new KeywordAnalyzer());
    c.setIndexSort(new Sort(new SortField("regioSort", SortField.Type.LONG), new SortField("nr", SortField.Type.LONG)));
    c.setRAMBufferSizeMB(256);
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    return c;
  }

  private static long[] volgnummers(IndexSearcher s) throws IOException {
    long[] uit = new long[s.getIndexReader().maxDoc()];
    for (LeafReaderContext c : s.getIndexReader().leaves()) {
      NumericDocValues nr = c.reader().getNumericDocValues("nr");
      for (int d = 0; d < c.reader().maxDoc(); d++) {
        nr.advanceExact(d);
        uit[c.docBase + d] = nr.longValue();
      }
    }
    return uit;
  }

  List<Treffer> kandidatenVoor(MatchWerkplek w, int k) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : w.essentieel()) {
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("v", v))), sp.punten(g.essentieleVaardigheid(), v)), BooleanClause.Occur.SHOULD);
    }
    for (String v : w.optioneel()) {
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("v", v))), sp.punten(g.optioneleVaardigheid(), v)), BooleanClause.Occur.SHOULD);
    }
    for (String v : w.beroepsprofiel()) {
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("v", v))), sp.punten(g.beroepsprofiel(), v)), BooleanClause.Occur.SHOULD);
    }
    b.add(new TermQuery(new Term("regio", w.regiocode())), BooleanClause.Occur.FILTER);
    b.add(IntField.newRangeQuery("uren", w.uren() - g.urenMarge(), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
    b.setMinimumNumberShouldMatch(1);
    return treffers(kandidaten.search(b.build(), k), kandidaatVolgnummer);
  }

  List<Treffer> werkplekkenVoor(MatchKandidaat c, int k) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    java.util.Set<String> alle = new java.util.LinkedHashSet<>(c.vaardigheden());
    alle.addAll(c.vaardighedenUitBeroepen());
    for (String v : alle) {
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("e", v))), sp.punten(g.essentieleVaardigheid(), v)), BooleanClause.Occur.SHOULD);
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("o", v))), sp.punten(g.optioneleVaardigheid(), v)), BooleanClause.Occur.SHOULD);
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("p", v))), sp.punten(g.beroepsprofiel(), v)), BooleanClause.Occur.SHOULD);
    }
    b.add(new TermQuery(new Term("regio", c.regiocode())), BooleanClause.Occur.FILTER);
    b.add(IntField.newRangeQuery("uren", Integer.MIN_VALUE, c.uren() + g.urenMarge()), BooleanClause.Occur.FILTER);
    b.setMinimumNumberShouldMatch(1);
    return treffers(werkplekken.search(b.build(), k), werkplekVolgnummer);
  }

  private static List<Treffer> treffers(TopDocs top, long[] volgnummer) {
    List<Treffer> uit = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) uit.add(new Treffer(new UUID(0, volgnummer[sd.doc]), Math.round(sd.score)));
    return uit;
  }

  @Override
  public void close() throws IOException {
    if (nrt != null) nrt.close();
    if (schrijver != null) schrijver.close();
    kandidaten.getIndexReader().close();
    werkplekken.getIndexReader().close();
    kandidatenDir.close();
    werkplekkenDir.close();
  }
}
