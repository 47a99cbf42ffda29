package nl.perspectiefopwerk.bench.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipFile;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.matching.domain.Locaties;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Specificiteit;

/**
 * Deterministische (geseede) generator op echte referentiedata:
 *
 * <ul>
 *   <li>35 arbeidsmarktregio's met een aandeel naar het inwonertal van hun gemeenten ({@code cbs/gemeenten_2026.csv});
 *   <li>PC4-centroïden per regio ({@code geo/pc4_2026.csv});
 *   <li>ESCO v1.1.1-beroepen met hun essentiële en optionele vaardigheden ({@code occupationSkillRelations.csv});
 *   <li>Zipf-populariteit (exponent 0,9) over de vaardigheden, gerangschikt naar hoe vaak ESCO ze aan een beroep koppelt.
 * </ul>
 *
 * Een kandidaat krijgt een beroep, 10–20 vaardigheden uit dat beroep en 5–25 Zipf-getrokken vaardigheden
 * (gemiddeld ≈ 30); een werkplek krijgt een beroep, tot 10 essentiële vaardigheden daarvan en 5
 * Zipf-getrokken optionele. Ids zijn {@code new UUID(0, volgnummer)} zodat de volgorde op id gelijk is aan
 * de invoegvolgorde (nodig voor de gelijke-score-volgorde van de Lucene-peer). Iedereen is bemiddelbaar en
 * heeft maximale reisafstand 250 km (binnen een regio dus nooit een afstandsfilter), zodat alleen regio en
 * uren filteren — precies wat de Lucene-peer ook filtert.
 */
final class Generator {

  static final String[] GEEN = new String[0];

  final List<String> regios = new ArrayList<>();
  final double[] regioAandeel;
  final Map<String, List<String>> pc4PerRegio = new HashMap<>();
  final Locaties locaties;
  final List<String> beroepen = new ArrayList<>();
  final Map<String, String[]> essentieel = new HashMap<>();
  final Map<String, String[]> optioneel = new HashMap<>();
  final String[] vaardighedenOpPopulariteit;
  /** Per vaardigheid het aantal beroepen dat haar noemt (zoals {@code TaxonomieApi.beroepenPerVaardigheid}). */
  final Map<String, Integer> beroepenPerVaardigheid;
  final int aantalBeroepen;
  private final double[] zipfCumulatief;

