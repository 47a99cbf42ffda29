package nl.perspectiefopwerk.bemiddeling.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.BemiddelingService;
import nl.perspectiefopwerk.bemiddeling.domain.Belangstellingsroute;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** De takenlijst van het regioloket: antwoord van de kandidaat, gesprek plannen, uitkomst vastleggen. */
@Controller
@PreAuthorize("hasRole('REGIOLOKET')")
class TakenController {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final BemiddelingService service;
  private final nl.perspectiefopwerk.bemiddeling.PlaatsingService plaatsingen;
  private final ToegangApi toegang;

  TakenController(BemiddelingService service, nl.perspectiefopwerk.bemiddeling.PlaatsingService plaatsingen, ToegangApi toegang) {
    this.service = service;
    this.plaatsingen = plaatsingen;
    this.toegang = toegang;
  }

  @GetMapping("/regioloket/taken")
  String lijst(Model model) {
    model.addAttribute("taken", service.taken(ik()));
    model.addAttribute("vandaag", LocalDate.now(TIJDZONE));
    return "bemiddeling/taken";
  }

  @GetMapping("/regioloket/taken/{id}")
  String detail(@PathVariable UUID id, Model model) {
    Belangstelling b = service.zichtbaar(ik(), new BelangstellingId(id));
    model.addAttribute("b", b);
    model.addAttribute("werkplek", service.werkplek(b).orElse(null));
    model.addAttribute("vandaag", LocalDate.now(TIJDZONE));
    model.addAttribute("mogelijk", Belangstellingsroute.mogelijkVanuit(b.status()));
    model.addAttribute("plaatsing", plaatsingen.vanBelangstelling(b.id()).orElse(null));
    model.addAttribute("uitkomsten", new BelangstellingStatus[] {BelangstellingStatus.MATCH, BelangstellingStatus.GEEN_MATCH,
        BelangstellingStatus.VERVOLG});
    return "bemiddeling/taak";
  }

  @PostMapping("/regioloket/taken/{id}/antwoord")
  String antwoord(@PathVariable UUID id, @RequestParam(required = false) String antwoord, @RequestParam int versie,
      RedirectAttributes redirect) {
    Boolean ja = "ja".equals(antwoord) ? Boolean.TRUE : "nee".equals(antwoord) ? Boolean.FALSE : null;
    return uitvoeren(id, redirect, "bemiddeling.antwoord.vastgelegd",
        () -> service.legAntwoordVast(ik(), new BelangstellingId(id), ja, versie));
  }

  @PostMapping("/regioloket/taken/{id}/gesprek")
  String gesprek(@PathVariable UUID id, @RequestParam(required = false) String gesprekOp, @RequestParam(required = false) String locatie,
      @RequestParam(defaultValue = "false") boolean online, @RequestParam int versie, RedirectAttributes redirect) {
    LocalDateTime op = tijdstip(gesprekOp);
    return uitvoeren(id, redirect, "bemiddeling.gesprek.gepland",
        () -> service.planGesprek(ik(), new BelangstellingId(id), op, locatie, online, versie));
  }

  @PostMapping("/regioloket/taken/{id}/uitkomst")
  String uitkomst(@PathVariable UUID id, @RequestParam(required = false) BelangstellingStatus uitkomst,
      @RequestParam(required = false) String reden, @RequestParam int versie, RedirectAttributes redirect) {
    return uitvoeren(id, redirect, "bemiddeling.uitkomst.vastgelegd",
        () -> service.legUitkomstVast(ik(), new BelangstellingId(id), uitkomst, reden, versie));
  }

  /** Voert een wijziging uit; fouten en een verouderd formulier worden een melding op de detailpagina. */
  private String uitvoeren(UUID id, RedirectAttributes redirect, String gelukt, Supplier<Map<String, String>> actie) {
    try {
      Map<String, String> fouten = actie.get();
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", gelukt);
      else redirect.addFlashAttribute("fouten", fouten);
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "bemiddeling.gelijktijdig");
    }
    return "redirect:/regioloket/taken/" + id;
  }

  private static LocalDateTime tijdstip(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDateTime.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
