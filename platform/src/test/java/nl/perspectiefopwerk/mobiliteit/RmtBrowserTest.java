package nl.perspectiefopwerk.mobiliteit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.browser.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Een RMT-intake van zelfmelding tot de tweemaandelijkse monitor in de browser; elke pagina is toegankelijk (axe). */
@PlatformTest
class RmtBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @Autowired JdbcClient jdbc;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void zelfmeldingTotNieuwWerkEnDeMonitor() {
    String pc4 = jdbc.sql("select pc4 from regio.postcode where regiocode = 'AM29' order by pc4 limit 1").query(String.class).single();
    String naam = "Browser Zelfmelder " + UUID.randomUUID().toString().substring(0, 6);

    // stap 1: zelfmelden zonder account
    page.navigate("/rmt/aanmelden");
    browser.assertToegankelijk(page);
    page.locator("#intakeformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#naam").fill(naam);
    page.locator("#email").fill("browser@voorbeeld.nl");
    page.locator("#postcode").fill(pc4 + " XY");
    page.locator("#situatie-BAAN_BEDREIGD").check();
    page.locator("#datumBaanverlies").fill("2021-09-01");
    page.locator("#categorie-NIET_UITKERINGSGERECHTIGD").check();
    page.locator("#toestemming").check();
    page.locator("#intakeformulier button[type=submit]").click();
    page.waitForURL("**/rmt/aanmelden/bedankt");
    assertThat(page.locator("#bedankt")).isVisible();
    browser.assertToegankelijk(page);

    // stap 2: de consulent neemt de aanmelding in behandeling, bespreekt de casus en zet een dienst in
    browser.inloggen(page, "consulent-gemeente@am29");
    page.navigate("/rmt");
    browser.assertToegankelijk(page);
    page.locator("#naar-clients").click();
    browser.assertToegankelijk(page);
    page.locator("#clients a", new Page.LocatorOptions().setHasText(naam)).click();
    page.waitForURL(url -> url.matches(".*/rmt/clienten/[0-9a-f-]{36}$"));
    browser.assertToegankelijk(page);
    page.locator("#behandelformulier button[value=IN_BEHANDELING]").click();
    assertThat(page.locator("#casusformulier")).isVisible();
    page.locator("#deelnemers").fill("Gemeente, UWV, CNV");
    page.locator("#afspraken").fill("Verkennen van zij-instroom in de techniek");
    page.locator("#casusformulier button[type=submit]").click();
    assertThat(page.locator("#casussen")).containsText("zij-instroom");
    page.locator("#dienst-PRAKTIJKLEREN").check();
    page.locator("#dienstformulier button[type=submit]").click();
    assertThat(page.locator("#diensten")).containsText("Praktijkleren");
    browser.assertToegankelijk(page);

    // stap 3: afsluiten met nieuw werk
    page.locator("#uitkomst-NIEUW_WERK").check();
    page.locator("#afsluitformulier button[type=submit]").click();
    assertThat(page.locator("#clientgegevens")).containsText("Nieuw werk");
    browser.screenshot(page, "rmt-client");

    // stap 4: de tweemaandelijkse monitor van de regio
    page.navigate("/rmt/monitor");
    assertThat(page.locator("#regio-AM29")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "rmt-monitor-regio");
  }

  @Test
  void landelijkeMonitorEnTeambeheer() {
    browser.inloggen(page, "ministerie@nl");
    page.navigate("/rmt/monitor");
    assertThat(page.locator("#landelijk")).isVisible();
    assertThat(page.locator("#monitor")).containsText("< 10");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "rmt-monitor-landelijk");

    browser.inloggen(page, "coordinator@am29");
    page.navigate("/rmt");
    assertThat(page.locator("#leden")).containsText("UWV");
    assertThat(page.locator("#lidformulier")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "rmt-team");
  }
}
