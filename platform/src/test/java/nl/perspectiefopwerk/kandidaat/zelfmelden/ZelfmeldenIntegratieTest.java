package nl.perspectiefopwerk.kandidaat.zelfmelden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.kandidaat.beveiliging.Kluis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Zelfmelden: een werkzoekende maakt zonder inloggen een account en profiel; de aanmelding landt in de
 * lijst van de gekozen gemeente of het UWV, nog niet in het anonieme bestand.
 */
@PlatformTest
class ZelfmeldenIntegratieTest {

  static final String WACHTWOORD = "een lange zin als wachtwoord";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Kluis kluis;

  @Test
  void hetFormulierIsOpenbaarEnBereikbaarVanafWelkomEnInloggen() throws Exception {
    assertThat(html(get("/aanmelden"))).contains("name=\"_csrf\"", "name=\"bestandstoestemming\"", "name=\"beoordelaar\"")
        .doesNotContain("checked=\"checked\" id=\"bestandstoestemming\"");
    assertThat(html(get("/"))).contains("href=\"/aanmelden\"");
    assertThat(html(get("/inloggen"))).contains("href=\"/aanmelden\"");
  }

  @Test
  void aanmeldingLandtBijDeGekozenGemeenteNietInHetBestandEnDeKandidaatKanInloggen() throws Exception {
    String email = uniekEmail();
    mvc.perform(aanmelding(email, geldigBsn(), "4811 AB", "GEMEENTE", true))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/inloggen?aangemeld"));

    assertThat(jdbc.sql("select rol || '|' || regiocode || '|' || (organisatie_id is null) from toegang.gebruiker where gebruikersnaam = ?")
        .param(email).query(String.class).single()).isEqualTo("KANDIDAAT|AM25|true");
    UUID kandidaat = jdbc.sql("select id from kandidaat.kandidaat where gebruikersnaam = ?").param(email).query(UUID.class).single();
    String organisatie = jdbc.sql("""
        select o.type || '|' || o.gemeentecode from kandidaat.kandidaat k join toegang.organisatie o on o.id = k.organisatie_id
        where k.id = ?""").param(kandidaat).query(String.class).single();
    assertThat(organisatie).isEqualTo("GEMEENTE|" + gemeenteVan("4811"));
    assertThat(jdbc.sql("select count(*) from kandidaat.bron where kandidaat_id = ? and bron = 'zelfmelding'").param(kandidaat)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from kandidaat.toestemming where kandidaat_id = ? and soort = 'BESTAND'").param(kandidaat)
        .query(Long.class).single()).isEqualTo(1);

    // In de lijst (werkvoorraad) van de consulent van die gemeente, herkenbaar als zelfmelding zonder werkfittoets.
    String lijst = html(get("/kandidaten").param("zoek", "Zelfmelder " + email.substring(0, 8))
        .with(user("consulent-gemeente@am25").roles("CONSULENT")));
    assertThat(lijst).contains(kandidaat.toString(), "Zelfmelding — werkfittoets nodig");

    // Niet in het anonieme bestand: nog geen werkfitbeoordeling (ook niet met toestemming).
    UUID werkgever = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = 'werkgever@am25'")
        .query(UUID.class).single();
    String code = kluis.profielcode(kandidaat, werkgever);
    mvc.perform(get("/bestand/" + code).with(user("werkgever@am25").roles("WERKGEVER"))).andExpect(status().isNotFound());
    assertThat(html(get("/bestand").with(user("werkgever@am25").roles("WERKGEVER")))).doesNotContain(code);

    // Inloggen met het nieuwe account en de eigen gegevens openen.
    MvcResult inlog = mvc.perform(formLogin("/inloggen").user("gebruikersnaam", email).password("wachtwoord", WACHTWOORD))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andReturn();
    MockHttpSession sessie = (MockHttpSession) inlog.getRequest().getSession(false);
    assertThat(html(get("/mijn-gegevens").session(sessie))).contains("Zelfmelder");
  }

  @Test
  void uwvKiezenZetDeAanmeldingBijHetUwvVanDeRegio() throws Exception {
    String email = uniekEmail();
    mvc.perform(aanmelding(email, geldigBsn(), "4811 AB", "UWV", false)).andExpect(redirectedUrl("/inloggen?aangemeld"));
    assertThat(jdbc.sql("""
        select o.type from kandidaat.kandidaat k join toegang.organisatie o on o.id = k.organisatie_id where k.gebruikersnaam = ?""")
        .param(email).query(String.class).single()).isEqualTo("UWV");
    // Geen vinkje: geen toestemmingsrecord.
    assertThat(jdbc.sql("""
        select count(*) from kandidaat.toestemming t join kandidaat.kandidaat k on k.id = t.kandidaat_id where k.gebruikersnaam = ?""")
        .param(email).query(Long.class).single()).isZero();
  }

