package nl.perspectiefopwerk.scholing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.leren.Als;
import nl.perspectiefopwerk.scholing.ScholingService.Resultaat;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Scenario: een regio legt een praktijkleerroute vast tot en met de praktijkverklaring, met toegang, vergrendeling en kengetallen. */
@PlatformTest
@RecordApplicationEvents
class ScholingScenarioTest {

  private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @Autowired ScholingService scholing;
  @Autowired ToegangApi toegang;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ApplicationEvents events;

  @Test
  void eenPraktijkleerrouteVanConsulentEnSchoolEindigtMetEenPraktijkverklaring() {
    HuidigeGebruiker consulent = Als.gebruiker(toegang, "consulent-gemeente@am26");
    HuidigeGebruiker school = Als.gebruiker(toegang, "onderwijs@am26");
    KandidaatId kandidaat = kandidaatZonderTraject(consulent);
    Kengetallen voor = scholing.kengetallen("AM26");

    // stap 1: de consulent legt de route vast, met de school als onderwijspartner
    TrajectId id = legPraktijkleerrouteVast(consulent, kandidaat, school);
    Traject t = scholing.bekijk(consulent, id);
    assertThat(t.status()).isEqualTo(TrajectStatus.GEPLAND);
    assertThat(t.regiocode()).isEqualTo("AM26");

    // stap 2: de school start het traject
    assertThat(scholing.wijzigStatus(school, id, TrajectStatus.LOPEND, null, null, t.versie())).isEmpty();
    assertThat(scholing.kengetallen("AM26").kandidatenInRoute()).isEqualTo(voor.kandidatenInRoute() + 1);

    // stap 3: een praktijkverklaring past, een diploma na een taaltraject niet: de consulent rondt af
    assertThat(scholing.wijzigStatus(consulent, id, TrajectStatus.AFGEROND, null, VANDAAG, 1)).containsEntry("uitkomst", "scholing.fout.uitkomst");
    assertThat(scholing.wijzigStatus(consulent, id, TrajectStatus.AFGEROND, Opleidingsuitkomst.PRAKTIJKVERKLARING, VANDAAG, 1)).isEmpty();

    // stap 4: het is terug te zien in de kengetallen, als gebeurtenis en in het verwerkingenlog
    Traject klaar = scholing.bekijk(school, id);
    assertThat(klaar.status()).isEqualTo(TrajectStatus.AFGEROND);
    assertThat(klaar.uitkomst()).isEqualTo(Opleidingsuitkomst.PRAKTIJKVERKLARING);
    assertThat(klaar.uitkomstDatum()).isEqualTo(VANDAAG);
    Kengetallen na = scholing.kengetallen("AM26");
    assertThat(na.verklaringen()).isEqualTo(voor.verklaringen() + 1);
    assertThat(na.kandidatenInRoute()).isEqualTo(voor.kandidatenInRoute());
    assertThat(events.stream(TrajectAfgerond.class)).anyMatch(e -> e.traject().equals(id) && e.uitkomst() == Opleidingsuitkomst.PRAKTIJKVERKLARING);
    assertThat(jdbc.sql("select handeling from audit.verwerking where betrokkene_type = 'scholingstraject' and betrokkene_id = ?")
        .param(id.toString()).query(String.class).list()).contains("aanmaken", "wijzigen", "inzien");
  }

  @Test
  void eenTrajectBestaatNietVoorEenAndereOrganisatieEnEenOudeVersieWordtGeweigerd() {
    HuidigeGebruiker consulent = Als.gebruiker(toegang, "consulent-gemeente@am26");
    TrajectId id = legPraktijkleerrouteVast(consulent, kandidaatZonderTraject(consulent), Als.gebruiker(toegang, "onderwijs@am26"));
    HuidigeGebruiker uwv = Als.gebruiker(toegang, "consulent-uwv@am26");
    assertThatThrownBy(() -> scholing.bekijk(uwv, id)).isInstanceOf(NietGevondenException.class);
    assertThatThrownBy(() -> scholing.bekijk(Als.gebruiker(toegang, "regioloket@am25"), id)).isInstanceOf(NietGevondenException.class);
    assertThat(scholing.bekijk(Als.gebruiker(toegang, "regioloket@am26"), id).id()).isEqualTo(id);
    assertThatThrownBy(() -> scholing.trajecten(Als.gebruiker(toegang, "ministerie@nl"))).isInstanceOf(AccessDeniedException.class);

    assertThat(scholing.wijzigStatus(consulent, id, TrajectStatus.LOPEND, null, null, 0)).isEmpty();
    assertThatThrownBy(() -> scholing.wijzigStatus(consulent, id, TrajectStatus.GESTOPT, null, null, 0))
        .isInstanceOf(GelijktijdigGewijzigdException.class);
    assertThat(scholing.wijzigStatus(consulent, id, TrajectStatus.GEPLAND, null, null, 1)).containsEntry("status", "scholing.overgang.afgewezen");
  }

