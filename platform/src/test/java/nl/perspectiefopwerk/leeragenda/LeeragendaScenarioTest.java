package nl.perspectiefopwerk.leeragenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.leeragenda.LeeragendaService.Resultaat;
import nl.perspectiefopwerk.leren.Als;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Scenario: een regio vindt een les van een andere regio die bij haar past; de evaluatie deelt lessen en rapporten. */
@PlatformTest
@RecordApplicationEvents
class LeeragendaScenarioTest {

  @Autowired LeeragendaService leeragenda;
  @Autowired EvaluatieService evaluatie;
  @Autowired ToegangApi toegang;
  @Autowired MockMvc mvc;
  @Autowired ApplicationEvents events;
  @Autowired nl.perspectiefopwerk.melding.MeldingService meldingen;

  @Test
  void eenLandelijkeRegioVindtDeMislukteLesUitZeelandDieBijHaarPast() {
    HuidigeGebruiker drenthe = Als.gebruiker(toegang, "coordinator@am03");
    // "matchingevents" vindt via de Nederlandse stam ook "matchingevent" en "online banenmarkt"
    List<Zoekresultaat> gevonden = leeragenda.zoek(drenthe, new Zoekvraag("matchingevents online", null, null, null, null, null, null, null));
    assertThat(gevonden).isNotEmpty();
    Zoekresultaat zeeland = gevonden.stream().filter(r -> "AM24".equals(r.item().regiocode())).findFirst().orElseThrow();
    assertThat(zeeland.item().mislukt()).isTrue();
    assertThat(zeeland.pastBijRegio()).isTrue();
    assertThat(gevonden.getFirst().rang()).isGreaterThanOrEqualTo(gevonden.getLast().rang());

    // filteren op context en op "wat niet werkte"
    List<Zoekresultaat> mislukt = leeragenda.zoek(drenthe, new Zoekvraag(null, Itemsoort.LES, null, null, null, Stedelijkheid.LANDELIJK, Omvang.KLEIN, true));
    assertThat(mislukt).isNotEmpty().allMatch(r -> r.item().mislukt());
    assertThat(leeragenda.zoek(drenthe, new Zoekvraag("werkgevers betrekken", null, null, null, "AM13", null, null, null)))
        .extracting(r -> r.item().regiocode()).containsOnly("AM13");
  }

