package nl.perspectiefopwerk.werkgever;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.browser.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** De werkgever maakt in de browser een werkplek met vaardigheden uit ESCO; elke pagina is toegankelijk (axe). */
@PlatformTest
class WerkgeverBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @Autowired JdbcClient jdbc;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void werkgeverMaaktEenWerkplekMetVaardighedenUitEsco() {
    browser.inloggen(page, "werkgever@am25");
    page.navigate("/werkplekken");
    assertThat(page.locator("h1")).isVisible();
    browser.assertToegankelijk(page);

    page.navigate("/werkplekken/nieuw");
    browser.assertToegankelijk(page);
    page.locator("button[value=opslaan]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);

    page.locator("#titel").fill("Magazijnmedewerker in de browser");
    page.locator("#beroep").fill("magazijnmedewerker");
    page.locator("#postcode").fill(jdbc.sql("select pc4 from regio.postcode where regiocode = 'AM25' order by pc4 limit 1")
        .query(String.class).single() + " AB");
    page.locator("#urenPerWeek").fill("24");
    page.locator("button[value=ophalen]").click();
    assertThat(page.locator("#vaardigheden input[type=checkbox]:checked").first()).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "werkplek-nieuw-vaardigheden");

    page.locator("button[value=opslaan]").click();
    page.waitForURL("**/werkplekken/*");
    assertThat(page.locator("h1")).containsText("Magazijnmedewerker in de browser");
    assertThat(page.locator("#status")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "werkplek-detail");
  }

  @Test
  void werkgeverBekijktHetProfiel() {
    browser.inloggen(page, "werkgever@am25");
    page.navigate("/werkgever/profiel");
    assertThat(page.locator("#kvkNummer")).isVisible();
    browser.assertToegankelijk(page);
  }
}