  @Test
  void ongeldigeInvoerGeeftHetFormulierTerugMetNederlandseMeldingenEnSlaatNietsOp() throws Exception {
    String email = uniekEmail();
    String pagina = html(aanmelding(email, "123456789", "4811 AB", "GEMEENTE", false));
    assertThat(pagina).contains("role=\"alert\"", "href=\"#bsn\"", "elfproef", "value=\"" + email + "\"")
        .doesNotContain(WACHTWOORD);
    assertNietsOpgeslagen(email);

    pagina = html(aanmelding(email, geldigBsn(), "4811 AB", "GEMEENTE", false, "kort", "kort"));
    assertThat(pagina).contains("href=\"#wachtwoord\"", "minstens 12 tekens");
    assertNietsOpgeslagen(email);

    pagina = html(aanmelding(email, geldigBsn(), "4811 AB", "GEMEENTE", false, WACHTWOORD, "iets anders dan het wachtwoord"));
    assertThat(pagina).contains("href=\"#wachtwoordHerhaling\"", "niet gelijk");
    assertNietsOpgeslagen(email);

    String onbekend = jdbc.sql("select min(n)::text from generate_series(1000, 9999) n where n::text not in (select pc4 from regio.postcode)")
        .query(String.class).single();
    pagina = html(aanmelding(email, geldigBsn(), onbekend + " ZZ", "GEMEENTE", false));
    assertThat(pagina).contains("href=\"#postcode\"", "onbekend");
    assertNietsOpgeslagen(email);

    pagina = html(aanmelding(email, geldigBsn(), "4811 AB", null, false));
    assertThat(pagina).contains("href=\"#beoordelaar\"", "Kies wie u beoordeelt");
    assertNietsOpgeslagen(email);
  }

  @Test
  void eenBestaandEMailadresOfBsnWordtGeweigerdZonderIetsTeWijzigen() throws Exception {
    String email = uniekEmail();
    String bsn = geldigBsn();
    mvc.perform(aanmelding(email, bsn, "4811 AB", "GEMEENTE", false)).andExpect(redirectedUrl("/inloggen?aangemeld"));

    String pagina = html(aanmelding(email.toUpperCase(), geldigBsn(), "4811 AB", "UWV", false));
    assertThat(pagina).contains("href=\"#email\"", "Met dit e-mailadres kunt u zich niet aanmelden");
    assertThat(jdbc.sql("select count(*) from toegang.gebruiker where gebruikersnaam = ?").param(email).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from kandidaat.kandidaat where gebruikersnaam = ?").param(email).query(Long.class).single()).isEqualTo(1);

    String ander = uniekEmail();
    pagina = html(aanmelding(ander, bsn, "4811 AB", "GEMEENTE", false));
    assertThat(pagina).contains("href=\"#bsn\"", "Neem contact op met uw gemeente");
    assertNietsOpgeslagen(ander);
  }

  @Test
  void zonderCsrfTokenWordtNietsAangemeld() throws Exception {
    String email = uniekEmail();
    MockHttpServletRequestBuilder zonder = post("/aanmelden").param("email", email).param("wachtwoord", WACHTWOORD);
    mvc.perform(zonder).andExpect(status().isForbidden());
    assertNietsOpgeslagen(email);
  }

  private void assertNietsOpgeslagen(String email) {
    assertThat(jdbc.sql("select count(*) from toegang.gebruiker where gebruikersnaam = ?").param(email.toLowerCase())
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from kandidaat.kandidaat where email = ? or gebruikersnaam = ?")
        .params(email.toLowerCase(), email.toLowerCase()).query(Long.class).single()).isZero();
  }

  private String gemeenteVan(String pc4) {
    return jdbc.sql("select gemeentecode from regio.postcode where pc4 = ?").param(pc4).query(String.class).single();
  }

  private String html(MockHttpServletRequestBuilder verzoek) throws Exception {
    return mvc.perform(verzoek).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static MockHttpServletRequestBuilder aanmelding(String email, String bsn, String postcode, String beoordelaar, boolean toestemming) {
    return aanmelding(email, bsn, postcode, beoordelaar, toestemming, WACHTWOORD, WACHTWOORD);
  }

  private static MockHttpServletRequestBuilder aanmelding(
      String email, String bsn, String postcode, String beoordelaar, boolean toestemming, String wachtwoord, String herhaling) {
    MockHttpServletRequestBuilder b = post("/aanmelden").with(csrf())
        .param("email", email).param("wachtwoord", wachtwoord).param("wachtwoordHerhaling", herhaling)
        .param("voornaam", "Zelfmelder " + email.substring(0, 8)).param("achternaam", "Testpersoon").param("bsn", bsn)
        .param("geboortedatum", LocalDate.now().minusYears(30).toString()).param("postcode", postcode).param("woonplaats", "Breda")
        .param("opleidingsniveau", "MBO2").param("beroep1", "magazijnmedewerker").param("talen", "Nederlands")
        .param("urenPerWeek", "32").param("maxReisafstandKm", "20").param("beschikbaarVanaf", LocalDate.now().toString());
    if (beoordelaar != null) b.param("beoordelaar", beoordelaar);
    if (toestemming) b.param("bestandstoestemming", "true");
    return b;
  }

  private static String uniekEmail() {
    return UUID.randomUUID().toString().substring(0, 8) + "@zelfmelden.test";
  }

  /** Een willekeurig burgerservicenummer dat de elfproef doorstaat. */
  static String geldigBsn() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    while (true) {
      int[] d = new int[9];
      int som = 0;
      d[0] = 1 + r.nextInt(9);
      for (int i = 1; i < 8; i++) d[i] = r.nextInt(10);
      for (int i = 0; i < 8; i++) som += (9 - i) * d[i];
      int laatste = som % 11;
      if (laatste == 10) continue;
      d[8] = laatste;
      StringBuilder s = new StringBuilder();
      for (int x : d) s.append(x);
      return s.toString();
    }
  }
}
