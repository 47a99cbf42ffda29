package nl.perspectiefopwerk.regio.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataBron;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importeert de arbeidsmarktregio's, gemeenten (CBS) en PC4-gebieden (GeoNames, herleid) uit de
 * officiële bestanden. Een ongeldige rij wordt met bestand en regelnummer gemeld en overgeslagen;
 * de rest komt in één transactie binnen, dus de stand blijft consistent. Twee keer importeren geeft
 * dezelfde stand. Een centrumgemeente die een beheerder koos, blijft staan.
 */
@Component
class RegioImporter implements ReferentiedataBron {

  static final String REGIOS = "cbs/arbeidsmarktregios_2025.csv";
  static final String GEMEENTEN = "cbs/gemeenten_2026.csv";
  static final String CBS_INDELING = "cbs/arbeidsmarktregio_gemeente_2026.json";
  static final String POSTCODES = "geo/pc4_2026.csv";

  private static final Pattern REGIOCODE = Pattern.compile("AM\\d{2}");
  private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
  private static final Pattern PC4 = Pattern.compile("[1-9]\\d{3}");

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactie;

  RegioImporter(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactie) {
    this.jdbc = jdbc;
    this.template = template;
    this.transactie = transactie;
  }

  @Override
  public String naam() {
    return "regio";
  }

  @Override
  public String versie() {
    return "2"; // 2: inwonertal 0 betekent onbekend
  }

  @Override
  public int volgorde() {
    return 10;
  }

  @Override
  public List<String> bestanden() {
    return List.of(REGIOS, GEMEENTEN, CBS_INDELING, POSTCODES);
  }

  @Override
  public ImportResultaat importeer(Path map, Voortgang voortgang) {
    List<String> meldingen = new ArrayList<>();
    List<String[]> regios = new ArrayList<>();
    lees(map, REGIOS, meldingen, r -> {
      String code = r.get("code").trim();
      if (!REGIOCODE.matcher(code).matches()) throw new OngeldigeRij("ongeldige regiocode '" + code + "'");
      String centrum = r.get("centrumgemeente_code").trim();
      if (!centrum.isEmpty() && !GEMEENTECODE.matcher(centrum).matches()) {
        throw new OngeldigeRij("ongeldige centrumgemeentecode '" + centrum + "'");
      }
      regios.add(new String[] {code, verplicht(r, "naam"), centrum, r.get("centrumgemeente_naam").trim(), leegNaarNull(r.get("centrumgemeente_opmerking"))});
    });
    voortgang.stap("Arbeidsmarktregio's gelezen", 1, 4);
    Set<String> regiocodes = new java.util.HashSet<>();
    regios.forEach(r -> regiocodes.add(r[0]));

    Map<String, String> cbsIndeling = leesCbsIndeling(map.resolve(CBS_INDELING));
    Map<String, String> regioNaamNaarCode = new HashMap<>();
    regios.forEach(r -> regioNaamNaarCode.put(r[1], r[0]));

    List<Object[]> gemeenten = new ArrayList<>();
    lees(map, GEMEENTEN, meldingen, r -> {
      String code = r.get("gemeentecode").trim();
      if (!GEMEENTECODE.matcher(code).matches()) throw new OngeldigeRij("ongeldige gemeentecode '" + code + "'");
      String regio = r.get("arbeidsmarktregio_code").trim();
      if (!regiocodes.contains(regio)) throw new OngeldigeRij("onbekende arbeidsmarktregio '" + regio + "'");
      String volgensCbs = cbsIndeling.get(code.substring(2));
      if (volgensCbs != null && !regio.equals(regioNaamNaarCode.get(volgensCbs))) {
        meldingen.add(GEMEENTEN + ": " + code + " ligt volgens CBS-tabel 86247NED in " + volgensCbs + ", niet in " + regio);
      }
      gemeenten.add(new Object[] {code, verplicht(r, "naam"), regio, graad(r, "lat", 50.5, 53.8), graad(r, "lon", 3.2, 7.3), geheelOfNull(r.get("inwoners_geonames"))});
    });
    voortgang.stap("Gemeenten gelezen", 2, 4);
    Set<String> gemeentecodes = new java.util.HashSet<>();
    gemeenten.forEach(g -> gemeentecodes.add((String) g[0]));
    if (cbsIndeling.size() != gemeenten.size()) {
      meldingen.add(CBS_INDELING + ": " + cbsIndeling.size() + " gemeenten, " + GEMEENTEN + ": " + gemeenten.size());
    }

    List<Object[]> postcodes = new ArrayList<>();
    lees(map, POSTCODES, meldingen, r -> {
      String pc4 = r.get("pc4").trim();
      if (!PC4.matcher(pc4).matches()) throw new OngeldigeRij("ongeldige postcode '" + pc4 + "'");
      String gemeente = r.get("gemeentecode").trim();
      if (!gemeentecodes.contains(gemeente)) throw new OngeldigeRij("onbekende gemeente '" + gemeente + "'");
      String regio = r.get("arbeidsmarktregio_code").trim();
      if (!regiocodes.contains(regio)) throw new OngeldigeRij("onbekende arbeidsmarktregio '" + regio + "'");
      postcodes.add(new Object[] {pc4, verplicht(r, "plaats"), graad(r, "lat", 50.5, 53.8), graad(r, "lon", 3.2, 7.3), gemeente, regio, r.get("toewijzing").trim()});
    });
    voortgang.stap("Postcodes gelezen; opslaan", 3, 4);

    transactie.executeWithoutResult(s -> bewaar(regios, gemeenten, postcodes));
    voortgang.stap("Opgeslagen", 4, 4);
    return new ImportResultaat(regios.size() + gemeenten.size() + postcodes.size(), meldingen);
  }

