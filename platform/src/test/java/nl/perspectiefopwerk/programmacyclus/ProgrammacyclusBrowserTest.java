package nl.perspectiefopwerk.programmacyclus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.browser.Browser;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstService;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * De programmacyclus in de browser, per rol, met axe op elke pagina: de regio schrijft en dient in; het
 * ondersteuningsteam toetst, de stuurgroep adviseert, het ministerie besluit; de regio rapporteert; het ministerie
 * besluit over de tweede tranche. De programmakalender staat op 10 april 2019 (septembervenster).
 */
class ProgrammacyclusBrowserTest extends ProgrammacyclusTestBasis {

  @RegisterExtension static Browser browser = new Browser();

  @Autowired ActieplanService actieplannen;
  @Autowired BijeenkomstService bijeenkomsten;
  @Autowired MonitoringApi monitoring;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void deRegioSchrijftHaarDoeAgendaEnDientHemIn() {
    coordinator("AM98");
    browser.inloggen(page, "coordinator@am98");
    page.navigate("/actieplannen");
    page.waitForURL("**/actieplannen/*");
    assertThat(page.locator("#status")).hasText("Concept");
    assertThat(page.locator("#volledigheid-1")).containsText("Analyse ontbreekt");
    browser.assertToegankelijk(page);

    page.locator("#ambitieMatches").fill("0");
    page.locator("#onderdelen button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);

    page.locator("#analyse").fill("In de regio zoeken zorg en techniek mensen; 2.500 werkzoekenden staan aan de kant.");
    page.locator("#ambitieMatches").fill("180");
    page.locator("#ambitieVerbetering").fill("Twee keer zoveel plaatsingen als nu.");
    page.locator("#aanpak").fill("Vier pijlers en één regioloket.");
    page.locator("#wgdAanspreekpunt").fill("Het WSP.");
    page.locator("#wgdZichtbaarheid").fill("Eén anoniem bestand.");
    page.locator("#wgdHarmonisatie").fill("Gelijke instrumenten.");
    page.locator("#betrokkenen").fill("Gemeenten, UWV, werkgevers en het ROC.");
    page.locator("#instrumenten").fill("Re-integratiebudget en jobcoaching.");
    page.locator("#overigeAfspraken").fill("Werkfit na een gesprek.");
    page.locator("#contactNaam").fill("Proef Contact");
    page.locator("#contactEmail").fill("contact@proefstad.example");
    page.locator("#onderdelen button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    assertThat(page.locator("#volledigheid-1")).containsText("Volledig");

    for (String pijler : new String[] {"AANBOD", "VRAAG", "ROUTE", "SCHOLING"}) {
      page.locator("#pijler").selectOption(pijler);
      page.locator("#thema").fill("Thema " + pijler.toLowerCase());
      page.locator("#partijen").fill("Gemeente en UWV");
      page.locator("#planning").fill("2019–2020");
      page.locator("#budget").fill("40.000,00");
      page.locator("#financieringsvorm").selectOption("SUBSIDIE");
      page.locator("#activiteitformulier button[type=submit]").click();
      assertThat(page.locator("#melding")).isVisible();
    }
    assertThat(page.locator("#activiteiten tbody tr")).hasCount(4);
    assertThat(page.locator("#activiteiten caption")).containsText("160.000,00");

    for (String soort : new String[] {"WETHOUDER", "WERKGEVER"}) {
      page.locator("#soort").selectOption(soort);
      page.locator("#naam").fill("Naam " + soort.toLowerCase());
      page.locator("#functie").fill("Functie");
      page.locator("#organisatie").fill("Organisatie");
      page.locator("#verklaringA").check();
      page.locator("#verklaringB").check();
      page.locator("#verklaringC").check();
      page.locator("#getekendOp").fill("2019-04-01");
      page.locator("#ondertekenaarformulier button[type=submit]").click();
      assertThat(page.locator("#melding")).isVisible();
    }

    page.locator("#bestand").setInputFiles(new FilePayload("geen.pdf", "application/pdf", "dit is tekst".getBytes()));
    page.locator("#overeenkomstformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).containsText("geen PDF");
    page.locator("#bestand").setInputFiles(new FilePayload("overeenkomst.pdf", "application/pdf",
        Pdf.nieuw("Samenwerkingsovereenkomst").alinea("Wij werken samen.").klaar()));
    page.locator("#overeenkomstformulier button[type=submit]").click();
    assertThat(page.locator("#overeenkomstlink")).isVisible();
    page.locator("#afbeelding").setInputFiles(new FilePayload("infrastructuur.png", "image/png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
    page.locator("#infrastructuurformulier button[type=submit]").click();
    assertThat(page.locator("#infrastructuurlink")).isVisible();
    assertThat(page.locator("#volledigheid table, #volledigheid")).not().containsText("ontbreekt");
    browser.screenshot(page, "actieplan-concept-volledig");
    browser.assertToegankelijk(page);

    page.locator("#indienformulier button[type=submit]").click();
    assertThat(page.locator("#status")).hasText("Ingediend");
    assertThat(page.locator("#venster")).hasText("Septembercirculaire");
    assertThat(page.locator("#onderdelen")).hasCount(0);
    browser.assertToegankelijk(page);

    page.locator("a[href$='/versies']").first().click();
    assertThat(page.locator("#versies tbody tr")).hasCount(1);
    browser.assertToegankelijk(page);
    APIResponse pdf = page.request().get(page.url().replace("/versies", "/pdf"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void ondersteuningsteamStuurgroepEnMinisterieBeoordelenTotEnMetDeTweedeTranche() {
    HuidigeGebruiker regio = coordinator("AM94");
    ActieplanId id = actieplannen.eigenPlan(regio).id();
    ActieplanFixture.vulVolledig(actieplannen, regio, id);
    assertThat(actieplannen.dienIn(regio, id, ActieplanFixture.versie(actieplannen, regio, id))).isEmpty();

    browser.inloggen(page, "ondersteuningsteam@nl");
    page.navigate("/beoordeling");
    assertThat(page.locator("#werkvoorraad")).containsText("AM94");
    browser.assertToegankelijk(page);
    page.navigate("/beoordeling/" + id);
    page.locator("#toetsformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);
    for (var radio : page.locator("#toetsformulier input[type=radio][value=ja]").all()) radio.check();
    page.locator("#toetsformulier button[type=submit]").click();
    assertThat(page.locator("#status")).hasText("Volledig bevonden");
    assertThat(page.locator("#toets-1")).isVisible();
    browser.assertToegankelijk(page);
    page.navigate("/actieplannen");
    assertThat(page.locator("#plannen")).containsText("AM94");
    browser.assertToegankelijk(page);
    APIResponse csv = page.request().get("/actieplannen/export?formaat=csv");
    assertThat(csv.headers().get("content-type")).startsWith("text/csv");
    assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFregio;status");
    page.context().clearCookies();

    browser.inloggen(page, "stuurgroep@nl");
    page.navigate("/beoordeling/" + id);
    page.locator("#vergadering").selectOption(monitoring.bijeenkomsten(BijeenkomstSoort.STUURGROEP).getFirst().id().toString());
    for (var radio : page.locator("#adviesformulier input[type=radio][value=ja]").all()) radio.check();
    page.locator("#toelichting").fill("Positief: het plan voldoet aan alle criteria.");
    page.locator("#adviesformulier button[type=submit]").click();
    assertThat(page.locator("#status")).hasText("Geadviseerd door de stuurgroep");
    browser.assertToegankelijk(page);
    page.context().clearCookies();

    browser.inloggen(page, "ministerie@nl");
    page.navigate("/beoordeling/" + id);
    page.locator("#goedgekeurd-ja").check();
    page.locator("#motivering").fill("Voldoet aan de oproep.");
    page.locator("#besluitformulier button[type=submit]").click();
    assertThat(page.locator("#status")).hasText("Goedgekeurd");
    assertThat(page.locator("#looptijd")).containsText("10-04-2019");
    browser.assertToegankelijk(page);
    page.navigate("/financiering");
    assertThat(page.locator("#saldi")).containsText("AM94");
    browser.assertToegankelijk(page);
    page.context().clearCookies();

    // de regio is bij de eerste landelijke bijeenkomst geweest en rapporteert
    var eerste = monitoring.bijeenkomsten(BijeenkomstSoort.LANDELIJK).getFirst();
    bijeenkomsten.legAanwezigheidVast(landelijk("ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM), eerste.id(), java.util.Map.of("AM94", true));
    browser.inloggen(page, "coordinator@am94");
    assertThat(page.locator("#meldingenbel")).containsText("ongelezen");
    page.locator("#meldingenbel").click();
    assertThat(page.locator("#meldingen")).containsText("Doe-agenda goedgekeurd");
    browser.assertToegankelijk(page);
    page.navigate("/voortgang");
    page.waitForURL("**/voortgang/AM94");
    page.locator("#periode").fill("2019-Q1");
    page.locator("#gerealiseerdeMatches").fill("4");
    page.locator("#knelpunten").fill("De eerste matchingsdag mislukte: te weinig kandidaten.");
    page.locator("#rapportageformulier select").first().selectOption("GESTART");
    page.locator("#rapportageformulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    browser.assertToegankelijk(page);
    page.navigate("/bijeenkomsten/" + eerste.id());
    page.locator("#voortgang").fill("We zijn gestart met de werkfit-gesprekken.");
    page.locator("#inbrengformulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    browser.assertToegankelijk(page);
    page.navigate("/financiering");
    page.waitForURL("**/financiering/regio/AM94");
    assertThat(page.locator("#tranches")).containsText("Septembercirculaire 2019");
    browser.assertToegankelijk(page);
    page.context().clearCookies();

    browser.inloggen(page, "ministerie@nl");
    page.navigate("/financiering/regio/AM94");
    assertThat(page.locator("#gemeten")).containsText("100%");
    page.locator("#goedeVoortgang-ja").check();
    page.locator("#medewerkingMonitoring-ja").check();
    page.locator("#toelichting").fill("Goede voortgang.");
    page.locator("#tranche2formulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    assertThat(page.locator("#tranches tbody tr")).hasCount(2);
    assertThat(page.locator("#tranches")).containsText("Circulaire maart 2020");
    browser.screenshot(page, "financiering-regio-tranche2");
    browser.assertToegankelijk(page);
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.GOEDGEKEURD);
  }

  @Test
  void landelijkeOverzichtenZijnToegankelijk() {
    browser.inloggen(page, "ondersteuningsteam@nl");
    page.navigate("/bijeenkomsten");
    assertThat(page.locator("#bijeenkomsten-LANDELIJK")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#bijeenkomsten-LANDELIJK a").first().click();
    assertThat(page.locator("#aanwezigheidformulier")).isVisible();
    browser.assertToegankelijk(page);
    page.navigate("/voortgang");
    assertThat(page.locator("#regiostanden")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#regiostanden a").first().click();
    assertThat(page.locator("#gesprekformulier")).isVisible();
    browser.assertToegankelijk(page);
    String plan = page.url();
    page.navigate("/meldingen");
    browser.assertToegankelijk(page);
    page.navigate("/actieplannen");
    page.locator("#plannen a").first().click();
    assertThat(page.locator("#inhoudplan")).isVisible();
    browser.screenshot(page, "actieplan-lezen");
    browser.assertToegankelijk(page);
    page.locator("a[href$='/versies']").first().click();
    browser.assertToegankelijk(page);
    assertThat(plan).contains("/voortgang/");
  }
}
