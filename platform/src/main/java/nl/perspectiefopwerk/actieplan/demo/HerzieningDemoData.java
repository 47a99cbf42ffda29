package nl.perspectiefopwerk.actieplan.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.ActieplanService.InhoudFormulier;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: drie regio's herzien hun goedgekeurde doe-agenda in juni 2020 vanwege Covid-19 (nieuwe versie met reden). */
@Component
@Profile("demo")
class HerzieningDemoData implements DemoDataBijdrager {

  private final ActieplanService service;
  private final RegioApi regios;

  HerzieningDemoData(ActieplanService service, RegioApi regios) {
    this.service = service;
    this.regios = regios;
  }

  @Override
  public int volgorde() {
    return 580;
  }

  @Override
  public void vulAan() {
    List<Arbeidsmarktregio> alle = regios.regios();
    for (int i : new int[] {1, 12, 27}) {
      if (i >= alle.size()) continue;
      HuidigeGebruiker g = ActieplanDemoData.coordinator(alle.get(i));
      Actieplan p = service.planVanRegio(alle.get(i).code()).orElse(null);
      if (p == null || p.status() != PlanStatus.GOEDGEKEURD || p.herzieningReden() != null) continue;
      var moment = LocalDate.of(2020, 6, 10 + i % 10).atTime(LocalTime.of(11, 0)).atZone(Programmaklok.TIJDZONE).toInstant();
      service.startHerzieningOp(g, p.id(), p.versie(), "Covid-19: bijeenkomsten en scholing gaan online, de ambitie is bijgesteld.", moment);
      Actieplan h = service.zichtbaar(g, p.id());
      InhoudFormulier f = InhoudFormulier.van(h);
      int lager = Math.max(50, h.inhoud().ambitieMatches() * 3 / 4);
      service.slaInhoudOp(g, h.id(), h.versie(), new InhoudFormulier(f.analyse() + " Sinds maart 2020 is de vraag in horeca en"
          + " evenementen ingezakt; zorg en logistiek zoeken nog steeds mensen.", String.valueOf(lager), f.ambitieVerbetering(),
          f.ambitieKwalitatief(), f.aanpak() + " Matchingsevents en werkfit-gesprekken vinden online plaats.", f.wgdAanspreekpunt(),
          f.wgdZichtbaarheid(), f.wgdHarmonisatie(), f.betrokkenen(), f.instrumenten(), f.overigeAfspraken(), f.contactNaam(),
          f.contactEmail(), f.contactTelefoon(), f.praktijklerenPilot(), f.praktijklerenBudget()));
      Actieplan klaar = service.zichtbaar(g, p.id());
      service.dienHerzieningInOp(g, klaar.id(), klaar.versie(), moment.plusSeconds(86_400L * 5));
    }
  }
}
