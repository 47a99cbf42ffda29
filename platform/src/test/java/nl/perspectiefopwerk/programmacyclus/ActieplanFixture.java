package nl.perspectiefopwerk.programmacyclus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.ActieplanService.ActiviteitFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.InhoudFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.OndertekenaarFormulier;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.actieplan.OndertekenaarSoort;
import nl.perspectiefopwerk.actieplan.Pijler;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;

/** Een doe-agenda vullen via de echte servicemethoden, zoals een regiocoördinator dat doet. */
final class ActieplanFixture {

  private ActieplanFixture() {}

  static InhoudFormulier inhoud(String analyse, String ambitie) {
    return new InhoudFormulier(analyse, ambitie, "Twee keer zoveel plaatsingen als nu.", "", "Vier pijlers, één regioloket.",
        "Het WSP is het aanspreekpunt.", "Eén anoniem bestand.", "Gelijke instrumenten voor gemeenten en UWV.", "Gemeenten, UWV, werkgevers, ROC.",
        "Re-integratiebudget en jobcoaching.", "Werkfit na een gesprek met de consulent.", "Proef Contact", "contact@proefstad.example",
        "010-1234567", true, "50.000,00");
  }

  /** Vult alle negen onderdelen; het plan is daarna volledig. */
  static void vulVolledig(ActieplanService service, HuidigeGebruiker g, ActieplanId id) {
    assertThat(service.slaInhoudOp(g, id, versie(service, g, id), inhoud("De vraag naar zorgpersoneel groeit; 3.000 mensen staan aan de kant.",
        "200"))).isEmpty();
    for (Pijler p : Pijler.values()) {
      assertThat(service.voegActiviteitToe(g, id, versie(service, g, id), new ActiviteitFormulier(p, "Thema " + p, "Gemeente en UWV",
          "2019–2020", "25.000", Financieringsvorm.OPDRACHT))).isEmpty();
    }
    for (OndertekenaarSoort s : new OndertekenaarSoort[] {OndertekenaarSoort.WETHOUDER, OndertekenaarSoort.WERKGEVER}) {
      assertThat(service.voegOndertekenaarToe(g, id, versie(service, g, id), new OndertekenaarFormulier(s, "Naam " + s, "Functie", "Organisatie",
          true, true, true, LocalDate.of(2019, 4, 1)))).isEmpty();
    }
    assertThat(service.uploadOvereenkomst(g, id, versie(service, g, id), "overeenkomst.pdf",
        Pdf.nieuw("Samenwerkingsovereenkomst").alinea("Wij werken samen.").klaar())).isEmpty();
  }

  static int versie(ActieplanService service, HuidigeGebruiker g, ActieplanId id) {
    return service.zichtbaar(g, id).versie();
  }
}
