package nl.perspectiefopwerk.mobiliteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.leren.Als;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Scenario: iemand meldt zich zelf bij het RMT, het team helpt naar nieuw werk en het staat in de tweemaandelijkse monitor. */
@PlatformTest
class RmtScenarioTest {

  private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @Autowired MobiliteitService rmt;
  @Autowired ToegangApi toegang;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void vanZelfmeldingViaCasusbesprekingEnOmscholingNaarNieuwWerkInDeMonitor() throws Exception {
    String postcode = jdbc.sql("select pc4 from regio.postcode where regiocode = 'AM27' order by pc4 limit 1").query(String.class).single();
    HuidigeGebruiker consulent = Als.gebruiker(toegang, "consulent-uwv@am27");
    Periode nu = Periode.van(VANDAAG);
    Monitorregel voor = rmt.monitor("AM27", nu);
    String naam = "Zelfmelder " + UUID.randomUUID().toString().substring(0, 8);

    // stap 1: zelfmelden zonder account via het openbare formulier (met CSRF-token)
    mvc.perform(post("/rmt/aanmelden").with(csrf()).param("naam", naam).param("email", "zelf@voorbeeld.nl").param("postcode", postcode + " AB")
            .param("situatie", "BAAN_VERLOREN").param("datumBaanverlies", "2021-06-01").param("categorie", "ZELFSTANDIG_ONDERNEMER")
            .param("geboortedatum", VANDAAG.minusYears(24).toString()).param("toestemming", "true"))
        .andExpect(redirectedUrl("/rmt/aanmelden/bedankt"));
    Client c = rmt.clients(consulent).stream().filter(x -> x.naam().equals(naam)).findFirst().orElseThrow();
    assertThat(c.status()).isEqualTo(Clientstatus.AANGEMELD);
    assertThat(c.herkomst()).isEqualTo(Herkomst.ZELFMELDING);
    assertThat(c.jongere()).isTrue();
    assertThat(c.regiocode()).isEqualTo("AM27");

    // stap 2: intake in behandeling, casus besproken, omscholing ingezet
    assertThat(rmt.wijzigStatus(consulent, c.id(), Clientstatus.IN_BEHANDELING, null, c.versie())).isEmpty();
    assertThat(rmt.bespreekCasus(consulent, c.id(), VANDAAG, "Gemeente, UWV, FNV", "Omscholing tot zorgmedewerker", 1)).isEmpty();
    assertThat(rmt.zetDienstIn(consulent, c.id(), Dienstsoort.BIJ_EN_OMSCHOLING, VANDAAG, 2)).isEmpty();
    assertThatThrownBy(() -> rmt.zetDienstIn(consulent, c.id(), Dienstsoort.PRAKTIJKLEREN, VANDAAG, 2)).isInstanceOf(GelijktijdigGewijzigdException.class);

    // stap 3: afgesloten met nieuw werk
    assertThat(rmt.wijzigStatus(consulent, c.id(), Clientstatus.AFGESLOTEN, null, 3)).containsEntry("uitkomst", "mobiliteit.fout.uitkomst");
    assertThat(rmt.wijzigStatus(consulent, c.id(), Clientstatus.AFGESLOTEN, Clientuitkomst.NIEUW_WERK, 3)).isEmpty();

    // stap 4: de monitor van de regio telt het mee
    Monitorregel na = rmt.monitor("AM27", nu);
    assertThat(na.aangemeld()).isEqualTo(voor.aangemeld() + 1);
    assertThat(na.zelfmelders()).isEqualTo(voor.zelfmelders() + 1);
    assertThat(na.jongeren()).isEqualTo(voor.jongeren() + 1);
    assertThat(na.perCategorie().get(Categorie.ZELFSTANDIG_ONDERNEMER)).isEqualTo(voor.perCategorie().get(Categorie.ZELFSTANDIG_ONDERNEMER) + 1);
    assertThat(na.casusbesprekingen()).isEqualTo(voor.casusbesprekingen() + 1);
    assertThat(na.diensten().get(Dienstsoort.BIJ_EN_OMSCHOLING)).isEqualTo(voor.diensten().get(Dienstsoort.BIJ_EN_OMSCHOLING) + 1);
    assertThat(na.afgesloten().get(Clientuitkomst.NIEUW_WERK)).isEqualTo(voor.afgesloten().get(Clientuitkomst.NIEUW_WERK) + 1);
    assertThat(rmt.landelijkeMonitor(nu).aangemeld()).isGreaterThanOrEqualTo(na.aangemeld());

    // elke inzage in de identiteit staat in het verwerkingenlog
    rmt.bekijk(consulent, c.id());
    assertThat(jdbc.sql("select handeling from audit.verwerking where betrokkene_type = 'rmt-client' and betrokkene_id = ?")
        .param(c.id().toString()).query(String.class).list()).contains("aanmaken", "inzien", "wijzigen");
  }

