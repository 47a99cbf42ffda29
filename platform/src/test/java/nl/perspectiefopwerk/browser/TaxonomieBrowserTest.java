package nl.perspectiefopwerk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Beroepen zoeken met typeahead (htmx) en zonder JavaScript, een beroep en een vaardigheid bekijken. */
@PlatformTest
class TaxonomieBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void werkgeverZoektEenBeroepMetTypeaheadEnBekijktDeVaardigheden() {
    browser.inloggen(page, "werkgever@am25");
    page.navigate("/beroepen");
    assertThat(page.locator("h1")).isVisible();
    browser.assertToegankelijk(page);

    typAls("lasser");
    assertThat(page.locator("#beroep-suggesties li").first()).containsText("lasser");
    browser.screenshot(page, "beroepen-typeahead");

    page.locator("#beroep-suggesties li a").first().click();
    page.waitForURL("**/beroepen/**");
    assertThat(page.locator("h1")).containsText("lasser");
    assertThat(page.locator("#vaardigheden-essentieel")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "beroep-detail");

    page.locator("main a[href*='/vaardigheden/']").first().click();
    page.waitForURL("**/vaardigheden/**");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "vaardigheid-detail");
  }

  @Test
  void zoekenZonderJavascriptGeeftEenResultatenlijst() {
    browser.inloggen(page, "consulent-uwv@am25");
    page.navigate("/beroepen?zoek=verpleegkundige");
    assertThat(page.locator("#resultaten")).containsText("verpleegkundige");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "beroepen-resultaten");
    page.navigate("/beroepen?zoek=xqzwv");
    assertThat(page.locator("main .leeg")).isVisible();
  }

  private void typAls(String tekst) {
    page.locator("#zoek").pressSequentially(tekst, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
  }
}
