package nl.perspectiefopwerk.bench.matching;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Matchindex;
import nl.perspectiefopwerk.matching.domain.MinKostenStroom;
import nl.perspectiefopwerk.matching.domain.Toewijzing;
import nl.perspectiefopwerk.matching.domain.Treffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH voor de kernels: één top-20-query per richting (100k kandidaten, 50k werkplekken, echte
 * regiogroottes) en de eigen min-cost-flow op een gesnoeid netwerk (100 × 10k). Zie docs/matching.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx3g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class KernBenchmark {

  private Matchindex index;
  private List<MatchWerkplek> werkplekken;
  private List<MatchKandidaat> kandidaten;
  private MinKostenStroom graaf;
  private int i;

  @Setup(Level.Trial)
  public void bouw() throws Exception {
    Generator gen = new Generator(Path.of(System.getProperty("pow.referentiedata", "../shared/reference-data")));
    kandidaten = gen.kandidaten(100_000, 1);
    werkplekken = gen.werkplekken(50_000, 2);
    index = new Matchindex(Gewichten.ALLEEN_VAARDIGHEDEN, gen.locaties, gen.specificiteit());
    kandidaten.stream().collect(Collectors.groupingBy(MatchKandidaat::regiocode)).forEach(index::zetKandidaten);
    werkplekken.stream().collect(Collectors.groupingBy(MatchWerkplek::regiocode)).forEach(index::zetWerkplekken);
    String regio = werkplekken.getFirst().regiocode();
    List<MatchKandidaat> pool = kandidaten.stream().filter(k -> k.regiocode().equals(regio)).limit(10_000).toList();
    List<MatchWerkplek> rijen = werkplekken.stream().filter(w -> w.regiocode().equals(regio)).limit(100).toList();
    graaf = Toewijzing.bereken(rijen, pool, Gewichten.STANDAARD, gen.specificiteit(), gen.locaties, 1, false).graaf();
  }

  @Benchmark
  public List<Treffer> top20Kandidaten() {
    return index.kandidatenVoor(werkplekken.get(i++ % werkplekken.size()), 20);
  }

  @Benchmark
  public List<Treffer> top20Werkplekken() {
    return index.werkplekkenVoor(kandidaten.get(i++ % kandidaten.size()), 20);
  }

  @Benchmark
  public long minKostenStroom() {
    return graaf.los();
  }
}
