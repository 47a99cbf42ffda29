package nl.perspectiefopwerk.actieplan.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.ActieplanService.ActiviteitFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.ArrangementFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.InhoudFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.OndertekenaarFormulier;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.actieplan.OndertekenaarSoort;
import nl.perspectiefopwerk.actieplan.Pijler;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: alle 35 regio's schrijven een volledige doe-agenda en dienen die in volgens de kalender van 2019: negen
 * regio's vóór 15 april (septembercirculaire), de andere 26 tussen mei en 15 juli (decembercirculaire). Alle
 * namen, bedragen en teksten zijn verzonnen. De beoordeling volgt in de module beoordeling (volgorde 520).
 */
@Component
@Profile("demo")
class ActieplanDemoData implements DemoDataBijdrager {

  /** Aantal regio's in het septembervenster (seed: €9M in de septembercirculaire). */
  static final int SEPTEMBER = 9;

  private static final List<String> WETHOUDERS = List.of("A. de Verzonnen", "B. Fictiefsma", "C. van Bedacht", "D. Voorbeeldman",
      "E. Proefhuis", "F. Oefenberg", "G. Denkbeeld", "H. Schijnveld", "I. Nepstra", "J. Testerink");
  private static final List<String> WERKGEVERS = List.of("K. Ondernemer-Fictief", "L. Bedrijfsma", "M. van Werkgeverhoven",
      "N. Voorzitterink", "O. Directeurs", "P. Zaakvoerder");
  private static final Map<Pijler, List<String>> THEMAS = Map.of(
      Pijler.AANBOD, List.of("Bestandsanalyse werkzoekenden gemeente en UWV", "Ken je klant: werkfit-gesprekken", "Zelfmelders actief benaderen"),
      Pijler.VRAAG, List.of("Werkgeversbenadering per sector", "Jobcarving in zorg en techniek", "Basisbanen met regionale werkgevers"),
      Pijler.ROUTE, List.of("Eén regioloket voor eerste gesprekken", "Matchingsevents met werkgevers", "Nazorg door jobcoaches"),
      Pijler.SCHOLING, List.of("Praktijkleren mbo-certificaten", "Leerwerktrajecten in de bouw", "Taal op de werkvloer"));

  private final ActieplanService service;
  private final RegioApi regios;

  ActieplanDemoData(ActieplanService service, RegioApi regios) {
    this.service = service;
    this.regios = regios;
  }

  @Override
  public int volgorde() {
    return 510;
  }

  @Override
  public void vulAan() {
    List<Arbeidsmarktregio> alle = regios.regios();
    for (int i = 0; i < alle.size(); i++) {
      Arbeidsmarktregio r = alle.get(i);
      HuidigeGebruiker g = coordinator(r);
      Actieplan p = service.eigenPlan(g);
      if (p.versienummer() > 0 || !p.status().bewerkbaar()) continue;
      vul(g, p, r, i);
      Actieplan klaar = service.zichtbaar(g, p.id());
      service.dienInOp(g, klaar.id(), klaar.versie(), indienmoment(i));
    }
  }

  /** Negen regio's eind maart/begin april, de rest van mei tot half juli 2019. */
  static Instant indienmoment(int i) {
    LocalDate d = i < SEPTEMBER ? LocalDate.of(2019, 3, 28).plusDays(i * 2L) : LocalDate.of(2019, 5, 2).plusDays((i - SEPTEMBER) * 2L + (i % 3));
    if (d.isAfter(LocalDate.of(2019, 7, 15))) d = LocalDate.of(2019, 7, 15);
    return d.atTime(LocalTime.of(10 + i % 6, 15)).atZone(Programmaklok.TIJDZONE).toInstant();
  }

  static HuidigeGebruiker coordinator(Arbeidsmarktregio r) {
    String centrum = r.centrumgemeente() == null ? r.naam() : r.centrumgemeente().naam();
    return new HuidigeGebruiker(GebruikerId.nieuw(), "coordinator@" + r.code().toLowerCase(java.util.Locale.ROOT),
        "Demo Regiocoördinator " + r.naam(), Rol.REGIOCOORDINATOR, null, "Gemeente " + centrum, OrganisatieType.GEMEENTE, List.of(r.code()));
  }

