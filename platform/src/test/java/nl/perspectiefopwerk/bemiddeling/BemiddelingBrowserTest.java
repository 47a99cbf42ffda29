package nl.perspectiefopwerk.bemiddeling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.browser.Browser;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Belangstelling tonen en afhandelen in de browser; elke pagina is toegankelijk (axe). */
@PlatformTest
class BemiddelingBrowserTest {

  @RegisterExtension static Browser browser = new Browser();

  @Autowired JdbcClient jdbc;
  @Autowired KandidaatApi kandidaten;
  @Autowired KandidaatService kandidaatService;
  @Autowired WerkgeverApi werkgevers;
  @Autowired BemiddelingService bemiddeling;

  private Page page;

  @BeforeEach
  void nieuwePagina() {
    page = browser.pagina();
  }

  @Test
  void werkgeverToontBelangstellingVanafHetProfiel() {
    String code = vrijProfiel();
    browser.inloggen(page, "werkgever@am25");
    page.navigate("/bestand/" + code);
    page.locator("#belangstelling").click();
    page.waitForURL("**/belangstelling/nieuw**");
    browser.assertToegankelijk(page);

    page.locator("#belangstellingformulier button[type=submit]").click();
    assertThat(page.locator("#foutsamenvatting")).isVisible();
    browser.assertToegankelijk(page);

    page.locator("#werkplek input[type=radio]").first().check();
    page.locator("#bericht").fill("Wij bieden een rustige werkplek met een vaste collega.");
    page.locator("#belangstellingformulier button[type=submit]").click();
    page.waitForURL(url -> url.matches(".*/belangstelling/[0-9a-f-]{36}$"));
    assertThat(page.locator("#melding")).isVisible();
    assertThat(page.locator("#wachten")).isVisible();
    browser.assertToegankelijk(page);

    page.navigate("/belangstelling");
    assertThat(page.locator("#verzoeken")).containsText(code);
    browser.assertToegankelijk(page);
  }

  @Test
  void regioloketLegtAntwoordVastEnPlantHetGesprek() {
    HuidigeGebruiker werkgever = werkgever();
    String code = vrijProfiel();
    UUID werkplek = werkgevers.openWerkplekken("AM25").stream()
        .filter(w -> w.werkgeverId().equals(werkgever.organisatieId().waarde())).findFirst().orElseThrow().id().waarde();
    BelangstellingId id = ((BemiddelingService.Resultaat.Gelukt) bemiddeling.toonBelangstelling(werkgever, code, werkplek,
        "Graag maken wij kennis.")).id();

    browser.inloggen(page, "regioloket@am25");
    page.navigate("/regioloket/taken");
    assertThat(page.locator("#taken")).isVisible();
    browser.assertToegankelijk(page);

    page.navigate("/regioloket/taken/" + id);
    browser.assertToegankelijk(page);
    page.locator("#antwoord-nee").check();
    page.locator("#antwoordformulier button[type=submit]").click();
    assertThat(page.locator("#melding")).isVisible();
    assertThat(page.locator("#antwoordformulier")).hasCount(0);
    assertThat(page.locator("#gesprekformulier")).hasCount(0);
    browser.assertToegankelijk(page);
  }

  private String vrijProfiel() {
    HuidigeGebruiker werkgever = werkgever();
    java.util.Set<UUID> alGevraagd = new java.util.HashSet<>(
        jdbc.sql("select kandidaat_id from bemiddeling.belangstelling").query(UUID.class).list());
    return kandidaten.zoekInBestand(werkgever, Zoekfilter.leeg(), new PaginaVerzoek(1, 200)).items().stream()
        .map(p -> p.profielcode())
        .filter(c -> !alGevraagd.contains(kandidaten.kandidaatVoorProfielcode(werkgever, c).orElseThrow().waarde()))
        .findFirst().orElseThrow();
  }

  private HuidigeGebruiker werkgever() {
    UUID org = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = 'werkgever@am25'").query(UUID.class).single();
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), "werkgever@am25", "Werkgever", Rol.WERKGEVER, new OrganisatieId(org),
        "Werkgever", OrganisatieType.WERKGEVER, List.of("AM25"));
  }
}
