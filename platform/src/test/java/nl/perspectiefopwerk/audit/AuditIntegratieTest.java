package nl.perspectiefopwerk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Het verwerkingenlog: inzage wordt vastgelegd, het log is alleen aan te vullen, de beheerder kan zoeken en exporteren. */
@PlatformTest
class AuditIntegratieTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditApi audit;

  @Test
  void eenBeheerderDieEenAccountBekijktWordtVastgelegd() throws Exception {
    UUID id = jdbc.sql("select id from toegang.gebruiker where gebruikersnaam = 'kandidaat@am07'").query(UUID.class).single();
    mvc.perform(get("/beheer/gebruikers/" + id).with(user("beheerder@nl").roles("BEHEERDER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("kandidaat@am07")));
    var regels = audit.voorBetrokkene("gebruiker", id.toString());
    assertThat(regels).isNotEmpty();
    var regel = regels.getFirst();
    assertThat(regel.gebruiker()).isEqualTo("beheerder@nl");
    assertThat(regel.rol()).isEqualTo("BEHEERDER");
    assertThat(regel.organisatie()).isEqualTo("Platformbeheer Perspectief op Werk");
    assertThat(regel.handeling()).isEqualTo("inzien");
    assertThat(regel.doel()).isNotBlank();
    assertThat(regel.traceId()).isNotNull();
  }

  @Test
  void hetLogIsAlleenAanTeVullen() {
    Actor actor = new Actor("test@nl", "Test", "BEHEERDER");
    audit.registreer(new Dataverwerking(actor, Handeling.INZIEN, "test", "gebruiker", "x-1", "Test", null));
    assertThatThrownBy(() -> jdbc.sql("update audit.verwerking set doel = 'anders'").update())
        .hasMessageContaining("alleen aan te vullen");
    assertThatThrownBy(() -> jdbc.sql("delete from audit.verwerking").update())
        .hasMessageContaining("alleen aan te vullen");
    assertThat(audit.zoek(new AuditFilter("test@nl", null, null, null, null), new PaginaVerzoek(1, 10)).totaal()).isPositive();
  }

  @Test
  void deBeheerderZoektEnExporteertAlsCsv() throws Exception {
    Actor actor = new Actor("exporttest@nl", "Test", "BEHEERDER");
    audit.registreer(new Dataverwerking(actor, Handeling.WIJZIGEN, "test", "gebruiker", "=HYPERLINK(1)", "Formule-injectie voorkomen", null));
    mvc.perform(get("/beheer/audit?gebruiker=exporttest@nl").with(user("beheerder@nl").roles("BEHEERDER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Formule-injectie voorkomen")));
    byte[] csv = mvc.perform(get("/beheer/audit/export.csv?gebruiker=exporttest@nl").with(user("beheerder@nl").roles("BEHEERDER")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("verwerkingenlog.csv")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    String tekst = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(tekst).contains("tijdstip;gebruiker;").contains("'=HYPERLINK(1)");
    mvc.perform(get("/beheer/audit").with(user("regioloket@am25").roles("REGIOLOKET"))).andExpect(status().isForbidden());
  }
}
