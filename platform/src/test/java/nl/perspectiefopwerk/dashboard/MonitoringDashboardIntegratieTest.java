package nl.perspectiefopwerk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.perspectiefopwerk.PlatformTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class MonitoringDashboardIntegratieTest {

  static final RequestPostProcessor MINISTERIE = user("ministerie@nl").roles("MINISTERIE");
  static final RequestPostProcessor COORDINATOR_AM12 = user("coordinator@am12").roles("REGIOCOORDINATOR");

  @Autowired MockMvc mvc;
  @Autowired nl.perspectiefopwerk.regio.RegioApi regio;

  /** Alle regio's in de database (35, plus eventuele testregio's van andere tests in dezelfde database). */
  int regios() {
    return regio.regios().size();
  }

  @Test
  void hetMinisterieZietHetLandelijkeDashboardMetAlleRegiosEnBerekendOp() throws Exception {
    String html = mvc.perform(get("/monitoring").with(MINISTERIE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"berekend-op\"", "id=\"regiotegels\"", "id=\"realisatie\"", "id=\"trechter\"", "data-grafiek");
    assertThat(html.split("class=\"regiotegel ", -1)).hasSize(regios() + 1);
  }

  @Test
  void regionaleRollenZienHetLandelijkeDashboardNiet() throws Exception {
    mvc.perform(get("/monitoring").with(COORDINATOR_AM12)).andExpect(status().isForbidden());
    mvc.perform(get("/monitoring").with(user("consulent@am12").roles("CONSULENT"))).andExpect(status().isForbidden());
    mvc.perform(get("/monitoring/export/realisatie").with(COORDINATOR_AM12)).andExpect(status().isForbidden());
  }

  @Test
  void deRegiocoordinatorZietAlleenDeEigenRegio() throws Exception {
    mvc.perform(get("/monitoring/mijn-regio").with(COORDINATOR_AM12)).andExpect(redirectedUrl("/monitoring/regio/AM12"));
    String html = mvc.perform(get("/monitoring/regio/AM12").with(COORDINATOR_AM12)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"organisaties\"", "id=\"trechter\"");
    mvc.perform(get("/monitoring/regio/AM13").with(COORDINATOR_AM12)).andExpect(status().isForbidden());
    mvc.perform(get("/monitoring/export/trechter").param("regio", "AM13").with(COORDINATOR_AM12)).andExpect(status().isForbidden());
    mvc.perform(get("/monitoring/regio/AM13").with(MINISTERIE)).andExpect(status().isOk());
  }

  @Test
  void deCsvExportLeestTerugAlsDeTabelMetOnderdrukking() throws Exception {
    byte[] csv = mvc.perform(get("/monitoring/export/trechter").param("formaat", "csv").param("regio", "AM12").with(COORDINATOR_AM12))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    String tekst = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> rijen = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(tekst)).getRecords();
    assertThat(rijen).hasSize(8);
    assertThat(rijen.get(0).get(0)).isEqualTo("Stap");
    assertThat(rijen.get(1).get(0)).isEqualTo("Geïdentificeerd");
    for (CSVRecord r : rijen.subList(1, rijen.size())) {
      String aantal = r.get(1);
      assertThat(aantal.equals("< 10") || Long.parseLong(aantal.replace(".", "")) >= 10).as(aantal).isTrue();
    }
  }

  @Test
  void deXlsxExportLeestTerug() throws Exception {
    byte[] xlsx = mvc.perform(get("/monitoring/export/realisatie").param("formaat", "xlsx").with(MINISTERIE))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andReturn().getResponse().getContentAsByteArray();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rijen = wb.getFirstSheet().read();
      assertThat(rijen).hasSize(regios() + 1);
      assertThat(rijen.get(1).getCellText(0)).isEqualTo("AM01");
    }
  }

  @Test
  void deKwartaalrapportagesZijnPdf() throws Exception {
    byte[] landelijk = mvc.perform(get("/monitoring/rapport").with(MINISTERIE)).andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(landelijk, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    byte[] regio = mvc.perform(get("/monitoring/regio/AM12/rapport").with(COORDINATOR_AM12)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(regio, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void herberekenenGeeftEenNieuweMomentopname() throws Exception {
    mvc.perform(post("/monitoring/herberekenen").param("regio", "AM12").with(COORDINATOR_AM12).with(csrf()))
        .andExpect(redirectedUrl("/monitoring/regio/AM12"));
  }

  @Test
  void deApiGeeftAggregatenMetOnderdrukteVelden() throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString("demo-ministerie:demo-geheim".getBytes());
    String antwoord = mvc.perform(post("/oauth2/token").header("Authorization", basic)
            .param("grant_type", "client_credentials").param("scope", "monitoring.lezen"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String token = JsonMapper.builder().build().readTree(antwoord).get("access_token").asString();
    String json = mvc.perform(get("/api/v1/monitoring/regios").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.regios.length()").value(regios()))
        .andExpect(jsonPath("$.berekendOp").exists())
        .andReturn().getResponse().getContentAsString();
    var regios = JsonMapper.builder().build().readTree(json).get("regios");
    for (var r : regios) {
      for (var veld : r.get("onderdrukt")) assertThat(r.has(veld.asString()) && !r.get(veld.asString()).isNull()).isFalse();
      for (String veld : List.of("geidentificeerd", "belangstellingen", "plaatsingen")) {
        if (r.has(veld) && !r.get(veld).isNull()) assertThat(r.get(veld).asLong()).isGreaterThanOrEqualTo(10);
      }
    }
    String breda = "Basic " + Base64.getEncoder().encodeToString("demo-koppeling:demo-geheim".getBytes());
    String ander = mvc.perform(post("/oauth2/token").header("Authorization", breda).param("grant_type", "client_credentials"))
        .andReturn().getResponse().getContentAsString();
    String anderToken = JsonMapper.builder().build().readTree(ander).get("access_token").asString();
    mvc.perform(get("/api/v1/monitoring/regios").header("Authorization", "Bearer " + anderToken)).andExpect(status().isForbidden());
  }
}
