package nl.perspectiefopwerk.matching.web;

import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Matchgegevens;
import nl.perspectiefopwerk.matching.MatchingService;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** De pagina's met suggesties: kandidaten bij een werkplek en werkplekken bij een kandidaat, elk met uitleg. */
@Controller
class SuggestiesController {

  private final MatchingService service;
  private final ToegangApi toegang;

  SuggestiesController(MatchingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/werkplekken/{id}/suggesties")
  @PreAuthorize("hasAnyRole('WERKGEVER', 'REGIOLOKET')")
  String werkplek(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Werkplek w = service.werkplekVoor(g, new WerkplekId(id));
    model.addAttribute("w", w);
    model.addAttribute("suggesties", service.kandidatenVoorWerkplek(g, w.id(), service.standaardAantal()));
    model.addAttribute("status", service.status());
    model.addAttribute("magBelangstelling", g.rol() == nl.perspectiefopwerk.toegang.Rol.WERKGEVER);
    return "matching/werkplek-suggesties";
  }

  @GetMapping("/kandidaten/{id}/suggesties")
  @PreAuthorize("hasAnyRole('CONSULENT', 'REGIOLOKET')")
  String kandidaat(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Matchgegevens m = service.kandidaatVoor(g, new KandidaatId(id));
    model.addAttribute("kandidaatId", id);
    model.addAttribute("suggesties", service.werkplekkenVoorKandidaat(g, m.id(), service.standaardAantal()));
    model.addAttribute("reden", service.redenGeenSuggesties(m));
    model.addAttribute("status", service.status());
    return "matching/kandidaat-suggesties";
  }

  @GetMapping("/mijn-gegevens/suggesties")
  @PreAuthorize("hasRole('KANDIDAAT')")
  String eigen(Model model) {
    HuidigeGebruiker g = ik();
    KandidaatId id = service.eigenKandidaat(g);
    Matchgegevens m = service.kandidaatVoor(g, id);
    model.addAttribute("kandidaatId", id.waarde());
    model.addAttribute("zelf", true);
    model.addAttribute("suggesties", service.werkplekkenVoorKandidaat(g, id, service.standaardAantal()));
    model.addAttribute("reden", service.redenGeenSuggesties(m));
    model.addAttribute("status", service.status());
    return "matching/kandidaat-suggesties";
  }

  @GetMapping("/matching/fairness")
  @PreAuthorize("hasRole('ONDERSTEUNINGSTEAM')")
  String fairness(Model model) {
    model.addAttribute("fairness", service.fairness(ik()));
    model.addAttribute("status", service.status());
    return "matching/fairness";
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
