package nl.perspectiefopwerk.regio.web;

import java.util.List;
import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pagina's: overzicht van de regio's, een regio met haar gemeenten, en het wijzigen van de centrumgemeente. */
@Controller
class RegioController {

  private final RegioApi regio;

  RegioController(RegioApi regio) {
    this.regio = regio;
  }

  @GetMapping("/regios")
  String overzicht(@RequestParam(required = false) String postcode, Model model) {
    List<Arbeidsmarktregio> regios = regio.regios();
    model.addAttribute("regios", regios);
    model.addAttribute("totaalGemeenten", regios.stream().mapToInt(Arbeidsmarktregio::aantalGemeenten).sum());
    model.addAttribute("ingebouwd", regios.stream().anyMatch(r -> "ingebouwd".equals(r.bron())));
    if (postcode != null && !postcode.isBlank()) {
      model.addAttribute("postcode", postcode);
      try {
        Optional<PostcodeGebied> gebied = regio.postcode(Postcode4.van(postcode));
        gebied.ifPresentOrElse(g -> model.addAttribute("postcodeGebied", g), () -> model.addAttribute("postcodeFout", "regio.postcode.onbekend"));
      } catch (OngeldigVerzoekException e) {
        model.addAttribute("postcodeFout", "regio.postcode.ongeldig");
      }
    }
    return "regio/overzicht";
  }

  @GetMapping("/regios/{code}")
  String detail(@PathVariable String code, Model model) {
    Arbeidsmarktregio r = vind(code);
    List<Gemeente> gemeenten = regio.gemeenten(new Regiocode(r.code()));
    model.addAttribute("regio", r);
    model.addAttribute("gemeenten", gemeenten);
    model.addAttribute("inwoners", gemeenten.stream().mapToLong(g -> g.inwoners() == null ? 0 : g.inwoners()).sum());
    model.addAttribute("postcodes", gemeenten.stream().mapToLong(Gemeente::aantalPostcodes).sum());
    return "regio/detail";
  }

  @GetMapping("/beheer/regios/{code}")
  @PreAuthorize("hasRole('BEHEERDER')")
  String wijzigFormulier(@PathVariable String code, Model model) {
    Arbeidsmarktregio r = vind(code);
    vulFormulier(model, r, r.centrumgemeente() == null ? null : r.centrumgemeente().code(), r.versie());
    return "regio/centrumgemeente";
  }

  @PostMapping("/beheer/regios/{code}")
  @PreAuthorize("hasRole('BEHEERDER')")
  String wijzig(
      @PathVariable String code,
      @RequestParam(required = false) String centrumgemeente,
      @RequestParam int versie,
      Authentication door,
      Model model,
      RedirectAttributes redirect) {
    Arbeidsmarktregio r = vind(code);
    try {
      if (centrumgemeente == null || centrumgemeente.isBlank()) {
        throw new OngeldigVerzoekException("centrumgemeente", "regio.centrum.fout.leeg");
      }
      Arbeidsmarktregio nieuw = regio.wijzigCentrumgemeente(new Regiocode(r.code()), centrumgemeente, versie, door.getName());
      redirect.addFlashAttribute("opgeslagen", nieuw.centrumgemeente().naam());
      return "redirect:/regios/" + r.code();
    } catch (GelijktijdigGewijzigdException e) {
      model.addAttribute("conflict", true);
      vulFormulier(model, r, r.centrumgemeente() == null ? null : r.centrumgemeente().code(), r.versie());
      return "regio/centrumgemeente";
    } catch (OngeldigVerzoekException e) {
      model.addAttribute("veldfout", "regio.centrum.fout.ongeldig");
      vulFormulier(model, r, centrumgemeente, versie);
      return "regio/centrumgemeente";
    }
  }

  private void vulFormulier(Model model, Arbeidsmarktregio r, String gekozen, int versie) {
    model.addAttribute("regio", r);
    model.addAttribute("gemeenten", regio.gemeenten(new Regiocode(r.code())));
    model.addAttribute("gekozen", gekozen);
    model.addAttribute("versie", versie);
  }

  private Arbeidsmarktregio vind(String code) {
    Regiocode regiocode;
    try {
      regiocode = Regiocode.van(code);
    } catch (OngeldigVerzoekException e) {
      throw new NietGevondenException("Arbeidsmarktregio " + code + " bestaat niet.");
    }
    return regio.regio(regiocode).orElseThrow(() -> new NietGevondenException("Arbeidsmarktregio " + code + " bestaat niet."));
  }
}
