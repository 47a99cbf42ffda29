package nl.perspectiefopwerk.bemiddeling.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.perspectiefopwerk.bemiddeling.BemiddelingApi;
import nl.perspectiefopwerk.bemiddeling.Maandcijfers;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** De bemiddelingscijfers van de eigen regio per maand, als tabel en als CSV/XLSX (alleen aantallen). */
@Controller
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR', 'REGIOLOKET')")
class CijfersController {

  static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final BemiddelingApi bemiddeling;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  CijfersController(BemiddelingApi bemiddeling, ToegangApi toegang, MessageSource berichten) {
    this.bemiddeling = bemiddeling;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  @GetMapping("/bemiddelingscijfers")
  String eigenRegio() {
    HuidigeGebruiker g = ik();
    if (g.hoofdregio() == null) throw new NietGevondenException("U werkt niet in een regio.");
    return "redirect:/bemiddelingscijfers/" + g.hoofdregio();
  }

  @GetMapping("/bemiddelingscijfers/{code}")
  Object cijfers(@PathVariable String code,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(pattern = "yyyy-MM") YearMonth van,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(pattern = "yyyy-MM") YearMonth tot,
      @RequestParam(required = false) String formaat, Model model) {
    HuidigeGebruiker g = ik();
    String regio = code.toUpperCase(Locale.ROOT);
    if (!g.werktInRegio(regio)) throw new NietGevondenException("Deze regio bestaat niet of is niet de uwe.");
    YearMonth t = tot == null ? YearMonth.now(TIJDZONE) : tot;
    YearMonth v = van == null ? t.minusMonths(11) : van;
    if (t.isBefore(v) || v.plusMonths(120).isBefore(t)) throw new OngeldigVerzoekException("van", "Kies een periode van hoogstens 120 maanden, van voor tot.");
    List<Maandcijfers> maanden = bemiddeling.maandcijfers(regio, v, t);
    if (formaat != null) {
      Locale taal = LocaleContextHolder.getLocale();
      List<String> kop = List.of("maand", "belangstellingen", "eersteGesprekken", "plaatsingen", "duurzamePlaatsingen", "uitvallers",
              "mediaanDagenTotGesprek").stream().map(k -> berichten.getMessage("bemiddeling.cijfers.kolom." + k, null, k, taal)).toList();
      List<List<String>> rijen = maanden.stream().map(m -> List.of(m.maand().toString(), "" + m.belangstellingen(), "" + m.eersteGesprekken(),
          "" + m.plaatsingen(), "" + m.duurzamePlaatsingen(), "" + m.uitvallers(),
          m.mediaanDagenTotGesprek() == null ? "" : String.valueOf(m.mediaanDagenTotGesprek()))).toList();
      ResponseEntity<byte[]> download = Export.tabel(formaat, "bemiddelingscijfers-" + regio + "-" + v + "-" + t, kop, rijen);
      return download;
    }
    model.addAttribute("regio", regio);
    model.addAttribute("maanden", maanden);
    model.addAttribute("van", v);
    model.addAttribute("tot", t);
    model.addAttribute("totaal", totaal(regio, maanden));
    return "bemiddeling/cijfers";
  }

  /** Het totaal over de periode (de mediaan niet: die is per maand). */
  static Maandcijfers totaal(String regio, List<Maandcijfers> maanden) {
    return new Maandcijfers(regio, null, maanden.stream().mapToInt(Maandcijfers::belangstellingen).sum(),
        maanden.stream().mapToInt(Maandcijfers::eersteGesprekken).sum(), maanden.stream().mapToInt(Maandcijfers::plaatsingen).sum(),
        maanden.stream().mapToInt(Maandcijfers::duurzamePlaatsingen).sum(), maanden.stream().mapToInt(Maandcijfers::uitvallers).sum(), null);
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
