package nl.perspectiefopwerk.kandidaat.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.web.Csv;
import nl.perspectiefopwerk.kandidaat.importeren.ImportAfgewezen;
import nl.perspectiefopwerk.kandidaat.importeren.ImportJob;
import nl.perspectiefopwerk.kandidaat.importeren.Importeur;
import nl.perspectiefopwerk.kandidaat.importeren.KandidaatImport;
import nl.perspectiefopwerk.kandidaat.importeren.Kolom;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Kandidaten importeren uit een CSV-bestand van een gemeente of UWV, met voortgang en foutenrapport. */
@Controller
@PreAuthorize("hasRole('CONSULENT')")
class ImportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final KandidaatImport importeren;
  private final ToegangApi toegang;

  ImportController(KandidaatImport importeren, ToegangApi toegang) {
    this.importeren = importeren;
    this.toegang = toegang;
  }

  @GetMapping("/kandidaten/import")
  String formulier(Model model) {
    model.addAttribute("kolommen", Kolom.ALLE);
    model.addAttribute("maxMb", KandidaatImport.MAX_BYTES / (1024 * 1024));
    model.addAttribute("maxRegel", KandidaatImport.MAX_REGEL);
    return "kandidaat/import";
  }

  @GetMapping("/kandidaten/import/sjabloon.csv")
  ResponseEntity<byte[]> sjabloon() {
    byte[] csv = Csv.maak(Kolom.namen(), List.of(Kolom.ALLE.stream().map(Kolom::voorbeeld).toList()));
    return bestand(csv, "kandidaten-importsjabloon.csv");
  }

  @PostMapping("/kandidaten/import")
  String start(@RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model) throws IOException {
    Importeur wie = importeur();
    if (bestand == null || bestand.isEmpty()) return fout(model, "import.fout.leeg", null);
    if (bestand.getSize() > KandidaatImport.MAX_BYTES) return fout(model, "import.fout.teGroot", null);
    try {
      ImportJob job = importeren.start(bestand.getBytes(), wie);
      return "redirect:/kandidaten/import/" + job.getId();
    } catch (ImportAfgewezen e) {
      return fout(model, null, e.getMessage());
    }
  }

  @GetMapping("/kandidaten/import/{jobId}")
  String voortgang(@PathVariable UUID jobId, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    ImportJob job = job(jobId);
    // Eén momentopname: de import loopt op de achtergrond door, en de pagina moet één stand tonen
    // (anders kan "klaar" met een nog lege foutenlijst worden getoond, en stopt het verversen).
    ImportJob.Toestand toestand = job.getToestand();
    var rapport = toestand == ImportJob.Toestand.KLAAR ? job.getRapport() : null;
    model.addAttribute("job", job);
    model.addAttribute("bezig", toestand == ImportJob.Toestand.BEZIG);
    model.addAttribute("klaar", rapport != null);
    model.addAttribute("mislukt", toestand == ImportJob.Toestand.MISLUKT);
    model.addAttribute("rapport", rapport);
    model.addAttribute("fouten", rapport == null ? List.of() : rapport.fouten().stream().limit(500).toList());
    return htmx != null ? "kandidaat/import-voortgang :: status" : "kandidaat/import-voortgang";
  }

  @GetMapping("/kandidaten/import/{jobId}/fouten.csv")
  ResponseEntity<byte[]> foutenrapport(@PathVariable UUID jobId) {
    ImportJob job = job(jobId);
    if (job.getRapport() == null) throw new NietGevondenException("Deze import is nog niet klaar.");
    List<List<String>> rijen = job.getRapport().fouten().stream()
        .map(f -> List.of(String.valueOf(f.regel()), f.externId() == null ? "" : f.externId(), f.veld(), f.reden()))
        .toList();
    return bestand(Csv.maak(List.of("regel", "extern_id", "veld", "reden"), rijen), "importfouten-" + jobId + ".csv");
  }

  private ImportJob job(UUID jobId) {
    return importeren.job(jobId, ik().gebruikersnaam()).orElseThrow(() -> new NietGevondenException("Deze import bestaat niet (meer)."));
  }

  private String fout(Model model, String sleutel, String tekst) {
    model.addAttribute("fout", sleutel);
    model.addAttribute("foutTekst", tekst);
    return formulier(model);
  }

  private Importeur importeur() {
    HuidigeGebruiker g = ik();
    if (g.organisatieId() == null) throw new AccessDeniedException("Alleen consulenten van een gemeente of UWV importeren.");
    return new Importeur(g.organisatieId().waarde(), g.organisatieType(), g.gebruikersnaam());
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }

  private static ResponseEntity<byte[]> bestand(byte[] inhoud, String naam) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(inhoud);
  }
}
