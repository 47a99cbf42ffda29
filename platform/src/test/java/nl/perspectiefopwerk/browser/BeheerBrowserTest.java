package nl.perspectiefopwerk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import nl.perspectiefopwerk.PlatformTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Beheer in een echte browser: de beheerpagina's renderen en zijn toegankelijk, de centrumgemeente
 * van een regio wijzigen werkt, een verouderd formulier overschrijft niets, en wie geen beheerder
 * is krijgt de Nederlandse 403-pagina.
 *
 * <p>De wijzigtests gebruiken AM35 (Gorinchem, 3 gemeenten), een regio die geen andere test
 * gebruikt, en zetten de centrumgemeente na afloop altijd terug op Gorinchem.
 */
@PlatformTest
class BeheerBrowserTest {

  private static final String REGIO = "AM35";
  private static final String ORIGINEEL = "Gorinchem";

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;

  // ---------------------------------------------------------------- verhalen

  @Test
  void beheerpaginasRenderenEnZijnToegankelijk() {
    Page page = inloggenAlsBeheerder();
    controleer(page, "beheer-start");

    page.navigate("/beheer/gebruikers");
    assertThat(page.locator("h1")).hasText("Gebruikers");
    assertThat(page.locator("#gebruikers tbody tr").first()).isVisible();
    controleer(page, "beheer-gebruikers");

    zoekGebruiker(page, "regioloket@am25");
    page.locator("#gebruikers").getByText("regioloket@am25", new Locator.GetByTextOptions().setExact(true)).click();
    page.waitForURL("**/beheer/gebruikers/*");
    assertThat(page.locator(".gegevens")).containsText("regioloket@am25");
    assertThat(page.locator("main")).containsText("verwerkingenlog");
    controleer(page, "beheer-gebruiker");

    page.navigate("/beheer/organisaties");
    assertThat(page.locator("#organisaties tbody tr").first()).isVisible();
    controleer(page, "beheer-organisaties");

    page.navigate("/beheer/referentiedata");
    assertThat(page.locator("#importstatus tbody tr").first()).isVisible();
    controleer(page, "beheer-referentiedata");

    page.navigate("/beheer/audit");
    assertThat(page.locator("h1")).hasText("Verwerkingenlog");
    // Het bekijken van regioloket@am25 hierboven staat in het log.
    assertThat(page.locator("#verwerkingen")).containsText("beheerder@nl");
    controleer(page, "beheer-audit");

    openWijzigformulier(page, REGIO);
    assertThat(page.locator("#centrumgemeente option")).hasCount(4); // "Kies een gemeente" + 3 gemeenten
    assertThat(page.locator("input[type=hidden][name=versie]")).hasCount(1);
    controleer(page, "beheer-regio-am35");
  }

  @Test
  void lijstenMetRijenTonenGeenMeldingDatDeLijstLeegIs() {
    Page page = inloggenAlsBeheerder();
    SoftAssertions zacht = new SoftAssertions();
    for (String[] lijst :
        new String[][] {{"/beheer/gebruikers", "#gebruikers"}, {"/beheer/organisaties", "#organisaties"},
            {"/beheer/audit", "#verwerkingen"}, {"/regios/" + REGIO, "#gemeenten"}}) {
      page.navigate(lijst[0]);
      if (page.locator(lijst[1] + " tbody tr").count() == 0) continue; // echt leeg (bijv. nog geen verwerkingen)
      Locator leeg = page.locator("main .leeg");
      zacht.assertThat(leeg.allInnerTexts())
          .as("melding voor een lege lijst naast een gevulde tabel " + lijst[1] + " op " + lijst[0])
          .isEmpty();
    }
    zacht.assertAll();
  }

  @Test
  void beheerderWijzigtDeCentrumgemeente() {
    Page page = inloggenAlsBeheerder();
    try {
      page.navigate("/regios/" + REGIO);
      page.getByText("Centrumgemeente wijzigen").click();
      page.waitForURL(url("/beheer/regios/" + REGIO));
      assertThat(page.locator("#centrumgemeente option:checked")).hasText(ORIGINEEL);

      kiesEnSlaOp(page, "Molenlanden");
      zieOpgeslagen(page, "Molenlanden");
      controleer(page, "beheer-regio-am35-gewijzigd");
    } finally {
      zetTerug(page);
    }
  }

