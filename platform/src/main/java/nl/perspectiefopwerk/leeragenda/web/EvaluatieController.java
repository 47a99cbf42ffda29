package nl.perspectiefopwerk.leeragenda.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.leeragenda.EvaluatieInput;
import nl.perspectiefopwerk.leeragenda.EvaluatieService;
import nl.perspectiefopwerk.leeragenda.Evaluatiecyclus;
import nl.perspectiefopwerk.leeragenda.Rapport;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** De lerende evaluatie: cycli, invoer (alleen lezen voor de evaluator), lessen en rapporten. */
@Controller
@PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','EVALUATOR','STUURGROEP','MINISTERIE','REGIOCOORDINATOR')")
class EvaluatieController {

  private final EvaluatieService service;
  private final ToegangApi toegang;

  EvaluatieController(EvaluatieService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/evaluatie")
  String cycli(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("cycli", service.cycli(g));
    model.addAttribute("magOpenen", g.rol() == Rol.ONDERSTEUNINGSTEAM);
    return "leeragenda/cycli";
  }

  @PostMapping("/evaluatie")
  @PreAuthorize("hasRole('ONDERSTEUNINGSTEAM')")
  String open(@RequestParam(required = false) String naam, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot, RedirectAttributes redirect) {
    melding(redirect, service.openCyclus(ik(), naam, van, tot), "leeragenda.cyclus.geopend");
    return "redirect:/evaluatie";
  }

  @GetMapping("/evaluatie/{id}")
  String cyclus(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Evaluatiecyclus c = service.cyclus(g, id);
    model.addAttribute("c", c);
    model.addAttribute("inputs", service.inputs(g, id));
    model.addAttribute("rapporten", service.rapporten(g, id));
    model.addAttribute("lessen", service.lessen(g, id));
    model.addAttribute("magInvoer", EvaluatieService.magInvoerLeveren(g) && c.status() == Evaluatiecyclus.Cyclusstatus.OPEN);
    model.addAttribute("isEvaluator", g.rol() == Rol.EVALUATOR);
    model.addAttribute("magAfronden", (g.rol() == Rol.EVALUATOR || g.rol() == Rol.ONDERSTEUNINGSTEAM) && c.status() == Evaluatiecyclus.Cyclusstatus.OPEN);
    model.addAttribute("inputsoorten", EvaluatieInput.Inputsoort.values());
    model.addAttribute("rapportsoorten", Rapport.Rapportsoort.values());
    return "leeragenda/cyclus";
  }

  @PostMapping("/evaluatie/{id}/invoer")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','REGIOCOORDINATOR')")
  String invoer(@PathVariable UUID id, @RequestParam(required = false) EvaluatieInput.Inputsoort soort, @RequestParam(required = false) String titel,
      @RequestParam(required = false) String tekst, @RequestParam(required = false) MultipartFile bestand,
      @RequestParam(defaultValue = "false") boolean zonderPersoonsgegevens, RedirectAttributes redirect) throws IOException {
    byte[] inhoud = bestand == null || bestand.isEmpty() ? null : bestand.getBytes();
    melding(redirect, service.voegInputToe(ik(), id, soort, titel, tekst, bestand == null ? null : bestand.getOriginalFilename(), inhoud,
        zonderPersoonsgegevens), "leeragenda.invoer.toegevoegd");
    return "redirect:/evaluatie/" + id;
  }

  @GetMapping("/evaluatie/{id}/invoer/{invoer}/bestand")
  ResponseEntity<byte[]> invoerBestand(@PathVariable UUID id, @PathVariable UUID invoer) {
    Object[] b = service.inputBestand(ik(), id, invoer);
    return Export.download((byte[]) b[2], MediaType.parseMediaType((String) b[1]), (String) b[0]);
  }

  @PostMapping("/evaluatie/{id}/rapporten")
  @PreAuthorize("hasRole('EVALUATOR')")
  String rapport(@PathVariable UUID id, @RequestParam(required = false) Rapport.Rapportsoort rapportsoort,
      @RequestParam(required = false) String rapporttitel, @RequestParam(required = false) MultipartFile rapport, RedirectAttributes redirect)
      throws IOException {
    byte[] inhoud = rapport == null || rapport.isEmpty() ? null : rapport.getBytes();
    melding(redirect, service.slaRapportOp(ik(), id, rapportsoort, rapporttitel, rapport == null ? null : rapport.getOriginalFilename(), inhoud),
        "leeragenda.rapport.opgeslagen");
    return "redirect:/evaluatie/" + id;
  }

  @GetMapping("/evaluatie/{id}/rapporten/{rapport}")
  ResponseEntity<byte[]> rapportDownload(@PathVariable UUID id, @PathVariable UUID rapport) {
    HuidigeGebruiker g = ik();
    String naam = service.rapporten(g, id).stream().filter(r -> r.id().equals(rapport)).map(Rapport::bestandsnaam).findFirst().orElse("rapport.pdf");
    return Export.download(service.rapportInhoud(g, id, rapport), Export.PDF, naam);
  }

  @PostMapping("/evaluatie/{id}/afronden")
  @PreAuthorize("hasAnyRole('EVALUATOR','ONDERSTEUNINGSTEAM')")
  String rondAf(@PathVariable UUID id, @RequestParam int versie, RedirectAttributes redirect) {
    try {
      melding(redirect, service.rondAf(ik(), id, versie), "leeragenda.cyclus.afgerond");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "leeragenda.gelijktijdig");
    }
    return "redirect:/evaluatie/" + id;
  }

  private static void melding(RedirectAttributes redirect, Map<String, String> fouten, String gelukt) {
    if (fouten.isEmpty()) redirect.addFlashAttribute("melding", gelukt);
    else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
