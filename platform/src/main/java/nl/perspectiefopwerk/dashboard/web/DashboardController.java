package nl.perspectiefopwerk.dashboard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.dashboard.Dashboardberekening;
import nl.perspectiefopwerk.dashboard.Dashboardgegevens;
import nl.perspectiefopwerk.dashboard.Feiten;
import nl.perspectiefopwerk.dashboard.GeldFeit;
import nl.perspectiefopwerk.dashboard.OrganisatieFeiten;
import nl.perspectiefopwerk.dashboard.Onderdrukking;
import nl.perspectiefopwerk.dashboard.RegioFeiten;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Het landelijke dashboard (ministerie, stuurgroep, ondersteuningsteam, evaluator) en het regionale
 * dashboard (regiocoördinator van die regio; landelijke rollen mogen meekijken), met exports als CSV,
 * XLSX en een kwartaalrapportage als PDF. Alles geaggregeerd; kleine aantallen onderdrukt.
 */
@Controller
class DashboardController {

  static final String LANDELIJK = "hasAnyRole('ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Dashboardgegevens gegevens;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  DashboardController(Dashboardgegevens gegevens, ToegangApi toegang, MessageSource berichten) {
    this.gegevens = gegevens;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  @GetMapping("/monitoring")
  @PreAuthorize(LANDELIJK)
  String landelijk(Model model) {
    Feiten f = gegevens.feiten();
    Weergave w = weergave(f);
    List<RegioFeiten> regios = f.regios();
    model.addAttribute("berekendOp", w.berekendOp());
    model.addAttribute("kernTekst", kerntekst(w, regios));
    model.addAttribute("tegels", w.tegels(regios));
    model.addAttribute("tabellen", landelijkeTabellen(w, f));
    model.addAttribute("grafieken", grafieken(w.realisatieGrafiek(regios), w.trechterGrafiek(regios), w.maandGrafiek(null)));
    return "monitoring/landelijk";
  }

  @GetMapping("/monitoring/mijn-regio")
  @PreAuthorize("hasRole('REGIOCOORDINATOR')")
  String mijnRegio() {
    String regio = gebruiker().hoofdregio();
    if (regio == null) throw new AccessDeniedException("Uw account hoort niet bij een regio.");
    return "redirect:/monitoring/regio/" + regio;
  }

  @GetMapping("/monitoring/regio/{code}")
  String regionaal(@PathVariable String code, Model model) {
    RegioFeiten r = regio(code);
    Feiten f = gegevens.feiten();
    Weergave w = weergave(f);
    model.addAttribute("regio", r);
    model.addAttribute("berekendOp", w.berekendOp());
    model.addAttribute("kernTekst", kerntekst(w, List.of(r)));
    model.addAttribute("tabellen", regionaleTabellen(w, f, r));
    model.addAttribute("grafieken", grafieken(w.trechterGrafiek(List.of(r)), w.maandGrafiek(r.regiocode())));
    return "monitoring/regionaal";
  }

  @PostMapping("/monitoring/herberekenen")
  @PreAuthorize(LANDELIJK + " or hasRole('REGIOCOORDINATOR')")
  String herbereken(@RequestParam(required = false) String regio) {
    gegevens.ververs();
    if (regio != null && regio.matches("AM\\d{2}")) return "redirect:/monitoring/regio/" + regio;
    return "redirect:/monitoring";
  }

  @GetMapping("/monitoring/export/{tabel}")
  ResponseEntity<byte[]> export(
      @PathVariable String tabel, @RequestParam(defaultValue = "csv") String formaat, @RequestParam(required = false) String regio) {
    if (regio != null && regio.isBlank()) regio = null;
    Feiten f = gegevens.feiten();
    Weergave w = weergave(f);
    List<Tabel> tabellen = regio == null ? landelijkeTabellenVoorLandelijk(w, f) : regionaleTabellen(w, f, regio(regio));
    Tabel t = tabellen.stream().filter(x -> x.id().equals(tabel)).findFirst()
        .orElseThrow(() -> new NietGevondenException("Onbekende tabel: " + tabel));
    String naam = "pow-" + (regio == null ? "landelijk" : regio.toLowerCase(Locale.ROOT)) + "-" + t.id() + "-" + LocalDate.now();
    return Export.tabel(formaat, naam, t.kop(), t.rijen());
  }

  @GetMapping("/monitoring/rapport")
  @PreAuthorize(LANDELIJK)
  ResponseEntity<byte[]> landelijkRapport() {
    Feiten f = gegevens.feiten();
    Weergave w = weergave(f);
    Pdf pdf = Pdf.nieuw(w.t("monitoring.rapport.titelLandelijk", Weergave.kwartaal(f.peildatum())));
    pdf.alinea(w.t("monitoring.rapport.inleiding", w.berekendOp(), Onderdrukking.DREMPEL));
    pdf.alinea(kerntekst(w, f.regios()));
    for (Tabel t : landelijkeTabellen(w, f)) if (!t.isLeeg()) pdf.kop(t.titel()).tabel(t.kop(), t.rijen());
    pdf.voetnoot(w.t("monitoring.rapport.voetnoot"));
    return Export.pdf(pdf.klaar(), "pow-kwartaalrapportage-landelijk-" + Weergave.kwartaal(f.peildatum()));
  }

