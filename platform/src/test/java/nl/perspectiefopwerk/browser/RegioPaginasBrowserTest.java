package nl.perspectiefopwerk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Verhalen door de regio-pagina's en de portaalbasis in een echte browser: inloggen, regio's
 * bekijken, een postcode opzoeken, taal wisselen en uitloggen. Elke bezochte pagina gaat door axe
 * (geen ernstige of kritieke WCAG-overtredingen) en krijgt een schermafdruk in target/screenshots.
 */
@PlatformTest
class RegioPaginasBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  // ---------------------------------------------------------------- verhalen

  @Test
  void regioloketZoektEenPostcodeOpEnBekijktDeRegio() {
    inloggenAls("regioloket@am25");
    controleerPagina("regio-start-regioloket");

    openRegioOverzicht();
    controleerPagina("regio-overzicht");

    zoekPostcodeOp("4811", "West-Brabant");
    controleerPagina("regio-postcode-4811");

    openRegioUitPostcodeResultaat("AM25");
    zieGemeentenMetCentrumgemeente("Breda");
    controleerPagina("regio-detail-am25");
  }

  @Test
  void regioMetGemeentenToontGeenMeldingDatDeLijstLeegIs() {
    inloggenAls("regioloket@am25");
    page.navigate("/regios/AM25");
    assertThat(page.locator("#gemeenten tbody tr")).hasCount(14);
    // De melding "nog geen gemeenten geïmporteerd" hoort alleen bij een lege lijst.
    assertThat(page.locator("main .leeg")).hasCount(0);
  }

  @Test
  void anoniemeWelkomstpaginaIsToegankelijk() {
    openWelkomstpagina();
    assertThat(page.locator("h1")).hasText("Perspectief op Werk");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")).first()).isVisible();
    controleerPagina("welkom-anoniem");
  }

  @Test
  void inlogknopInDeKopIsLeesbaar() {
    // axe meldt tekst met contrast 1:1 (zelfde kleur als de achtergrond) alleen als "incomplete",
    // niet als overtreding; daarom hier expliciet.
    openWelkomstpagina();
    Locator knop = page.locator(".kop a.knop");
    assertThat(knop).hasText("Inloggen");
    double contrast = contrast(knop);
    assertThat(contrast).as("contrast van de knop Inloggen in de kop (WCAG 1.4.3 vraagt minstens 4,5:1)").isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void verkeerdWachtwoordGeeftEenNederlandseFoutmelding() {
    // Een eigen account, zodat de blokkade na herhaalde mislukte pogingen geen andere test raakt.
    browser.inloggen(page, "kandidaat@am01", "fout-wachtwoord");
    page.waitForURL("**/inloggen?fout=onjuist");

    Locator fout = page.locator("#inlogfout");
    assertThat(fout).hasAttribute("role", "alert");
    assertThat(fout).containsText("Inloggen is niet gelukt");
    assertThat(fout).containsText("De gebruikersnaam of het wachtwoord klopt niet");
    assertThat(page.locator("#gebruikersnaam")).hasAttribute("aria-invalid", "true");
    controleerPagina("inloggen-fout");
  }

  @Test
  void taalwisselNaarEngelsEnTerug() {
    inloggenAls("regioloket@am25");
    openRegioOverzicht();
    zieKoptekstInHetNederlands();

    kiesTaal("English");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(uitlogknop()).hasText("Log out");
    assertThat(page.locator(".skiplink")).hasText("Skip to content");
    assertThat(page.locator("h1")).hasText("Labour-market regions");
    controleerPagina("regio-overzicht-en");

    // De keuze wordt onthouden (cookie), ook op een volgende pagina zonder ?lang.
    page.navigate("/regios/AM25");
    assertThat(uitlogknop()).hasText("Log out");

    kiesTaal("Nederlands");
    zieKoptekstInHetNederlands();
    page.navigate("/regios");
    zieKoptekstInHetNederlands();
  }

  @Test
  void uitloggenBrengtTerugNaarDeWelkomstpagina() {
    inloggenAls("regioloket@am25");
    uitloggen();

    assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/\\?uitgelogd"));
    assertThat(page.locator(".melding[role=status]")).containsText("U bent uitgelogd");
    assertThat(page.locator("h1")).hasText("Perspectief op Werk");
    assertThat(uitlogknop()).hasCount(0);
    controleerPagina("welkom-uitgelogd");

    // De sessie is echt weg: een beschermde pagina stuurt naar het inlogformulier.
    page.navigate("/regios");
    page.waitForURL("http://localhost:" + port + "/inloggen");
  }

  @Test
  void onbekendePaginaGeeftNederlandse404ZonderStacktrace() {
    inloggenAls("regioloket@am25");
    Response antwoord = page.navigate("/bestaat-niet");

    assertThat(antwoord.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
    String tekst = page.locator("body").innerText();
    assertThat(tekst).doesNotContain("Exception", "Whitelabel", "at nl.", "at org.", "Stack");
    controleerPagina("fout-404");
  }

  @Test
  void overDitPlatformIsOpenbaarEnToegankelijk() {
    Response antwoord = page.navigate("/over");
    assertThat(antwoord.status()).isEqualTo(200);
    assertThat(page.locator("h1")).hasText("Over dit platform");
    controleerPagina("over");
  }

  @Test
  void apiInformatiepaginaIsOpenbaarEnToegankelijk() {
    // De voettekst van elke pagina linkt hierheen, ook voor wie niet is ingelogd.
    Response antwoord = page.navigate("/api");
    assertThat(antwoord.status()).as("status van /api voor een anonieme bezoeker").isEqualTo(200);
    assertThat(antwoord.headerValue("content-type")).startsWith("text/html");
    assertThat(page.locator("h1")).isVisible();
    controleerPagina("api");
  }

  // ---------------------------------------------------------------- stappen

  private void openWelkomstpagina() {
    page.navigate("/");
  }

  private void inloggenAls(String gebruikersnaam) {
    browser.inloggen(page, gebruikersnaam);
    String naam = page.locator(".kop__naam").innerText();
    assertThat(naam).isNotBlank();
    assertThat(page.locator("h1")).hasText("Welkom, " + naam);
  }

  private void openRegioOverzicht() {
    page.navigate("/regios");
    assertThat(page.locator("h1")).hasText("Arbeidsmarktregio's");
    assertThat(page.locator("#regios tbody tr")).hasCount(35);
  }

  private void zoekPostcodeOp(String postcode, String verwachteRegio) {
    page.locator("#postcode").fill(postcode);
    page.locator("form.zoekbalk button[type=submit]").click();
    page.waitForURL("**/regios?postcode=" + postcode);
    Locator resultaat = page.locator("#postcode-resultaat");
    assertThat(resultaat).containsText("Postcode " + postcode);
    assertThat(resultaat.getByRole(AriaRole.LINK)).containsText(verwachteRegio);
  }

  private void openRegioUitPostcodeResultaat(String regiocode) {
    page.locator("#postcode-resultaat a").click();
    page.waitForURL("http://localhost:" + port + "/regios/" + regiocode);
    assertThat(page.locator(".gegevens")).containsText(regiocode);
  }

  private void zieGemeentenMetCentrumgemeente(String centrumgemeente) {
    Locator gemeenten = page.locator("#gemeenten tbody tr");
    assertThat(gemeenten.first()).isVisible();
    assertThat(gemeenten.filter(new Locator.FilterOptions().setHasText(centrumgemeente)).first()).containsText("Centrumgemeente");
    assertThat(page.locator(".gegevens")).containsText(centrumgemeente);
  }

  private Locator uitlogknop() {
    return page.locator("form.kop__uitloggen button");
  }

  private void zieKoptekstInHetNederlands() {
    assertThat(page.locator("html")).hasAttribute("lang", "nl");
    assertThat(uitlogknop()).hasText("Uitloggen");
    assertThat(page.locator(".skiplink")).hasText("Naar de inhoud");
  }

  private void kiesTaal(String taal) {
    page.locator(".kop__taal").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(taal)).click();
    page.waitForURL(Pattern.compile("[?&]lang=" + ("English".equals(taal) ? "en" : "nl")));
    assertThat(page.locator(".kop__taal a[aria-current=true]")).hasText(taal);
  }

  private void uitloggen() {
    uitlogknop().click();
    page.waitForURL("**/?uitgelogd");
  }

  /** Contrastverhouding (WCAG) tussen de tekstkleur en de eigen achtergrondkleur van een element. */
  private static double contrast(Locator element) {
    return ((Number)
            element.evaluate(
                """
                e => {
                  const s = getComputedStyle(e);
                  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
                  const lum = c => rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                                         .reduce((t, v, i) => t + v * [0.2126, 0.7152, 0.0722][i], 0);
                  const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
                  return (a + 0.05) / (b + 0.05);
                }"""))
        .doubleValue();
  }

  private void controleerPagina(String naam) {
    browser.screenshot(page, naam);
    browser.assertToegankelijk(page);
  }
}