  private void vul(HuidigeGebruiker g, Actieplan p, Arbeidsmarktregio r, int i) {
    String regio = r.naam();
    String centrum = r.centrumgemeente() == null ? regio : r.centrumgemeente().naam();
    int ambitie = 150 + (i * 37) % 400;
    InhoudFormulier f = new InhoudFormulier(
        "In " + regio + " staan ruim " + (2 + i % 5) + ".000 mensen met een uitkering tegenover " + (4 + i % 7)
            + ".000 openstaande vacatures, vooral in zorg, techniek, logistiek en de bouw. UWV Regio in beeld laat zien dat werkgevers"
            + " moeilijk personeel vinden, terwijl een grote groep werkzoekenden al lang aan de kant staat. Veel van hen zijn met"
            + " begeleiding en een passende werkplek inzetbaar. Gemeenten en UWV kennen hun bestand nog onvoldoende.",
        String.valueOf(ambitie),
        "Nu worden per jaar ongeveer " + (ambitie / 3) + " werkzoekenden uit de doelgroep geplaatst; met deze aanpak verdubbelen we dat"
            + " en maken we de plaatsingen duurzaam.",
        i % 3 == 0 ? "Eén gezamenlijke werkgeversdienstverlening die na het programma blijft bestaan." : "",
        "We werken langs de vier pijlers. Gemeenten en UWV brengen hun werkzoekenden samen in beeld, werkgevers stellen werkplekken"
            + " open (regulier, leerwerkplek of basisbaan), het regioloket organiseert het eerste gesprek en scholing is onderdeel van"
            + " de begeleiding. We sluiten aan bij praktijkleren en bestaande regiodeals.",
        "Het Werkgeversservicepunt " + regio + " is het ene aanspreekpunt; private intermediairs sluiten aan.",
        "Werkzoekenden van UWV en gemeenten staan in één anoniem regionaal bestand dat werkgevers kunnen doorzoeken.",
        "Loonkostensubsidie, no-riskpolis en jobcoaching worden tussen de gemeenten en UWV gelijkgetrokken.",
        "Gemeente " + centrum + " (centrumgemeente, regie), de regiogemeenten, UWV " + regio + ", werkgeversorganisaties, het mbo en"
            + " het leerwerkloket. De stuurgroep arbeidsmarkt " + regio + " bewaakt de voortgang.",
        "Re-integratiebudgetten van gemeenten en UWV, jobcoaching, het O&O-fonds van de techniek en capaciteit van het WSP.",
        "Iemand is werkfit als een consulent dat na een gesprek vaststelt. Zelfmelders worden binnen twee weken gesproken.",
        "Demo Contactpersoon " + regio, "pow@" + r.code().toLowerCase(java.util.Locale.ROOT) + ".example", "0" + (10 + i) + "-1234567",
        i % 4 == 0, i % 4 == 0 ? "75000" : "");
    service.slaInhoudOp(g, p.id(), versie(g, p), f);
    int k = 0;
    for (Pijler pijler : Pijler.values()) {
      String thema = THEMAS.get(pijler).get((i + k) % 3);
      long budget = 80_000 + ((i * 13 + k * 29) % 12) * 10_000L;
      service.voegActiviteitToe(g, p.id(), versie(g, p), new ActiviteitFormulier(pijler, thema, partijen(pijler, regio, centrum),
          "sep 2019 – dec 2020", String.valueOf(budget), Financieringsvorm.values()[(i + k) % 3]));
      k++;
    }
    service.voegArrangementToe(g, p.id(), versie(g, p), new ArrangementFormulier(i % 2 == 0 ? "Zorg (helpende)" : "Techniek (monteur)",
        "Bijstandsgerechtigden en WW'ers zonder startkwalificatie", "Werkfit-gesprek, proefplaatsing van een maand",
        "Mbo-certificaat via praktijkleren, in de werktijd", "Gemeente " + centrum + ", UWV, ROC"));
    service.voegOndertekenaarToe(g, p.id(), versie(g, p), new OndertekenaarFormulier(OndertekenaarSoort.WETHOUDER,
        WETHOUDERS.get(i % WETHOUDERS.size()), "Wethouder werk en inkomen", "Gemeente " + centrum, true, true, true,
        LocalDate.ofInstant(indienmoment(i), Programmaklok.TIJDZONE).minusDays(3)));
    service.voegOndertekenaarToe(g, p.id(), versie(g, p), new OndertekenaarFormulier(OndertekenaarSoort.WERKGEVER,
        WERKGEVERS.get(i % WERKGEVERS.size()), "Voorzitter regio", i % 2 == 0 ? "VNO-NCW " + regio : "MKB " + regio, true, true, true,
        LocalDate.ofInstant(indienmoment(i), Programmaklok.TIJDZONE).minusDays(3)));
    if (i % 2 == 1) {
      service.voegOndertekenaarToe(g, p.id(), versie(g, p), new OndertekenaarFormulier(OndertekenaarSoort.MEDE, "Q. Districtsmanager",
          "Districtsmanager", "UWV " + regio, true, true, true, LocalDate.ofInstant(indienmoment(i), Programmaklok.TIJDZONE).minusDays(2)));
    }
    byte[] pdf = Pdf.nieuw("Samenwerkingsovereenkomst Perspectief op Werk " + regio)
        .alinea("De ondergetekenden verbinden zich om samen de ambitie van de doe-agenda " + regio + " te realiseren.")
        .ondertekening(List.of("Gemeente " + centrum, "Werkgevers " + regio)).klaar();
    service.uploadOvereenkomst(g, p.id(), versie(g, p), "samenwerkingsovereenkomst-" + r.code() + ".pdf", pdf);
  }

  private static String partijen(Pijler p, String regio, String centrum) {
    return switch (p) {
      case AANBOD -> "Gemeente " + centrum + ", UWV " + regio;
      case VRAAG -> "WSP " + regio + ", werkgeversorganisaties";
      case ROUTE -> "Regioloket " + regio + ", jobcoaches";
      case SCHOLING -> "ROC, leerwerkloket " + regio;
    };
  }

  private int versie(HuidigeGebruiker g, Actieplan p) {
    return service.zichtbaar(g, p.id()).versie();
  }
}
