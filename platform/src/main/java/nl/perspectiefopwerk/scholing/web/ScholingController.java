package nl.perspectiefopwerk.scholing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.scholing.Kengetallen;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.ScholingService;
import nl.perspectiefopwerk.scholing.ScholingService.Resultaat;
import nl.perspectiefopwerk.scholing.Traject;
import nl.perspectiefopwerk.scholing.TrajectGegevens;
import nl.perspectiefopwerk.scholing.TrajectId;
import nl.perspectiefopwerk.scholing.TrajectStatus;
import nl.perspectiefopwerk.scholing.Trajecttype;
import nl.perspectiefopwerk.scholing.domain.KengetallenBerekening;
import nl.perspectiefopwerk.scholing.domain.Trajectlevenscyclus;
import nl.perspectiefopwerk.scholing.domain.Uitkomstbeleid;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Scholingstrajecten (consulent, regioloket, onderwijs), kengetallen en de pilot praktijkleren. */
@Controller
class ScholingController {

  private static final java.time.ZoneId TIJDZONE = java.time.ZoneId.of("Europe/Amsterdam");

  private final ScholingService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  ScholingController(ScholingService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  @GetMapping("/scholing")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET','ONDERWIJS')")
  String lijst(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("trajecten", service.trajecten(g));
    model.addAttribute("kengetallen", service.zichtbareKengetallen(g));
    model.addAttribute("magRegistreren", g.rol() != Rol.ONDERWIJS);
    return "scholing/lijst";
  }

  @GetMapping("/scholing/nieuw")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET')")
  String nieuw(@RequestParam(required = false) String kandidaat, Model model) {
    TrajectGegevens leeg = TrajectGegevens.leeg();
    model.addAttribute("formulier", new TrajectGegevens(kandidaat, leeg.type(), null, null, null, null, leeg.startdatum(), null, true, null));
    return formulier(model, ik(), null);
  }

  @PostMapping("/scholing")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET')")
  String registreer(@ModelAttribute("formulier") TrajectGegevens formulier, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    return switch (service.registreer(g, formulier)) {
      case Resultaat.Gelukt x -> {
        redirect.addFlashAttribute("melding", "scholing.vastgelegd");
        yield "redirect:/scholing/" + x.id();
      }
      case Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield formulier(model, g, null);
      }
    };
  }

  @GetMapping("/scholing/{id}")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET','ONDERWIJS')")
  String detail(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Traject t = service.bekijk(g, new TrajectId(id));
    if (!model.containsAttribute("formulier")) model.addAttribute("formulier", TrajectGegevens.van(t));
    return detailPagina(model, g, t);
  }

