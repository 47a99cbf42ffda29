package nl.perspectiefopwerk.financiering.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.beoordeling.ActieplanGoedgekeurd;
import nl.perspectiefopwerk.financiering.FinancieringService;
import nl.perspectiefopwerk.financiering.persistence.FinancieringRepository;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: bestedingen per activiteit (een deel van het geld blijft onbesteed) en de besluiten over de tweede tranche op
 * 1 maart 2020, gemeten op 27 februari 2020. De regio die weinig aanwezig was en niet rapporteerde, krijgt haar
 * tweede tranche niet; het besluit noemt welke voorwaarden niet zijn vervuld.
 */
@Component
@Profile("demo")
class FinancieringDemoData implements DemoDataBijdrager {

  private final FinancieringService service;
  private final FinancieringRepository repository;
  private final ActieplanApi actieplannen;

  FinancieringDemoData(FinancieringService service, FinancieringRepository repository, ActieplanApi actieplannen) {
    this.service = service;
    this.repository = repository;
    this.actieplannen = actieplannen;
  }

  @Override
  public int volgorde() {
    return 560;
  }

  @Override
  public void vulAan() {
    HuidigeGebruiker min = new HuidigeGebruiker(GebruikerId.nieuw(), "ministerie@nl", "Demo Ministerie", Rol.MINISTERIE, null,
        "Ministerie van Sociale Zaken en Werkgelegenheid", OrganisatieType.MINISTERIE, List.of());
    List<Actieplan> plannen = actieplannen.plannen();
    for (int i = 0; i < plannen.size(); i++) {
      Actieplan p = plannen.get(i);
      if (p.goedgekeurdOp() == null) continue;
      // Tranche 1 volgt op het event na de goedkeuring; dit vangt een onderbroken demo-opbouw op (idempotent).
      service.kenTranche1Toe(new ActieplanGoedgekeurd(p.id(), p.regiocode(), p.goedgekeurdOp(), p.looptijdTot(), p.venster()));
      HuidigeGebruiker c = new HuidigeGebruiker(GebruikerId.nieuw(), "coordinator@" + p.regiocode().toLowerCase(java.util.Locale.ROOT),
          "Demo Regiocoördinator", Rol.REGIOCOORDINATOR, null, "Centrumgemeente", OrganisatieType.GEMEENTE, List.of(p.regiocode()));
      if (!repository.heeftBestedingen(p.regiocode())) {
        for (int k = 0; k < p.activiteiten().size(); k++) {
          var a = p.activiteiten().get(k);
          long deel = a.budgetCent() * (30 + (i * 11 + k * 17) % 60) / 100;
          if (deel <= 0) continue;
          service.legBestedingVast(c, a.id(), a.financieringsvorm(), nl.perspectiefopwerk.actieplan.Bedrag.invoer(deel),
              (k % 2 == 0 ? "Inzet projectleider " : "Opdracht uitvoering ") + a.thema().toLowerCase(java.util.Locale.ROOT),
              LocalDate.of(2019, 11, 1).plusDays((i * 7L + k * 23L) % 200));
        }
      }
      if (service.tranches(p.regiocode()).stream().noneMatch(t -> t.nummer() == 2)) {
        boolean zwak = i == 20;
        service.besluitTranche2Op(min, p.regiocode(), !zwak, true, zwak
                ? "De regio was bij één van de vier landelijke bijeenkomsten en leverde geen voortgangsrapportage aan."
                : "Goede voortgang volgens de voortgangsevaluatie van februari 2020.",
            LocalDate.of(2020, 2, 27), LocalDate.of(2020, 3, 1).atTime(LocalTime.of(10, 0)).atZone(Programmaklok.TIJDZONE).toInstant());
      }
    }
  }
}