  @Test
  void eenNieuweLesVerschijntBijRegiosDieHetThemaPrioriteitGeven() {
    HuidigeGebruiker brabant = Als.gebruiker(toegang, "coordinator@am25");
    HuidigeGebruiker friesland = Als.gebruiker(toegang, "coordinator@am02");
    leeragenda.overzicht(friesland); // bezoek vastleggen: vanaf nu is iets nieuw
    Map<Thema, Integer> prioriteiten = new EnumMap<>(Thema.class);
    for (Thema t : Thema.values()) prioriteiten.put(t, t == Thema.MATCHINGEVENTS ? 5 : 1);
    leeragenda.bewaarBehoefte(friesland, prioriteiten, Stedelijkheid.LANDELIJK, Omvang.KLEIN, "zorg, landbouw", null,
        leeragenda.eigenContext(friesland).map(Behoefte::versie).orElse(null));

    String titel = "Nabellen binnen twee dagen " + UUID.randomUUID();
    Resultaat r = leeragenda.publiceer(brabant, new ItemGegevens(Itemsoort.LES, titel, "Wie binnen twee dagen nabelde, kreeg drie keer zoveel gesprekken.",
        null, Thema.MATCHINGEVENTS, Pijler.ROUTE, null, null, null, null, null, Stedelijkheid.GEMENGD, Omvang.MIDDEL, "logistiek", false, null, false));
    assertThat(r).isInstanceOf(Resultaat.Gelukt.class);
    UUID id = ((Resultaat.Gelukt) r).id();
    assertThat(events.stream(LeeragendaItemGepubliceerd.class)).anyMatch(e -> e.item().equals(id) && e.thema() == Thema.MATCHINGEVENTS
        && "AM25".equals(e.regiocode()) && e.link().equals("/leeragenda/items/" + id));

    assertThat(leeragenda.overzicht(friesland).nieuw()).extracting(Item::id).contains(id);
    // en de coördinator van Friesland krijgt er een melding van in de app; Brabant zelf niet
    assertThat(meldingen.meldingen(friesland.id(), 100)).anyMatch(m -> m.tekst().equals(titel) && m.link().equals("/leeragenda/items/" + id));
    assertThat(meldingen.meldingen(brabant.id(), 100)).noneMatch(m -> m.tekst().equals(titel));
    assertThat(leeragenda.themasVanRegio("AM02")).containsExactly(Thema.MATCHINGEVENTS);
    // een goede praktijk zonder resultaten, of een product van een regio, wordt afgekeurd
    Resultaat fout = leeragenda.publiceer(brabant, new ItemGegevens(Itemsoort.PRODUCT, "x", "y", null, Thema.OPEN_HIRING, Pijler.VRAAG, null, null,
        null, null, null, null, null, null, false, null, false));
    assertThat(((Resultaat.Afgekeurd) fout).fouten()).containsKey("soort");
    assertThatThrownBy(() -> leeragenda.publiceer(Als.gebruiker(toegang, "werkgever@am25"), ItemGegevens.leeg(Itemsoort.LES, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void deRegioWijzigtHaarEigenLesMetVergrendeling() {
    HuidigeGebruiker brabant = Als.gebruiker(toegang, "coordinator@am25");
    ItemGegevens les = new ItemGegevens(Itemsoort.LES, "Te wijzigen les " + UUID.randomUUID(), "Eerste versie.", null, Thema.OPEN_HIRING,
        Pijler.VRAAG, null, null, null, null, null, null, null, null, false, null, false);
    UUID id = ((Resultaat.Gelukt) leeragenda.publiceer(brabant, les)).id();
    ItemGegevens beter = new ItemGegevens(Itemsoort.PRODUCT, les.titel(), "Tweede versie: het werkte niet.", "Uitleg", Thema.OPEN_HIRING,
        Pijler.VRAAG, null, null, null, null, null, Stedelijkheid.GEMENGD, Omvang.MIDDEL, null, true, null, true);
    assertThat(leeragenda.wijzig(brabant, id, beter, 0)).isInstanceOf(Resultaat.Gelukt.class);
    Item na = leeragenda.item(brabant, id);
    assertThat(na.soort()).isEqualTo(Itemsoort.LES);
    assertThat(na.regiocode()).isEqualTo("AM25");
    assertThat(na.mislukt()).isTrue();
    assertThat(na.versie()).isEqualTo(1);
    assertThat(leeragenda.zoek(brabant, new Zoekvraag("tweede versie", null, null, null, "AM25", null, null, null)))
        .extracting(r -> r.item().id()).contains(id);
    assertThatThrownBy(() -> leeragenda.wijzig(brabant, id, beter, 0)).isInstanceOf(GelijktijdigGewijzigdException.class);
    assertThatThrownBy(() -> leeragenda.wijzig(Als.gebruiker(toegang, "coordinator@am03"), id, beter, 1)).isInstanceOf(AccessDeniedException.class);
    assertThat(leeragenda.wijzig(Als.gebruiker(toegang, "ondersteuningsteam@nl"), id,
        new ItemGegevens(null, "", "x", null, null, null, null, null, null, null, null, null, null, null, false, null, false), 1))
        .isInstanceOf(Resultaat.Afgekeurd.class);
  }

  @Test
  void activiteitAanmeldenEnAanwezigheidPerRegio() {
    HuidigeGebruiker ot = Als.gebruiker(toegang, "ondersteuningsteam@nl");
    String titel = "Leerkring scenario " + UUID.randomUUID();
    assertThat(leeragenda.planActiviteit(ot, Thema.OPEN_HIRING, Activiteitvorm.LEERKRING, titel, null, java.time.LocalDate.now().plusDays(9), null,
        "VNO-NCW")).isEmpty();
    Activiteit a = leeragenda.activiteiten(ot).stream().filter(x -> x.titel().equals(titel)).findFirst().orElseThrow();
    HuidigeGebruiker werkgever = Als.gebruiker(toegang, "werkgever@am25");
    assertThat(leeragenda.meldAan(werkgever, a.id())).isEmpty();
    assertThat(leeragenda.meldAan(werkgever, a.id())).containsEntry("aanmelding", "leeragenda.fout.alAangemeld");
    assertThat(leeragenda.meldAan(Als.gebruiker(toegang, "coordinator@am01"), a.id())).isEmpty();
    assertThatThrownBy(() -> leeragenda.meldAan(ot, a.id())).isInstanceOf(AccessDeniedException.class);
    leeragenda.legAanwezigheidVast(ot, a.id(), java.util.Set.of(werkgever.organisatieId().waarde()), a.versie());
    Activiteit na = leeragenda.activiteit(ot, a.id());
    assertThat(na.deelnames()).hasSize(2);
    assertThat(na.aantalAanwezig()).isEqualTo(1);
    assertThat(na.deelnames()).extracting(Activiteit.Deelname::regiocode).containsExactlyInAnyOrder("AM01", "AM25");
  }

  @Test
  void deEvaluatorLeestInvoerEnSlaatAlleenEchtePdfRapportenOp() throws Exception {
    HuidigeGebruiker ot = Als.gebruiker(toegang, "ondersteuningsteam@nl");
    HuidigeGebruiker evaluator = Als.gebruiker(toegang, "evaluator@nl");
    Evaluatiecyclus open = evaluatie.cycli(evaluator).stream().filter(c -> c.status() == Evaluatiecyclus.Cyclusstatus.OPEN).findFirst().orElseThrow();

    assertThat(evaluatie.voegInputToe(ot, open.id(), EvaluatieInput.Inputsoort.GESPREKSVERSLAG, "Verslag", "Bel jan@voorbeeld.nl", null, null, true))
        .containsEntry("tekst", "leeragenda.fout.email");
    assertThat(evaluatie.voegInputToe(ot, open.id(), EvaluatieInput.Inputsoort.GESPREKSVERSLAG, "Verslag", "Goede samenwerking", null, null, false))
        .containsKey("zonderPersoonsgegevens");
    assertThat(evaluatie.voegInputToe(ot, open.id(), EvaluatieInput.Inputsoort.GESPREKSVERSLAG, "Verslag scenario", "Goede samenwerking", "v.txt",
        "Regio's werken samen.".getBytes(StandardCharsets.UTF_8), true)).isEmpty();
    assertThat(evaluatie.inputs(evaluator, open.id())).anyMatch(i -> i.titel().equals("Verslag scenario") && i.heeftBestand());
    assertThatThrownBy(() -> evaluatie.voegInputToe(evaluator, open.id(), EvaluatieInput.Inputsoort.PLAN, "x", "y", null, null, true))
        .isInstanceOf(AccessDeniedException.class);

    byte[] pdf = Pdf.nieuw("Eindrapport").alinea("Lessen").klaar();
    mvc.perform(multipart("/evaluatie/" + open.id() + "/rapporten").file(new MockMultipartFile("rapport", "eind.pdf", "application/pdf", pdf))
            .param("rapportsoort", "EINDRAPPORT").param("rapporttitel", "Eindrapport scenario").with(user("evaluator@nl").roles("EVALUATOR")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", "leeragenda.rapport.opgeslagen"));
    mvc.perform(multipart("/evaluatie/" + open.id() + "/rapporten").file(new MockMultipartFile("rapport", "eind.pdf", "application/pdf",
                "<html>nep</html>".getBytes(StandardCharsets.UTF_8)))
            .param("rapportsoort", "EINDRAPPORT").param("rapporttitel", "Nep").with(user("evaluator@nl").roles("EVALUATOR")).with(csrf()))
        .andExpect(flash().attribute("fout", "leeragenda.fout.geenPdf"));
    mvc.perform(multipart("/evaluatie/" + open.id() + "/rapporten").file(new MockMultipartFile("rapport", "eind.pdf", "application/pdf", pdf))
            .param("rapportsoort", "EINDRAPPORT").param("rapporttitel", "x").with(user("ondersteuningsteam@nl").roles("ONDERSTEUNINGSTEAM")).with(csrf()))
        .andExpect(status().isForbidden());
    Rapport opgeslagen = evaluatie.rapporten(evaluator, open.id()).stream().filter(x -> x.titel().equals("Eindrapport scenario")).findFirst().orElseThrow();
    byte[] terug = mvc.perform(get("/evaluatie/" + open.id() + "/rapporten/" + opgeslagen.id()).with(user("ministerie@nl").roles("MINISTERIE")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(terug).isEqualTo(pdf);
    mvc.perform(get("/evaluatie").with(user("werkgever@am25").roles("WERKGEVER"))).andExpect(status().isForbidden());
  }

  @Test
  void apiZoektMetRangEnToontGeenKandidaatgegevens() throws Exception {
    mvc.perform(get("/api/v1/leeragenda-items").param("q", "open hiring").with(user("werkgever@am25").roles("WERKGEVER")))
        .andExpect(status().isOk()).andExpect(jsonPath("$._embedded.items[0].item.thema").value("OPEN_HIRING"));
    mvc.perform(get("/api/v1/leeragenda-items").with(user("kandidaat@am25").roles("KANDIDAAT"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/evaluatiecycli").with(user("evaluator@nl").roles("EVALUATOR"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].nummer").value(1));
  }
}
