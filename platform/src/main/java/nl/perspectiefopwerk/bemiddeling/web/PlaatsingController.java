package nl.perspectiefopwerk.bemiddeling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.Contractvorm;
import nl.perspectiefopwerk.bemiddeling.Nazorgstatus;
import nl.perspectiefopwerk.bemiddeling.Plaatsing;
import nl.perspectiefopwerk.bemiddeling.PlaatsingGegevens;
import nl.perspectiefopwerk.bemiddeling.PlaatsingId;
import nl.perspectiefopwerk.bemiddeling.PlaatsingService;
import nl.perspectiefopwerk.bemiddeling.PlaatsingService.Resultaat;
import nl.perspectiefopwerk.bemiddeling.PlaatsingStatus;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plaatsing vastleggen (regioloket, vanuit een match) en de nazorg volgen (regioloket, consulent, jobcoach). */
@Controller
@PreAuthorize("hasAnyRole('REGIOLOKET', 'CONSULENT', 'JOBCOACH')")
class PlaatsingController {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final PlaatsingService service;
  private final ToegangApi toegang;

  PlaatsingController(PlaatsingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @ModelAttribute
  void keuzes(Model model) {
    model.addAttribute("contractvormen", Contractvorm.values());
    model.addAttribute("werkplektypen", Werkplektype.values());
    model.addAttribute("instrumentkeuzes", Instrument.values());
    model.addAttribute("vandaag", LocalDate.now(TIJDZONE));
  }

  @GetMapping("/regioloket/taken/{id}/plaatsing")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String nieuw(@PathVariable UUID id, Model model) {
    Belangstelling b = tePlaatsen(id);
    return formulier(model, b, service.voorstel(b));
  }

  @PostMapping("/regioloket/taken/{id}/plaatsing")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String plaats(@PathVariable UUID id, @ModelAttribute("formulier") PlaatsingGegevens formulier, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    Belangstelling b = tePlaatsen(id);
    return switch (service.plaats(ik(), b.id(), formulier)) {
      case Resultaat.Gelukt g -> {
        redirect.addFlashAttribute("melding", "bemiddeling.plaatsing.vastgelegd");
        yield "redirect:/plaatsingen/" + g.id();
      }
      case Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield formulier(model, b, formulier);
      }
    };
  }

  @GetMapping("/plaatsingen")
  String lijst(Model model) {
    model.addAttribute("plaatsingen", service.plaatsingen(ik()));
    return "bemiddeling/plaatsingen";
  }

  @GetMapping("/nazorg")
  String werklijst(Model model) {
    HuidigeGebruiker g = ik();
    var contacten = service.werklijst(g);
    Map<PlaatsingId, Plaatsing> plaatsingen = new java.util.HashMap<>();
    contacten.forEach(c -> plaatsingen.computeIfAbsent(c.plaatsing(), id -> service.zichtbaar(g, id)));
    Map<PlaatsingId, String> werkplekken = new java.util.HashMap<>();
    plaatsingen.values().forEach(p -> werkplekken.put(p.id(), service.werkplek(p).map(Werkplek::titel).orElse("")));
    model.addAttribute("contacten", contacten);
    model.addAttribute("plaatsingen", plaatsingen);
    model.addAttribute("werkplekken", werkplekken);
    return "bemiddeling/nazorg";
  }

  @GetMapping("/plaatsingen/{id}")
  String detail(@PathVariable UUID id, Model model) {
    Plaatsing p = service.zichtbaar(ik(), new PlaatsingId(id));
    model.addAttribute("p", p);
    model.addAttribute("werkplek", service.werkplek(p).orElse(null));
    model.addAttribute("contacten", service.contacten(p.id()));
    model.addAttribute("lopend", p.status() == PlaatsingStatus.GESTART);
    return "bemiddeling/plaatsing";
  }

  @PostMapping("/plaatsingen/{id}/nazorg/{maand}")
  String contact(@PathVariable UUID id, @PathVariable int maand, @RequestParam(required = false) Nazorgstatus uitkomst,
      @RequestParam(required = false) String reden, @RequestParam(required = false) String activiteiten,
      @RequestParam(defaultValue = "false") boolean terugInBestand, @RequestParam int versie, RedirectAttributes redirect) {
    return uitvoeren(id, redirect, "bemiddeling.nazorg.vastgelegd",
        () -> service.legContactVast(ik(), new PlaatsingId(id), maand, uitkomst, reden, activiteiten, terugInBestand, versie));
  }

  private String uitvoeren(UUID id, RedirectAttributes redirect, String gelukt, Supplier<Map<String, String>> actie) {
    try {
      Map<String, String> fouten = actie.get();
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", gelukt);
      else redirect.addFlashAttribute("fouten", fouten);
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "bemiddeling.plaatsing.gelijktijdig");
    }
    return "redirect:/plaatsingen/" + id;
  }

  private Belangstelling tePlaatsen(UUID id) {
    return service.tePlaatsen(ik(), new BelangstellingId(id))
        .orElseThrow(() -> new NietGevondenException("Voor deze taak kan geen plaatsing (meer) worden vastgelegd."));
  }

  private String formulier(Model model, Belangstelling b, PlaatsingGegevens formulier) {
    model.addAttribute("b", b);
    model.addAttribute("formulier", formulier);
    model.addAttribute("gekozenInstrumenten", formulier.instrumenten() == null ? List.of() : formulier.instrumenten());
    return "bemiddeling/plaatsing-nieuw";
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
