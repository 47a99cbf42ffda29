package nl.perspectiefopwerk.matching;

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

/** Suggesties met uitleg en grote werving in de browser; elke pagina toegankelijk (axe). */
@PlatformTest
class MatchingBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @Autowired JdbcClient jdbc;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void werkgeverZietSuggestiesBijZijnWerkplek() {
    browser.inloggen(page, "werkgever@am14");
    UUID werkplek = jdbc.sql("""
        select w.id from werkgever.werkplek w join toegang.gebruiker g on g.organisatie_id = w.werkgever_id
        where g.gebruikersnaam = 'werkgever@am14' and w.status = 'OPEN' order by w.titel limit 1""").query(UUID.class).single();
    page.navigate("/werkplekken/" + werkplek);
    page.locator("#suggesties-link").click();
    page.waitForURL("**/suggesties");
    assertThat(page.locator("h1")).isVisible();
    assertThat(page.locator("#suggesties tbody tr").first()).containsText("essentiële vaardigheden");
    assertThat(page.locator("#suggesties tbody tr").first()).containsText("P-");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "matching-werkplek-suggesties");
  }

  @Test
  void consulentZietPassendeWerkplekken() {
    browser.inloggen(page, "consulent-gemeente@am14");
    UUID kandidaat = jdbc.sql("""
        select k.id from kandidaat.kandidaat k join toegang.gebruiker g on g.organisatie_id = k.organisatie_id
        join kandidaat.werkfit w on w.kandidaat_id = k.id
        where g.gebruikersnaam = 'consulent-gemeente@am14' and w.graad = 'WERKFIT' and k.in_bestand order by k.id limit 1""")
        .query(UUID.class).single();
    page.navigate("/kandidaten/" + kandidaat);
    page.locator("#suggesties-link").click();
    page.waitForURL("**/suggesties");
    assertThat(page.locator("h1")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "matching-kandidaat-suggesties");
  }

  @Test
  void regioloketKiestWerkplekkenEnAccepteertHetVoorstel() {
    browser.inloggen(page, "regioloket@am14");
    page.navigate("/matching/werving");
    browser.assertToegankelijk(page);
    int aantal = Math.min(5, page.locator("#werkplekken input[type=checkbox]").count());
    for (int i = 0; i < aantal; i++) page.locator("#werkplekken input[type=checkbox]").nth(i).check();
    page.locator("form[action$='/voorstel'] button[type=submit]").click();
    page.waitForURL("**/werving/voorstel");
    assertThat(page.locator("#samenvatting")).isVisible();
    assertThat(page.locator("#voorstel tbody tr").first()).containsText("essentiële vaardigheden");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "matching-werving-voorstel");
    page.locator("#voorstel input[name=paar]").first().uncheck();
    String naam = "Banenmarkt browser " + UUID.randomUUID().toString().substring(0, 8);
    page.locator("#naam").fill(naam);
    page.locator("form[action$='/accepteren'] button[type=submit]").click();
    page.waitForURL("**/matching/werving");
    assertThat(page.locator(".melding--succes")).isVisible();
    // Elk geaccepteerd paar start de route: het aantal belangstellingen en de weg naar de taken van het regioloket.
    assertThat(page.locator("#belangstellingen-aangemaakt")).containsText(java.util.regex.Pattern.compile("\\d+ belangstellingen? aangemaakt"));
    assertThat(page.locator("#acceptatie a[href$='/regioloket/taken']")).isVisible();
    assertThat(page.locator("#voorstellen")).containsText(naam);
    browser.assertToegankelijk(page);
    browser.screenshot(page, "matching-werving");
  }

  @Test
  void ondersteuningsteamBekijktFairness() {
    browser.inloggen(page, "ondersteuningsteam@nl");
    page.navigate("/matching/fairness");
    assertThat(page.locator("#fairness tbody tr").first()).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "matching-fairness");
  }

  @Test
  void kandidaatBekijktPassendWerk() {
    browser.inloggen(page, "kandidaat@am14");
    page.navigate("/mijn-gegevens/suggesties");
    assertThat(page.locator("h1")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "matching-kandidaat-zelf");
  }
}