  private void bewaar(List<String[]> regios, List<Object[]> gemeenten, List<Object[]> postcodes) {
    for (String[] r : regios) {
      jdbc.sql(
              """
              insert into regio.arbeidsmarktregio (code, naam, centrumgemeente_code, centrumgemeente_naam, centrumgemeente_opmerking, bron)
              values (?, ?, nullif(?, ''), nullif(?, ''), ?, 'cbs')
              on conflict (code) do update set naam = excluded.naam, bron = 'cbs',
                centrumgemeente_code = case when regio.arbeidsmarktregio.centrumgemeente_handmatig
                  then regio.arbeidsmarktregio.centrumgemeente_code else excluded.centrumgemeente_code end,
                centrumgemeente_naam = case when regio.arbeidsmarktregio.centrumgemeente_handmatig
                  then regio.arbeidsmarktregio.centrumgemeente_naam else excluded.centrumgemeente_naam end,
                centrumgemeente_opmerking = case when regio.arbeidsmarktregio.centrumgemeente_handmatig
                  then regio.arbeidsmarktregio.centrumgemeente_opmerking else excluded.centrumgemeente_opmerking end
              """)
          .params((Object[]) r)
          .update();
    }
    batch(
        """
        insert into regio.gemeente (code, naam, regiocode, lat, lon, inwoners) values (?, ?, ?, ?, ?, ?)
        on conflict (code) do update set naam = excluded.naam, regiocode = excluded.regiocode,
          lat = excluded.lat, lon = excluded.lon, inwoners = excluded.inwoners
        """,
        gemeenten);
    batch(
        """
        insert into regio.postcode (pc4, plaats, lat, lon, gemeentecode, regiocode, toewijzing) values (?, ?, ?, ?, ?, ?, ?)
        on conflict (pc4) do update set plaats = excluded.plaats, lat = excluded.lat, lon = excluded.lon,
          gemeentecode = excluded.gemeentecode, regiocode = excluded.regiocode, toewijzing = excluded.toewijzing
        """,
        postcodes);
    // Wat niet meer in de bestanden staat, verdwijnt (eerst postcodes, dan gemeenten).
    String[] pc4s = postcodes.stream().map(p -> (String) p[0]).toArray(String[]::new);
    jdbc.sql("delete from regio.postcode where pc4 <> all(?)").param(pc4s).update();
    String[] codes = gemeenten.stream().map(g -> (String) g[0]).toArray(String[]::new);
    jdbc.sql("delete from regio.gemeente where code <> all(?)").param(codes).update();
  }

  private void batch(String sql, List<Object[]> rijen) {
    for (int i = 0; i < rijen.size(); i += 1000) {
      template.batchUpdate(sql, rijen.subList(i, Math.min(rijen.size(), i + 1000)));
    }
  }

  private static Map<String, String> leesCbsIndeling(Path bestand) {
    JsonNode root = JsonMapper.builder().build().readTree(bestand.toFile());
    Map<String, String> indeling = new LinkedHashMap<>();
    root.path("gemeenten").properties().forEach(e -> indeling.put(e.getKey(), e.getValue().asString()));
    return indeling;
  }

  /** Leest een CSV met kopregel; een ongeldige rij wordt gemeld en overgeslagen. */
  private static void lees(Path map, String bestand, List<String> meldingen, Consumer<CSVRecord> verwerk) {
    CSVFormat formaat = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
    try (Reader reader = Files.newBufferedReader(map.resolve(bestand), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, formaat)) {
      for (CSVRecord r : parser) {
        try {
          verwerk.accept(r);
        } catch (OngeldigeRij | IllegalArgumentException e) {
          meldingen.add(bestand + " regel " + (r.getRecordNumber() + 1) + ": " + e.getMessage() + "; rij overgeslagen");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kan " + bestand + " niet lezen", e);
    }
  }

  private static String verplicht(CSVRecord r, String kolom) {
    String w = r.get(kolom).trim();
    if (w.isEmpty()) throw new OngeldigeRij("kolom '" + kolom + "' is leeg");
    return w;
  }

  private static double graad(CSVRecord r, String kolom, double min, double max) {
    String w = r.get(kolom).trim();
    try {
      double d = Double.parseDouble(w);
      if (d < min || d > max) throw new OngeldigeRij(kolom + " " + w + " ligt niet in Nederland");
      return d;
    } catch (NumberFormatException e) {
      throw new OngeldigeRij("ongeldige " + kolom + " '" + w + "'");
    }
  }

  /** Inwonertal; 0 betekent in de GeoNames-bron "onbekend" en wordt dus leeg. */
  private static Integer geheelOfNull(String w) {
    if (w == null || w.isBlank()) return null;
    try {
      int n = Integer.parseInt(w.trim());
      if (n < 0) throw new OngeldigeRij("negatief aantal inwoners '" + w + "'");
      return n == 0 ? null : n;
    } catch (NumberFormatException e) {
      throw new OngeldigeRij("ongeldig aantal inwoners '" + w + "'");
    }
  }

  private static String leegNaarNull(String w) {
    return w == null || w.isBlank() ? null : w.trim();
  }

  static final class OngeldigeRij extends RuntimeException {
    OngeldigeRij(String melding) {
      super(melding);
    }
  }
}
