package nl.perspectiefopwerk.taxonomie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataBron;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataBron.ImportResultaat;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataImport;
import nl.perspectiefopwerk.taxonomie.importer.EscoTestbestanden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** De taxonomie op de hele applicatie: echte ESCO-bestanden, ingebedde PostgreSQL, MockMvc. */
@PlatformTest
class TaxonomieIntegratieTest {

  static final String LASSER_URI = "http://data.europa.eu/esco/occupation/";

  @Autowired MockMvc mvc;
  @Autowired TaxonomieApi taxonomie;
  @Autowired List<ReferentiedataBron> bronnen;
  @Autowired ReferentiedataImport referentiedata;
  @Autowired JdbcClient jdbc;

  private static MockHttpServletRequestBuilder alsRegioloket(MockHttpServletRequestBuilder verzoek) {
    return verzoek.with(user("regioloket@am25").roles("REGIOLOKET"));
  }

  private ReferentiedataBron esco() {
    return bronnen.stream().filter(b -> b.naam().equals("taxonomie")).findFirst().orElseThrow();
  }

  private Path echteMap() {
    return referentiedata.map().orElseThrow(() -> new AssertionError("referentiedatamap niet gevonden"));
  }

  @Test
  void importGeeftAlleBeroepenVaardighedenEnRelaties() {
    assertThat(taxonomie.isGeladen()).isTrue();
    assertThat(taxonomie.aantalBeroepen()).isEqualTo(3_007);
    assertThat(taxonomie.aantalVaardigheden()).isEqualTo(13_896);
    assertThat(taxonomie.aantalIscoGroepen()).isEqualTo(619);
    // 123.855 rijen in het bestand; 67 verwijzen naar een beroep dat niet in occupations_nl.csv staat
    assertThat(taxonomie.aantalRelaties()).isEqualTo(123_855 - 67);
    assertThat(jdbc.sql("select count(*) from taxonomie.beroep where code_systeem <> 'ESCO' or versie <> 'v1.1.1'").query(Long.class).single()).isZero();
  }

  @Test
  void tweeKeerImporterenGeeftDezelfdeStand() {
    List<Long> voor = tellingen();
    List<String> stappen = new ArrayList<>();
    long start = System.nanoTime();
    ImportResultaat r = esco().importeer(echteMap(), (m, gedaan, totaal) -> stappen.add(gedaan + "/" + totaal + " " + m + " @" + (System.nanoTime() - start) / 1_000_000 + " ms"));
    System.out.println("ESCO-import stappen: " + stappen);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("ESCO-import: %d rijen in %d ms, %d meldingen%n", r.rijen(), ms, r.meldingen().size());
    assertThat(tellingen()).isEqualTo(voor);
    assertThat(r.rijen()).isEqualTo(619 + 3_007 + 13_896 + 123_788);
    assertThat(r.meldingen()).hasSize(67).allMatch(m -> m.startsWith("occupationSkillRelations.csv (uit esco-v1.1.1-relations-csv.zip) regel "));
    assertThat(stappen).last().asString().startsWith("9/9");
    assertThat(ms).isLessThan(60_000);
  }

  @Test
  void fouteRijWordtGemeldEnDeRestGeimporteerd(@TempDir Path tijdelijk) {
    try {
      ImportResultaat r = esco().importeer(EscoTestbestanden.schrijf(tijdelijk), (m, gedaan, totaal) -> {});
      assertThat(r.meldingen()).contains("occupations_nl.csv regel 6: ongeldige ESCO-URI voor beroep 'http://example.org/geen-esco'; rij overgeslagen");
      assertThat(taxonomie.aantalBeroepen()).isEqualTo(3);
      assertThat(taxonomie.aantalRelaties()).isEqualTo(3);
      assertThat(taxonomie.suggestiesBeroepen("lasser", 5)).extracting(z -> z.item().naam()).containsExactly("lasser");
      BeroepDetail lasser = taxonomie.beroep(EscoTestbestanden.LASSER).orElseThrow();
      assertThat(lasser.essentieleVaardigheden()).extracting(Vaardigheid::naam).containsExactly("welding techniques");
      assertThat(lasser.optioneleVaardigheden()).extracting(Vaardigheid::naam).containsExactly("apply safety rules");
    } finally {
      esco().importeer(echteMap(), (m, gedaan, totaal) -> {});
    }
    assertThat(taxonomie.aantalBeroepen()).isEqualTo(3_007);
  }

