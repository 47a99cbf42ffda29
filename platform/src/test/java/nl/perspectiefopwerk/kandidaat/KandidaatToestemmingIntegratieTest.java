package nl.perspectiefopwerk.kandidaat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.kandidaat.domain.Toestemmingsregister.Besluit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** De tweede soort toestemming (identiteit aan één werkgever) en zoeken op vaardigheid. */
@PlatformTest
class KandidaatToestemmingIntegratieTest {

  @Autowired KandidaatService service;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void identiteitstoestemmingGeldtAlleenVoorDieEneWerkgeverEnIsIntrekbaar() {
    KandidaatId id = new KandidaatId(jdbc.sql("select id from kandidaat.kandidaat where regiocode = 'AM29' order by id limit 1").query(UUID.class).single());
    UUID werkgeverA = organisatie("WERKGEVER", "AM29", 0);
    UUID werkgeverB = organisatie("WERKGEVER", "AM29", 1);
    assertThat(service.geefIdentiteitstoestemming(id, werkgeverA, Toestemming.Wijze.DOOR_KANDIDAAT, "kandidaat")).isInstanceOf(Besluit.Gegeven.class);
    assertThat(service.heeftIdentiteitstoestemming(id, werkgeverA)).isTrue();
    assertThat(service.heeftIdentiteitstoestemming(id, werkgeverB)).isFalse();
    assertThat(service.geefIdentiteitstoestemming(id, werkgeverA, Toestemming.Wijze.DOOR_KANDIDAAT, "kandidaat")).isInstanceOf(Besluit.Afgewezen.class);
    assertThat(service.trekIdentiteitstoestemmingIn(id, werkgeverA, "kandidaat")).isInstanceOf(Besluit.Ingetrokken.class);
    assertThat(service.heeftIdentiteitstoestemming(id, werkgeverA)).isFalse();
  }

  @Test
  void zoekenOpVaardigheidGeeftAlleenProfielenMetDieVaardigheid() throws Exception {
    JsonNode alle = profielen("/api/v1/profielen?paginaGrootte=200");
    String vaardigheid = alle.path("_embedded").path("profielen").get(0).path("vaardigheden").get(0).path("id").asString();
    JsonNode gefilterd = profielen("/api/v1/profielen?paginaGrootte=200&vaardigheid=" + vaardigheid);
    assertThat(gefilterd.path("pagina").path("totaalElementen").asLong()).isPositive()
        .isLessThanOrEqualTo(alle.path("pagina").path("totaalElementen").asLong());
    gefilterd.path("_embedded").path("profielen").forEach(p -> {
      boolean heeft = false;
      for (JsonNode v : p.path("vaardigheden")) heeft |= v.path("id").asString().equals(vaardigheid);
      assertThat(heeft).isTrue();
    });
  }

  private JsonNode profielen(String pad) throws Exception {
    return JsonMapper.builder().build().readTree(mvc.perform(get(pad).with(user("werkgever@am25").roles("WERKGEVER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private UUID organisatie(String type, String regio, int index) {
    return jdbc.sql(
            """
            select o.id from toegang.organisatie o join toegang.organisatie_regio r on r.organisatie_id = o.id
            where o.type = ? and r.regiocode = ? order by o.naam offset ? limit 1
            """)
        .params(type, regio, index).query(UUID.class).single();
  }
}
