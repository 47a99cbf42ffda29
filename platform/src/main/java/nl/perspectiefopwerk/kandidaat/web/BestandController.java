package nl.perspectiefopwerk.kandidaat.web;

import java.time.LocalDate;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Het anonieme regionale bestand voor werkgevers, bemiddelaars en het regioloket. */
@Controller
@PreAuthorize("hasAnyRole('WERKGEVER', 'BEMIDDELAAR', 'REGIOLOKET')")
class BestandController {

  private final KandidaatApi kandidaten;
  private final ToegangApi toegang;
  private final TaxonomieApi taxonomie;

  BestandController(KandidaatApi kandidaten, ToegangApi toegang, TaxonomieApi taxonomie) {
    this.kandidaten = kandidaten;
    this.toegang = toegang;
    this.taxonomie = taxonomie;
  }

  @GetMapping("/bestand")
  String zoek(
      @RequestParam(required = false) String beroep,
      @RequestParam(required = false) String vaardigheid,
      @RequestParam(required = false) Werkvorm werkvorm,
      @RequestParam(required = false) Integer minUren,
      @RequestParam(required = false) String postcode,
      @RequestParam(required = false) Integer afstandKm,
      @RequestParam(required = false) Instrument instrument,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beschikbaarVoor,
      @RequestParam(defaultValue = "RECENT") Zoekfilter.Sortering sortering,
      @RequestParam(defaultValue = "1") int pagina,
      Model model) {
    HuidigeGebruiker g = toegang.huidigeGebruiker().orElseThrow();
    String beroepId = null;
    if (beroep != null && !beroep.isBlank()) {
      beroepId = taxonomie.suggestiesBeroepen(beroep, 1).stream().findFirst().map(r -> r.item().id()).orElse("onbekend");
      if (beroepId.equals("onbekend")) model.addAttribute("beroepOnbekend", true);
    }
    String vaardigheidId = null;
    if (vaardigheid != null && !vaardigheid.isBlank()) {
      vaardigheidId = taxonomie.suggestiesVaardigheden(vaardigheid, 1).stream().findFirst().map(r -> r.item().id()).orElse("onbekend");
      if (vaardigheidId.equals("onbekend")) model.addAttribute("vaardigheidOnbekend", true);
    }
    if (postcode != null && !postcode.isBlank() && !postcode.strip().matches("[1-9][0-9]{3}( ?[A-Za-z]{2})?")) {
      model.addAttribute("postcodeFout", true);
      postcode = null;
    }
    Zoekfilter filter = new Zoekfilter(beroepId, vaardigheidId, werkvorm, minUren, postcode, afstandKm, instrument, beschikbaarVoor, sortering);
    model.addAttribute("pagina", kandidaten.zoekInBestand(g, filter, new PaginaVerzoek(Math.max(1, pagina), 20)));
    model.addAttribute("beroep", beroep);
    model.addAttribute("vaardigheid", vaardigheid);
    model.addAttribute("werkvorm", werkvorm);
    model.addAttribute("minUren", minUren);
    model.addAttribute("postcode", postcode);
    model.addAttribute("afstandKm", afstandKm);
    model.addAttribute("instrument", instrument);
    model.addAttribute("beschikbaarVoor", beschikbaarVoor);
    model.addAttribute("sortering", sortering);
    model.addAttribute("werkvormen", Werkvorm.values());
    model.addAttribute("instrumenten", Instrument.values());
    model.addAttribute("basis", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("pagina").build().toUriString());
    return "kandidaat/bestand";
  }

  @GetMapping("/bestand/{profielcode}")
  String profiel(@PathVariable String profielcode, Model model) {
    HuidigeGebruiker g = toegang.huidigeGebruiker().orElseThrow();
    model.addAttribute("profiel",
        kandidaten.profiel(g, profielcode).orElseThrow(() -> new NietGevondenException("Dit profiel staat niet (meer) in het bestand.")));
    return "kandidaat/profiel";
  }
}
