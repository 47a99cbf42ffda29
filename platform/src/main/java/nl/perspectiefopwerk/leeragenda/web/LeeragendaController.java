package nl.perspectiefopwerk.leeragenda.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.leeragenda.Activiteit;
import nl.perspectiefopwerk.leeragenda.Activiteitvorm;
import nl.perspectiefopwerk.leeragenda.Behoefte;
import nl.perspectiefopwerk.leeragenda.Doelpubliek;
import nl.perspectiefopwerk.leeragenda.EvaluatieService;
import nl.perspectiefopwerk.leeragenda.Item;
import nl.perspectiefopwerk.leeragenda.ItemGegevens;
import nl.perspectiefopwerk.leeragenda.Itemsoort;
import nl.perspectiefopwerk.leeragenda.LeeragendaService;
import nl.perspectiefopwerk.leeragenda.LeeragendaService.Resultaat;
import nl.perspectiefopwerk.leeragenda.Omvang;
import nl.perspectiefopwerk.leeragenda.Pijler;
import nl.perspectiefopwerk.leeragenda.Productvorm;
import nl.perspectiefopwerk.leeragenda.Stedelijkheid;
import nl.perspectiefopwerk.leeragenda.Thema;
import nl.perspectiefopwerk.leeragenda.Zoekvraag;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
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

/** De leeragenda: startpagina met "nieuw voor uw regio", zoeken, items, activiteiten en de behoeftepeiling. */
@Controller
@PreAuthorize("!hasRole('KANDIDAAT')")
class LeeragendaController {

  private final LeeragendaService service;
  private final EvaluatieService evaluatie;
  private final ToegangApi toegang;

  LeeragendaController(LeeragendaService service, EvaluatieService evaluatie, ToegangApi toegang) {
    this.service = service;
    this.evaluatie = evaluatie;
    this.toegang = toegang;
  }

  @GetMapping("/leeragenda")
  String start(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("overzicht", service.overzicht(g));
    model.addAttribute("themas", Thema.values());
    model.addAttribute("soortenPubliceren", LeeragendaService.magPubliceren(g));
    model.addAttribute("isCoordinator", g.rol() == Rol.REGIOCOORDINATOR);
    model.addAttribute("isLandelijk", g.isNationaal());
    model.addAttribute("magEvaluatie", EvaluatieService.magLezen(g));
    return "leeragenda/start";
  }

  @GetMapping("/leeragenda/zoeken")
  String zoeken(@RequestParam(required = false) String q, @RequestParam(required = false) Itemsoort soort,
      @RequestParam(required = false) Thema thema, @RequestParam(required = false) Pijler pijler, @RequestParam(required = false) String regio,
      @RequestParam(required = false) Stedelijkheid stedelijkheid, @RequestParam(required = false) Omvang omvang,
      @RequestParam(required = false) Boolean mislukt, @RequestParam(required = false) String context, Model model) {
    HuidigeGebruiker g = ik();
    var eigen = service.eigenContext(g);
    if ("mijn".equals(context) && eigen.isPresent()) {
      stedelijkheid = eigen.get().stedelijkheid();
      omvang = eigen.get().omvang();
    }
    String r = regio == null || regio.isBlank() ? null : regio.strip().toUpperCase(java.util.Locale.ROOT);
    Zoekvraag v = new Zoekvraag(q, soort, thema, pijler, r, stedelijkheid, omvang, mislukt);
    model.addAttribute("vraag", v);
    model.addAttribute("resultaten", service.zoek(g, v));
    model.addAttribute("eigenContext", eigen.orElse(null));
    opties(model);
    return "leeragenda/zoeken";
  }

  @GetMapping("/leeragenda/items/{id}")
  String item(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Item i = service.item(g, id);
    model.addAttribute("i", i);
    model.addAttribute("activiteit", i.activiteitId() == null ? null : service.activiteit(g, i.activiteitId()));
    model.addAttribute("magWijzigen", LeeragendaService.magWijzigen(g, i));
    return "leeragenda/item";
  }

