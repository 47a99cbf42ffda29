package nl.perspectiefopwerk.werkgever.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Uitkomst;
import nl.perspectiefopwerk.werkgever.WerkgeverService;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekGegevens;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import nl.perspectiefopwerk.werkgever.domain.WerkplekLevenscyclus;
import nl.perspectiefopwerk.werkgever.domain.WerkplekLevenscyclus.Overgang;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Werkplekken: de werkgever de eigen, het regioloket die van de regio (en aanmaken namens een werkgever). */
@Controller
@PreAuthorize("hasAnyRole('WERKGEVER', 'REGIOLOKET')")
class WerkplekController {

  private final WerkgeverService service;
  private final ToegangApi toegang;

  WerkplekController(WerkgeverService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/werkplekken")
  String lijst(@RequestParam(required = false) WerkplekStatus status, @RequestParam(defaultValue = "1") int pagina, Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("pagina", service.werkplekken(g, status, new PaginaVerzoek(Math.max(1, pagina), 20)));
    model.addAttribute("status", status);
    model.addAttribute("statussen", WerkplekStatus.values());
    model.addAttribute("werkgevers", namen(g));
    model.addAttribute("basis", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("pagina").build().toUriString());
    return "werkgever/werkplekken";
  }

  @GetMapping("/werkplekken/nieuw")
  String nieuw(@RequestParam(required = false) UUID werkgever, Model model) {
    model.addAttribute("formulier", WerkplekGegevens.leegVoor(werkgever));
    return formulier(model, ik(), null);
  }

  @PostMapping("/werkplekken")
  String maak(@ModelAttribute("formulier") WerkplekGegevens formulier, BindingResult binding,
      @RequestParam(defaultValue = "false") boolean vaardighedenGetoond, @RequestParam(defaultValue = "opslaan") String actie,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    WerkplekGegevens d = vaardighedenGetoond && formulier.vaardigheden() == null ? formulier.metVaardigheden(List.of()) : formulier;
    if ("ophalen".equals(actie)) {
      BeroepDetail beroep = service.beroep(d.beroep()).orElse(null);
      if (beroep == null) model.addAttribute("fouten", Map.of("beroep", "werkgever.fout.beroep.onbekend"));
      model.addAttribute("formulier", d.metVaardigheden(beroep == null ? null
          : beroep.essentieleVaardigheden().stream().map(v -> v.id()).toList()));
      return formulier(model, g, beroep);
    }
    Map<String, String> bindfouten = bindfouten(binding);
    Uitkomst<Werkplek> uitkomst = bindfouten.isEmpty() ? service.maakWerkplek(g, d) : new Uitkomst.Afgekeurd<>(bindfouten);
    return switch (uitkomst) {
      case Uitkomst.Gelukt<Werkplek> x -> {
        redirect.addFlashAttribute("melding", "werkgever.werkplek.aangemaakt");
        yield "redirect:/werkplekken/" + x.waarde().id();
      }
      case Uitkomst.Afgekeurd<Werkplek> a -> {
        model.addAttribute("fouten", a.fouten());
        model.addAttribute("formulier", d);
        response.setStatus(400);
        yield formulier(model, g, vaardighedenGetoond ? service.beroep(d.beroep()).orElse(null) : null);
      }
    };
  }

  @GetMapping("/werkplekken/{id}")
  String detail(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Werkplek w = service.zichtbareWerkplek(g, new WerkplekId(id));
    model.addAttribute("formulier", WerkplekGegevens.van(w));
    return detailPagina(model, w);
  }

  @PostMapping("/werkplekken/{id}")
  String wijzig(@PathVariable UUID id, @ModelAttribute("formulier") WerkplekGegevens formulier, BindingResult binding,
      @RequestParam int versie, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Werkplek w = service.zichtbareWerkplek(g, new WerkplekId(id));
    WerkplekGegevens d = formulier.vaardigheden() == null ? formulier.metVaardigheden(List.of()) : formulier;
    Map<String, String> bindfouten = bindfouten(binding);
    Uitkomst<Werkplek> uitkomst = bindfouten.isEmpty() ? service.wijzigWerkplek(g, w.id(), d, versie) : new Uitkomst.Afgekeurd<>(bindfouten);
    return switch (uitkomst) {
      case Uitkomst.Gelukt<Werkplek> x -> {
        redirect.addFlashAttribute("melding", "werkgever.werkplek.opgeslagen");
        yield "redirect:/werkplekken/" + id;
      }
      case Uitkomst.Afgekeurd<Werkplek> a -> {
        model.addAttribute("fouten", a.fouten());
        model.addAttribute("formulier", d);
        response.setStatus(400);
        yield detailPagina(model, w);
      }
    };
  }

  @PostMapping("/werkplekken/{id}/status")
  String status(@PathVariable UUID id, @RequestParam WerkplekStatus naar, RedirectAttributes redirect) {
    Overgang besluit = service.wijzigStatus(ik(), new WerkplekId(id), naar);
    switch (besluit) {
      case Overgang.Toegestaan t -> redirect.addFlashAttribute("melding", "werkgever.status.gewijzigd");
      case Overgang.Afgewezen a -> redirect.addFlashAttribute("fout", a.reden());
    }
    return "redirect:/werkplekken/" + id;
  }

  private String detailPagina(Model model, Werkplek w) {
    model.addAttribute("w", w);
    model.addAttribute("werkgeverNaam", toegang.organisatie(new OrganisatieId(w.werkgeverId()))
        .map(Organisatie::naam).orElse(""));
    model.addAttribute("overgangen", WerkplekLevenscyclus.mogelijkVanuit(w.status()));
    model.addAttribute("beroep", service.beroepMetId(w.beroepId()).orElse(null));
    vulKeuzes(model);
    return "werkgever/werkplek";
  }

  private String formulier(Model model, HuidigeGebruiker g, BeroepDetail beroep) {
    model.addAttribute("beroep", beroep);
    model.addAttribute("werkgevers", g.rol() == Rol.REGIOLOKET ? service.werkgeversVoor(g) : List.of());
    vulKeuzes(model);
    return "werkgever/werkplek-nieuw";
  }

  private static void vulKeuzes(Model model) {
    model.addAttribute("typen", Werkplektype.values());
    model.addAttribute("niveaus", Opleidingsniveau.values());
    model.addAttribute("instrumentenLijst", Instrument.values());
  }

  /** Waarden die niet eens te lezen zijn (een datum of getal in een verkeerd formaat), per veld. */
  private static Map<String, String> bindfouten(BindingResult binding) {
    Map<String, String> fouten = new LinkedHashMap<>();
    binding.getFieldErrors().forEach(f -> fouten.putIfAbsent(f.getField(), "werkgever.fout.formaat"));
    return fouten;
  }

  private Map<UUID, String> namen(HuidigeGebruiker g) {
    Map<UUID, String> namen = new LinkedHashMap<>();
    service.werkgeversVoor(g).forEach(o -> namen.put(o.id().waarde(), o.naam()));
    return namen;
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
