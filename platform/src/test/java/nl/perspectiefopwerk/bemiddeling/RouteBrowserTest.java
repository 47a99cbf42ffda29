package nl.perspectiefopwerk.bemiddeling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.browser.Browser;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * De route in de browser (regio AM08), met axe op elke nieuwe pagina: de werkgever stelt een werkplek open, vindt een
 * anoniem profiel en nodigt uit; het regioloket regelt het gesprek met toestemming en legt de plaatsing vast; de
 * jobcoach volgt de nazorg tot duurzaam; de regiocoördinator ziet de cijfers; het WSP en de matchingevents.
 */
@PlatformTest
class RouteBrowserTest {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  @RegisterExtension static Browser browser = new Browser();

  @Autowired JdbcClient jdbc;
  @Autowired KandidaatApi kandidaten;
  @Autowired WerkgeverApi werkgevers;
  @Autowired BemiddelingService bemiddeling;

  private Page page;
  private RouteFixture route;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
    route = new RouteFixture("AM08", jdbc, kandidaten, werkgevers, bemiddeling);
  }

  @Test
  void vanWerkplekViaUitnodigingEnToestemmingTotDuurzamePlaatsing() {
    String titel = "Routetest " + UUID.randomUUID().toString().substring(0, 6);
    String code = route.vrijProfiel();

    // de werkgever stelt een werkplek open en nodigt een anoniem profiel uit
    browser.inloggen(page, "werkgever@am08");
    page.navigate("/werkplekken/nieuw");
    page.locator("#titel").fill(titel);
    page.locator("#beroep").fill("magazijnmedewerker");
    page.locator("#postcode").fill(route.eigenOpenWerkplek().postcode());
    page.locator("#urenPerWeek").fill("24");
    page.locator("button[value=opslaan]").click();
    page.waitForURL("**/werkplekken/*");
    assertThat(page.locator("h1")).containsText(titel);

    page.navigate("/bestand");
    browser.assertToegankelijk(page);
    page.navigate("/bestand/" + code);
    page.locator("#uitnodigen").click();
    page.waitForURL("**/belangstelling/nieuw**");
    browser.assertToegankelijk(page);
    page.locator("#werkplek label").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(titel))
        .locator("input").check();
    page.locator("#bericht").fill("Wij nodigen u graag uit voor een kennismaking op de werkvloer.");
    page.locator("#belangstellingformulier button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/belangstelling/[0-9a-f-]{36}$"));
    assertThat(page.locator("#wachten")).isVisible();
    browser.assertToegankelijk(page);
    String verzoek = page.url().substring(page.url().lastIndexOf('/') + 1);

    // het regioloket: ja met toestemming, gesprek, match, plaatsing
    wissel("regioloket@am08");
    page.navigate("/regioloket/taken/" + verzoek);
    page.locator("#antwoord-ja").check();
    page.locator("#antwoordformulier button[type=submit]").click();
    page.locator("#gesprekOp").fill(LocalDate.now(TIJDZONE).minusDays(1) + "T10:00");
    page.locator("#locatie").fill("Magazijn, Kade 1");
    page.locator("#gesprekformulier button[type=submit]").click();
    page.locator("#uitkomst-MATCH").check();
    page.locator("#uitkomstformulier button[type=submit]").click();
    assertThat(page.locator("#plaatsen")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#plaatsen").click();
    page.waitForURL("**/plaatsing");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "route-plaatsing-nieuw");
    page.locator("#plaatsingformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#startdatum").fill(LocalDate.now(TIJDZONE).minusMonths(6).minusDays(3).toString());
    page.locator("#contractvorm").selectOption("ARBEIDSOVEREENKOMST_BEPAALDE_TIJD");
    page.locator("#instrument-JOBCOACHING").check();
    page.locator("#jobcoach").fill("jobcoach@am08");
    page.locator("#plaatsingformulier button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/plaatsingen/[0-9a-f-]{36}$"));
    assertThat(page.locator("#melding")).isVisible();
    String plaatsing = page.url().substring(page.url().lastIndexOf('/') + 1);

    // de werkgever ziet nu wie de kandidaat is
    wissel("werkgever@am08");
    page.navigate("/belangstelling/" + verzoek);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contactgegevens van de kandidaat"))).isVisible();

    // de jobcoach volgt de nazorg tot duurzaam
    wissel("jobcoach@am08");
    page.navigate("/nazorg");
    assertThat(page.locator("#werklijst")).containsText("Na 1 maand");
    browser.assertToegankelijk(page);
    page.navigate("/plaatsingen/" + plaatsing);
    browser.assertToegankelijk(page);
    for (int i = 0; i < 3; i++) {
      page.locator("#uitkomst-IN_WERK").check();
      page.locator("#activiteiten").fill("Begeleiding op de werkvloer, contactmoment " + (i + 1));
      page.locator("#nazorgformulier button[type=submit]").click();
      assertThat(page.locator("#melding")).isVisible();
    }
    assertThat(page.locator("#plaatsingstatus")).hasText("Duurzaam");
    assertThat(page.locator("#nazorgformulier")).hasCount(0);
    browser.assertToegankelijk(page);
    browser.screenshot(page, "route-plaatsing-duurzaam");
    page.navigate("/plaatsingen");
    browser.assertToegankelijk(page);

    // en de regio ziet het in de cijfers
    wissel("coordinator@am08");
    page.navigate("/bemiddelingscijfers");
    page.waitForURL("**/bemiddelingscijfers/AM08");
    assertThat(page.locator("#cijfers tfoot")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "route-cijfers");
  }

  @Test
  void hetWerkgeversservicepuntEnEenMatchingevent() {
    browser.inloggen(page, "regioloket@am08");
    page.navigate("/wsp");
    assertThat(page.locator("#werkgevers")).isVisible();
    browser.assertToegankelijk(page);
    browser.screenshot(page, "route-wsp");

    page.navigate("/matchingevents");
    browser.assertToegankelijk(page);
    page.locator("#eventformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#type").selectOption("BANENMARKT");
    page.locator("#titel").fill("Banenmarkt browsertest");
    page.locator("#datum").fill(LocalDate.now(TIJDZONE).toString());
    page.locator("#plaats").fill("Sporthal De Ronde");
    page.locator("#eventformulier button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/matchingevents/[0-9a-f-]{36}$"));
    page.locator("#werkgever").selectOption(route.werkgever().organisatieId().toString());
    page.locator("#werkgeverformulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    browser.assertToegankelijk(page);

    String code = loketProfiel();
    page.locator("#profielcode").fill(code);
    page.locator("#kandidaatformulier button[type=submit]").click();
    assertThat(page.locator("#kandidaten")).containsText(code);
    page.locator("#werkgevers input[type=checkbox]").check();
    page.locator("#kandidaten input[type=checkbox]").check();
    page.locator("#aanwezigheidformulier button[type=submit]").click();
    assertThat(page.locator("#vervolgformulier")).isVisible();
    browser.assertToegankelijk(page);
    page.locator("#vervolgformulier #bericht").fill("Vervolggesprek na de banenmarkt.");
    page.locator("#vervolgformulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    assertThat(page.locator("#opbrengst")).containsText("1");
    browser.assertToegankelijk(page);
    browser.screenshot(page, "route-matchingevent");
  }

  /** Een profielcode zoals het regioloket die ziet, van een kandidaat zonder verzoek. */
  private String loketProfiel() {
    var loket = route.regioloket();
    java.util.Set<UUID> bezet = new java.util.HashSet<>(jdbc.sql("select kandidaat_id from bemiddeling.belangstelling").query(UUID.class).list());
    return kandidaten.zoekInBestand(loket, nl.perspectiefopwerk.kandidaat.Zoekfilter.leeg(), new nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek(1, 200))
        .items().stream().map(p -> p.profielcode())
        .filter(c -> !bezet.contains(kandidaten.kandidaatVoorProfielcode(loket, c).orElseThrow().waarde())).findFirst().orElseThrow();
  }

  private void wissel(String gebruiker) {
    page.context().clearCookies();
    browser.inloggen(page, gebruiker);
  }
}
