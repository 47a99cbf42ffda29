package nl.perspectiefopwerk.programmacyclus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.beoordeling.Criterium;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Elke beoordelingsstap ook via de API: toets, advies, besluit en het besluit over tranche 2, met Nederlandse fouten. */
class BeoordelingApiIntegratieTest extends ProgrammacyclusTestBasis {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ActieplanService actieplannen;
  @Autowired MonitoringApi monitoring;

  @Test
  void vanIngediendTotGoedgekeurdViaDeApi() throws Exception {
    HuidigeGebruiker regio = coordinator("AM93");
    ActieplanId id = actieplannen.eigenPlan(regio).id();
    ActieplanFixture.vulVolledig(actieplannen, regio, id);
    assertThat(actieplannen.dienIn(regio, id, ActieplanFixture.versie(actieplannen, regio, id))).isEmpty();
    String pad = "/api/v1/actieplannen/" + id.waarde();

    Map<Onderdeel, Boolean> inOrde = new LinkedHashMap<>();
    for (Onderdeel o : Onderdeel.values()) inOrde.put(o, true);
    mvc.perform(post(pad + "/volledigheidstoets").with(user("ondersteuningsteam@nl").roles("ONDERSTEUNINGSTEAM")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(JSON.writeValueAsString(Map.of("versie", versie(id), "inOrde", inOrde, "opmerkingen", Map.of()))))
        .andExpect(status().isNoContent());
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.VOLLEDIG);

    // het ministerie mag niet adviseren (rol), de stuurgroep wel
    Map<Criterium, Boolean> criteria = new LinkedHashMap<>();
    for (Criterium c : Criterium.values()) criteria.put(c, true);
    var vergadering = monitoring.bijeenkomsten(BijeenkomstSoort.STUURGROEP).getFirst().id();
    String advies = JSON.writeValueAsString(Map.of("versie", versie(id), "vergadering", vergadering, "criteria", criteria, "positief", true,
        "toelichting", "Heldere lijn van analyse naar aanpak."));
    mvc.perform(post(pad + "/advies").with(user("ministerie@nl").roles("MINISTERIE")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(advies))
        .andExpect(status().isForbidden());
    mvc.perform(post(pad + "/advies").with(user("stuurgroep@nl").roles("STUURGROEP")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(advies))
        .andExpect(status().isNoContent());
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.GEADVISEERD);

    // een besluit zonder motivering wordt met een Nederlandse melding geweigerd
    mvc.perform(post(pad + "/besluit").with(user("ministerie@nl").roles("MINISTERIE")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(JSON.writeValueAsString(Map.of("versie", versie(id), "goedgekeurd", true, "besluitdatum", "2019-04-10"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").exists());
    mvc.perform(post(pad + "/besluit").with(user("ministerie@nl").roles("MINISTERIE")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(JSON.writeValueAsString(Map.of("versie", versie(id), "goedgekeurd", true, "motivering", "Voldoet aan het Kader.",
                "besluitdatum", "2019-04-10"))))
        .andExpect(status().isNoContent());
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.GOEDGEKEURD);
  }

  @Test
  void tranche2ViaDeApiAlleenDoorHetMinisterieEnNietZonderTranche1() throws Exception {
    coordinator("AM92");
    String body = JSON.writeValueAsString(Map.of("goedeVoortgang", true, "medewerkingMonitoring", true, "toelichting", "x"));
    mvc.perform(post("/api/v1/regios/AM92/tranche2").with(user("ondersteuningsteam@nl").roles("ONDERSTEUNINGSTEAM")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/regios/AM92/tranche2").with(user("ministerie@nl").roles("MINISTERIE")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].name").value("regio"));
  }

  private int versie(ActieplanId id) {
    return actieplannen.plan(id).orElseThrow().versie();
  }
}
