package nl.perspectiefopwerk.scholing;

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

/** Een praktijkleerroute tot en met de praktijkverklaring in de browser; elke pagina is toegankelijk (axe). */
@PlatformTest
class ScholingBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @Autowired JdbcClient jdbc;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void consulentLegtPraktijkleerrouteVastTotDePraktijkverklaring() {
    UUID kandidaat = jdbc.sql("""
            select k.id from kandidaat.kandidaat k join toegang.gebruiker g on g.organisatie_id = k.organisatie_id
            where g.gebruikersnaam = 'consulent-gemeente@am28'
            and not exists (select 1 from scholing.traject t where t.kandidaat_id = k.id) order by k.id desc limit 1
            """).query(UUID.class).single();
    browser.inloggen(page, "consulent-gemeente@am28");
    page.navigate("/scholing");
    browser.assertToegankelijk(page);
    page.locator("#nieuw-traject").click();
    page.waitForURL("**/scholing/nieuw");
    page.locator("#trajectformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);

    page.locator("#kandidaat").fill(kandidaat.toString());
    page.locator("#type").selectOption("PRAKTIJKLEREN");
    page.locator("#opleiding").fill("Medewerker schoonmaak (mbo 1), werkprocessen");
    page.locator("#erkendLeerbedrijf").fill("Schoonmaakbedrijf Blinkend Voorbeeld");
    page.locator("#praktijkopleider").fill("J. de Opleider");
    page.locator("#onderwijsOrganisatieId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
    page.locator("#trajectformulier button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/scholing/[0-9a-f-]{36}$"));
    assertThat(page.locator("#melding")).isVisible();
    browser.assertToegankelijk(page);

    page.locator("#startformulier button[type=submit]").click();
    assertThat(page.locator("#afrondformulier")).isVisible();
    page.locator("#uitkomst-PRAKTIJKVERKLARING").check();
    page.locator("#afrondformulier button[type=submit]").click();
    assertThat(page.locator("#uitkomst-getoond")).containsText("Praktijkverklaring");
    assertThat(page.locator("#afrondformulier")).hasCount(0);
    browser.assertToegankelijk(page);
    browser.screenshot(page, "scholing-traject-praktijkverklaring");

    page.navigate("/scholing");
    assertThat(page.locator("#trajecten")).containsText("Medewerker schoonmaak");
    browser.screenshot(page, "scholing-lijst");
  }

  @Test
  void ministerieZietKengetallenEnBesluitOverDePilot() {
    browser.inloggen(page, "ministerie@nl");
    page.navigate("/scholing/kengetallen");
    assertThat(page.locator("#kengetallen-tabel")).containsText("AM25");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "scholing-kengetallen-landelijk");
    page.navigate("/scholing/pilot");
    assertThat(page.locator("#aanmeldingen")).isVisible();
    browser.assertToegankelijk(page);
  }
}
