package nl.perspectiefopwerk.kandidaat.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.kandidaat.zoekopdracht.Zoekcriteria;
import nl.perspectiefopwerk.kandidaat.zoekopdracht.Zoekopdrachten;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Bewaarde zoekopdrachten op het anonieme bestand, met het aantal nieuwe profielen. Alleen de eigen. */
@Controller
@PreAuthorize("hasAnyRole('WERKGEVER', 'BEMIDDELAAR', 'REGIOLOKET')")
class ZoekopdrachtController {

  private final Zoekopdrachten zoekopdrachten;
  private final ToegangApi toegang;

  ZoekopdrachtController(Zoekopdrachten zoekopdrachten, ToegangApi toegang) {
    this.zoekopdrachten = zoekopdrachten;
    this.toegang = toegang;
  }

  @GetMapping("/bestand/zoekopdrachten")
  String lijst(Model model) {
    model.addAttribute("zoekopdrachten", zoekopdrachten.overzicht(ik()));
    return "kandidaat/zoekopdrachten";
  }

  @PostMapping("/bestand/zoekopdrachten")
  String bewaar(
      @RequestParam(required = false) String naam,
      @RequestParam(required = false) String beroep,
      @RequestParam(required = false) String vaardigheid,
      @RequestParam(required = false) Werkvorm werkvorm,
      @RequestParam(required = false) Integer minUren,
      @RequestParam(required = false) String postcode,
      @RequestParam(required = false) Integer afstandKm,
      @RequestParam(required = false) Instrument instrument,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beschikbaarVoor,
      @RequestParam(required = false) Zoekfilter.Sortering sortering,
      RedirectAttributes redirect) {
    Zoekcriteria criteria = new Zoekcriteria(beroep, vaardigheid, werkvorm, minUren, postcode, afstandKm, instrument, beschikbaarVoor, sortering);
    return switch (zoekopdrachten.bewaar(ik(), naam, criteria)) {
      case Zoekopdrachten.Bewaren.Bewaard b -> {
        redirect.addFlashAttribute("melding", "zoekopdracht.bewaard");
        yield "redirect:/bestand/zoekopdrachten";
      }
      case Zoekopdrachten.Bewaren.Afgewezen a -> {
        redirect.addFlashAttribute("zoekopdrachtFout", a.sleutel());
        yield "redirect:" + bestandUrl(criteria) + "#zoekopdracht-bewaren";
      }
    };
  }

  /** Opent de zoekopdracht op /bestand; wat hij nu vindt, is daarna niet meer nieuw. */
  @PostMapping("/bestand/zoekopdrachten/{id}/openen")
  String open(@PathVariable UUID id) {
    return "redirect:" + bestandUrl(zoekopdrachten.open(ik(), id));
  }

  @PostMapping("/bestand/zoekopdrachten/{id}/verwijderen")
  String verwijder(@PathVariable UUID id, RedirectAttributes redirect) {
    zoekopdrachten.verwijder(ik(), id);
    redirect.addFlashAttribute("melding", "zoekopdracht.verwijderd");
    return "redirect:/bestand/zoekopdrachten";
  }

  static String bestandUrl(Zoekcriteria c) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/bestand");
    if (c.beroep() != null) b.queryParam("beroep", c.beroep());
    if (c.vaardigheid() != null) b.queryParam("vaardigheid", c.vaardigheid());
    if (c.werkvorm() != null) b.queryParam("werkvorm", c.werkvorm());
    if (c.minUren() != null) b.queryParam("minUren", c.minUren());
    if (c.postcode() != null) b.queryParam("postcode", c.postcode());
    if (c.afstandKm() != null) b.queryParam("afstandKm", c.afstandKm());
    if (c.instrument() != null) b.queryParam("instrument", c.instrument());
    if (c.beschikbaarVoor() != null) b.queryParam("beschikbaarVoor", c.beschikbaarVoor());
    b.queryParam("sortering", c.sortering());
    return b.encode().build().toUriString();
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