  @GetMapping("/monitoring/regio/{code}/rapport")
  ResponseEntity<byte[]> regionaalRapport(@PathVariable String code) {
    RegioFeiten r = regio(code);
    Feiten f = gegevens.feiten();
    Weergave w = weergave(f);
    Pdf pdf = Pdf.nieuw(w.t("monitoring.rapport.titelRegio", r.naam(), Weergave.kwartaal(f.peildatum())));
    pdf.alinea(w.t("monitoring.rapport.inleiding", w.berekendOp(), Onderdrukking.DREMPEL));
    pdf.alinea(kerntekst(w, List.of(r)));
    for (Tabel t : regionaleTabellen(w, f, r)) if (!t.isLeeg()) pdf.kop(t.titel()).tabel(t.kop(), t.rijen());
    pdf.voetnoot(w.t("monitoring.rapport.voetnoot"));
    return Export.pdf(pdf.klaar(), "pow-kwartaalrapportage-" + r.regiocode().toLowerCase(Locale.ROOT) + "-" + Weergave.kwartaal(f.peildatum()));
  }

  private List<Tabel> landelijkeTabellenVoorLandelijk(Weergave w, Feiten f) {
    HuidigeGebruiker g = gebruiker();
    if (!g.isNationaal() || g.rol() == Rol.BEHEERDER) throw new AccessDeniedException("Alleen landelijke rollen zien het landelijke overzicht.");
    return landelijkeTabellen(w, f);
  }

  private List<Tabel> landelijkeTabellen(Weergave w, Feiten f) {
    List<RegioFeiten> regios = f.regios();
    return List.of(w.realisatie(regios), w.trechter(regios), w.maanden(null), w.plannen(regios), w.geld(f.geld()),
        w.geldPerRegio(regios), w.aanwezigheid(regios), w.themas(regios), w.actualiteit(regios));
  }

  private List<Tabel> regionaleTabellen(Weergave w, Feiten f, RegioFeiten r) {
    List<RegioFeiten> een = List.of(r);
    List<GeldFeit> geld = f.geld().stream().filter(g -> g.regiocode().equals(r.regiocode())).toList();
    return List.of(w.realisatie(een), w.trechter(een), w.maanden(r.regiocode()), organisaties(w, r.regiocode()), w.geld(geld),
        w.geldPerRegio(een), w.aanwezigheid(een), w.themas(een), w.actualiteit(een));
  }

  private Tabel organisaties(Weergave w, String regiocode) {
    List<List<String>> rijen = new java.util.ArrayList<>();
    for (OrganisatieFeiten o : gegevens.perOrganisatie(regiocode, w.t("monitoring.zelfmelding"))) {
      rijen.add(List.of(o.organisatie(), Onderdrukking.toon(o.geidentificeerd()), Onderdrukking.toon(o.werkfit()),
          Onderdrukking.toon(o.inBestand()), Onderdrukking.toon(o.verouderd())));
    }
    return new Tabel("organisaties", w.t("monitoring.organisaties.titel"),
        List.of(w.t("monitoring.kolom.organisatie"), w.t("monitoring.stap.GEIDENTIFICEERD"), w.t("monitoring.stap.WERKFIT"),
            w.t("monitoring.stap.IN_BESTAND"), w.t("monitoring.kolom.verouderd")),
        List.of(false, true, true, true, true), rijen);
  }

  private String kerntekst(Weergave w, List<RegioFeiten> regios) {
    Dashboardberekening.Kerncijfers k = Dashboardberekening.kerncijfers(regios, nl.perspectiefopwerk.actieplan.PlanStatus.GOEDGEKEURD.name());
    return w.t("monitoring.kern.tekst", k.plannenGoedgekeurd(), k.regios(), Onderdrukking.toon(k.plaatsingen()), k.ambitie(),
        Onderdrukking.toon(k.duurzaam()), w.euro(k.betaaldCent()), w.euro(k.toegekendCent()), w.euro(k.bestedCent()));
  }

  /** De regio, als de kijker haar mag zien: landelijke rollen alle, de regiocoördinator de eigen. */
  private RegioFeiten regio(String code) {
    HuidigeGebruiker g = gebruiker();
    boolean landelijk = g.isNationaal() && g.rol() != Rol.BEHEERDER;
    boolean eigenRegio = g.rol() == Rol.REGIOCOORDINATOR && g.werktInRegio(code);
    if (!landelijk && !eigenRegio) throw new AccessDeniedException("Alleen de regiocoördinator van deze regio en landelijke rollen.");
    Optional<RegioFeiten> r = gegevens.feiten().regios().stream().filter(x -> x.regiocode().equals(code)).findFirst();
    return r.orElseThrow(() -> new NietGevondenException("Onbekende regio: " + code));
  }

  private HuidigeGebruiker gebruiker() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }

  private Weergave weergave(Feiten f) {
    return new Weergave(berichten, LocaleContextHolder.getLocale(), f);
  }

  /** Per tabel-id de grafiek erboven (als JSON voor grafiek.js), met de titel voor het toegankelijke label. */
  private static java.util.Map<String, GrafiekBlok> grafieken(Grafiek... gs) {
    java.util.Map<String, GrafiekBlok> uit = new java.util.HashMap<>();
    for (Grafiek g : gs) if (!g.labels().isEmpty()) uit.put(g.tabelId(), new GrafiekBlok(g.id(), g.titel(), JSON.writeValueAsString(g)));
    return uit;
  }

  public record GrafiekBlok(String id, String titel, String json) {}
}
