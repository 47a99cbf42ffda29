package nl.perspectiefopwerk.leren;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** De REST-API en de formulieren van scholing, leeragenda en RMT: aanmaken, overgangen, 409 bij een oude versie, problem+json. */
@PlatformTest
class LerenApiTest {

  private static final RequestPostProcessor CONSULENT_AM33 = user("consulent-gemeente@am33").roles("CONSULENT");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void scholingstrajectViaDeApiMetOvergangenEnVergrendeling() throws Exception {
    UUID kandidaat = jdbc.sql("""
            select k.id from kandidaat.kandidaat k join toegang.gebruiker g on g.organisatie_id = k.organisatie_id
            where g.gebruikersnaam = 'consulent-gemeente@am33' and not exists (select 1 from scholing.traject t where t.kandidaat_id = k.id)
            order by k.id limit 1
            """).query(UUID.class).single();
    String body = """
        {"kandidaat": "%s", "type": "BBL", "opleiding": "Monteur elektrotechniek (mbo 2)", "erkendLeerbedrijf": "Installatietechniek Nepstroom",
         "startdatum": "%s", "erkendCertificaat": true}
        """.formatted(kandidaat, LocalDate.now().minusDays(10));
    String locatie = mvc.perform(post("/api/v1/scholingstrajecten").contentType(MediaType.APPLICATION_JSON).content(body).with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("GEPLAND")).andExpect(jsonPath("$.versie").value(0))
        .andReturn().getResponse().getHeader("Location");
    String pad = locatie.substring(locatie.indexOf("/api/"));
    mvc.perform(post(pad + "/overgangen").contentType(MediaType.APPLICATION_JSON).content("{\"naar\": \"LOPEND\", \"versie\": 0}")
            .with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LOPEND"));
    mvc.perform(post(pad + "/overgangen").contentType(MediaType.APPLICATION_JSON).content("{\"naar\": \"GESTOPT\", \"versie\": 0}")
            .with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post(pad + "/overgangen").contentType(MediaType.APPLICATION_JSON)
            .content("{\"naar\": \"AFGEROND\", \"uitkomst\": \"PRAKTIJKVERKLARING\", \"versie\": 1}").with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("uitkomst"));
    mvc.perform(post(pad + "/overgangen").contentType(MediaType.APPLICATION_JSON)
            .content("{\"naar\": \"AFGEROND\", \"uitkomst\": \"DIPLOMA\", \"versie\": 1}").with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.uitkomst").value("DIPLOMA"));
    mvc.perform(get(pad).with(user("consulent-uwv@am33").roles("CONSULENT"))).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/scholingstrajecten").contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"ONBEKEND\"}")
            .with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void regiocoordinatorPubliceertEenLesViaDeApi() throws Exception {
    String titel = "Les via de API " + UUID.randomUUID();
    mvc.perform(post("/api/v1/leeragenda-items").contentType(MediaType.APPLICATION_JSON).content("""
            {"soort": "LES", "titel": "%s", "samenvatting": "Werkgevers haakten af zonder vaste contactpersoon.", "thema": "WERKENDE_SAMENWERKING",
             "pijler": "VRAAG", "mislukt": true, "stedelijkheid": "LANDELIJK", "omvang": "KLEIN"}
            """.formatted(titel)).with(user("coordinator@am33").roles("REGIOCOORDINATOR")).with(csrf()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.regiocode").value("AM33")).andExpect(jsonPath("$.mislukt").value(true));
    mvc.perform(get("/api/v1/leeragenda-items").param("q", "contactpersoon").param("mislukt", "true")
            .with(user("coordinator@am03").roles("REGIOCOORDINATOR")))
        .andExpect(status().isOk()).andExpect(jsonPath("$._embedded.items[?(@.item.titel == '" + titel + "')].pastBijRegio").value(true));
    mvc.perform(post("/api/v1/leeragenda-items").contentType(MediaType.APPLICATION_JSON).content("{\"soort\": \"PRODUCT\"}")
            .with(user("coordinator@am33").roles("REGIOCOORDINATOR")).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/v1/leeragenda-items").contentType(MediaType.APPLICATION_JSON).content("{\"soort\": \"LES\"}")
            .with(user("werkgever@am33").roles("WERKGEVER")).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void rmtIntakeViaFormulierEnApi() throws Exception {
    mvc.perform(post("/rmt/clienten").with(CONSULENT_AM33).with(csrf()).param("naam", "Formulier Client").param("telefoon", "0612345678")
            .param("situatie", "BAAN_VERLOREN").param("datumBaanverlies", "2020-09-01").param("categorie", "WW").param("herkomst", "VAKBOND"))
        .andExpect(redirectedUrlPattern("/rmt/clienten/*"));
    mvc.perform(post("/api/v1/rmt-clienten").contentType(MediaType.APPLICATION_JSON).content("""
            {"naam": "API Client", "email": "api@voorbeeld.nl", "situatie": "BAAN_BEDREIGD", "datumBaanverlies": "2020-03-12", "categorie": "WERKNEMER_IN_LOONDIENST"}
            """).with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isCreated()).andExpect(header().exists("Location"));
    mvc.perform(post("/api/v1/rmt-clienten").contentType(MediaType.APPLICATION_JSON).content("""
            {"naam": "Te vroeg", "situatie": "BAAN_VERLOREN", "datumBaanverlies": "2019-12-31", "categorie": "WW"}
            """).with(CONSULENT_AM33).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datumBaanverlies"));
    mvc.perform(get("/api/v1/rmt-clienten").with(CONSULENT_AM33))
        .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.naam == 'API Client')].herkomst").value("GEMEENTE"));
    mvc.perform(get("/api/v1/rmt-clienten").with(user("coordinator@am33").roles("REGIOCOORDINATOR"))).andExpect(status().isForbidden());
  }
}
