package nl.perspectiefopwerk.mobiliteit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.mobiliteit.Categorie;
import nl.perspectiefopwerk.mobiliteit.Client;
import nl.perspectiefopwerk.mobiliteit.ClientGegevens;
import nl.perspectiefopwerk.mobiliteit.ClientId;
import nl.perspectiefopwerk.mobiliteit.Clientstatus;
import nl.perspectiefopwerk.mobiliteit.Clientuitkomst;
import nl.perspectiefopwerk.mobiliteit.Dienstsoort;
import nl.perspectiefopwerk.mobiliteit.Herkomst;
import nl.perspectiefopwerk.mobiliteit.Lidsoort;
import nl.perspectiefopwerk.mobiliteit.MobiliteitService;
import nl.perspectiefopwerk.mobiliteit.MobiliteitService.Resultaat;
import nl.perspectiefopwerk.mobiliteit.Monitorregel;
import nl.perspectiefopwerk.mobiliteit.Periode;
import nl.perspectiefopwerk.mobiliteit.Situatie;
import nl.perspectiefopwerk.mobiliteit.domain.Clientlevenscyclus;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
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

/** Het RMT van de regio: team (regiocoördinator), clients (consulent gemeente/UWV) en de tweemaandelijkse monitor. */
@Controller
class RmtController {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final MobiliteitService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  RmtController(MobiliteitService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  @GetMapping("/rmt")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOCOORDINATOR')")
  String start(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("team", service.team(g).orElse(null));
    model.addAttribute("magBeheren", g.rol() == Rol.REGIOCOORDINATOR);
    model.addAttribute("isConsulent", MobiliteitService.isRmtConsulent(g));
    model.addAttribute("lidsoorten", Lidsoort.values());
    return "mobiliteit/team";
  }

  @PostMapping("/rmt/team")
  @PreAuthorize("hasRole('REGIOCOORDINATOR')")
  String bewaarTeam(@RequestParam(required = false) String naam,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate operationeelSinds,
      @RequestParam(required = false) Integer versie, RedirectAttributes redirect) {
    try {
      melding(redirect, service.bewaarTeam(ik(), naam, operationeelSinds, versie), "mobiliteit.team.bewaard");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "mobiliteit.gelijktijdig");
    }
    return "redirect:/rmt";
  }

