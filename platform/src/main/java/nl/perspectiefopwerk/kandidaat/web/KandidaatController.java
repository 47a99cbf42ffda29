package nl.perspectiefopwerk.kandidaat.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Doelgroep;
import nl.perspectiefopwerk.kandidaat.IdentiteitService;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeUitkomst;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.kandidaat.domain.Toestemmingsregister.Besluit;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Kandidaten voor consulent en regioloket (met identiteit), en "mijn gegevens" voor de kandidaat zelf. */
@Controller
class KandidaatController {

  private final KandidaatService service;
  private final KandidaatApi api;
  private final IdentiteitService identiteit;
  private final KandidaatRepository repository;
  private final ToegangApi toegang;
  private final TaxonomieApi taxonomie;

  KandidaatController(KandidaatService service, KandidaatApi api, IdentiteitService identiteit, KandidaatRepository repository,
      ToegangApi toegang, TaxonomieApi taxonomie) {
    this.service = service;
    this.api = api;
    this.identiteit = identiteit;
    this.repository = repository;
    this.toegang = toegang;
    this.taxonomie = taxonomie;
  }

  @GetMapping("/kandidaten")
  @PreAuthorize("hasAnyRole('CONSULENT', 'REGIOLOKET')")
  String lijst(@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina, Model model) {
    HuidigeGebruiker g = ik();
    UUID organisatie = g.rol() == Rol.CONSULENT ? g.organisatieId().waarde() : null;
    String regio = g.rol() == Rol.REGIOLOKET ? g.hoofdregio() : null;
    var resultaat = repository.zoek(organisatie, regio, zoek, new PaginaVerzoek(Math.max(1, pagina), 50));
    identiteit.registreerLijstinzage(g, resultaat.items());
    model.addAttribute("pagina", resultaat);
    model.addAttribute("zoek", zoek);
    if (organisatie != null) model.addAttribute("volledigheidOrganisatie", service.volledigheidVanOrganisatie(organisatie));
    model.addAttribute("basis", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("pagina").build().toUriString());
    return "kandidaat/lijst";
  }

  @GetMapping("/kandidaten/nieuw")
  @PreAuthorize("hasRole('CONSULENT')")
  String intakeFormulier(Model model) {
    model.addAttribute("formulier", IntakeFormulier.leeg());
    return intakePagina(model);
  }

