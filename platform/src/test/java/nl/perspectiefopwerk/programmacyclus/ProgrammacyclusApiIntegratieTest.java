package nl.perspectiefopwerk.programmacyclus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.melding.Melding;
import nl.perspectiefopwerk.melding.MeldingService;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.Rol;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API, OpenAPI, exports, pagina's per rol en meldingen zonder SMTP, op de demodata. */
@PlatformTest
class ProgrammacyclusApiIntegratieTest {

  @Autowired MockMvc mvc;
  @Autowired ActieplanApi actieplannen;
  @Autowired MeldingService meldingen;
  @Autowired JdbcClient jdbc;

  static MockHttpServletRequestBuilder als(MockHttpServletRequestBuilder r, String gebruiker, Rol rol) {
    return r.with(user(gebruiker).roles(rol.name()));
  }

  UUID plan(String regio) {
    return actieplannen.planVanRegio(regio).orElseThrow().id().waarde();
  }

  @Test
  void openApiBeschrijftPlannenGeschiedenisBeoordelingTranchesEnBijeenkomsten() throws Exception {
    String doc = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(doc).contains("/api/v1/actieplannen", "/api/v1/actieplannen/{id}/statusgeschiedenis", "/api/v1/actieplannen/{id}/versies",
        "/api/v1/actieplannen/{id}/beoordeling", "/api/v1/tranches", "/api/v1/financiering/geldstromen", "/api/v1/bijeenkomsten",
        "/api/v1/aanwezigheid");
  }

  @Test
  void landelijkeRollenZienAllePlannenDeRegioAlleenHetEigen() throws Exception {
    mvc.perform(als(get("/api/v1/actieplannen"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk())
        .andExpect(jsonPath("$._embedded.actieplannen.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(35)))
        .andExpect(jsonPath("$.pagina.totaalElementen").value(org.hamcrest.Matchers.greaterThanOrEqualTo(35)));
    mvc.perform(als(get("/api/v1/actieplannen"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().isOk())
        .andExpect(jsonPath("$.pagina.totaalElementen").value(1))
        .andExpect(jsonPath("$._embedded.actieplannen[0].regiocode").value("AM12"));
    mvc.perform(als(get("/api/v1/actieplannen/" + plan("AM12")), "coordinator@am13", Rol.REGIOCOORDINATOR)).andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(als(get("/api/v1/actieplannen"), "werkgever@am12", Rol.WERKGEVER)).andExpect(status().isForbidden());
    mvc.perform(als(get("/api/v1/actieplannen/" + plan("AM12") + "/statusgeschiedenis"), "evaluator@nl", Rol.EVALUATOR))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].naar").value("INGEDIEND"));
    mvc.perform(als(get("/api/v1/actieplannen/" + plan("AM12") + "/versies"), "ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].inhoud.ANALYSE").exists());
    mvc.perform(als(get("/api/v1/actieplannen/" + plan("AM12") + "/beoordeling"), "stuurgroep@nl", Rol.STUURGROEP))
        .andExpect(status().isOk()).andExpect(jsonPath("$.besluiten[0].goedgekeurd").value(true))
        .andExpect(jsonPath("$.adviezen[0].criteria.ALLE_ONDERDELEN").value(true));
    mvc.perform(als(get("/api/v1/tranches"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(70)));
    mvc.perform(als(get("/api/v1/tranches"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].regiocode").value("AM12"));
    mvc.perform(als(get("/api/v1/tranches?regio=AM13"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().isForbidden());
    mvc.perform(als(get("/api/v1/bijeenkomsten"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk());
    mvc.perform(als(get("/api/v1/aanwezigheid"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk());
    mvc.perform(als(get("/api/v1/aanwezigheid"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().isForbidden());
  }

  @Test
  void exportsAlsCsvXlsxEnPdf() throws Exception {
    byte[] xlsx = mvc.perform(als(get("/actieplannen/export?formaat=xlsx"), "evaluator@nl", Rol.EVALUATOR)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rijen = wb.getFirstSheet().read();
      assertThat(rijen.size()).isGreaterThanOrEqualTo(36);
      assertThat(rijen.getFirst().getCellText(0)).isEqualTo("regio");
    }
    byte[] csv = mvc.perform(als(get("/financiering/export?formaat=csv"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    String tekst = new String(csv, StandardCharsets.UTF_8);
    assertThat(tekst).startsWith("\uFEFFregio;tranche;status;circulaire");
    assertThat(tekst).contains("SEPTEMBER_2019", "DECEMBER_2019", "MAART_2020", "GEWEIGERD");
    byte[] fxlsx = mvc.perform(als(get("/financiering/export?formaat=xlsx"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(fxlsx).isNotEmpty();
    byte[] pdf = mvc.perform(als(get("/actieplannen/" + plan("AM12") + "/pdf"), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    mvc.perform(als(get("/actieplannen/" + plan("AM12") + "/overeenkomst"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"));
  }

  @Test
  void paginasPerRol() throws Exception {
    for (String pad : List.of("/actieplannen", "/beoordeling", "/financiering", "/bijeenkomsten", "/voortgang", "/meldingen",
        "/actieplannen/" + plan("AM12"), "/actieplannen/" + plan("AM12") + "/versies", "/beoordeling/" + plan("AM12"),
        "/financiering/regio/AM12", "/voortgang/AM12")) {
      mvc.perform(als(get(pad), "ministerie@nl", Rol.MINISTERIE)).andExpect(status().isOk());
    }
    mvc.perform(als(get("/actieplannen"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().is3xxRedirection());
    mvc.perform(als(get("/financiering/regio/AM13"), "coordinator@am12", Rol.REGIOCOORDINATOR)).andExpect(status().isForbidden());
    mvc.perform(als(get("/actieplannen"), "regioloket@am12", Rol.REGIOLOKET)).andExpect(status().isForbidden());
    String en = mvc.perform(als(get("/actieplannen?lang=en"), "ministerie@nl", Rol.MINISTERIE)).andReturn().getResponse().getContentAsString();
    assertThat(en).contains("Action plans");
    String verschil = mvc.perform(als(get("/actieplannen/" + plan(herzien()) + "/versies"), "ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(verschil).contains("<ins>", "<del>");
  }

  /** Een regio die haar plan na goedkeuring herzag (demodata). */
  String herzien() {
    return actieplannen.plannen().stream().filter(p -> p.herzieningReden() != null).findFirst().orElseThrow().regiocode();
  }

  @Test
  void meldingenInDeAppZonderSmtp() {
    UUID id = jdbc.sql("select id from toegang.gebruiker where gebruikersnaam = 'evaluator@nl'").query(UUID.class).single();
    GebruikerId evaluator = new GebruikerId(id);
    long voor = meldingen.aantalOngelezen(evaluator);
    assertThat(meldingen.meldAanRol(Rol.EVALUATOR, null, new Melding("Nieuwe rapportage", "Er is een rapportage.", "/voortgang"))).isGreaterThanOrEqualTo(1);
    assertThat(meldingen.aantalOngelezen(evaluator)).isEqualTo(voor + 1);
    assertThat(meldingen.emailIngesteld()).isFalse();
    var m = meldingen.meldingen(evaluator, 5).getFirst();
    assertThat(meldingen.markeerGelezen(evaluator, m.id()).orElseThrow().link()).isEqualTo("/voortgang");
    meldingen.markeerAllesGelezen(evaluator);
    assertThat(meldingen.aantalOngelezen(evaluator)).isZero();
    assertThat(meldingen.meldAanRol(Rol.REGIOCOORDINATOR, "AM12", new Melding("x", "y", null))).isEqualTo(1);
  }
}