  @Test
  void baanverliesVoorTwaalfMaart2020EnOnvolledigeAanmeldingWordenAfgewezen() throws Exception {
    String html = mvc.perform(post("/rmt/aanmelden").with(csrf()).param("naam", "Te Vroeg").param("postcode", "9999")
            .param("situatie", "BAAN_VERLOREN").param("datumBaanverlies", "2020-03-11"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("foutsamenvatting").contains("Voor eerder baanverlies").contains("href=\"#categorie\"").contains("href=\"#toestemming\"");
    mvc.perform(post("/rmt/aanmelden").param("naam", "Zonder token")).andExpect(status().isForbidden());
    mvc.perform(get("/rmt/aanmelden")).andExpect(status().isOk());
  }

  @Test
  void identiteitBlijftInDeRegioEnLandelijkAlleenAantallen() throws Exception {
    HuidigeGebruiker consulent = Als.gebruiker(toegang, "consulent-gemeente@am27");
    Client c = rmt.clients(consulent).getFirst();
    assertThatThrownBy(() -> rmt.bekijk(Als.gebruiker(toegang, "consulent-gemeente@am25"), c.id())).isInstanceOf(NietGevondenException.class);
    assertThatThrownBy(() -> rmt.clients(Als.gebruiker(toegang, "coordinator@am27"))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rmt.clients(Als.gebruiker(toegang, "regioloket@am27"))).isInstanceOf(AccessDeniedException.class);
    mvc.perform(get("/rmt/clienten").with(user("ministerie@nl").roles("MINISTERIE"))).andExpect(status().isForbidden());
    assertThat(rmt.monitorVoor(Als.gebruiker(toegang, "ministerie@nl"), Periode.van(VANDAAG))).hasSize(36).last()
        .extracting(Monitorregel::regiocode).isNull();

    String csv = mvc.perform(get("/rmt/monitor").param("formaat", "csv").with(user("ministerie@nl").roles("MINISTERIE")))
        .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("rmt-monitor")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("Landelijk").contains("AM27").doesNotContain(c.naam());
    mvc.perform(get("/rmt/monitor").param("formaat", "xlsx").with(user("coordinator@am27").roles("REGIOCOORDINATOR")))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
    mvc.perform(get("/api/v1/rmt-monitor").param("jaar", "2019").param("periode", "1").with(user("ministerie@nl").roles("MINISTERIE")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/rmt-monitor").with(user("coordinator@am27").roles("REGIOCOORDINATOR")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].regiocode").value("AM27"));
  }

  @Test
  void deRegiocoordinatorBeheertHetTeamMetVergrendeling() {
    HuidigeGebruiker coordinator = Als.gebruiker(toegang, "coordinator@am27");
    Team t = rmt.team(coordinator).orElseThrow();
    assertThat(t.leden()).extracting(Team.Teamlid::soort).contains(Lidsoort.GEMEENTE, Lidsoort.UWV, Lidsoort.VAKBOND);
    assertThat(rmt.voegLidToe(coordinator, "Uitzendbureau Proef", Lidsoort.UITZENDBUREAU, true, t.versie())).isEmpty();
    assertThatThrownBy(() -> rmt.voegLidToe(coordinator, "Nog een", Lidsoort.OVERIG, true, t.versie())).isInstanceOf(GelijktijdigGewijzigdException.class);
    Team na = rmt.team(coordinator).orElseThrow();
    assertThat(na.leden()).anyMatch(l -> l.naam().equals("Uitzendbureau Proef") && l.partner());
    assertThat(rmt.bewaarTeam(coordinator, "RMT Noordoost-Brabant", LocalDate.of(2020, 1, 1), na.versie())).containsKey("operationeelSinds");
    assertThatThrownBy(() -> rmt.bewaarTeam(Als.gebruiker(toegang, "consulent-uwv@am27"), "x", null, 0)).isInstanceOf(AccessDeniedException.class);
  }
}
