package nl.perspectiefopwerk.bemiddeling.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.perspectiefopwerk.bemiddeling.Matchingevent;
import nl.perspectiefopwerk.bemiddeling.MatchingeventId;
import nl.perspectiefopwerk.bemiddeling.MatchingeventService;
import nl.perspectiefopwerk.bemiddeling.Matchingeventtype;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Matchingevents: het regioloket organiseert, een uitgenodigde werkgever ziet zijn events (zonder kandidaatgegevens). */
@Controller
@PreAuthorize("hasAnyRole('REGIOLOKET', 'WERKGEVER')")
class MatchingeventController {

  private final MatchingeventService service;
  private final ToegangApi toegang;

  MatchingeventController(MatchingeventService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/matchingevents")
  String lijst(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("events", service.lijst(g));
    model.addAttribute("typen", Matchingeventtype.values());
    model.addAttribute("regioloket", g.rol() == Rol.REGIOLOKET);
    return "bemiddeling/events";
  }

  @PostMapping("/matchingevents")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String maak(@RequestParam(required = false) Matchingeventtype type, @RequestParam(required = false) String titel,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
      @RequestParam(required = false) String plaats, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    return switch (service.maak(g, type, titel, datum, plaats)) {
      case MatchingeventService.Resultaat.Gelukt x -> {
        redirect.addFlashAttribute("melding", "bemiddeling.event.aangemaakt");
        yield "redirect:/matchingevents/" + x.id();
      }
      case MatchingeventService.Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield lijst(model);
      }
    };
  }

  @GetMapping("/matchingevents/{id}")
  String detail(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Matchingevent e = service.zichtbaar(g, new MatchingeventId(id));
    model.addAttribute("e", e);
    boolean loket = g.rol() == Rol.REGIOLOKET;
    model.addAttribute("regioloket", loket);
    if (loket) {
      model.addAttribute("uitTeNodigen", service.uitTeNodigenWerkgevers(g).stream()
          .filter(o -> e.werkgevers().stream().noneMatch(w -> w.organisatie().equals(o.id().waarde()))).toList());
      model.addAttribute("werkplekken", service.werkplekkenVanAanwezigen(e));
      model.addAttribute("opbrengst", service.opbrengst(e.id()));
    }
    return "bemiddeling/event";
  }

  @PostMapping("/matchingevents/{id}/werkgevers")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String werkgever(@PathVariable UUID id, @RequestParam(required = false) String werkgever, @RequestParam int versie,
      RedirectAttributes redirect) {
    return uitvoeren(id, redirect, "bemiddeling.event.uitgenodigd",
        () -> service.nodigWerkgeverUit(ik(), new MatchingeventId(id), BelangstellingController.uuid(werkgever), versie));
  }

  @PostMapping("/matchingevents/{id}/kandidaten")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String kandidaat(@PathVariable UUID id, @RequestParam(required = false) String profielcode, @RequestParam int versie,
      RedirectAttributes redirect) {
    return uitvoeren(id, redirect, "bemiddeling.event.uitgenodigd",
        () -> service.nodigKandidaatUit(ik(), new MatchingeventId(id), profielcode, versie));
  }

  /** Aanwezigheid: aangevinkte deelnemers waren er, de overige niet. */
  @PostMapping("/matchingevents/{id}/aanwezigheid")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String aanwezigheid(@PathVariable UUID id, @RequestParam int versie, HttpServletRequest request, RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    Matchingevent e = service.zichtbaar(g, new MatchingeventId(id));
    Map<UUID, Boolean> werkgevers = new HashMap<>();
    e.werkgevers().forEach(w -> werkgevers.put(w.organisatie(), request.getParameter("werkgever-" + w.organisatie()) != null));
    Map<String, Boolean> kandidaten = new HashMap<>();
    e.kandidaten().forEach(k -> kandidaten.put(k.profielcode(), request.getParameter("kandidaat-" + k.profielcode()) != null));
    return uitvoeren(id, redirect, "bemiddeling.event.aanwezigheidVastgelegd", () -> {
      service.legAanwezigheidVast(g, e.id(), werkgevers, kandidaten, versie);
      return Map.of();
    });
  }

  @PostMapping("/matchingevents/{id}/vervolggesprekken")
  @PreAuthorize("hasRole('REGIOLOKET')")
  String vervolg(@PathVariable UUID id, @RequestParam(required = false) String profielcode, @RequestParam(required = false) String werkplek,
      @RequestParam(required = false) String bericht, @RequestParam int versie, RedirectAttributes redirect) {
    return uitvoeren(id, redirect, "bemiddeling.event.vervolgAangemaakt",
        () -> service.vervolggesprek(ik(), new MatchingeventId(id), profielcode, BelangstellingController.uuid(werkplek), bericht, versie));
  }

  private String uitvoeren(UUID id, RedirectAttributes redirect, String gelukt, Supplier<Map<String, String>> actie) {
    try {
      Map<String, String> fouten = actie.get();
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", gelukt);
      else redirect.addFlashAttribute("fouten", fouten);
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "bemiddeling.event.gelijktijdig");
    }
    return "redirect:/matchingevents/" + id;
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