  Generator(Path referentiedata) throws IOException {
    Map<String, Long> inwoners = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(referentiedata.resolve("cbs/gemeenten_2026.csv"))) {
      r.readLine();
      for (String regel; (regel = r.readLine()) != null; ) {
        String[] d = regel.replaceAll("\"[^\"]*\"", "naam").split(","); // namen met een komma staan tussen aanhalingstekens
        inwoners.merge(d[2], Long.parseLong(d[6].isBlank() ? "0" : d[6]), Long::sum);
      }
    }
    Map<String, double[]> centroiden = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(referentiedata.resolve("geo/pc4_2026.csv"))) {
      r.readLine();
      for (String regel; (regel = r.readLine()) != null; ) {
        String[] d = regel.split(",");
        centroiden.put(d[0], new double[] {Double.parseDouble(d[2]), Double.parseDouble(d[3])});
        pc4PerRegio.computeIfAbsent(d[5], k -> new ArrayList<>()).add(d[0]);
      }
    }
    locaties = Locaties.van(centroiden);
    inwoners.keySet().stream().sorted().filter(pc4PerRegio::containsKey).forEach(regios::add);
    long totaal = regios.stream().mapToLong(inwoners::get).sum();
    regioAandeel = regios.stream().mapToDouble(c -> inwoners.get(c) / (double) totaal).toArray();

    Map<String, List<String>> ess = new HashMap<>();
    Map<String, List<String>> opt = new HashMap<>();
    Map<String, Integer> frequentie = new HashMap<>();
    try (ZipFile zip = new ZipFile(referentiedata.resolve("esco-v1.1.1/esco-v1.1.1-relations-csv.zip").toFile());
        BufferedReader r = new BufferedReader(new InputStreamReader(
            zip.getInputStream(zip.getEntry("occupationSkillRelations.csv")), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String regel; (regel = r.readLine()) != null; ) {
        String[] d = regel.split(",");
        String beroep = d[0].substring(d[0].lastIndexOf('/') + 1).intern();
        String vaardigheid = d[3].substring(d[3].lastIndexOf('/') + 1).intern();
        ("essential".equals(d[1]) ? ess : opt).computeIfAbsent(beroep, k -> new ArrayList<>()).add(vaardigheid);
        frequentie.merge(vaardigheid, 1, Integer::sum);
      }
    }
    beroepenPerVaardigheid = Map.copyOf(frequentie);
    Set<String> alleBeroepen = new java.util.HashSet<>(ess.keySet());
    alleBeroepen.addAll(opt.keySet());
    aantalBeroepen = alleBeroepen.size();
    ess.keySet().stream().sorted().forEach(beroepen::add);
    for (String b : beroepen) {
      essentieel.put(b, ess.get(b).toArray(GEEN));
      optioneel.put(b, opt.getOrDefault(b, List.of()).toArray(GEEN));
    }
    vaardighedenOpPopulariteit = frequentie.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toArray(String[]::new);
    zipfCumulatief = new double[vaardighedenOpPopulariteit.length];
    double som = 0;
    for (int i = 0; i < zipfCumulatief.length; i++) {
      som += 1.0 / Math.pow(i + 1, 0.9);
      zipfCumulatief[i] = som;
    }
    for (int i = 0; i < zipfCumulatief.length; i++) zipfCumulatief[i] /= som;
  }

  /** De specificiteit zoals de applicatie haar uit de taxonomie afleidt. */
  Specificiteit specificiteit() {
    return Specificiteit.uitEsco(beroepenPerVaardigheid, aantalBeroepen);
  }

  int aantalVaardigheden() {
    return vaardighedenOpPopulariteit.length;
  }

  String zipf(Random r) {
    int i = java.util.Arrays.binarySearch(zipfCumulatief, r.nextDouble());
    return vaardighedenOpPopulariteit[Math.min(i < 0 ? -i - 1 : i, vaardighedenOpPopulariteit.length - 1)];
  }

  private String regio(Random r) {
    double x = r.nextDouble();
    for (int i = 0; i < regioAandeel.length; i++) {
      x -= regioAandeel[i];
      if (x < 0) return regios.get(i);
    }
    return regios.getLast();
  }

  List<MatchKandidaat> kandidaten(int n, long zaad) {
    Random r = new Random(zaad);
    List<MatchKandidaat> uit = new ArrayList<>(n);
    LocalDate basis = LocalDate.of(2026, 11, 1);
    for (int i = 0; i < n; i++) {
      String regio = regio(r);
      List<String> pcs = pc4PerRegio.get(regio);
      String beroep = beroepen.get(r.nextInt(beroepen.size()));
      Set<String> v = new LinkedHashSet<>();
      String[] e = essentieel.get(beroep);
      String[] o = optioneel.get(beroep);
      int uitBeroep = 10 + r.nextInt(11);
      for (int j = 0; j < uitBeroep; j++) v.add(r.nextInt(3) < 2 || o.length == 0 ? e[r.nextInt(e.length)] : o[r.nextInt(o.length)]);
      int zipf = 5 + r.nextInt(21);
      for (int j = 0; j < zipf; j++) v.add(zipf(r));
      uit.add(new MatchKandidaat(new UUID(0, i), regio, pcs.get(r.nextInt(pcs.size())), 8 + r.nextInt(33), 250,
          Opleidingsniveau.values()[r.nextInt(10)], r.nextBoolean(), List.of(Werkvorm.values()[r.nextInt(3)]), List.of(),
          basis.plusDays(r.nextInt(60)), List.of(beroep), List.of(), List.copyOf(v), List.of(), true, true, true, false));
    }
    return uit;
  }

  List<MatchWerkplek> werkplekken(int n, long zaad) {
    Random r = new Random(zaad);
    List<MatchWerkplek> uit = new ArrayList<>(n);
    LocalDate basis = LocalDate.of(2026, 12, 1);
    for (int i = 0; i < n; i++) {
      String regio = regio(r);
      List<String> pcs = pc4PerRegio.get(regio);
      String beroep = beroepen.get(r.nextInt(beroepen.size()));
      String[] e = essentieel.get(beroep);
      Set<String> ess = new LinkedHashSet<>();
      for (int j = 0; j < 10 && ess.size() < e.length; j++) ess.add(e[r.nextInt(e.length)]);
      Set<String> opt = new LinkedHashSet<>();
      for (int j = 0; j < 5; j++) {
        String s = zipf(r);
        if (!ess.contains(s)) opt.add(s);
      }
      // Beroepsprofiel: de essentiële vaardigheden van het beroep die niet gekozen zijn (zoals Indexbeheer.naarWerkplek).
      uit.add(new MatchWerkplek(new UUID(0, i), regio, pcs.get(r.nextInt(pcs.size())), 8 + r.nextInt(33), Werkvorm.values()[r.nextInt(3)],
          null, List.of(), basis.plusDays(r.nextInt(60)), beroep, null, List.copyOf(ess), List.copyOf(opt), 1, List.of(e)));
    }
    return uit;
  }
}