  @Test
  void lasserStaatBovenaan() throws Exception {
    mvc.perform(alsRegioloket(get("/api/v1/beroepen").param("zoek", "lasser").param("pagina", "1").param("paginaGrootte", "20")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$._embedded.beroepen[0].naam").value("lasser"))
        .andExpect(jsonPath("$._embedded.beroepen[0].codeSysteem").value("ESCO"))
        .andExpect(jsonPath("$._embedded.beroepen[0].versie").value("v1.1.1"))
        .andExpect(jsonPath("$._embedded.beroepen[0].iscoGroep").value("7212"))
        .andExpect(jsonPath("$._embedded.beroepen[0].uri").value(org.hamcrest.Matchers.startsWith(LASSER_URI)))
        .andExpect(jsonPath("$._embedded.beroepen[0]._links.self.href").value(org.hamcrest.Matchers.containsString("/api/v1/beroepen/")))
        .andExpect(jsonPath("$._embedded.beroepen[*].naam").value(org.hamcrest.Matchers.hasItems("pijplasser", "puntlasser")))
        .andExpect(jsonPath("$.pagina.grootte").value(20));
  }

  @Test
  void beroepMetEssentieleEnOptioneleVaardigheden() throws Exception {
    String id = taxonomie.suggestiesBeroepen("lasser", 1).getFirst().item().id();
    mvc.perform(alsRegioloket(get("/api/v1/beroepen/{id}", id)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.naam").value("lasser"))
        .andExpect(jsonPath("$.essentieleVaardigheden.length()").value(org.hamcrest.Matchers.greaterThan(0)))
        .andExpect(jsonPath("$.optioneleVaardigheden.length()").value(org.hamcrest.Matchers.greaterThan(0)))
        .andExpect(jsonPath("$.essentieleVaardigheden[0].taal").value("en"))
        .andExpect(jsonPath("$.essentieleVaardigheden[0].uri").value(org.hamcrest.Matchers.startsWith("http://data.europa.eu/esco/skill/")));
  }

  @Test
  void onbekendBeroepIs404Probleem() throws Exception {
    mvc.perform(alsRegioloket(get("/api/v1/beroepen/bestaat-niet")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(alsRegioloket(get("/api/v1/vaardigheden/bestaat-niet")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void paginaGrootteNulIs400Probleem() throws Exception {
    mvc.perform(alsRegioloket(get("/api/v1/beroepen").param("paginaGrootte", "0")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.invalidParams[0].name").value("paginaGrootte"));
  }

  @Test
  void vaardighedenZoekenEnOpvragen() throws Exception {
    mvc.perform(alsRegioloket(get("/api/v1/vaardigheden").param("zoek", "welding")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$._embedded.vaardigheden[0].taal").value("en"))
        // "join metals" heeft het synoniem "welding": exact gaat voor "begint met"
        .andExpect(jsonPath("$._embedded.vaardigheden[0].naam").value("join metals"))
        .andExpect(jsonPath("$._embedded.vaardigheden[0].gevondenVia").value("welding"));
    String id = taxonomie.suggestiesVaardigheden("welding", 1).getFirst().item().id();
    mvc.perform(alsRegioloket(get("/api/v1/vaardigheden/{id}", id)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.codeSysteem").value("ESCO"))
        .andExpect(jsonPath("$._links.self.href").value(org.hamcrest.Matchers.endsWith("/api/v1/vaardigheden/" + id)));
  }

  @Test
  void zoekenIsSnel() {
    String[] termen = {"lasser", "verpleeg", "kok", "a", "monteur", "chauffeur", "leraar", "xyz"};
    for (int i = 0; i < 2_000; i++) taxonomie.suggestiesBeroepen(termen[i % termen.length], 8); // opwarmen
    StringBuilder verslag = new StringBuilder("Zoeken (µs per opdracht):");
    double som = 0;
    for (String term : termen) {
      double us = micro(() -> taxonomie.suggestiesBeroepen(term, 8));
      som += us;
      verslag.append(String.format(" beroepen '%s' %.0f;", term, us));
    }
    double gemiddeld = som / termen.length;
    verslag.append(String.format(" beroepen gemiddeld %.0f; pagina 'lasser' %.0f;", gemiddeld,
        micro(() -> taxonomie.zoekBeroepen("lasser", new PaginaVerzoek(1, 20)))));
    for (String term : new String[] {"weld", "customer", "a", "safety", "forklift", "manage"}) {
      verslag.append(String.format(" vaardigheden '%s' %.0f;", term, micro(() -> taxonomie.suggestiesVaardigheden(term, 8))));
    }
    System.out.println(verslag);
    assertThat(gemiddeld).isLessThan(1_000);
  }

  private static double micro(Runnable zoek) {
    int n = 2_000;
    for (int i = 0; i < 200; i++) zoek.run();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) zoek.run();
    return (System.nanoTime() - start) / 1_000.0 / n;
  }

  @Test
  void zoekpaginaMetTypeaheadEnDetailpagina() throws Exception {
    mvc.perform(alsRegioloket(get("/beroepen").param("zoek", "lasser")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-get=\"/beroepen/suggesties\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(">lasser</a>")))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("melding--waarschuwing"))));
    mvc.perform(alsRegioloket(get("/beroepen/suggesties").param("zoek", "lasser").header("HX-Request", "true")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.startsWith("<ul id=\"beroep-suggesties\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(">lasser</span>")));
    mvc.perform(alsRegioloket(get("/beroepen/suggesties").param("zoek", "lasser")))
        .andExpect(status().is3xxRedirection());
    String id = taxonomie.suggestiesBeroepen("lasser", 1).getFirst().item().id();
    mvc.perform(alsRegioloket(get("/beroepen/{id}", id)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<td lang=\"en\">")));
    mvc.perform(alsRegioloket(get("/beroepen").param("zoek", "qqqzzz")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"leeg\"")));
    String vaardigheid = taxonomie.suggestiesVaardigheden("welding", 1).getFirst().item().id();
    mvc.perform(alsRegioloket(get("/vaardigheden").param("zoek", "welding"))).andExpect(status().isOk());
    mvc.perform(alsRegioloket(get("/vaardigheden/{id}", vaardigheid)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(">lasser</a>")));
  }

  private List<Long> tellingen() {
    return List.of(
        taxonomie.aantalBeroepen(), taxonomie.aantalVaardigheden(), taxonomie.aantalRelaties(), taxonomie.aantalIscoGroepen(),
        jdbc.sql("select count(*) from taxonomie.beroep_label").query(Long.class).single(),
        jdbc.sql("select count(*) from taxonomie.vaardigheid_label").query(Long.class).single());
  }
}
