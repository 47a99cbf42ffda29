package nl.perspectiefopwerk.kandidaat.importeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.web.Csv;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kandidaten importeren met CSV (pagina) en JSON (API): idempotent per bron en extern nummer, één
 * kandidaat per persoon over gemeente en UWV heen, fouten per regel terwijl geldige regels blijven.
 */
@PlatformTest
class KandidaatImportIntegratieTest {

  static final Logger log = LoggerFactory.getLogger(KandidaatImportIntegratieTest.class);
  static final RequestPostProcessor GEMEENTE = user("consulent-gemeente@am25").roles("CONSULENT");
  static final RequestPostProcessor UWV = user("consulent-uwv@am25").roles("CONSULENT");
  static final RequestPostProcessor WERKGEVER = user("werkgever@am25").roles("WERKGEVER");
  static final String TIMMERMAN = "2a22ff9e-de3b-408d-b312-5034896cc4f4";
  static final String FORMULE = "=cmd|' /C calc'!A0";
  /** BSN's uit een eigen reeks (1xxxxxxxx), zodat ze niet botsen met demodata (999…) of elkaar. */
  static final AtomicInteger VOLGNUMMER = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 4_000_000));

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired KandidaatImport importeren;
  final JsonMapper json = JsonMapper.builder().build();
  final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void eenGoedBestandImporteertAlleRegelsEnNogmaalsIsBijgewerktZonderDubbelen() throws Exception {
    List<String> ids = List.of(id("goed-1"), id("goed-2"), id("goed-3"));
    byte[] bestand = bestand(';', true, List.of(rij(ids.get(0), bsn()), rij(ids.get(1), bsn()), rij(ids.get(2), bsn())));

    ImportJob eerste = importeer(bestand, GEMEENTE);
    assertThat(eerste.isKlaar()).isTrue();
    assertThat(eerste.getRapport().aangemaakt()).isEqualTo(3);
    assertThat(eerste.getRapport().fouten()).isEmpty();
    List<UUID> kandidaten = kandidatenVan(ids);
    assertThat(kandidaten).hasSize(3).doesNotHaveDuplicates();

    ImportJob tweede = importeer(bestand, GEMEENTE);
    assertThat(tweede.getRapport().aangemaakt()).isZero();
    assertThat(tweede.getRapport().bijgewerkt()).isEqualTo(3);
    assertThat(kandidatenVan(ids)).containsExactlyInAnyOrderElementsOf(kandidaten);
    String breda = jdbc.sql("select id::text from toegang.organisatie where naam = 'Gemeente Breda'").query(String.class).single();
    assertThat(jdbc.sql("select distinct bron from kandidaat.bron where extern_id in (:ids)").param("ids", ids).query(String.class).list())
        .containsExactly("gemeente:" + breda);
  }

  @Test
  void kommaAlsScheidingstekenEnKolommenInEenAndereVolgorde() throws Exception {
    String id = id("komma");
    String csv = "bsn,extern_id,voornaam,achternaam,geboortedatum,postcode,opleidingsniveau,uren_per_week,max_reisafstand_km,beschikbaar_vanaf\n"
        + bsn() + "," + id + ",Kees,\"Komma, van der\",1980-01-02,4811 AB,mbo3,24,15,2026-12-01\n";
    ImportJob job = importeer(csv.getBytes(StandardCharsets.UTF_8), GEMEENTE);
    assertThat(job.getRapport().fouten()).isEmpty();
    assertThat(job.getRapport().aangemaakt()).isEqualTo(1);
    assertThat(jdbc.sql("select k.achternaam from kandidaat.kandidaat k join kandidaat.bron b on b.kandidaat_id = k.id where b.extern_id = ?")
        .param(id).query(String.class).single()).isEqualTo("Komma, van der");
  }

  @Test
  void dezelfdePersoonBijGemeenteEnUwvWordtEenKandidaatMetTweeBronnen() throws Exception {
    String bsn = bsn();
    String gemeenteId = id("gem-persoon");
    String uwvId = id("uwv-persoon");
    assertThat(importeer(bestand(';', false, List.of(rij(gemeenteId, bsn))), GEMEENTE).getRapport().aangemaakt()).isEqualTo(1);
    ImportJob uwv = importeer(bestand(';', false, List.of(rij(uwvId, bsn))), UWV);
    assertThat(uwv.getRapport().bijgewerkt()).isEqualTo(1);
    assertThat(uwv.getRapport().aangemaakt()).isZero();

    List<Map<String, Object>> bronnen = jdbc.sql("select kandidaat_id, bron from kandidaat.bron where extern_id in (?, ?)")
        .params(gemeenteId, uwvId).query().listOfRows();
    assertThat(bronnen).hasSize(2);
    assertThat(bronnen.stream().map(r -> r.get("kandidaat_id")).distinct()).hasSize(1);
    assertThat(bronnen.stream().map(r -> (String) r.get("bron"))).anyMatch(b -> b.startsWith("gemeente:")).contains("uwv");
    UUID kandidaat = (UUID) bronnen.getFirst().get("kandidaat_id");
    Map<String, Object> k = jdbc.sql("select * from kandidaat.kandidaat where id = ?").param(kandidaat).query().singleRow();
    assertThat(k.values()).as("het BSN staat nergens leesbaar in de rij").noneMatch(v -> v != null && v.toString().contains(bsn));
  }

  @Test
  void fouteRegelsStaanInHetRapportMetRegelEnVeldEnDeGoedeWordenOpgeslagen() throws Exception {
    String goed1 = id("mix-goed-1");
    String goed2 = id("mix-goed-2");
    String formule = id("mix-formule");
    List<String> regels = new ArrayList<>();
    regels.add(rij(goed1, bsn()));                                                    // regel 2
    regels.add(rij(id("mix-bsn"), "111222334"));                                     // regel 3: elfproef
    regels.add(rij(id("mix-postcode"), bsn()).replace("4811 AB", "1099 AB"));         // regel 4: onbekend gebied
    regels.add(rij(goed1, bsn()));                                                    // regel 5: dubbel in bestand
    regels.add(id("mix-lang") + ";" + "x".repeat(10 * 1024 * 1024));                  // regel 6: 10 MB
    regels.add(rij(id("mix-naam"), bsn()).replace(";Jan;", ";;"));                    // regel 7: voornaam ontbreekt
    regels.add(rij(goed2, bsn()));                                                    // regel 8
    regels.add(rij(formule, bsn()).replace(";Jan;", ";\"" + FORMULE.replace("\"", "\"\"") + "\";")); // regel 9: formule
    regels.add(rij(FORMULE, "111222334"));                                            // regel 10: formule als extern nummer
    ImportJob job = importeer(bestand(';', true, regels), GEMEENTE);

    ImportRapport r = job.getRapport();
    assertThat(r.aangemaakt()).isEqualTo(3);
    assertThat(r.afgekeurd()).isEqualTo(6);
    assertThat(r.fouten()).extracting(f -> f.regel() + ":" + f.veld())
        .contains("3:bsn", "4:postcode", "5:extern_id", "6:regel", "7:voornaam", "10:bsn");
    assertThat(r.fouten()).filteredOn(f -> f.regel() == 6).singleElement()
        .satisfies(f -> assertThat(f.reden()).contains("langer dan 10000 tekens"));
    assertThat(r.fouten()).filteredOn(f -> f.regel() == 5).singleElement()
        .satisfies(f -> assertThat(f.reden()).contains("regel 2"));
    assertThat(r.fouten()).filteredOn(f -> f.regel() == 4).singleElement()
        .satisfies(f -> assertThat(f.reden()).contains("1099"));
    assertThat(kandidatenVan(List.of(goed1, goed2, formule))).hasSize(3);

    // De formule is als tekst opgeslagen …
    assertThat(jdbc.sql("select k.voornaam from kandidaat.kandidaat k join kandidaat.bron b on b.kandidaat_id = k.id where b.extern_id = ?")
        .param(formule).query(String.class).single()).isEqualTo(FORMULE);
    // … en komt in een CSV alleen onschadelijk terug: het foutenrapport en elke export via Csv.
    String fouten = new String(mvc.perform(get("/kandidaten/import/" + job.getId() + "/fouten.csv").with(GEMEENTE))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(fouten).startsWith("\uFEFFregel;extern_id;veld;reden").contains("\r\n10;'=cmd|' /C calc'!A0;bsn;");
    assertThat(fouten.lines()).noneMatch(l -> l.contains(";=cmd") || l.startsWith("=") || l.startsWith("\uFEFF="));
    assertThat(new String(Csv.maak(List.of("voornaam"), List.of(List.of(FORMULE))), StandardCharsets.UTF_8)).contains("\r\n'=cmd");

    // De pagina toont het rapport; een andere consulent ziet deze import niet.
    mvc.perform(get("/kandidaten/import/" + job.getId()).with(GEMEENTE))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"fouten\"")))
        .andExpect(content().string(containsString("fouten.csv")))
        .andExpect(content().string(not(containsString("hx-trigger"))));
    mvc.perform(get("/kandidaten/import/" + job.getId()).with(UWV)).andExpect(status().isNotFound());
    mvc.perform(get("/kandidaten/import/" + job.getId() + "/fouten.csv").with(UWV)).andExpect(status().isNotFound());
  }

  @Test
  void eenKopregelZonderVerplichteKolomWijstHetHeleBestandAf() throws Exception {
    String id = id("zonder-bsn");
    String csv = "extern_id;voornaam;achternaam;geboortedatum;postcode;opleidingsniveau;uren_per_week;max_reisafstand_km;beschikbaar_vanaf\n"
        + id + ";Jan;Jansen;1980-01-02;4811 AB;MBO2;24;15;2026-12-01\n";
    ImportJob job = importeer(csv.getBytes(StandardCharsets.UTF_8), GEMEENTE);
    assertThat(job.isMislukt()).isTrue();
    assertThat(job.getMelding()).contains("bsn").contains("ontbreekt");
    assertThat(kandidatenVan(List.of(id))).isEmpty();
    mvc.perform(get("/kandidaten/import/" + job.getId()).with(GEMEENTE))
        .andExpect(content().string(containsString("Verplichte kolom bsn ontbreekt")));
  }

  @Test
  void eenLeegOfTeGrootBestandWordtMetEenDuidelijkeMeldingGeweigerd() throws Exception {
    mvc.perform(multipart("/kandidaten/import").file(new MockMultipartFile("bestand", "leeg.csv", "text/csv", new byte[0]))
            .with(GEMEENTE).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kies een CSV-bestand")));
    mvc.perform(multipart("/kandidaten/import")
            .file(new MockMultipartFile("bestand", "groot.csv", "text/csv", new byte[KandidaatImport.MAX_BYTES + 1]))
            .with(GEMEENTE).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("groter dan " + KandidaatImport.MAX_BYTES / (1024 * 1024) + " MB")));
  }

  @Test
  void deImportpaginaHetSjabloonEnDeToegang() throws Exception {
    mvc.perform(get("/kandidaten/import").with(GEMEENTE))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
        .andExpect(content().string(containsString("/kandidaten/import/sjabloon.csv")))
        .andExpect(content().string(containsString("max_reisafstand_km")));
    String sjabloon = new String(mvc.perform(get("/kandidaten/import/sjabloon.csv").with(GEMEENTE))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(sjabloon.lines().toList()).hasSize(2);
    assertThat(sjabloon).startsWith("\uFEFF" + String.join(";", Kolom.namen()) + "\r\n");
    mvc.perform(get("/kandidaten").with(GEMEENTE)).andExpect(content().string(containsString("/kandidaten/import")));
    mvc.perform(get("/kandidaten/import").with(WERKGEVER)).andExpect(status().isForbidden());
    mvc.perform(multipart("/kandidaten/import").file(new MockMultipartFile("bestand", "k.csv", "text/csv", "x".getBytes()))
        .with(WERKGEVER).with(csrf())).andExpect(status().isForbidden());
  }

  @Test
  void deApiImporteertMetClientCredentialsEnNoemtGeenBsnOfNaamInFouten() throws Exception {
    String token = token("demo-gemeente-breda", "kandidaten.importeren");
    String goed = id("api-goed");
    String fout = id("api-fout");
    ArrayNode lijst = json.createArrayNode();
    lijst.add(kandidaat(goed, bsn(), "4811 AB"));
    lijst.add(kandidaat(fout, "111222334", "1099 AB"));
    ObjectNode verzoek = json.createObjectNode();
    verzoek.set("kandidaten", lijst);

    String antwoord = mvc.perform(post("/api/v1/kandidaten/import").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(verzoek)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.aangemaakt").value(1))
        .andExpect(jsonPath("$.afgekeurd").value(1))
        .andExpect(jsonPath("$.fouten[0].index").value(1))
        .andExpect(jsonPath("$.fouten[0].externId").value(fout))
        .andReturn().getResponse().getContentAsString();
    JsonNode a = json.readTree(antwoord);
    List<String> velden = new ArrayList<>();
    a.get("fouten").forEach(f -> velden.add(f.get("veld").asString()));
    assertThat(velden).contains("bsn", "postcode");
    assertThat(antwoord).doesNotContain("111222334").doesNotContain("Jan").doesNotContain("Jansen");

    // Nogmaals: bijgewerkt, niet dubbel.
    mvc.perform(post("/api/v1/kandidaten/import").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(verzoek)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.aangemaakt").value(0))
        .andExpect(jsonPath("$.bijgewerkt").value(1));
    assertThat(kandidatenVan(List.of(goed))).hasSize(1);
  }

  @Test
  void deApiWeigertZonderScopeVoorEenGebruikerEnBovenDeGrens() throws Exception {
    String body = "{\"kandidaten\":[]}";
    String zonderScope = token("demo-koppeling", "referentiedata.lezen");
    mvc.perform(post("/api/v1/kandidaten/import").header("Authorization", "Bearer " + zonderScope)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/kandidaten/import").with(WERKGEVER).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/kandidaten/import").header("Authorization", "Bearer ongeldig").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());

    String token = token("demo-gemeente-breda", "kandidaten.importeren");
    ArrayNode lijst = json.createArrayNode();
    for (int i = 0; i <= KandidaatImport.MAX_PER_VERZOEK; i++) lijst.add(kandidaat(id("teveel-" + i), bsn(), "4811 AB"));
    ObjectNode verzoek = json.createObjectNode();
    verzoek.set("kandidaten", lijst);
    mvc.perform(post("/api/v1/kandidaten/import").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(verzoek)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].name").value("kandidaten"));
    mvc.perform(post("/api/v1/kandidaten/import").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content("{niet json"))
        .andExpect(status().isBadRequest());
    assertThat(kandidatenVan(List.of(id("teveel-0")))).isEmpty();
  }

  @Test
  void snelheidVanDeCsvImport() throws Exception {
    int aantal = 5_000;
    List<String> regels = new ArrayList<>(aantal);
    for (int i = 0; i < aantal; i++) regels.add(rij(id("snel-" + i), bsn()));
    byte[] bestand = bestand(';', true, regels);
    long start = System.nanoTime();
    MvcResult r = mvc.perform(multipart("/kandidaten/import").file(new MockMultipartFile("bestand", "k.csv", "text/csv", bestand))
        .with(GEMEENTE).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
    String url = r.getResponse().getRedirectedUrl();
    MvcResult tussen = mvc.perform(get(url).header("HX-Request", "true").with(GEMEENTE)).andExpect(status().isOk()).andReturn();
    if (((ImportJob) tussen.getModelAndView().getModel().get("job")).isBezig()) {
      assertThat(tussen.getResponse().getContentAsString()).contains("hx-trigger=\"every 1s\"").contains("<progress");
    }
    ImportJob job = wachtOp(url, GEMEENTE);
    double seconden = (System.nanoTime() - start) / 1e9;
    assertThat(job.getRapport().aangemaakt()).isEqualTo(aantal);
    log.info("Import van {} CSV-regels: {} s, {} regels per seconde", aantal, String.format("%.1f", seconden),
        String.format("%.0f", aantal / seconden));
  }

  // --- hulpjes

  private ImportJob importeer(byte[] bestand, RequestPostProcessor wie) throws Exception {
    MvcResult r = mvc.perform(multipart("/kandidaten/import").file(new MockMultipartFile("bestand", "k.csv", "text/csv", bestand))
            .with(wie).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn();
    return wachtOp(r.getResponse().getRedirectedUrl(), wie);
  }

  private ImportJob wachtOp(String url, RequestPostProcessor wie) throws Exception {
    for (int i = 0; i < 3_000; i++) {
      MvcResult r = mvc.perform(get(url).with(wie)).andExpect(status().isOk()).andReturn();
      ImportJob job = (ImportJob) r.getModelAndView().getModel().get("job");
      if (!job.isBezig()) return job;
      Thread.sleep(100);
    }
    return fail("import niet klaar binnen 5 minuten");
  }

  private List<UUID> kandidatenVan(List<String> externIds) {
    return jdbc.sql("select kandidaat_id from kandidaat.bron where extern_id in (:ids)").param("ids", externIds).query(UUID.class).list();
  }

  private String token(String client, String scope) throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString((client + ":demo-geheim").getBytes());
    String antwoord = mvc.perform(post("/oauth2/token").header("Authorization", basic)
            .param("grant_type", "client_credentials").param("scope", scope))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    return json.readTree(antwoord).get("access_token").asString();
  }

  private String id(String naam) {
    return "IMPTEST-" + run + "-" + naam;
  }

  private ObjectNode kandidaat(String externId, String bsn, String postcode) {
    ObjectNode k = json.createObjectNode();
    k.put("externId", externId);
    k.put("bsn", bsn);
    k.put("voornaam", "Jan");
    k.put("achternaam", "Jansen");
    k.put("geboortedatum", "1985-03-04");
    k.put("postcode", postcode);
    k.put("opleidingsniveau", "MBO2");
    k.putArray("beroepen").add(TIMMERMAN);
    k.putArray("talen").add("Nederlands");
    k.put("rijbewijs", true);
    k.put("urenPerWeek", 32);
    k.put("maxReisafstandKm", 25);
    k.put("beschikbaarVanaf", "2026-12-01");
    return k;
  }

  /** Een regel in de kolomvolgorde van het sjabloon, met verzonnen gegevens in Breda. */
  static String rij(String externId, String bsn) {
    Map<String, String> w = new LinkedHashMap<>();
    for (String k : Kolom.namen()) w.put(k, "");
    w.put("extern_id", externId);
    w.put("bsn", bsn);
    w.put("voornaam", "Jan");
    w.put("achternaam", "Jansen");
    w.put("geboortedatum", "1985-03-04");
    w.put("straat", "Proefstraat");
    w.put("huisnummer", "1");
    w.put("postcode", "4811 AB");
    w.put("woonplaats", "Breda");
    w.put("doelgroepen", "BIJSTAND");
    w.put("opleidingsniveau", "MBO2");
    w.put("startkwalificatie", "ja");
    w.put("beroepen", TIMMERMAN);
    w.put("talen", "Nederlands|Engels");
    w.put("rijbewijs", "nee");
    w.put("uren_per_week", "32");
    w.put("max_reisafstand_km", "25");
    w.put("beschikbaar_vanaf", "2026-12-01");
    return String.join(";", w.values());
  }

  static byte[] bestand(char scheiding, boolean bom, List<String> regels) {
    StringBuilder sb = new StringBuilder();
    if (bom) sb.append('\uFEFF');
    sb.append(String.join(String.valueOf(scheiding), Kolom.namen())).append("\r\n");
    for (String r : regels) sb.append(r).append("\r\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Een BSN dat de elfproef doorstaat, uniek binnen deze testrun. */
  static String bsn() {
    while (true) {
      String acht = "1" + String.format("%07d", VOLGNUMMER.incrementAndGet());
      int som = 0;
      for (int i = 0; i < 8; i++) som += (9 - i) * (acht.charAt(i) - '0');
      int controle = som % 11;
      if (controle <= 9) return acht + controle;
    }
  }
}