  @Test
  void verouderdFormulierGeeftConflictEnVerliestNiets() {
    Page eerste = inloggenAlsBeheerder();
    Page tweede = browser.nieuwePagina(); // zelfde sessie, tweede tabblad
    try {
      openWijzigformulier(eerste, REGIO);
      openWijzigformulier(tweede, REGIO);
      String versie = tweede.locator("input[name=versie]").inputValue();

      kiesEnSlaOp(eerste, "Vijfheerenlanden");
      zieOpgeslagen(eerste, "Vijfheerenlanden");

      kiesEnSlaOp(tweede, "Molenlanden");
      Locator conflict = tweede.locator("#conflict");
      assertThat(conflict).isVisible();
      assertThat(conflict).hasAttribute("role", "alert");
      assertThat(conflict).containsText("intussen gewijzigd");
      // De wijziging uit het eerste tabblad is niet overschreven: het formulier toont de nieuwe stand.
      assertThat(tweede.locator("#centrumgemeente option:checked")).hasText("Vijfheerenlanden");
      assertThat(tweede.locator("input[name=versie]")).not().hasValue(versie);
      controleer(tweede, "beheer-regio-am35-conflict");

      eerste.navigate("/regios/" + REGIO);
      assertThat(eerste.locator(".gegevens")).containsText("Vijfheerenlanden");

      // Met de nieuwe versie lukt opslaan vanuit het tweede tabblad wel.
      kiesEnSlaOp(tweede, "Molenlanden");
      zieOpgeslagen(tweede, "Molenlanden");
    } finally {
      zetTerug(eerste);
    }
  }

  @Test
  void regioloketKrijgtGeenToegangTotBeheer() {
    Page page = browser.pagina();
    browser.inloggen(page, "regioloket@am25");

    for (String pad : new String[] {"/beheer/gebruikers", "/beheer/regios/AM25", "/beheer/audit"}) {
      Response antwoord = page.navigate(pad);
      assertThat(antwoord.status()).as(pad).isEqualTo(403);
      assertThat(page.locator("h1")).hasText("Geen toegang");
      assertThat(page.locator("main")).not().containsText("Exception");
    }
    controleer(page, "fout-403");
  }

  // ---------------------------------------------------------------- stappen

  private Page inloggenAlsBeheerder() {
    Page page = browser.pagina();
    browser.inloggen(page, "beheerder@nl");
    assertThat(page.locator("h1")).containsText("Welkom, ");
    return page;
  }

  private void zoekGebruiker(Page page, String zoek) {
    page.locator("#zoek").fill(zoek);
    page.locator("form.zoekbalk button[type=submit]").click();
    page.waitForURL("**/beheer/gebruikers?zoek=*");
  }

  private void openWijzigformulier(Page page, String regio) {
    page.navigate("/beheer/regios/" + regio);
    assertThat(page.locator("#centrumgemeente")).isVisible();
  }

  private void kiesEnSlaOp(Page page, String gemeente) {
    page.locator("#centrumgemeente").selectOption(new SelectOption().setLabel(gemeente));
    page.locator("main form.formulier button[type=submit]").click();
  }

  private void zieOpgeslagen(Page page, String gemeente) {
    page.waitForURL(url("/regios/" + REGIO));
    assertThat(page.locator(".melding[role=status]")).hasText("De centrumgemeente is nu " + gemeente + ".");
    assertThat(page.locator(".gegevens")).containsText(gemeente);
  }

  /** Zet de centrumgemeente terug op het origineel, zodat andere tests een ongewijzigde regio zien. */
  private void zetTerug(Page page) {
    openWijzigformulier(page, REGIO);
    if (!ORIGINEEL.equals(page.locator("#centrumgemeente option:checked").innerText().strip())) {
      kiesEnSlaOp(page, ORIGINEEL);
      zieOpgeslagen(page, ORIGINEEL);
    }
  }

  private String url(String pad) {
    return "http://localhost:" + port + pad;
  }

  private void controleer(Page page, String naam) {
    browser.screenshot(page, naam);
    browser.assertToegankelijk(page);
  }
}
