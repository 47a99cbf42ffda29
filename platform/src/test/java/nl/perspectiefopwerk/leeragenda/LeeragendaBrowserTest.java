package nl.perspectiefopwerk.leeragenda;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.browser.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Een regio vindt een les uit een andere regio; leeragenda en evaluatie zijn toegankelijk (axe). */
@PlatformTest
class LeeragendaBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void drentheVindtDeLesUitZeelandDieBijHaarPast() {
    browser.inloggen(page, "coordinator@am03");
    page.navigate("/leeragenda");
    assertThat(page.locator("#nieuw-voor-regio")).isVisible();
    assertThat(page.locator("#themas li")).hasCount(6);
    browser.assertToegankelijk(page);
    browser.screenshot(page, "leeragenda-start");

    page.locator("#q").fill("online matchingevent");
    page.locator("#zoekformulier button[type=submit]").click();
    page.waitForURL("**/leeragenda/zoeken**");
    assertThat(page.locator("#resultaten")).containsText("Online matchingevent zonder nabellen");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "leeragenda-zoeken");

    page.locator("#zoals-mijn-regio").click();
    assertThat(page.locator("#stedelijkheid")).hasValue("LANDELIJK");
    page.locator("#resultaten a", new Page.LocatorOptions().setHasText("Online matchingevent zonder nabellen")).click();
    assertThat(page.locator("h1")).containsText("Online matchingevent zonder nabellen");
    assertThat(page.locator("main")).containsText("AM24");
    browser.assertToegankelijk(page);

    page.navigate("/leeragenda/behoefte");
    assertThat(page.locator("#behoefteformulier")).isVisible();
    browser.assertToegankelijk(page);
    page.navigate("/leeragenda/activiteiten");
    page.locator("#activiteiten a").first().click();
    assertThat(page.locator("#activiteitgegevens")).isVisible();
    browser.assertToegankelijk(page);
  }

  @Test
  void evaluatorZietCycliInvoerLessenEnRapporten() {
    browser.inloggen(page, "evaluator@nl");
    page.navigate("/evaluatie");
    browser.assertToegankelijk(page);
    page.locator("#cycli a").first().click();
    assertThat(page.locator("#rapporten")).containsText("Tussenrapport");
    assertThat(page.locator("#lessen")).isVisible();
    assertThat(page.locator("#invoerformulier")).hasCount(0);
    browser.assertToegankelijk(page);
    browser.screenshot(page, "evaluatie-cyclus");
    page.navigate("/leeragenda/items/nieuw?soort=LES");
    assertThat(page.locator("#itemformulier")).isVisible();
    browser.assertToegankelijk(page);

    // een les uit de eerste cyclus (door de evaluator gepubliceerd) wijzigen
    page.navigate("/evaluatie");
    page.locator("#cycli a").first().click();
    page.locator("#lessen a").first().click();
    page.locator("#wijzig-item").click();
    assertThat(page.locator("#itemformulier")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#samenvatting").fill("Aangescherpt door de evaluator na de tweede ronde gesprekken.");
    page.locator("#itemformulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    assertThat(page.locator(".inleiding")).containsText("Aangescherpt");
  }
}
