package nl.perspectiefopwerk.taxonomie.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataBron.Voortgang;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Leest de ESCO v1.1.1-bestanden (zonder database): beroepen met Nederlandse namen, vaardigheden en
 * ISCO-groepen uit de Engelse classificatie-zip en de relaties beroep → vaardigheid uit de
 * relatie-zip. De zips worden direct gelezen, nooit uitgepakt. Een ongeldige rij wordt met bestand
 * en regelnummer (de regel waarop de rij begint) gemeld en overgeslagen; de rest gaat door.
 */
final class EscoLezer {

  static final String BEROEPEN = "esco-v1.1.1/occupations_nl.csv";
  static final String CLASSIFICATIE = "esco-v1.1.1/esco-v1.1.1-classification-en-csv.zip";
  static final String RELATIES = "esco-v1.1.1/esco-v1.1.1-relations-csv.zip";
  static final String VAARDIGHEDEN_CSV = "skills_en.csv";
  static final String ISCO_CSV = "ISCOGroups_en.csv";
  static final String RELATIES_CSV = "occupationSkillRelations.csv";

  /** Per bestand worden zoveel rijmeldingen letterlijk bewaard; daarboven alleen een telling. */
  static final int MAX_MELDINGEN_PER_BESTAND = 100;

  private static final Pattern BEROEP_URI = Pattern.compile("http://data\\.europa\\.eu/esco/occupation/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
  private static final Pattern VAARDIGHEID_URI = Pattern.compile("http://data\\.europa\\.eu/esco/skill/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
  private static final Pattern ISCO_CODE = Pattern.compile("[0-9]{1,4}");
  private static final Set<String> RELATIETYPEN = Set.of("essential", "optional");
  private static final CSVFormat FORMAAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();

  record IscoRij(String code, String uri, String naam) {}

  record BeroepRij(String id, String uri, String naam, String iscoGroep, String escoCode, String beschrijving, List<String> altLabels) {}

  record VaardigheidRij(String id, String uri, String naam, String type, String hergebruik, String beschrijving, List<String> altLabels) {}

  record RelatieRij(String beroepId, String vaardigheidId, String relatie) {}

  record Gegevens(
      List<IscoRij> iscoGroepen,
      List<BeroepRij> beroepen,
      List<VaardigheidRij> vaardigheden,
      List<RelatieRij> relaties,
      List<String> meldingen) {

    long rijen() {
      return (long) iscoGroepen.size() + beroepen.size() + vaardigheden.size() + relaties.size();
    }
  }

  private EscoLezer() {}

  /** Leest alles; meldt de stappen 1–4 van {@code totaal}. */
  static Gegevens lees(Path map, Voortgang voortgang, int totaal) {
    Meldingen meldingen = new Meldingen();

    List<IscoRij> isco = new ArrayList<>();
    Set<String> iscoCodes = new HashSet<>();
    leesUitZip(map.resolve(CLASSIFICATIE), ISCO_CSV, meldingen, r -> {
      String code = verplicht(r, "code");
      if (!ISCO_CODE.matcher(code).matches()) throw new OngeldigeRij("ongeldige ISCO-code '" + code + "'");
      if (!iscoCodes.add(code)) throw new OngeldigeRij("ISCO-code " + code + " komt dubbel voor");
      isco.add(new IscoRij(code, verplicht(r, "conceptUri"), verplicht(r, "preferredLabel")));
    });
    voortgang.stap("ISCO-groepen gelezen (" + isco.size() + ")", 1, totaal);

    List<BeroepRij> beroepen = new ArrayList<>();
    Map<String, String> beroepIdOpUri = new HashMap<>();
    leesBestand(map.resolve(BEROEPEN), meldingen, r -> {
      String uri = verplicht(r, "conceptUri");
      String id = id(BEROEP_URI, uri, "beroep");
      if (beroepIdOpUri.containsKey(uri)) throw new OngeldigeRij("beroep " + uri + " komt dubbel voor");
      String naam = verplicht(r, "preferredLabel");
      String iscoGroep = verplicht(r, "iscoGroup");
      if (!iscoCodes.contains(iscoGroep)) throw new OngeldigeRij("onbekende ISCO-groep '" + iscoGroep + "'");
      beroepen.add(new BeroepRij(id, uri, naam, iscoGroep, leegNaarNull(r.get("code")), leegNaarNull(r.get("description")), labels(r.get("altLabels"), naam)));
      beroepIdOpUri.put(uri, id);
    });
    voortgang.stap("Beroepen gelezen (" + beroepen.size() + ")", 2, totaal);

    List<VaardigheidRij> vaardigheden = new ArrayList<>();
    Map<String, String> vaardigheidIdOpUri = new HashMap<>();
    leesUitZip(map.resolve(CLASSIFICATIE), VAARDIGHEDEN_CSV, meldingen, r -> {
      String uri = verplicht(r, "conceptUri");
      String id = id(VAARDIGHEID_URI, uri, "vaardigheid");
      if (vaardigheidIdOpUri.containsKey(uri)) throw new OngeldigeRij("vaardigheid " + uri + " komt dubbel voor");
      String naam = verplicht(r, "preferredLabel");
      vaardigheden.add(new VaardigheidRij(id, uri, naam, leegNaarNull(r.get("skillType")), leegNaarNull(r.get("reuseLevel")), leegNaarNull(r.get("description")), labels(r.get("altLabels"), naam)));
      vaardigheidIdOpUri.put(uri, id);
    });
    voortgang.stap("Vaardigheden gelezen (" + vaardigheden.size() + ")", 3, totaal);

    List<RelatieRij> relaties = new ArrayList<>(130_000);
    Set<String> paren = new HashSet<>(260_000);
    leesUitZip(map.resolve(RELATIES), RELATIES_CSV, meldingen, r -> {
      String beroepUri = verplicht(r, "occupationUri");
      String vaardigheidUri = verplicht(r, "skillUri");
      String relatie = verplicht(r, "relationType");
      if (!RELATIETYPEN.contains(relatie)) throw new OngeldigeRij("onbekend relationType '" + relatie + "'");
      String beroepId = beroepIdOpUri.get(beroepUri);
      if (beroepId == null) throw new OngeldigeRij("onbekend beroep " + beroepUri);
      String vaardigheidId = vaardigheidIdOpUri.get(vaardigheidUri);
      if (vaardigheidId == null) throw new OngeldigeRij("onbekende vaardigheid " + vaardigheidUri);
      if (!paren.add(beroepId + vaardigheidId)) throw new OngeldigeRij("relatie " + beroepUri + " → " + vaardigheidUri + " komt dubbel voor");
      relaties.add(new RelatieRij(beroepId, vaardigheidId, relatie));
    });
    voortgang.stap("Relaties gelezen (" + relaties.size() + ")", 4, totaal);

    return new Gegevens(isco, beroepen, vaardigheden, relaties, meldingen.lijst());
  }

  private static void leesBestand(Path bestand, Meldingen meldingen, Consumer<CSVRecord> verwerk) {
    try (InputStream in = Files.newInputStream(bestand)) {
      lees(in, bestand.getFileName().toString(), meldingen, verwerk);
    } catch (IOException e) {
      throw new UncheckedIOException("Kan " + bestand.getFileName() + " niet lezen", e);
    }
  }

  private static void leesUitZip(Path zip, String naam, Meldingen meldingen, Consumer<CSVRecord> verwerk) {
    try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry entry = z.getEntry(naam);
      if (entry == null) throw new IllegalStateException(naam + " ontbreekt in " + zip.getFileName());
      try (InputStream in = z.getInputStream(entry)) {
        lees(in, naam + " (uit " + zip.getFileName() + ")", meldingen, verwerk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kan " + naam + " uit " + zip.getFileName() + " niet lezen", e);
    }
  }

  /**
   * Leest een CSV met kopregel (velden mogen regeleinden bevatten). Het regelnummer in een melding is
   * de fysieke regel waarop de rij begint.
   */
  static void lees(InputStream in, String bron, Meldingen meldingen, Consumer<CSVRecord> verwerk) throws IOException {
    Reader reader = zonderBom(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    try (CSVParser parser = CSVParser.parse(reader, FORMAAT)) {
      long regel = parser.getCurrentLineNumber() + 1;
      for (CSVRecord r : parser) {
        try {
          verwerk.accept(r);
        } catch (OngeldigeRij | IllegalArgumentException e) {
          meldingen.rij(bron, regel, e.getMessage());
        }
        regel = parser.getCurrentLineNumber() + 1;
      }
    }
  }

  private static Reader zonderBom(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') reader.reset();
    return reader;
  }

  private static String id(Pattern patroon, String uri, String soort) {
    Matcher m = patroon.matcher(uri);
    if (!m.matches()) throw new OngeldigeRij("ongeldige ESCO-URI voor " + soort + " '" + uri + "'");
    return m.group(1);
  }

  /** ESCO zet synoniemen onder elkaar in één veld; dubbele en de voorkeursnaam zelf vallen weg. */
  static List<String> labels(String veld, String voorkeur) {
    if (veld == null || veld.isBlank()) return List.of();
    Set<String> labels = new LinkedHashSet<>();
    for (String regel : veld.split("\\R")) {
      String l = regel.strip();
      if (!l.isEmpty() && !l.equals(voorkeur)) labels.add(l);
    }
    return List.copyOf(labels);
  }

  private static String verplicht(CSVRecord r, String kolom) {
    String w = r.get(kolom);
    if (w == null || w.isBlank()) throw new OngeldigeRij("kolom '" + kolom + "' is leeg");
    return w.strip();
  }

  private static String leegNaarNull(String w) {
    return w == null || w.isBlank() ? null : w.strip();
  }

  static final class OngeldigeRij extends RuntimeException {
    OngeldigeRij(String melding) {
      super(melding);
    }
  }

  /** Verzamelt meldingen; per bestand de eerste {@value #MAX_MELDINGEN_PER_BESTAND} letterlijk. */
  static final class Meldingen {
    private final List<String> lijst = new ArrayList<>();
    private final Map<String, Integer> perBestand = new LinkedHashMap<>();

    void rij(String bestand, long regel, String tekst) {
      int n = perBestand.merge(bestand, 1, Integer::sum);
      if (n <= MAX_MELDINGEN_PER_BESTAND) lijst.add(bestand + " regel " + regel + ": " + tekst + "; rij overgeslagen");
    }

    List<String> lijst() {
      List<String> alles = new ArrayList<>(lijst);
      perBestand.forEach((bestand, n) -> {
        if (n > MAX_MELDINGEN_PER_BESTAND) {
          alles.add(bestand + ": nog " + (n - MAX_MELDINGEN_PER_BESTAND) + " rijen overgeslagen (" + n + " in totaal)");
        }
      });
      return alles;
    }
  }
}
