package nl.perspectiefopwerk.bemiddeling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.Belangstellingssoort;
import nl.perspectiefopwerk.bemiddeling.BemiddelingService;
import nl.perspectiefopwerk.bemiddeling.BemiddelingService.Resultaat;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
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

/** Belangstelling tonen en de eigen verzoeken volgen, voor werkgevers en bemiddelaars. */
@Controller
@PreAuthorize("hasAnyRole('WERKGEVER', 'BEMIDDELAAR')")
class BelangstellingController {

  private final BemiddelingService service;
  private final ToegangApi toegang;

  BelangstellingController(BemiddelingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/belangstelling")
  String lijst(Model model) {
    model.addAttribute("verzoeken", service.eigenVerzoeken(ik()));
    model.addAttribute("vandaag", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
    return "bemiddeling/lijst";
  }

  @GetMapping("/belangstelling/nieuw")
  String nieuw(@RequestParam("profiel") String profielcode,
      @RequestParam(defaultValue = "BELANGSTELLING") Belangstellingssoort soort, Model model) {
    model.addAttribute("uitnodiging", soort == Belangstellingssoort.UITNODIGING);
    return formulier(model, ik(), profielcode, null, "");
  }

  @PostMapping("/belangstelling")
  String toon(@RequestParam("profiel") String profielcode, @RequestParam(required = false) String werkplek,
      @RequestParam(required = false) String bericht, @RequestParam(defaultValue = "BELANGSTELLING") Belangstellingssoort soort,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    UUID werkplekId = uuid(werkplek);
    Resultaat r = service.toonBelangstelling(g, profielcode, werkplekId, bericht, soort);
    model.addAttribute("uitnodiging", soort == Belangstellingssoort.UITNODIGING);
    return switch (r) {
      case Resultaat.Gelukt x -> {
        redirect.addFlashAttribute("melding", soort == Belangstellingssoort.UITNODIGING ? "bemiddeling.uitnodiging.verstuurd"
            : "bemiddeling.aangevraagd");
        yield "redirect:/belangstelling/" + x.id();
      }
      case Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield formulier(model, g, profielcode, werkplekId, bericht);
      }
    };
  }

  @GetMapping("/belangstelling/{id}")
  String detail(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Belangstelling b = service.zichtbaar(g, new BelangstellingId(id));
    model.addAttribute("b", b);
    model.addAttribute("werkplek", service.werkplek(b).orElse(null));
    model.addAttribute("contact", service.contact(g, b).orElse(null));
    model.addAttribute("magIntrekken", b.aanvragerOrganisatie().equals(g.organisatieId().waarde())
        && b.status() == nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.AANGEVRAAGD);
    return "bemiddeling/verzoek";
  }

  @PostMapping("/belangstelling/{id}/intrekken")
  String intrekken(@PathVariable UUID id, @RequestParam int versie, RedirectAttributes redirect) {
    try {
      Map<String, String> fouten = service.trekIn(ik(), new BelangstellingId(id), versie);
      redirect.addFlashAttribute(fouten.isEmpty() ? "melding" : "fout",
          fouten.isEmpty() ? "bemiddeling.ingetrokken" : fouten.values().iterator().next());
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "bemiddeling.gelijktijdig");
    }
    return "redirect:/belangstelling/" + id;
  }

  private String formulier(Model model, HuidigeGebruiker g, String profielcode, UUID werkplek, String bericht) {
    AnoniemProfiel profiel = service.profiel(g, profielcode)
        .orElseThrow(() -> new NietGevondenException("Dit profiel bestaat niet (meer)."));
    model.addAttribute("profiel", profiel);
    model.addAttribute("werkplekken", service.keuzeWerkplekken(g));
    model.addAttribute("gekozen", werkplek);
    model.addAttribute("bericht", bericht);
    return "bemiddeling/nieuw";
  }

  static UUID uuid(String s) {
    try {
      return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
