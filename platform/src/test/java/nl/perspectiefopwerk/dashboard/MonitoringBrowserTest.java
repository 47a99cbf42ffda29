package nl.perspectiefopwerk.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.browser.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Beide dashboards in de browser: grafieken getekend, tabelalternatief aanwezig, toegankelijk (axe). */
@PlatformTest
class MonitoringBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @org.springframework.beans.factory.annotation.Autowired nl.perspectiefopwerk.regio.RegioApi regio;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void hetMinisterieZietHetLandelijkeDashboardEnExporteert() {
    browser.inloggen(page, "ministerie@nl");
    page.navigate("/");
    page.locator("nav.menu a[href='/monitoring']").click();
    page.waitForURL("**/monitoring");
    assertThat(page.locator("h1")).hasText("Landelijk dashboard");
    assertThat(page.locator("#regiotegels li")).hasCount(regio.regios().size());
    assertThat(page.locator("#berekend-op")).containsText("Berekend op");
    // Chart.js heeft de grafiek getekend (canvas heeft afmetingen) en de tabel staat eronder.
    page.waitForFunction("() => window.Chart && Chart.getChart('grafiek-trechter') !== undefined");
    assertThat(page.locator("#trechter tbody tr")).hasCount(7);
    // een gevulde tabel toont geen lege staat ernaast
    assertThat(page.locator("#blok-realisatie .leeg")).hasCount(0);
    assertThat(page.locator("#blok-trechter .leeg")).hasCount(0);
    browser.assertToegankelijk(page);
    browser.screenshot(page, "monitoring-landelijk");
    page.setViewportSize(1280, 1600);
    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/monitoring-landelijk-boven.png")));
    page.locator("#blok-realisatie").scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/monitoring-landelijk-realisatie.png")));

    // De exportlink geeft hetzelfde als de tabel (via de sessie van de browser opgehaald).
    String href = page.locator("#blok-realisatie .export a").first().getAttribute("href");
    String csv = new String(page.request().get(href).body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFCode;Regio;");
    assertThat(csv.lines().count()).isEqualTo(regio.regios().size() + 1);
  }

  @Test
  void deRegiocoordinatorZietHetDashboardVanDeEigenRegio() {
    browser.inloggen(page, "coordinator@am12");
    page.navigate("/");
    page.locator("nav.menu a[href='/monitoring/mijn-regio']").click();
    page.waitForURL("**/monitoring/regio/AM12");
    assertThat(page.locator("#organisaties")).isVisible();
    assertThat(page.locator("#trechter")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "monitoring-regionaal");
  }
}
