package nl.perspectiefopwerk.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import nl.perspectiefopwerk.PlatformApplication;
import nl.perspectiefopwerk.kandidaat.importeren.ImportJob;
import nl.perspectiefopwerk.kandidaat.importeren.Importeur;
import nl.perspectiefopwerk.kandidaat.importeren.KandidaatImport;
import nl.perspectiefopwerk.kandidaat.importeren.Kolom;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Meet de kandidaatimport: N CSV-regels (standaard 100.000) via de echte importroute (validatie,
 * BSN-versleuteling, samenvoegen, opslag) op een ingebedde PostgreSQL, met als peer in dezelfde JVM
 * een PostgreSQL {@code COPY} van hetzelfde bestand in een kale tabel — de ondergrens voor alleen
 * het binnenhalen van de bytes. Het doel uit het issue: 100.000 regels in minder dan 60 s.
 *
 * <p>Start: {@code ./mvnw -q -pl bench -am -DskipTests package} en dan
 * {@code /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar bench/target/pow-bench.jar [aantal]} vanuit
 * de hoofdmap (de referentiedata wordt in {@code ../shared/reference-data} gezocht).
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path database = Files.createTempDirectory("pow-bench-db");
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(PlatformApplication.class)
            .profiles("demo")
            .run(
                "--server.port=0",
                "--pow.database.ingebed.map=" + database,
                "--pow.database.ingebed.poort=0",
                "--pow.demo.kandidaten-per-regio=0",
                "--logging.level.root=warn")) {
      KandidaatImport importeur = app.getBean(KandidaatImport.class);
      Organisatie breda = app.getBean(ToegangApi.class).organisatiesVanType(OrganisatieType.GEMEENTE).stream()
          .filter(o -> o.naam().equals("Gemeente Breda")).findFirst().orElseThrow();
      Importeur wie = new Importeur(breda.id().waarde(), OrganisatieType.GEMEENTE, "bench");
      List<String> pc4s = new ArrayList<>();
      RegioApi regio = app.getBean(RegioApi.class);
      for (Gemeente g : regio.gemeenten(new Regiocode("AM25"))) pc4s.addAll(regio.postcodesVanGemeente(g.code()));
      TaxonomieApi taxonomie = app.getBean(TaxonomieApi.class);
      List<String> beroepen = new ArrayList<>();
      for (String b : List.of("magazijnmedewerker", "schoonmaker", "kok", "verkoopmedewerker", "lasser", "verzorgende")) {
        taxonomie.suggestiesBeroepen(b, 1).forEach(r -> beroepen.add(r.item().id()));
      }

      // Opwarmen: JIT, verbindingen, caches.
      meet(importeur, wie, csv(2_000, 0, pc4s, beroepen), "opwarmen");

      byte[] bestand = csv(aantal, 10_000_000, pc4s, beroepen);
      double importSeconden = meet(importeur, wie, bestand, "import");
      double copySeconden = copy(app.getBean(DataSource.class), bestand);

      System.out.printf(Locale.ROOT, "%nKandidaatimport van %,d regels (%.1f MB)%n", aantal, bestand.length / 1e6);
      System.out.printf(Locale.ROOT, "  platform-import : %7.2f s  (%,.0f regels/s)%n", importSeconden, aantal / importSeconden);
      System.out.printf(Locale.ROOT, "  peer COPY       : %7.2f s  (%,.0f regels/s)%n", copySeconden, aantal / copySeconden);
      System.out.printf(Locale.ROOT, "  verhouding import/COPY: %.1f×%n", importSeconden / copySeconden);
      System.out.printf(Locale.ROOT, "  doel 100.000 regels < 60 s: %s (geschat %.0f s voor 100.000)%n",
          importSeconden * 100_000 / aantal < 60 ? "gehaald" : "NIET gehaald", importSeconden * 100_000 / aantal);
    }
  }

  private static double meet(KandidaatImport importeur, Importeur wie, byte[] bestand, String naam) throws InterruptedException {
    long start = System.nanoTime();
    ImportJob job = importeur.start(bestand, wie);
    while (job.isBezig()) Thread.sleep(50);
    double seconden = (System.nanoTime() - start) / 1e9;
    if (job.isMislukt()) throw new IllegalStateException(naam + " mislukt: " + job.getMelding());
    var r = job.getRapport();
    System.out.printf(Locale.ROOT, "%s: %d aangemaakt, %d bijgewerkt, %d afgekeurd in %.2f s%n",
        naam, r.aangemaakt(), r.bijgewerkt(), r.afgekeurd(), seconden);
    if (r.afgekeurd() > 0) System.out.println("  eerste fout: " + r.fouten().getFirst());
    return seconden;
  }

  private static double copy(DataSource ds, byte[] bestand) throws Exception {
    try (Connection c = ds.getConnection()) {
      String kolommen = String.join(" text, ", Kolom.namen()) + " text";
      c.createStatement().execute("create temporary table bench_copy (" + kolommen + ")");
      long start = System.nanoTime();
      c.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("copy bench_copy from stdin with (format csv, header true, delimiter ';', encoding 'UTF8')", new ByteArrayInputStream(bestand));
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /** Verzonnen maar geldige regels: BSN's met de elfproef, postcodes in West-Brabant, echte ESCO-beroepen. */
  static byte[] csv(int aantal, int eersteNummer, List<String> pc4s, List<String> beroepen) {
    Random rnd = new Random(eersteNummer);
    StringBuilder sb = new StringBuilder(aantal * 220);
    sb.append(String.join(";", Kolom.namen())).append('\n');
    int nummer = eersteNummer;
    for (int i = 0; i < aantal; i++) {
      String bsn;
      do {
        bsn = bsn(nummer++);
      } while (bsn == null);
      String pc4 = pc4s.get(rnd.nextInt(pc4s.size()));
      sb.append("BENCH-").append(bsn).append(';').append(bsn).append(";Test;Bench").append(i).append(';')
          .append(1960 + rnd.nextInt(45)).append("-0").append(1 + rnd.nextInt(9)).append("-1").append(rnd.nextInt(9))
          .append(";Proefstraat;").append(1 + rnd.nextInt(200)).append(';').append(pc4).append(" AB;Breda;;;BIJSTAND;MBO2;ja;")
          .append(beroepen.get(rnd.nextInt(beroepen.size()))).append(";;Nederlands;nee;32;25;2026-12-01\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Het BSN bij een achtcijferig volgnummer, of null als de elfproef daar geen controlecijfer voor heeft. */
  static String bsn(int volgnummer) {
    String acht = String.format("%08d", volgnummer);
    int som = 0;
    for (int i = 0; i < 8; i++) som += (9 - i) * (acht.charAt(i) - '0');
    int controle = som % 11;
    return controle <= 9 ? acht + controle : null;
  }
}