  @PostMapping("/rmt/team/leden")
  @PreAuthorize("hasRole('REGIOCOORDINATOR')")
  String voegLidToe(@RequestParam(required = false) String lidnaam, @RequestParam(required = false) Lidsoort soort,
      @RequestParam(defaultValue = "false") boolean partner, @RequestParam int versie, RedirectAttributes redirect) {
    try {
      melding(redirect, service.voegLidToe(ik(), lidnaam, soort, partner, versie), "mobiliteit.team.lidToegevoegd");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "mobiliteit.gelijktijdig");
    }
    return "redirect:/rmt";
  }

  @PostMapping("/rmt/team/leden/{lid}/verwijderen")
  @PreAuthorize("hasRole('REGIOCOORDINATOR')")
  String verwijderLid(@PathVariable UUID lid, @RequestParam int versie, RedirectAttributes redirect) {
    try {
      service.verwijderLid(ik(), lid, versie);
      redirect.addFlashAttribute("melding", "mobiliteit.team.lidVerwijderd");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "mobiliteit.gelijktijdig");
    }
    return "redirect:/rmt";
  }

  @GetMapping("/rmt/clienten")
  @PreAuthorize("hasRole('CONSULENT')")
  String clients(Model model) {
    model.addAttribute("clients", service.clients(ik()));
    return "mobiliteit/clienten";
  }

  @GetMapping("/rmt/clienten/nieuw")
  @PreAuthorize("hasRole('CONSULENT')")
  String nieuw(Model model) {
    model.addAttribute("formulier", ClientGegevens.leeg());
    return intakePagina(model);
  }

  @PostMapping("/rmt/clienten")
  @PreAuthorize("hasRole('CONSULENT')")
  String neemIn(@ModelAttribute("formulier") ClientGegevens formulier, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    return switch (service.neemIn(ik(), formulier)) {
      case Resultaat.Gelukt x -> {
        redirect.addFlashAttribute("melding", "mobiliteit.client.aangemeld");
        yield "redirect:/rmt/clienten/" + x.id();
      }
      case Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield intakePagina(model);
      }
    };
  }

  @GetMapping("/rmt/clienten/{id}")
  @PreAuthorize("hasRole('CONSULENT')")
  String client(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    ClientId cid = new ClientId(id);
    Client c = service.bekijk(g, cid);
    model.addAttribute("c", c);
    model.addAttribute("casussen", service.casussen(g, cid));
    model.addAttribute("diensten", service.diensten(g, cid));
    model.addAttribute("mogelijk", Clientlevenscyclus.mogelijkVanuit(c.status()));
    model.addAttribute("kanOndersteunen", Clientlevenscyclus.kanOndersteunen(c.status()));
    model.addAttribute("uitkomsten", Clientuitkomst.values());
    model.addAttribute("dienstsoorten", Dienstsoort.values());
    model.addAttribute("vandaag", LocalDate.now(TIJDZONE));
    return "mobiliteit/client";
  }

  @PostMapping("/rmt/clienten/{id}/status")
  @PreAuthorize("hasRole('CONSULENT')")
  String status(@PathVariable UUID id, @RequestParam(required = false) Clientstatus naar, @RequestParam(required = false) Clientuitkomst uitkomst,
      @RequestParam int versie, RedirectAttributes redirect) {
    try {
      melding(redirect, service.wijzigStatus(ik(), new ClientId(id), naar, uitkomst, versie), "mobiliteit.client.statusGewijzigd");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "mobiliteit.gelijktijdig");
    }
    return "redirect:/rmt/clienten/" + id;
  }

  @PostMapping("/rmt/clienten/{id}/casus")
  @PreAuthorize("hasRole('CONSULENT')")
  String casus(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate casusdatum,
      @RequestParam(required = false) String deelnemers, @RequestParam(required = false) String afspraken, @RequestParam int versie,
      RedirectAttributes redirect) {
    try {
      melding(redirect, service.bespreekCasus(ik(), new ClientId(id), casusdatum, deelnemers, afspraken, versie), "mobiliteit.casus.vastgelegd");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "mobiliteit.gelijktijdig");
    }
    return "redirect:/rmt/clienten/" + id;
  }

  @PostMapping("/rmt/clienten/{id}/diensten")
  @PreAuthorize("hasRole('CONSULENT')")
  String dienst(@PathVariable UUID id, @RequestParam(required = false) Dienstsoort dienstsoort,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dienststart, @RequestParam int versie,
      RedirectAttributes redirect) {
    try {
      melding(redirect, service.zetDienstIn(ik(), new ClientId(id), dienstsoort, dienststart, versie), "mobiliteit.dienst.vastgelegd");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "mobiliteit.gelijktijdig");
    }
    return "redirect:/rmt/clienten/" + id;
  }

  @GetMapping("/rmt/monitor")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
  Object monitor(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) Integer periode,
      @RequestParam(required = false) String formaat, Model model, Locale locale) {
    HuidigeGebruiker g = ik();
    Periode p = periode(jaar, periode);
    List<Monitorregel> regels = service.monitorVoor(g, p);
    if (formaat != null) {
      List<String> kop = new ArrayList<>(List.of(msg("mobiliteit.monitor.regio", locale), msg("mobiliteit.monitor.periode", locale),
          msg("mobiliteit.monitor.aangemeld", locale)));
      for (Categorie c : Categorie.values()) kop.add(msg("mobiliteit.categorie." + c, locale));
      kop.addAll(List.of(msg("mobiliteit.monitor.jongeren", locale), msg("mobiliteit.monitor.zelfmelders", locale),
          msg("mobiliteit.monitor.nietInAanmerking", locale), msg("mobiliteit.monitor.inBehandeling", locale),
          msg("mobiliteit.monitor.casussen", locale)));
      for (Dienstsoort d : Dienstsoort.values()) kop.add(msg("mobiliteit.dienst." + d, locale));
      for (Clientuitkomst u : Clientuitkomst.values()) kop.add(msg("mobiliteit.uitkomst." + u, locale));
      List<List<String>> rijen = new ArrayList<>();
      for (Monitorregel r : regels) {
        List<String> rij = new ArrayList<>(List.of(r.regiocode() == null ? msg("mobiliteit.monitor.landelijk", locale) : r.regiocode(),
            p.toString(), MonitorBerekening.toon(r.aangemeld())));
        for (Categorie c : Categorie.values()) rij.add(MonitorBerekening.toon(r.perCategorie().get(c)));
        rij.addAll(List.of(MonitorBerekening.toon(r.jongeren()), MonitorBerekening.toon(r.zelfmelders()),
            MonitorBerekening.toon(r.nietInAanmerking()), MonitorBerekening.toon(r.inBehandeling()), MonitorBerekening.toon(r.casusbesprekingen())));
        for (Dienstsoort d : Dienstsoort.values()) rij.add(MonitorBerekening.toon(r.diensten().get(d)));
        for (Clientuitkomst u : Clientuitkomst.values()) rij.add(MonitorBerekening.toon(r.afgesloten().get(u)));
        rijen.add(rij);
      }
      return Export.tabel(formaat, "rmt-monitor-" + p, kop, rijen);
    }
    model.addAttribute("regels", regels);
    model.addAttribute("periode", p);
    model.addAttribute("vorige", p.vorige());
    model.addAttribute("volgende", p.volgende().begin().isAfter(LocalDate.now(TIJDZONE)) ? null : p.volgende());
    model.addAttribute("categorieen", Categorie.values());
    model.addAttribute("dienstsoorten", Dienstsoort.values());
    model.addAttribute("uitkomsten", Clientuitkomst.values());
    return "mobiliteit/monitor";
  }

  private static Periode periode(Integer jaar, Integer nummer) {
    Periode nu = Periode.van(LocalDate.now(TIJDZONE));
    if (jaar == null || nummer == null) return nu;
    if (nummer < 1 || nummer > 6 || jaar < 2020 || jaar > nu.jaar()) {
      throw new nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException("periode", "Kies een jaar vanaf 2020 en een periode van 1 tot en met 6.");
    }
    return new Periode(jaar, nummer);
  }

  private String intakePagina(Model model) {
    model.addAttribute("situaties", Situatie.values());
    model.addAttribute("categorieen", Categorie.values());
    model.addAttribute("herkomsten", List.of(Herkomst.GEMEENTE, Herkomst.UWV, Herkomst.VAKBOND, Herkomst.WERKGEVER, Herkomst.ZELFMELDING));
    model.addAttribute("zelf", false);
    return "mobiliteit/intake";
  }

  private static void melding(RedirectAttributes redirect, Map<String, String> fouten, String gelukt) {
    if (fouten.isEmpty()) redirect.addFlashAttribute("melding", gelukt);
    else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
  }

  private String msg(String sleutel, Locale locale) {
    return berichten.getMessage(sleutel, null, sleutel, locale);
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