  @PostMapping("/kandidaten")
  @PreAuthorize("hasRole('CONSULENT')")
  String neemIn(@ModelAttribute("formulier") IntakeFormulier formulier, Model model, RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    if (g.organisatieType() != OrganisatieType.GEMEENTE && g.organisatieType() != OrganisatieType.UWV) {
      throw new AccessDeniedException("Alleen consulenten van een gemeente of UWV doen intakes.");
    }
    List<String> beroepen = new ArrayList<>();
    for (String b : formulier.beroepen()) {
      if (b == null || b.isBlank()) continue;
      taxonomie.suggestiesBeroepen(b, 1).stream().findFirst().ifPresentOrElse(r -> beroepen.add(r.item().id()), () -> beroepen.add(b.strip()));
    }
    List<String> vaardigheden = new ArrayList<>();
    for (String v : formulier.vaardighedenLijst()) {
      vaardigheden.add(taxonomie.suggestiesVaardigheden(v, 1).stream().findFirst()
          .filter(r -> r.item().naam().equalsIgnoreCase(v)).map(r -> r.item().id()).orElse(v));
    }
    IntakeGegevens gegevens = formulier.naarGegevens(beroepen, vaardigheden);
    String bron = g.organisatieType() == OrganisatieType.UWV ? "uwv" : "gemeente:" + g.organisatieId();
    IntakeUitkomst uitkomst = api.neemIn(gegevens, new KandidaatApi.Herkomst(g.organisatieId().waarde(), bron, null, g.gebruikersnaam()));
    return switch (uitkomst) {
      case IntakeUitkomst.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten().geordend());
        yield intakePagina(model);
      }
      case IntakeUitkomst.Aangemaakt a -> {
        redirect.addFlashAttribute("melding", "kandidaat.intake.aangemaakt");
        yield "redirect:/kandidaten/" + a.id();
      }
      case IntakeUitkomst.Bijgewerkt b -> {
        redirect.addFlashAttribute("melding", "kandidaat.intake.bekend");
        yield "redirect:/kandidaten/" + b.id();
      }
    };
  }

  private String intakePagina(Model model) {
    model.addAttribute("niveaus", Opleidingsniveau.values());
    model.addAttribute("doelgroepenLijst", Doelgroep.values());
    model.addAttribute("werkvormen", Werkvorm.values());
    return "kandidaat/intake";
  }

  @GetMapping("/kandidaten/{id}")
  @PreAuthorize("hasAnyRole('CONSULENT', 'REGIOLOKET')")
  String detail(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    var inzage = identiteit.bekijk(g, new KandidaatId(id), "Dossier bekijken voor bemiddeling naar werk");
    vulDetail(model, inzage, g);
    return "kandidaat/detail";
  }

  @PostMapping("/kandidaten/{id}/werkfit")
  @PreAuthorize("hasRole('CONSULENT')")
  String werkfit(
      @PathVariable UUID id,
      @RequestParam WerkfitGraad graad,
      @RequestParam(required = false) List<Werkvorm> werkvormen,
      @RequestParam(required = false) List<Instrument> instrumenten,
      @RequestParam(required = false) String stappen,
      RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    eigenKandidaat(g, id);
    try {
      service.beoordeelWerkfit(new KandidaatId(id), service.nieuweBeoordeling(graad, werkvormen, instrumenten, stappen, g.gebruikersnaam()));
      redirect.addFlashAttribute("melding", "kandidaat.werkfit.opgeslagen");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("fout", "kandidaat.werkfit.geenWerkvorm");
    }
    return "redirect:/kandidaten/" + id + "#werkfit";
  }

  @PostMapping("/kandidaten/{id}/toestemming")
  @PreAuthorize("hasRole('CONSULENT')")
  String toestemming(@PathVariable UUID id, @RequestParam String actie, RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    eigenKandidaat(g, id);
    Besluit b = "intrekken".equals(actie)
        ? service.trekBestandstoestemmingIn(new KandidaatId(id), g.gebruikersnaam())
        : service.geefBestandstoestemming(new KandidaatId(id), Toestemming.Wijze.OP_PAPIER_DOOR_CONSULENT, g.gebruikersnaam());
    redirect.addFlashAttribute("melding", melding(b));
    return "redirect:/kandidaten/" + id + "#toestemming";
  }

  @GetMapping("/mijn-gegevens")
  @PreAuthorize("hasRole('KANDIDAAT')")
  String mijnGegevens(Model model) {
    HuidigeGebruiker g = ik();
    KandidaatRij k = repository.metGebruikersnaam(g.gebruikersnaam()).orElse(null);
    if (k == null) return "kandidaat/geen-profiel";
    var inzage = identiteit.bekijk(g, new KandidaatId(k.id()), "Eigen gegevens bekijken");
    vulDetail(model, inzage, g);
    model.addAttribute("inzagen", identiteit.inzagen(new KandidaatId(k.id())).stream()
        .filter(v -> !v.gebruiker().equals(g.gebruikersnaam())).toList());
    return "kandidaat/mijn-gegevens";
  }

  @PostMapping("/mijn-gegevens/toestemming")
  @PreAuthorize("hasRole('KANDIDAAT')")
  String mijnToestemming(@RequestParam String actie, RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    KandidaatRij k = repository.metGebruikersnaam(g.gebruikersnaam()).orElseThrow(() -> new NietGevondenException("Geen profiel"));
    Besluit b = "intrekken".equals(actie)
        ? service.trekBestandstoestemmingIn(new KandidaatId(k.id()), g.gebruikersnaam())
        : service.geefBestandstoestemming(new KandidaatId(k.id()), Toestemming.Wijze.DOOR_KANDIDAAT, g.gebruikersnaam());
    redirect.addFlashAttribute("melding", melding(b));
    return "redirect:/mijn-gegevens#toestemming";
  }

  @PostMapping("/mijn-gegevens/bevestig")
  @PreAuthorize("hasRole('KANDIDAAT')")
  String bevestig(RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    KandidaatRij k = repository.metGebruikersnaam(g.gebruikersnaam()).orElseThrow(() -> new NietGevondenException("Geen profiel"));
    service.bevestig(new KandidaatId(k.id()));
    redirect.addFlashAttribute("melding", "kandidaat.bevestigd.opgeslagen");
    return "redirect:/mijn-gegevens";
  }

  private void vulDetail(Model model, IdentiteitService.KandidaatInzage inzage, HuidigeGebruiker g) {
    model.addAttribute("inzage", inzage);
    model.addAttribute("k", inzage.kandidaat());
    model.addAttribute("beroepNamen", inzage.beroepen().stream().map(b -> taxonomie.beroepKort(b).map(x -> x.naam()).orElse(b)).toList());
    model.addAttribute("vaardigheidNamen", inzage.vaardigheden().stream().map(v -> taxonomie.vaardigheidKort(v).map(x -> x.naam()).orElse(v)).toList());
    model.addAttribute("zichtbaar", inzage.zichtbaarheid() instanceof nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid.Uitkomst.Zichtbaar);
    model.addAttribute("reden", inzage.zichtbaarheid() instanceof nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid.Uitkomst.Verborgen v ? v.reden().name() : null);
    model.addAttribute("bestandstoestemming", inzage.toestemmingen().stream().anyMatch(t -> t.isActief() && t.soort() == Toestemming.Soort.BESTAND));
    model.addAttribute("magBeoordelen", IdentiteitService.magOndersteuningZien(g, inzage.kandidaat()));
    model.addAttribute("volledigheid", service.volledigheid(inzage.kandidaat()));
    model.addAttribute("graden", WerkfitGraad.values());
    model.addAttribute("werkvormen", Werkvorm.values());
    model.addAttribute("instrumentenLijst", Instrument.values());
  }

  private void eigenKandidaat(HuidigeGebruiker g, UUID id) {
    KandidaatRij k = service.vind(new KandidaatId(id));
    if (!IdentiteitService.magOndersteuningZien(g, k)) throw new AccessDeniedException("Alleen de consulent van de eigen organisatie.");
  }

  private static String melding(Besluit b) {
    return switch (b) {
      case Besluit.Gegeven x -> "kandidaat.toestemming.gegeven";
      case Besluit.Ingetrokken x -> "kandidaat.toestemming.ingetrokken";
      case Besluit.Afgewezen x -> "kandidaat.toestemming.ongewijzigd";
    };
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }

  /** Het intakeformulier zoals de browser het stuurt. */
  record IntakeFormulier(
      String voornaam, String achternaam, String bsn,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate geboortedatum,
      String straat, String huisnummer, String postcode, String woonplaats, String email, String telefoon,
      Set<Doelgroep> doelgroepen, Opleidingsniveau opleidingsniveau, Boolean startkwalificatie,
      String beroep1, String beroep2, String vaardigheden, String talen, Boolean rijbewijs, Integer urenPerWeek, Integer maxReisafstandKm,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beschikbaarVanaf, List<Werkvorm> werkvormwensen,
      String sectorwensen, Boolean mobiliteit, Boolean kinderopvang, Boolean schulden, Boolean gezondheid) {

    static IntakeFormulier leeg() {
      return new IntakeFormulier(null, null, null, null, null, null, null, null, null, null, EnumSet.noneOf(Doelgroep.class), null, false,
          null, null, null, "Nederlands", false, 32, 25, LocalDate.now(), List.of(), null, false, false, false, false);
    }

    List<String> beroepen() {
      List<String> b = new ArrayList<>();
      b.add(beroep1);
      b.add(beroep2);
      return b;
    }

    List<String> vaardighedenLijst() {
      if (vaardigheden == null) return List.of();
      return java.util.Arrays.stream(vaardigheden.split("[,;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    IntakeGegevens naarGegevens(List<String> beroepIds, List<String> vaardigheidIds) {
      return new IntakeGegevens(voornaam, achternaam, bsn, geboortedatum, straat, huisnummer, postcode, woonplaats, email, telefoon,
          doelgroepen, opleidingsniveau, ja(startkwalificatie), beroepIds, vaardigheidIds,
          talen == null ? List.of() : List.of(talen.split("[,;]")), ja(rijbewijs), urenPerWeek, maxReisafstandKm, beschikbaarVanaf,
          werkvormwensen, sectorwensen,
          new IntakeGegevens.Ondersteuningsbehoefte(ja(mobiliteit), ja(kinderopvang), ja(schulden), ja(gezondheid)));
    }

    private static boolean ja(Boolean b) {
      return Boolean.TRUE.equals(b);
    }
  }
}