  @Test
  void eenOnbekendDossiernummerOfEenLeerbedrijfLoosWordtAfgekeurd() {
    HuidigeGebruiker consulent = Als.gebruiker(toegang, "consulent-gemeente@am26");
    Resultaat r = scholing.registreer(consulent, new TrajectGegevens("geen-nummer", Trajecttype.PRAKTIJKLEREN, "Kok", null, null, null, VANDAAG,
        VANDAAG.minusDays(1), true, null));
    assertThat(r).isInstanceOf(Resultaat.Afgekeurd.class);
    assertThat(((Resultaat.Afgekeurd) r).fouten()).containsOnlyKeys("kandidaat", "erkendLeerbedrijf", "einddatum");

    // een bestaand dossiernummer van een kandidaat van een andere organisatie (hier de gemeente) is voor het UWV onbekend
    Resultaat vanAnder = scholing.registreer(Als.gebruiker(toegang, "consulent-uwv@am26"), new TrajectGegevens(
        kandidaatZonderTraject(consulent).toString(), Trajecttype.TAAL, "Nederlands B1", null, null, null, VANDAAG, null, false, null));
    assertThat(((Resultaat.Afgekeurd) vanAnder).fouten()).containsOnlyKeys("kandidaat");
    assertThat(scholing.registreer(Als.gebruiker(toegang, "consulent-uwv@am26"), new TrajectGegevens(UUID.randomUUID().toString(),
        Trajecttype.TAAL, "Nederlands B1", null, null, null, VANDAAG, null, false, null))).isInstanceOf(Resultaat.Afgekeurd.class);
  }

  @Test
  void landelijkeRollenZienAlleenOnderdrukteAantallen() throws Exception {
    mvc.perform(get("/api/v1/scholingskengetallen").with(user("ministerie@nl").roles("MINISTERIE")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.regiocode == 'AM25')]").exists());
    mvc.perform(get("/scholing").with(user("ministerie@nl").roles("MINISTERIE"))).andExpect(status().isForbidden());
    String html = mvc.perform(get("/scholing/kengetallen").with(user("ministerie@nl").roles("MINISTERIE")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("&lt; 10");
    mvc.perform(get("/scholing/kengetallen").param("formaat", "csv").with(user("stuurgroep@nl").roles("STUURGROEP")))
        .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
            .string("Content-Disposition", org.hamcrest.Matchers.containsString("scholing-kengetallen.csv")));
    mvc.perform(get("/api/v1/scholingstrajecten").with(user("regioloket@am25").roles("REGIOLOKET")))
        .andExpect(status().isOk()).andExpect(jsonPath("$._embedded.scholingstrajecten[0].regiocode").value("AM25"));
  }

  @Test
  void eenRegioMeldtZichAanVoorDePilotEnHetMinisterieBesluit() {
    HuidigeGebruiker coordinator = Als.gebruiker(toegang, "coordinator@am38");
    assertThat(scholing.meldAanVoorPilot(coordinator, 3, null)).containsEntry("tranche", "scholing.fout.tranche");
    Map<String, String> fouten = scholing.meldAanVoorPilot(coordinator, 2, "Via SBB aangemeld");
    if (!fouten.isEmpty()) assertThat(fouten).containsEntry("tranche", "scholing.fout.alAangemeld"); // een herhaalde testrun
    assertThat(scholing.meldAanVoorPilot(coordinator, 2, "Nog een keer")).containsEntry("tranche", "scholing.fout.alAangemeld");
    PilotAanmelding p = scholing.pilots(coordinator).stream().filter(a -> a.tranche() == 2).findFirst().orElseThrow();
    assertThatThrownBy(() -> scholing.besluitPilot(coordinator, p.id(), true, p.versie())).isInstanceOf(AccessDeniedException.class);
    if (p.status() == PilotStatus.AANGEMELD) {
      assertThat(scholing.besluitPilot(Als.gebruiker(toegang, "ministerie@nl"), p.id(), true, p.versie())).isEmpty();
    }
    assertThat(scholing.pilots(Als.gebruiker(toegang, "ministerie@nl"))).anyMatch(a -> a.id().equals(p.id()) && a.status() == PilotStatus.TOEGEKEND);
    assertThat(scholing.pilots(Als.gebruiker(toegang, "ministerie@nl"))).filteredOn(a -> a.tranche() == 1).hasSize(12);
  }

  private TrajectId legPraktijkleerrouteVast(HuidigeGebruiker consulent, KandidaatId kandidaat, HuidigeGebruiker school) {
    Resultaat r = scholing.registreer(consulent, new TrajectGegevens(kandidaat.toString(), Trajecttype.PRAKTIJKLEREN,
        "Helpende zorg en welzijn (mbo 2)", "Zorggroep Scenario", "P. Opleider", school.organisatieId().waarde(), VANDAAG.minusDays(30),
        VANDAAG.plusMonths(6), true, null));
    assertThat(r).isInstanceOf(Resultaat.Gelukt.class);
    return ((Resultaat.Gelukt) r).id();
  }

  private KandidaatId kandidaatZonderTraject(HuidigeGebruiker consulent) {
    UUID id = jdbc.sql("""
            select k.id from kandidaat.kandidaat k where k.organisatie_id = ?
            and not exists (select 1 from scholing.traject t where t.kandidaat_id = k.id) order by k.id limit 1
            """)
        .param(consulent.organisatieId().waarde()).query(UUID.class).single();
    return new KandidaatId(id);
  }
}
