package nl.perspectiefopwerk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * De route van een kandidaat in de browser: intake door de consulent (met foutmelding en herstel),
 * werkfit en toestemming vastleggen, het anonieme bestand voor de werkgever en de eigen pagina van de
 * kandidaat. Elke pagina gaat door axe.
 */
@PlatformTest
class KandidaatBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void consulentNeemtEenKandidaatInBeoordeeltEnLegtToestemmingVast() {
    browser.inloggen(page, "consulent-gemeente@am26");
    page.navigate("/kandidaten");
    assertThat(page.locator("#kandidaten tbody tr").first()).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "kandidaat-lijst");

    page.locator("a[href='/kandidaten/nieuw']").click();
    vulIntakeIn("123456789"); // klopt niet met de elfproef
    page.locator("form.formulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).containsText("elfproef");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "kandidaat-intake-fout");

    page.locator("#bsn").fill("111222333");
    page.locator("#voornaam").fill("Testje");
    page.locator("form.formulier button[type=submit]").click();
    page.waitForURL("**/kandidaten/*");
    assertThat(page.locator("h1")).hasText("Testje Voorbeeld");
    assertThat(page.locator("#zichtbaarheid")).containsText("geen toestemming");

    page.locator("#graad").selectOption("WERKFIT");
    page.locator("input[name=werkvormen][value=REGULIER]").check();
    page.locator("input[name=instrumenten][value=JOBCOACHING]").check();
    page.locator("#werkfit button[type=submit]").click();
    assertThat(page.locator(".melding--succes")).containsText("werkfitbeoordeling");
    page.locator("#toestemming button[type=submit]").click();
    assertThat(page.locator("#zichtbaarheid")).containsText("In het bestand");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "kandidaat-detail");
  }

  @Test
  void werkgeverZoektInHetAnoniemeBestand() {
    browser.inloggen(page, "werkgever@am25");
    page.navigate("/bestand");
    assertThat(page.locator(".profielen li").first()).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "bestand");

    page.locator("#werkvorm").selectOption("BASISBAAN");
    page.locator("#postcode").fill("4811");
    page.locator("form.filters button[type=submit]").click();
    page.waitForURL("**/bestand?**");
    assertThat(page.locator(".profielen li").first()).containsText("km");
    page.locator(".profielen li h3 a").first().click();
    page.waitForURL("**/bestand/P-*");
    assertThat(page.locator("#profielgegevens")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "bestand-profiel");
  }

  @Test
  void kandidaatZietEigenGegevensInzagenEnKanToestemmingIntrekken() {
    browser.inloggen(page, "kandidaat@am27");
    page.navigate("/mijn-gegevens");
    assertThat(page.locator("h1")).hasText("Mijn gegevens");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "mijn-gegevens");
    page.locator("#toestemming-knop").click();
    assertThat(page.locator("#zichtbaarheid")).containsText("geen toestemming");
    page.locator("#toestemming-knop").click();
    assertThat(page.locator("#zichtbaarheid")).containsText("In het bestand");
  }

  @Test
  void aanmeldenAlsWerkzoekendeIsToegankelijkEnMeldtFoutenDuidelijk() {
    page.navigate("/aanmelden");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "aanmelden");
    page.locator("form button[type=submit]").last().click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "aanmelden-fouten");
  }

  @Test
  void werkgeverBewaartEenZoekopdracht() {
    browser.inloggen(page, "werkgever@am28");
    page.navigate("/bestand?werkvorm=REGULIER");
    page.locator("#zoekopdracht-naam").fill("Reguliere kandidaten");
    page.locator("#zoekopdracht-bewaren button[type=submit]").click();
    page.navigate("/bestand/zoekopdrachten");
    assertThat(page.locator("#zoekopdrachten")).containsText("Reguliere kandidaten");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "zoekopdrachten");
  }

  @Test
  void consulentImporteertEenCsvEnZietHetRapport() throws Exception {
    browser.inloggen(page, "consulent-uwv@am25");
    page.navigate("/kandidaten/import");
    assertThat(page.locator("#kolommen")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "import");
    String kop = String.join(";", nl.perspectiefopwerk.kandidaat.importeren.Kolom.namen());
    String csv = kop + "\n"
        + "BROWSER-1;999999990;Fenna;Proef;1988-03-04;;;4811 AB;Breda;;;BIJSTAND;MBO3;ja;;;Nederlands;ja;24;20;2026-12-01\n"
        + "BROWSER-2;123456789;Foutje;Proef;1988-03-04;;;4811 AB;Breda;;;BIJSTAND;MBO3;ja;;;Nederlands;ja;24;20;2026-12-01\n";
    page.locator("#bestand").setInputFiles(new com.microsoft.playwright.options.FilePayload(
        "kandidaten.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    page.locator("main form[enctype='multipart/form-data'] button[type=submit]").click();
    // De import loopt op de achtergrond; de pagina ververst elke seconde tot hij klaar is.
    assertThat(page.locator("#fouten")).containsText("elfproef",
        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    browser.assertToegankelijk(page);
    browser.screenshot(page, "import-rapport");
  }

  private void vulIntakeIn(String bsn) {
    page.locator("#voornaam").fill("Testje");
    page.locator("#achternaam").fill("Voorbeeld");
    page.locator("#bsn").fill(bsn);
    page.locator("#geboortedatum").fill("1990-05-17");
    page.locator("#straat").fill("Proefstraat");
    page.locator("#huisnummer").fill("12");
    page.locator("#postcode").fill("5038 AB");
    page.locator("#woonplaats").fill("Tilburg");
    page.locator("#opleidingsniveau").selectOption("MBO2");
    page.locator("#beroepen").fill("magazijnmedewerker");
    page.locator("input[name=doelgroepen][value=BIJSTAND]").check();
  }
}