  @GetMapping("/leeragenda/items/{id}/wijzigen")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','REGIOCOORDINATOR','EVALUATOR')")
  String wijzigformulier(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Item i = service.item(g, id);
    if (!LeeragendaService.magWijzigen(g, i)) throw new AccessDeniedException("Dit item mag u niet wijzigen");
    model.addAttribute("formulier", ItemGegevens.van(i));
    model.addAttribute("bestaand", i);
    return formulier(model, g);
  }

  @PostMapping("/leeragenda/items/{id}")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','REGIOCOORDINATOR','EVALUATOR')")
  String wijzig(@PathVariable UUID id, @ModelAttribute("formulier") ItemGegevens formulier, @RequestParam int versie, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    try {
      return switch (service.wijzig(g, id, formulier, versie)) {
        case Resultaat.Gelukt x -> {
          redirect.addFlashAttribute("melding", "leeragenda.gewijzigd");
          yield "redirect:/leeragenda/items/" + id;
        }
        case Resultaat.Afgekeurd a -> {
          model.addAttribute("fouten", a.fouten());
          model.addAttribute("bestaand", service.item(g, id));
          response.setStatus(400);
          yield formulier(model, g);
        }
      };
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "leeragenda.gelijktijdig");
      return "redirect:/leeragenda/items/" + id;
    }
  }

  @GetMapping("/leeragenda/items/nieuw")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','REGIOCOORDINATOR','EVALUATOR')")
  String nieuw(@RequestParam(required = false) Itemsoort soort, @RequestParam(required = false) UUID cyclus, Model model) {
    HuidigeGebruiker g = ik();
    Set<Itemsoort> mag = LeeragendaService.magPubliceren(g);
    Itemsoort s = soort != null && mag.contains(soort) ? soort : mag.iterator().next();
    model.addAttribute("formulier", ItemGegevens.leeg(s, cyclus));
    return formulier(model, g);
  }

  @PostMapping("/leeragenda/items")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','REGIOCOORDINATOR','EVALUATOR')")
  String publiceer(@ModelAttribute("formulier") ItemGegevens formulier, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    return switch (service.publiceer(g, formulier)) {
      case Resultaat.Gelukt x -> {
        redirect.addFlashAttribute("melding", "leeragenda.gepubliceerd");
        yield "redirect:/leeragenda/items/" + x.id();
      }
      case Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield formulier(model, g);
      }
    };
  }

  @GetMapping("/leeragenda/activiteiten")
  String activiteiten(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("activiteiten", service.activiteiten(g));
    model.addAttribute("magPlannen", g.rol() == Rol.ONDERSTEUNINGSTEAM);
    model.addAttribute("themas", Thema.values());
    model.addAttribute("vormen", Activiteitvorm.values());
    return "leeragenda/activiteiten";
  }

  @PostMapping("/leeragenda/activiteiten")
  @PreAuthorize("hasRole('ONDERSTEUNINGSTEAM')")
  String plan(@RequestParam(required = false) Thema thema, @RequestParam(required = false) Activiteitvorm vorm,
      @RequestParam(required = false) String titel, @RequestParam(required = false) String omschrijving,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
      @RequestParam(required = false) String regiocode, @RequestParam(required = false) String partner, RedirectAttributes redirect) {
    Map<String, String> fouten = service.planActiviteit(ik(), thema, vorm, titel, omschrijving, datum, regiocode, partner);
    if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "leeragenda.activiteit.gepland");
    else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    return "redirect:/leeragenda/activiteiten";
  }

  @GetMapping("/leeragenda/activiteiten/{id}")
  String activiteit(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Activiteit a = service.activiteit(g, id);
    model.addAttribute("a", a);
    model.addAttribute("praktijken", service.goedePraktijken(id));
    model.addAttribute("magAanmelden", LeeragendaService.magAanmelden(g)
        && a.deelnames().stream().noneMatch(d -> d.organisatieId().equals(g.organisatieId().waarde())));
    model.addAttribute("magAanwezigheid", g.rol() == Rol.ONDERSTEUNINGSTEAM);
    Map<String, long[]> perRegio = new java.util.TreeMap<>();
    for (Activiteit.Deelname d : a.deelnames()) {
      long[] n = perRegio.computeIfAbsent(d.regiocode() == null ? "—" : d.regiocode(), k -> new long[2]);
      n[0]++;
      if (d.aanwezig()) n[1]++;
    }
    model.addAttribute("perRegio", perRegio);
    return "leeragenda/activiteit";
  }

  @PostMapping("/leeragenda/activiteiten/{id}/aanmelden")
  String meldAan(@PathVariable UUID id, RedirectAttributes redirect) {
    Map<String, String> fouten = service.meldAan(ik(), id);
    if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "leeragenda.activiteit.aangemeld");
    else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    return "redirect:/leeragenda/activiteiten/" + id;
  }

  @PostMapping("/leeragenda/activiteiten/{id}/aanwezigheid")
  @PreAuthorize("hasRole('ONDERSTEUNINGSTEAM')")
  String aanwezigheid(@PathVariable UUID id, @RequestParam(required = false) List<UUID> aanwezig, @RequestParam int versie,
      RedirectAttributes redirect) {
    try {
      service.legAanwezigheidVast(ik(), id, aanwezig == null ? Set.of() : new HashSet<>(aanwezig), versie);
      redirect.addFlashAttribute("melding", "leeragenda.activiteit.aanwezigheid");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "leeragenda.gelijktijdig");
    }
    return "redirect:/leeragenda/activiteiten/" + id;
  }

  @GetMapping("/leeragenda/behoefte")
  @PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
  String behoefte(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("themas", Thema.values());
    model.addAttribute("stedelijkheden", Stedelijkheid.values());
    model.addAttribute("omvangen", Omvang.values());
    if (g.rol() == Rol.REGIOCOORDINATOR) {
      model.addAttribute("peiling", service.eigenContext(g).orElse(null));
      return "leeragenda/behoefte";
    }
    List<Behoefte> alle = service.behoeften(g);
    Map<Thema, Long> prioriteit = new EnumMap<>(Thema.class);
    for (Thema t : Thema.values()) prioriteit.put(t, alle.stream().filter(b -> b.themasVanDeRegio().contains(t)).count());
    model.addAttribute("peilingen", alle);
    model.addAttribute("prioriteit", prioriteit);
    return "leeragenda/behoeften";
  }

  @PostMapping("/leeragenda/behoefte")
  @PreAuthorize("hasRole('REGIOCOORDINATOR')")
  String bewaarBehoefte(@RequestParam Map<String, String> velden, RedirectAttributes redirect) {
    Map<Thema, Integer> p = new EnumMap<>(Thema.class);
    for (Thema t : Thema.values()) {
      try {
        p.put(t, Integer.valueOf(velden.getOrDefault("prioriteit-" + t, "")));
      } catch (NumberFormatException e) {
        // ontbrekend: de service meldt het
      }
    }
    try {
      Map<String, String> fouten = service.bewaarBehoefte(ik(), p, waarde(Stedelijkheid.class, velden.get("stedelijkheid")),
          waarde(Omvang.class, velden.get("omvang")), velden.get("sectoren"), velden.get("toelichting"),
          velden.get("versie") == null || velden.get("versie").isBlank() ? null : Integer.valueOf(velden.get("versie")));
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "leeragenda.behoefte.bewaard");
      else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "leeragenda.gelijktijdig");
    }
    return "redirect:/leeragenda/behoefte";
  }

  private String formulier(Model model, HuidigeGebruiker g) {
    model.addAttribute("soorten", LeeragendaService.magPubliceren(g).stream().sorted().toList());
    model.addAttribute("activiteitenLijst", service.activiteiten(g));
    model.addAttribute("cycli", EvaluatieService.magLezen(g) ? evaluatie.cycli(g) : List.of());
    model.addAttribute("isCoordinator", g.rol() == Rol.REGIOCOORDINATOR);
    model.addAttribute("vormen", Productvorm.values());
    model.addAttribute("publieken", Doelpubliek.values());
    opties(model);
    return "leeragenda/nieuw";
  }

  private static void opties(Model model) {
    model.addAttribute("themas", Thema.values());
    model.addAttribute("pijlers", Pijler.values());
    model.addAttribute("alleSoorten", Itemsoort.values());
    model.addAttribute("stedelijkheden", Stedelijkheid.values());
    model.addAttribute("omvangen", Omvang.values());
  }

  private static <E extends Enum<E>> E waarde(Class<E> soort, String s) {
    try {
      return s == null || s.isBlank() ? null : Enum.valueOf(soort, s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
