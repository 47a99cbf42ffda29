package nl.perspectiefopwerk.toegang.web;

import java.util.UUID;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.toegang.persistence.GebruikerRecord;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Beheer van gebruikers en organisaties. Elke inzage in een account wordt in het verwerkingenlog vastgelegd. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class BeheerController {

  private final ToegangRepository repository;
  private final ToegangApi toegang;
  private final AuditApi audit;

  BeheerController(ToegangRepository repository, ToegangApi toegang, AuditApi audit) {
    this.repository = repository;
    this.toegang = toegang;
    this.audit = audit;
  }

  @GetMapping("/beheer/gebruikers")
  String gebruikers(@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina, Model model) {
    model.addAttribute("zoek", zoek);
    model.addAttribute("pagina", repository.gebruikers(zoek, new PaginaVerzoek(Math.max(1, pagina), 50)));
    model.addAttribute("basis", basis());
    return "beheer/gebruikers";
  }

  @GetMapping("/beheer/gebruikers/{id}")
  @Transactional
  String gebruiker(@PathVariable UUID id, Model model) {
    GebruikerRecord g = repository.gebruiker(id).orElseThrow(() -> new NietGevondenException("Dit account bestaat niet."));
    log(Handeling.INZIEN, g, "Accountgegevens bekijken voor gebruikersbeheer");
    model.addAttribute("gebruiker", g);
    model.addAttribute("regiocodes", repository.regiocodes(g));
    return "beheer/gebruiker";
  }

  @PostMapping("/beheer/gebruikers/{id}/actief")
  @Transactional
  String zetActief(@PathVariable UUID id, @RequestParam boolean actief, @RequestParam int versie, RedirectAttributes redirect) {
    GebruikerRecord g = repository.gebruiker(id).orElseThrow(() -> new NietGevondenException("Dit account bestaat niet."));
    if (repository.zetActief(id, actief, versie)) {
      log(Handeling.WIJZIGEN, g, actief ? "Account ingeschakeld" : "Account uitgeschakeld");
      redirect.addFlashAttribute("melding", actief ? "beheer.gebruiker.ingeschakeld" : "beheer.gebruiker.uitgeschakeld");
    } else {
      redirect.addFlashAttribute("conflict", true);
    }
    return "redirect:/beheer/gebruikers/" + id;
  }

  @GetMapping("/beheer/organisaties")
  String organisaties(@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina, Model model) {
    model.addAttribute("zoek", zoek);
    model.addAttribute("pagina", repository.organisaties(zoek, new PaginaVerzoek(Math.max(1, pagina), 50)));
    model.addAttribute("basis", basis());
    return "beheer/organisaties";
  }

  private void log(Handeling handeling, GebruikerRecord betrokkene, String doel) {
    HuidigeGebruiker ik = toegang.huidigeGebruiker().orElseThrow();
    audit.registreer(
        new Dataverwerking(
            new Actor(ik.gebruikersnaam(), ik.organisatieNaam(), ik.rol().name()),
            handeling, "beheer-gebruikers", "gebruiker", betrokkene.id().toString(), doel, "Beheer van toegang tot het platform"));
  }

  private static String basis() {
    return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("pagina").build().toUriString();
  }
}
