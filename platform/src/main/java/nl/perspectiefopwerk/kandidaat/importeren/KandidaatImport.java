package nl.perspectiefopwerk.kandidaat.importeren;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.kandidaat.Bsn;
import nl.perspectiefopwerk.kandidaat.Doelgroep;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeUitkomst;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Import van kandidaten uit systemen van gemeenten en UWV: CSV (pagina, op de achtergrond met
 * voortgang) en JSON (API). Elke regel gaat door dezelfde intake als een handmatige intake
 * ({@link KandidaatApi#neemIn}); geldige regels worden opgeslagen, ongeldige komen in het rapport
 * met regel, veld en reden. Idempotent per bron en extern nummer.
 */
@Service
public class KandidaatImport {

  /** Grootste bestand dat we aannemen. */
  public static final int MAX_BYTES = 40 * 1024 * 1024;
  /** Langste regel in tekens; langere regels worden overgeslagen zonder ze in het geheugen te houden. */
  public static final int MAX_REGEL = 10_000;
  /** Het meeste aantal kandidaten per API-verzoek. */
  public static final int MAX_PER_VERZOEK = 1_000;

  private static final Logger log = LoggerFactory.getLogger(KandidaatImport.class);
  private static final Set<String> VERPLICHT =
      Kolom.ALLE.stream().filter(Kolom::verplicht).map(Kolom::naam).collect(Collectors.toUnmodifiableSet());
  private static final int MAX_EXTERN_ID = 100;
  /**
   * Regels die tegelijk worden opgeslagen. De tijd zit in de databaseronden per regel (zie de
   * snelheidstest); dubbelen binnen een bestand zijn dan al vooraf, op volgorde, uitgesloten.
   */
  static final int GELIJKTIJDIG = 4;

  private final KandidaatApi kandidaten;
  private final KandidaatService controle;
  private final ImportJobs jobs;
  private final ExecutorService uitvoerder = Executors.newFixedThreadPool(2, Thread.ofVirtual().name("kandidaatimport-", 0).factory());
  private final ExecutorService werkers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kandidaatimport-regel-", 0).factory());

  KandidaatImport(KandidaatApi kandidaten, KandidaatService controle, ImportJobs jobs) {
    this.kandidaten = kandidaten;
    this.controle = controle;
    this.jobs = jobs;
  }

  @PreDestroy
  void stop() {
    uitvoerder.shutdownNow();
    werkers.shutdownNow();
  }

  /**
   * Start een CSV-import op de achtergrond.
   *
   * @throws ImportAfgewezen als het bestand leeg of te groot is
   */
  public ImportJob start(byte[] bestand, Importeur wie) {
    controleerGrootte(bestand);
    ImportJob job = jobs.nieuw(wie.door());
    uitvoerder.execute(() -> {
      try {
        job.klaar(importeerCsv(bestand, wie, job));
      } catch (ImportAfgewezen e) {
        job.mislukt(e.getMessage());
      } catch (RuntimeException e) {
        log.error("Import {} afgebroken", job.getId(), e);
        job.mislukt("De import is onverwacht afgebroken. De regels tot regel " + (job.getVerwerkt() + 1)
            + " zijn verwerkt; importeer het bestand gerust opnieuw (dat is veilig).");
      }
    });
    return job;
  }

  /** De import met dit id, alleen voor wie hem startte. */
  public Optional<ImportJob> job(UUID id, String eigenaar) {
    return jobs.van(id, eigenaar);
  }

  /** Importeert een CSV-bestand nu, in deze thread. De voortgang gaat naar de job. */
  ImportRapport importeerCsv(byte[] bestand, Importeur wie, ImportJob job) {
    controleerGrootte(bestand);
    job.totaal(Math.max(0, aantalRegels(bestand) - 1));
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new java.io.BufferedReader(new InputStreamReader(new ByteArrayInputStream(bestand), decoder), 64 * 1024)) {
      Regel kop = leesRegel(in, MAX_REGEL);
      if (kop == null || kop.tekst().isBlank()) throw new ImportAfgewezen("Het bestand is leeg. De eerste regel moet de kolomnamen bevatten.");
      if (kop.teLang()) throw new ImportAfgewezen("De kopregel is langer dan " + MAX_REGEL + " tekens. Is dit wel een CSV-bestand?");
      String koptekst = kop.tekst().startsWith("\uFEFF") ? kop.tekst().substring(1) : kop.tekst();
      char scheiding = scheidingsteken(koptekst);
      CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setIgnoreSurroundingSpaces(true).get();
      List<String> kolommen = kolommen(koptekst, formaat);

      Verwerking v = new Verwerking(wie, werkers);
      long regelnummer = 1;
      Regel r;
      while ((r = leesRegel(in, MAX_REGEL)) != null) {
        regelnummer++;
        if (r.teLang()) {
          v.afgekeurd(new Regelfout(regelnummer, null, "regel",
              "Deze regel is langer dan " + MAX_REGEL + " tekens en is overgeslagen."));
        } else if (!r.tekst().isBlank()) {
          verwerkCsvRegel(v, regelnummer, r.tekst(), formaat, kolommen);
        }
        job.regelVerwerkt();
      }
      ImportRapport rapport = v.rapport();
      log.info("Import door {} ({}): {} aangemaakt, {} bijgewerkt, {} afgekeurd", wie.door(), wie.bron(),
          rapport.aangemaakt(), rapport.bijgewerkt(), rapport.afgekeurd());
      return rapport;
    } catch (CharacterCodingException e) {
      throw new ImportAfgewezen("Het bestand is niet in UTF-8 opgeslagen. Sla het op als \"CSV UTF-8\" en probeer het opnieuw.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Importeert rijen uit de API: kolomnaam → waarde, zoals in het CSV-bestand. De regel in het
   * rapport is de index in de lijst.
   */
  public ImportRapport importeer(List<Map<String, String>> rijen, Importeur wie) {
    Verwerking v = new Verwerking(wie, werkers);
    for (int i = 0; i < rijen.size(); i++) {
      Map<String, String> rij = rijen.get(i);
      if (rij == null) v.afgekeurd(new Regelfout(i, null, "regel", "Dit element is leeg."));
      else verwerk(v, i, rij);
    }
    return v.rapport();
  }

  private void verwerkCsvRegel(Verwerking v, long regelnummer, String tekst, CSVFormat formaat, List<String> kolommen) {
    CSVRecord record;
    try (CSVParser p = CSVParser.parse(tekst, formaat)) {
      List<CSVRecord> records = p.getRecords();
      record = records.isEmpty() ? null : records.getFirst();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      v.afgekeurd(new Regelfout(regelnummer, null, "regel",
          "Deze regel kon niet worden gelezen (controleer de aanhalingstekens; één kandidaat per regel)."));
      return;
    }
    if (record == null) return;
    if (record.size() != kolommen.size()) {
      v.afgekeurd(new Regelfout(regelnummer, record.size() > 0 ? kort(record.get(0)) : null, "regel",
          "Deze regel heeft " + record.size() + " velden; de kopregel heeft er " + kolommen.size() + "."));
      return;
    }
    Map<String, String> rij = new HashMap<>();
    for (int i = 0; i < kolommen.size(); i++) rij.put(kolommen.get(i), record.get(i));
    verwerk(v, regelnummer, rij);
  }

  /** Eén regel: lezen, dubbelen in het bestand opsporen, dan de gewone intake. */
  private void verwerk(Verwerking v, long regel, Map<String, String> rij) {
    String externId = tekst(rij.get("extern_id"));
    Map<String, String> fouten = new LinkedHashMap<>();
    if (externId == null) fouten.put("extern_id", "Dit veld is verplicht.");
    else if (externId.length() > MAX_EXTERN_ID) fouten.put("extern_id", "Gebruik hoogstens " + MAX_EXTERN_ID + " tekens.");
    else if (v.externIds.containsKey(externId)) {
      fouten.put("extern_id", "Dit externe nummer staat ook op regel " + v.externIds.get(externId) + "; de regel is overgeslagen.");
    }
    String bsn = tekst(rij.get("bsn"));
    if (bsn != null && Bsn.isGeldig(bsn.replace(".", "").replace(" ", ""))) {
      String genormaliseerd = Bsn.van(bsn).waarde();
      Long eerder = v.bsns.get(genormaliseerd);
      if (eerder != null) fouten.put("bsn", "Dit burgerservicenummer staat ook op regel " + eerder + "; de regel is overgeslagen.");
      else v.bsns.put(genormaliseerd, regel);
    }
    if (externId != null && externId.length() <= MAX_EXTERN_ID) v.externIds.putIfAbsent(externId, regel);

    IntakeGegevens gegevens = naarGegevens(rij, fouten);
    String gemeld = externId == null || externId.length() > MAX_EXTERN_ID ? null : externId;
    if (!fouten.isEmpty()) {
      controle.controleer(gegevens).geordend().forEach((veld, reden) -> fouten.putIfAbsent(kolom(veld), reden));
      v.afgekeurd(regel, gemeld, fouten);
      return;
    }
    v.slaOp(() -> {
      try {
        switch (kandidaten.neemIn(gegevens, new KandidaatApi.Herkomst(v.wie.organisatie(), v.wie.bron(), externId, v.wie.door()))) {
          case IntakeUitkomst.Aangemaakt a -> v.aangemaakt();
          case IntakeUitkomst.Bijgewerkt b -> v.bijgewerkt();
          case IntakeUitkomst.Afgekeurd a -> {
            Map<String, String> f = new LinkedHashMap<>();
            a.fouten().geordend().forEach((veld, reden) -> f.put(kolom(veld), reden));
            v.afgekeurd(regel, gemeld, f);
          }
        }
      } catch (RuntimeException e) {
        log.warn("Importregel {} van {} niet opgeslagen: {}", regel, v.wie.bron(), e.getClass().getSimpleName());
        v.afgekeurd(new Regelfout(regel, gemeld, "regel", "Deze regel kon niet worden opgeslagen; probeer het later opnieuw."));
      }
    });
  }

  /** Van tekst naar intakegegevens; leesfouten per kolom in {@code fouten}, het veld blijft dan leeg. */
  static IntakeGegevens naarGegevens(Map<String, String> rij, Map<String, String> fouten) {
    Set<Doelgroep> doelgroepen = EnumSet.noneOf(Doelgroep.class);
    for (String d : lijst(rij.get("doelgroepen"))) {
      try {
        doelgroepen.add(Doelgroep.valueOf(code(d)));
      } catch (IllegalArgumentException e) {
        fouten.putIfAbsent("doelgroepen", "Onbekende doelgroep. Kies uit: " + Arrays.toString(Doelgroep.values()) + ".");
      }
    }
    Opleidingsniveau niveau = null;
    String n = tekst(rij.get("opleidingsniveau"));
    if (n != null) {
      String gezocht = code(n).replace("_", ""); // "mbo 2", "MBO2", "havo/vwo"
      niveau = Arrays.stream(Opleidingsniveau.values()).filter(o -> o.name().replace("_", "").equals(gezocht)).findFirst().orElse(null);
      if (niveau == null) {
        fouten.put("opleidingsniveau", "Onbekend opleidingsniveau. Kies uit: " + Arrays.toString(Opleidingsniveau.values()) + ".");
      }
    }
    return new IntakeGegevens(
        tekst(rij.get("voornaam")), tekst(rij.get("achternaam")), tekst(rij.get("bsn")),
        datum(rij, "geboortedatum", fouten), tekst(rij.get("straat")), tekst(rij.get("huisnummer")), tekst(rij.get("postcode")),
        tekst(rij.get("woonplaats")), tekst(rij.get("email")), tekst(rij.get("telefoon")), doelgroepen, niveau,
        jaNee(rij, "startkwalificatie", fouten), esco(rij.get("beroepen")), esco(rij.get("vaardigheden")), lijst(rij.get("talen")),
        jaNee(rij, "rijbewijs", fouten), geheel(rij, "uren_per_week", fouten), geheel(rij, "max_reisafstand_km", fouten),
        datum(rij, "beschikbaar_vanaf", fouten), List.of(), null, null);
  }

  private static LocalDate datum(Map<String, String> rij, String kolom, Map<String, String> fouten) {
    String s = tekst(rij.get(kolom));
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      fouten.put(kolom, "Gebruik de notatie jjjj-mm-dd, bijvoorbeeld 1990-05-17.");
      return null;
    }
  }

  private static Integer geheel(Map<String, String> rij, String kolom, Map<String, String> fouten) {
    String s = tekst(rij.get(kolom));
    if (s == null) return null;
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      fouten.put(kolom, "Vul een heel getal in.");
      return null;
    }
  }

  private static boolean jaNee(Map<String, String> rij, String kolom, Map<String, String> fouten) {
    String s = tekst(rij.get(kolom));
    if (s == null) return false;
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "ja", "j", "true", "1" -> true;
      case "nee", "n", "false", "0" -> false;
      default -> {
        fouten.put(kolom, "Gebruik ja of nee.");
        yield false;
      }
    };
  }

  /** ESCO-ids; een volledige ESCO-URI mag ook (het deel na de laatste /). */
  private static List<String> esco(String waarde) {
    return lijst(waarde).stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList();
  }

  private static List<String> lijst(String waarde) {
    if (waarde == null || waarde.isBlank()) return List.of();
    return Arrays.stream(waarde.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String code(String s) {
    return s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace('/', '_');
  }

  private static String tekst(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String kort(String s) {
    String t = tekst(s);
    return t == null || t.length() > MAX_EXTERN_ID ? null : t;
  }

  /** Veldnaam van de intake (urenPerWeek) naar kolomnaam (uren_per_week). */
  static String kolom(String veld) {
    return veld.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static List<String> kolommen(String koptekst, CSVFormat formaat) {
    List<String> kolommen = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(koptekst, formaat)) {
      for (String k : p.getRecords().getFirst()) kolommen.add(k.strip().toLowerCase(Locale.ROOT));
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new ImportAfgewezen("De kopregel kon niet worden gelezen. Gebruik het sjabloon.");
    }
    Set<String> gezien = new HashSet<>();
    for (String k : kolommen) {
      if (!Kolom.bestaat(k)) throw new ImportAfgewezen("Onbekende kolom '" + kort(k) + "' in de kopregel. Gebruik de kolomnamen uit het sjabloon.");
      if (!gezien.add(k)) throw new ImportAfgewezen("De kolom '" + k + "' staat twee keer in de kopregel.");
    }
    List<String> ontbrekend = Kolom.namen().stream().filter(VERPLICHT::contains).filter(k -> !gezien.contains(k)).toList();
    if (!ontbrekend.isEmpty()) {
      throw new ImportAfgewezen("Verplichte kolom" + (ontbrekend.size() > 1 ? "men " : " ") + String.join(", ", ontbrekend)
          + " ontbreekt in de kopregel. Er is niets geïmporteerd.");
    }
    return kolommen;
  }

  /** Puntkomma (Nederlandse spreadsheets) of komma: wat het vaakst in de kopregel staat. */
  static char scheidingsteken(String kop) {
    long puntkomma = kop.chars().filter(c -> c == ';').count();
    long komma = kop.chars().filter(c -> c == ',').count();
    return komma > puntkomma ? ',' : ';';
  }

  private static void controleerGrootte(byte[] bestand) {
    if (bestand == null || bestand.length == 0) throw new ImportAfgewezen("Het bestand is leeg.");
    if (bestand.length > MAX_BYTES) {
      throw new ImportAfgewezen("Het bestand is groter dan " + MAX_BYTES / (1024 * 1024) + " MB. Splits het in kleinere bestanden.");
    }
  }

  private static int aantalRegels(byte[] b) {
    int n = 0;
    for (byte x : b) if (x == '\n') n++;
    return b[b.length - 1] == '\n' ? n : n + 1;
  }

  /** Eén fysieke regel zonder regeleinde; bij een te lange regel alleen de vlag, niet de inhoud. */
  record Regel(String tekst, boolean teLang) {}

  static Regel leesRegel(Reader in, int max) throws IOException {
    StringBuilder sb = new StringBuilder(256);
    boolean teLang = false;
    boolean gelezen = false;
    int c;
    while ((c = in.read()) != -1) {
      gelezen = true;
      if (c == '\n') break;
      if (c == '\r' || teLang) continue;
      if (sb.length() >= max) {
        teLang = true;
        sb = new StringBuilder(0);
        continue;
      }
      sb.append((char) c);
    }
    return gelezen ? new Regel(sb.toString(), teLang) : null;
  }

  /**
   * De tellingen van één import. Lezen, controleren en dubbelen zoeken gebeurt op volgorde in één
   * thread; het opslaan met hoogstens {@link #GELIJKTIJDIG} regels tegelijk.
   */
  private static final class Verwerking {
    final Importeur wie;
    final Map<String, Long> externIds = new HashMap<>();
    final Map<String, Long> bsns = new HashMap<>();
    private final ExecutorService werkers;
    private final Semaphore ruimte = new Semaphore(GELIJKTIJDIG);
    private final List<Regelfout> fouten = new ArrayList<>();
    private int aangemaakt;
    private int bijgewerkt;
    private int afgekeurd;

    Verwerking(Importeur wie, ExecutorService werkers) {
      this.wie = wie;
      this.werkers = werkers;
    }

    void slaOp(Runnable taak) {
      ruimte.acquireUninterruptibly();
      try {
        werkers.execute(() -> {
          try {
            taak.run();
          } finally {
            ruimte.release();
          }
        });
      } catch (RuntimeException e) {
        ruimte.release();
        throw e;
      }
    }

    synchronized void aangemaakt() {
      aangemaakt++;
    }

    synchronized void bijgewerkt() {
      bijgewerkt++;
    }

    synchronized void afgekeurd(Regelfout f) {
      afgekeurd++;
      fouten.add(f);
    }

    synchronized void afgekeurd(long regel, String externId, Map<String, String> perVeld) {
      afgekeurd++;
      perVeld.forEach((veld, reden) -> fouten.add(new Regelfout(regel, externId, veld, reden)));
    }

    /** Wacht tot alle regels zijn opgeslagen. */
    ImportRapport rapport() {
      ruimte.acquireUninterruptibly(GELIJKTIJDIG);
      ruimte.release(GELIJKTIJDIG);
      synchronized (this) {
        List<Regelfout> opVolgorde = new ArrayList<>(fouten);
        opVolgorde.sort(Comparator.comparingLong(Regelfout::regel));
        return new ImportRapport(aangemaakt, bijgewerkt, afgekeurd, opVolgorde);
      }
    }
  }
}
