package nl.perspectiefopwerk.beoordeling.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.Indienvenster;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.beoordeling.BeoordelingService;
import nl.perspectiefopwerk.beoordeling.Criterium;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: de beoordeling volgens de kalender van 2019. Het ondersteuningsteam toetst twee weken na indiening; vijf
 * regio's krijgen hun plan één keer terug (analyse of ondertekening niet in orde) en dienen een week later opnieuw
 * in. De stuurgroep adviseert op 21 mei (septembervenster) of 27 augustus (decembervenster); het ministerie besluit
 * half juni respectievelijk begin september. Zo komen negen regio's in de septembercirculaire en 26 in december.
 */
@Component
@Profile("demo")
class BeoordelingDemoData implements DemoDataBijdrager {

  private static final Set<Integer> TERUG = Set.of(2, 6, 11, 19, 30);

  private final BeoordelingService service;
  private final ActieplanApi actieplannen;

  BeoordelingDemoData(BeoordelingService service, ActieplanApi actieplannen) {
    this.service = service;
    this.actieplannen = actieplannen;
  }

  @Override
  public int volgorde() {
    return 520;
  }

  @Override
  public void vulAan() {
    HuidigeGebruiker ot = landelijk("ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM);
    HuidigeGebruiker sg = landelijk("stuurgroep@nl", Rol.STUURGROEP);
    HuidigeGebruiker min = landelijk("ministerie@nl", Rol.MINISTERIE);
    List<Bijeenkomst> vergaderingen = service.stuurgroepvergaderingen();
    if (vergaderingen.size() < 2) return;
    List<Actieplan> plannen = actieplannen.plannen();
    for (int i = 0; i < plannen.size(); i++) {
      Actieplan p = plannen.get(i);
      if (p.status() != PlanStatus.INGEDIEND || p.versienummer() != 1 || p.ingediendOp() == null) continue;
      LocalDate ingediend = LocalDate.ofInstant(p.ingediendOp(), Programmaklok.TIJDZONE);
      boolean september = p.venster() == Indienvenster.SEPTEMBERCIRCULAIRE;
      LocalDate toets = ingediend.plusDays(10);
      if (TERUG.contains(i)) {
        Map<Onderdeel, Boolean> inOrde = alles(true);
        Onderdeel fout = i % 2 == 0 ? Onderdeel.ANALYSE : Onderdeel.ONDERTEKENING;
        inOrde.put(fout, false);
        service.toetsOp(ot, p.id(), p.versie(), inOrde, Map.of(fout, fout == Onderdeel.ANALYSE
                ? "De analyse noemt geen cijfers over de vraag van werkgevers; voeg UWV Regio in beeld toe."
                : "De handtekening van de werkgeversvertegenwoordiger is niet gedateerd in de ondertekende versie."),
            "Graag aanvullen en opnieuw indienen.", moment(toets, 14));
        Actieplan terug = actieplannen.plan(p.id()).orElseThrow();
        actieplannen.dienInOp(coordinator(terug), terug.id(), terug.versie(), moment(toets.plusDays(7), 9));
        toets = toets.plusDays(14);
      }
      Actieplan nu = actieplannen.plan(p.id()).orElseThrow();
      service.toetsOp(ot, nu.id(), nu.versie(), alles(true), Map.of(), null, moment(toets, 15));
      Bijeenkomst vergadering = september ? vergaderingen.get(0) : vergaderingen.get(1);
      Map<Criterium, Boolean> criteria = new EnumMap<>(Criterium.class);
      for (Criterium c : Criterium.values()) criteria.put(c, true);
      if (i % 7 == 3) criteria.put(Criterium.CONCRETE_STAPPEN, false);
      nu = actieplannen.plan(p.id()).orElseThrow();
      service.adviseerOp(sg, nu.id(), nu.versie(), vergadering.id(), criteria, true, i % 7 == 3
          ? "Positief, met het verzoek de stappen voor de pijler scholing concreter te maken." : "Positief: het plan voldoet aan alle criteria.",
          moment(vergadering.datum(), 16));
      LocalDate besluit = september ? LocalDate.of(2019, 6, 14) : LocalDate.of(2019, 9, 10);
      nu = actieplannen.plan(p.id()).orElseThrow();
      service.besluitOp(min, nu.id(), nu.versie(), true, "Het plan voldoet aan de voorwaarden van de oproep en heeft een positief advies"
          + " van de stuurgroep.", besluit, moment(besluit, 11));
    }
  }

  private static Map<Onderdeel, Boolean> alles(boolean ok) {
    Map<Onderdeel, Boolean> m = new EnumMap<>(Onderdeel.class);
    for (Onderdeel o : Onderdeel.values()) m.put(o, ok);
    return m;
  }

  private static Instant moment(LocalDate d, int uur) {
    return d.atTime(LocalTime.of(uur, 0)).atZone(Programmaklok.TIJDZONE).toInstant();
  }

  private static HuidigeGebruiker coordinator(Actieplan p) {
    return new HuidigeGebruiker(GebruikerId.nieuw(), "coordinator@" + p.regiocode().toLowerCase(java.util.Locale.ROOT),
        "Demo Regiocoördinator", Rol.REGIOCOORDINATOR, null, "Centrumgemeente", OrganisatieType.GEMEENTE, List.of(p.regiocode()));
  }

  private static HuidigeGebruiker landelijk(String naam, Rol rol) {
    return new HuidigeGebruiker(GebruikerId.nieuw(), naam, "Demo " + rol.name().toLowerCase(java.util.Locale.ROOT), rol, null,
        "Demo " + rol.name().toLowerCase(java.util.Locale.ROOT), OrganisatieType.valueOf(rol.name()), List.of());
  }
}
