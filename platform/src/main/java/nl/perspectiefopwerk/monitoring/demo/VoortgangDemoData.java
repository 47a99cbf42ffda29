package nl.perspectiefopwerk.monitoring.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.monitoring.ActiviteitStatus;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstRepository;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstService;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangRepository;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService.RapportageFormulier;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: aanwezigheid en inbreng bij de landelijke bijeenkomsten, voortgangsrapportages (2019-Q4 en, voor de helft
 * van de regio's, 2020-Q2 met de gevolgen van Covid-19) en een eerste ronde voortgangsgesprekken in december 2019.
 * Eén regio (de 21e) is maar bij één bijeenkomst en rapporteert niet: haar tweede tranche wordt geweigerd.
 */
@Component
@Profile("demo")
class VoortgangDemoData implements DemoDataBijdrager {

  /** De regio die de voorwaarden voor de tweede tranche niet haalt. */
  static final int ZWAK = 20;

  private final BijeenkomstService bijeenkomsten;
  private final BijeenkomstRepository bijeenkomstRepository;
  private final VoortgangService voortgang;
  private final VoortgangRepository voortgangRepository;
  private final ActieplanApi actieplannen;

  VoortgangDemoData(BijeenkomstService bijeenkomsten, BijeenkomstRepository bijeenkomstRepository, VoortgangService voortgang,
      VoortgangRepository voortgangRepository, ActieplanApi actieplannen) {
    this.bijeenkomsten = bijeenkomsten;
    this.bijeenkomstRepository = bijeenkomstRepository;
    this.voortgang = voortgang;
    this.voortgangRepository = voortgangRepository;
    this.actieplannen = actieplannen;
  }

  @Override
  public int volgorde() {
    return 540;
  }

  @Override
  public void vulAan() {
    HuidigeGebruiker ot = BijeenkomstDemoData.landelijk("ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM);
    List<Actieplan> plannen = actieplannen.plannen();
    List<Bijeenkomst> landelijk = bijeenkomstRepository.vanSoort(BijeenkomstSoort.LANDELIJK);
    if (plannen.isEmpty() || landelijk.isEmpty()) return;
    if (bijeenkomstRepository.deelnames(landelijk.getFirst().id()).isEmpty()) {
      for (int m = 0; m < landelijk.size(); m++) {
        Map<String, Boolean> aanwezig = new LinkedHashMap<>();
        for (int i = 0; i < plannen.size(); i++) aanwezig.put(plannen.get(i).regiocode(), aanwezig(i, m));
        bijeenkomsten.legAanwezigheidVast(ot, landelijk.get(m).id(), aanwezig);
        for (int i = 0; i < plannen.size(); i++) {
          if (i % 4 != m % 4 || !aanwezig(i, m)) continue;
          String regio = plannen.get(i).regiocode();
          bijeenkomsten.legInbrengVast(coordinator(regio), landelijk.get(m).id(),
              "De werkfit-gesprekken lopen; " + (10 + i) + " kandidaten zijn inmiddels in het regionale bestand opgenomen.",
              i % 2 == 0 ? "Gemeenten en UWV werken nog met verschillende systemen; het bestand is daardoor niet actueel."
                  : "Werkgevers haken af als het eerste gesprek te lang op zich laat wachten. Onze eerste matchingsdag mislukte door te weinig kandidaten.",
              "Een vaste contactpersoon per werkgever werkt goed; jobcarving in de zorg leverde twaalf nieuwe plekken op.",
              i % 8 == 0 ? "Landelijk afspraken maken over het delen van gegevens tussen gemeente en UWV." : "");
        }
      }
    }
    for (int i = 0; i < plannen.size(); i++) {
      Actieplan p = plannen.get(i);
      if (!voortgangRepository.rapportages(p.regiocode()).isEmpty() || p.goedgekeurdOp() == null) continue;
      HuidigeGebruiker c = coordinator(p.regiocode());
      if (i != ZWAK) {
        voortgang.dienRapportageInOp(c, rapportage(p, "2019-Q4", 8 + (i * 5) % 30, false),
            LocalDate.of(2020, 1, 10 + i % 15).atTime(LocalTime.NOON).atZone(Programmaklok.TIJDZONE).toInstant());
        if (i % 2 == 0) {
          voortgang.dienRapportageInOp(c, rapportage(p, "2020-Q2", 20 + (i * 7) % 50, true),
              LocalDate.of(2020, 7, 1 + i % 20).atTime(LocalTime.NOON).atZone(Programmaklok.TIJDZONE).toInstant());
        }
      }
      if (voortgangRepository.aantalGesprekken(p.regiocode()) == 0) {
        voortgang.legGesprekVast(ot, p.regiocode(), LocalDate.of(2019, 12, 2 + i % 18), "Voortgangsgesprek ronde 1 met de"
            + " regiocoördinator en de WSP-manager. De aanpak staat; " + (i % 3 == 0 ? "de pijler scholing loopt achter." : "de samenwerking"
            + " met UWV verloopt goed.") + " Afgesproken: volgende rapportage in januari.");
      }
    }
  }

  /** Iedereen is er meestal; de zwakke regio alleen bij de eerste bijeenkomst; een paar regio's missen er één. */
  private static boolean aanwezig(int regio, int bijeenkomst) {
    if (regio == ZWAK) return bijeenkomst == 0;
    return (regio + bijeenkomst) % 9 != 4;
  }

  private static RapportageFormulier rapportage(Actieplan p, String periode, int matches, boolean covid) {
    Map<UUID, ActiviteitStatus> standen = new LinkedHashMap<>();
    Map<UUID, String> toelichting = new LinkedHashMap<>();
    ActiviteitStatus[] normaal = {ActiviteitStatus.GESTART, ActiviteitStatus.GESTART, ActiviteitStatus.VERTRAAGD, ActiviteitStatus.NIET_GESTART};
    ActiviteitStatus[] corona = {ActiviteitStatus.ONLINE_AANGEPAST, ActiviteitStatus.AFGESLANKT, ActiviteitStatus.VERTRAAGD, ActiviteitStatus.AFGEROND};
    for (int k = 0; k < p.activiteiten().size(); k++) {
      ActiviteitStatus s = (covid ? corona : normaal)[k % 4];
      standen.put(p.activiteiten().get(k).id(), s);
      if (s == ActiviteitStatus.VERTRAAGD) toelichting.put(p.activiteiten().get(k).id(), "Projectleider pas later aangesteld.");
    }
    return new RapportageFormulier(periode, matches, covid ? "Door de lockdown konden fysieke matchingsdagen niet doorgaan." : "",
        "Rapportage over " + periode + ".", standen, toelichting);
  }

  static HuidigeGebruiker coordinator(String regio) {
    return new HuidigeGebruiker(GebruikerId.nieuw(), "coordinator@" + regio.toLowerCase(java.util.Locale.ROOT), "Demo Regiocoördinator",
        Rol.REGIOCOORDINATOR, null, "Centrumgemeente", OrganisatieType.GEMEENTE, List.of(regio));
  }
}