  @PostMapping("/scholing/{id}")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET')")
  String wijzig(@PathVariable UUID id, @ModelAttribute("formulier") TrajectGegevens formulier, @RequestParam int versie, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    try {
      return switch (service.wijzig(g, new TrajectId(id), formulier, versie)) {
        case Resultaat.Gelukt x -> {
          redirect.addFlashAttribute("melding", "scholing.gewijzigd");
          yield "redirect:/scholing/" + id;
        }
        case Resultaat.Afgekeurd a -> {
          model.addAttribute("fouten", a.fouten());
          response.setStatus(400);
          yield detailPagina(model, g, service.bekijk(g, new TrajectId(id)));
        }
      };
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "scholing.gelijktijdig");
      return "redirect:/scholing/" + id;
    }
  }

  @PostMapping("/scholing/{id}/status")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET','ONDERWIJS')")
  String status(@PathVariable UUID id, @RequestParam(required = false) TrajectStatus naar,
      @RequestParam(required = false) Opleidingsuitkomst uitkomst,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum, @RequestParam int versie,
      RedirectAttributes redirect) {
    try {
      Map<String, String> fouten = service.wijzigStatus(ik(), new TrajectId(id), naar, uitkomst, datum, versie);
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "scholing.statusGewijzigd");
      else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "scholing.gelijktijdig");
    }
    return "redirect:/scholing/" + id;
  }

  @GetMapping("/scholing/kengetallen")
  @PreAuthorize("!hasAnyRole('KANDIDAAT','WERKGEVER','BEMIDDELAAR')")
  Object kengetallen(@RequestParam(required = false) String formaat, Model model, Locale locale) {
    HuidigeGebruiker g = ik();
    List<Kengetallen> lijst = service.zichtbareKengetallen(g);
    boolean onderdrukken = g.isNationaal();
    if (formaat != null) {
      List<String> kop = List.of(msg("scholing.kengetal.regio", locale), msg("scholing.kengetal.inRoute", locale),
          msg("scholing.kengetal.werkgevers", locale), msg("scholing.kengetal.verklaringen", locale),
          msg("scholing.kengetal.erkend", locale), msg("scholing.kengetal.trajecten", locale));
      List<List<String>> rijen = new ArrayList<>();
      for (Kengetallen k : lijst) {
        rijen.add(List.of(k.regiocode(), KengetallenBerekening.toon(k.kandidatenInRoute(), onderdrukken),
            KengetallenBerekening.toon(k.deelnemendeWerkgevers(), onderdrukken), KengetallenBerekening.toon(k.verklaringen(), onderdrukken),
            KengetallenBerekening.toon(k.erkendeCertificaten(), onderdrukken), KengetallenBerekening.toon(k.trajecten(), onderdrukken)));
      }
      return Export.tabel(formaat, "scholing-kengetallen", kop, rijen);
    }
    model.addAttribute("kengetallen", lijst);
    model.addAttribute("onderdrukken", onderdrukken);
    model.addAttribute("magPilot", g.rol() == Rol.REGIOCOORDINATOR || (g.isNationaal() && g.rol() != Rol.BEHEERDER));
    return "scholing/kengetallen";
  }

  @GetMapping("/scholing/pilot")
  @PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
  String pilot(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("aanmeldingen", service.pilots(g));
    model.addAttribute("magAanmelden", g.rol() == Rol.REGIOCOORDINATOR);
    model.addAttribute("magBesluiten", g.rol() == Rol.MINISTERIE);
    return "scholing/pilot";
  }

  @PostMapping("/scholing/pilot")
  @PreAuthorize("hasRole('REGIOCOORDINATOR')")
  String meldAan(@RequestParam(required = false) Integer tranche, @RequestParam(required = false) String toelichting,
      RedirectAttributes redirect) {
    Map<String, String> fouten = service.meldAanVoorPilot(ik(), tranche, toelichting);
    if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "scholing.pilot.aangemeld");
    else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    return "redirect:/scholing/pilot";
  }

  @PostMapping("/scholing/pilot/{id}/besluit")
  @PreAuthorize("hasRole('MINISTERIE')")
  String besluit(@PathVariable UUID id, @RequestParam boolean toekennen, @RequestParam int versie, RedirectAttributes redirect) {
    try {
      Map<String, String> fouten = service.besluitPilot(ik(), id, toekennen, versie);
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "scholing.pilot.besloten");
      else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "scholing.gelijktijdig");
    }
    return "redirect:/scholing/pilot";
  }

  private String detailPagina(Model model, HuidigeGebruiker g, Traject t) {
    model.addAttribute("t", t);
    model.addAttribute("magBeheren", ScholingService.magBeheren(g, t));
    model.addAttribute("mogelijk", Trajectlevenscyclus.mogelijkVanuit(t.status()));
    model.addAttribute("uitkomsten", Uitkomstbeleid.mogelijk(t.type()));
    model.addAttribute("onderwijs", naam(service.onderwijspartners(g), t.onderwijsOrganisatieId()));
    model.addAttribute("vandaag", LocalDate.now(TIJDZONE));
    return formulier(model, g, t);
  }

  private String formulier(Model model, HuidigeGebruiker g, Traject t) {
    model.addAttribute("typen", Trajecttype.values());
    model.addAttribute("onderwijspartners", service.onderwijspartners(g));
    model.addAttribute("isRegioloket", g.rol() == Rol.REGIOLOKET);
    model.addAttribute("alleUitkomsten", EnumSet.allOf(Opleidingsuitkomst.class));
    return t == null ? "scholing/nieuw" : "scholing/traject";
  }

  private static String naam(List<Organisatie> lijst, UUID id) {
    if (id == null) return null;
    return lijst.stream().filter(o -> o.id().waarde().equals(id)).map(Organisatie::naam).findFirst().orElse(id.toString());
  }

  private String msg(String sleutel, Locale locale) {
    return berichten.getMessage(sleutel, null, sleutel, locale);
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
