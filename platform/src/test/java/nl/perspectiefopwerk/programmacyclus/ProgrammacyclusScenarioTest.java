package nl.perspectiefopwerk.programmacyclus;

import static nl.perspectiefopwerk.programmacyclus.ActieplanFixture.versie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.ActieplanIngediend;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.ActieplanStatusGewijzigd;
import nl.perspectiefopwerk.actieplan.Indienvenster;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Planversie;
import nl.perspectiefopwerk.actieplan.domain.Verschil;
import nl.perspectiefopwerk.beoordeling.ActieplanGoedgekeurd;
import nl.perspectiefopwerk.beoordeling.BeoordelingService;
import nl.perspectiefopwerk.beoordeling.Criterium;
import nl.perspectiefopwerk.financiering.Circulaire;
import nl.perspectiefopwerk.financiering.FinancieringService;
import nl.perspectiefopwerk.financiering.Tranche;
import nl.perspectiefopwerk.financiering.TrancheStatus;
import nl.perspectiefopwerk.financiering.TrancheToegekend;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.melding.MeldingService;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstService;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService.RapportageFormulier;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * De programmacyclus als verhaal in kleine stappen: concept → indienen → teruggestuurd → opnieuw indienen → advies →
 * goedkeuring → tranche 1 → bijeenkomsten en voortgang → tranche 2. Met echte e-mail (GreenMail) en echte database.
 */
@RecordApplicationEvents
class ProgrammacyclusScenarioTest extends ProgrammacyclusTestBasis {

  static final String REGIO = "AM99";

  @Autowired ActieplanService actieplannen;
  @Autowired BeoordelingService beoordeling;
  @Autowired FinancieringService financiering;
  @Autowired BijeenkomstService bijeenkomsten;
  @Autowired VoortgangService voortgang;
  @Autowired MonitoringApi monitoring;
  @Autowired MeldingService meldingen;
  @Autowired ApplicationEvents events;

  final HuidigeGebruiker ot = landelijk("ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM);
  final HuidigeGebruiker stuurgroep = landelijk("stuurgroep@nl", Rol.STUURGROEP);
  final HuidigeGebruiker ministerie = landelijk("ministerie@nl", Rol.MINISTERIE);

  @Test
  void vanConceptTotTweedeTranche() throws Exception {
    HuidigeGebruiker regio = coordinator(REGIO);
    ActieplanId id = deRegioBegintEenConcept(regio);
    indienenZonderAlleOnderdelenWordtGeweigerd(regio, id);
    ActieplanFixture.vulVolledig(actieplannen, regio, id);
    deRegioDientInInHetSeptembervenster(regio, id);
    naIndienenKanNiemandHetPlanWijzigen(regio, id);
    hetOndersteuningsteamStuurtHetPlanTerug(id, regio);
    deRegioVultAanEnDientOpnieuwIn(regio, id);
    hetOndersteuningsteamVindtHetPlanVolledig(id);
    deStuurgroepAdviseertOpDeVijfCriteria(id);
    wieAdviseerdeMagNietBesluiten(id);
    hetMinisterieKeurtGoedEnDeRegioKrijgtBericht(id, regio);
    tranche1KomtInDeSeptembercirculaire(id);
    deRegioIsBijDeBijeenkomstenEnRapporteert(regio);
    hetMinisterieKentTranche2Toe();
    deStatusgeschiedenisEnHetVerwerkingenlogZijnCompleet(id);
  }

  ActieplanId deRegioBegintEenConcept(HuidigeGebruiker regio) {
    Actieplan p = actieplannen.eigenPlan(regio);
    assertThat(p.status()).isEqualTo(PlanStatus.CONCEPT);
    assertThat(p.regiocode()).isEqualTo(REGIO);
    assertThat(actieplannen.eigenPlan(regio).id()).isEqualTo(p.id());
    return p.id();
  }

  void indienenZonderAlleOnderdelenWordtGeweigerd(HuidigeGebruiker regio, ActieplanId id) {
    assertThat(actieplannen.dienIn(regio, id, versie(actieplannen, regio, id))).containsEntry("volledigheid", "actieplan.indienen.onvolledig");
    assertThat(actieplannen.uploadOvereenkomst(regio, id, versie(actieplannen, regio, id), "virus.exe", "MZ....".getBytes()))
        .containsEntry("overeenkomst", "actieplan.fout.overeenkomst.geenPdf");
  }

  void deRegioDientInInHetSeptembervenster(HuidigeGebruiker regio, ActieplanId id) {
    assertThat(actieplannen.dienIn(regio, id, versie(actieplannen, regio, id))).isEmpty();
    Actieplan p = actieplannen.zichtbaar(regio, id);
    assertThat(p.status()).isEqualTo(PlanStatus.INGEDIEND);
    assertThat(p.venster()).isEqualTo(Indienvenster.SEPTEMBERCIRCULAIRE);
    assertThat(p.versienummer()).isEqualTo(1);
    assertThat(p.ingediendOp()).isNotNull();
    assertThat(events.stream(ActieplanIngediend.class).filter(e -> e.id().equals(id))).hasSize(1);
  }

  void naIndienenKanNiemandHetPlanWijzigen(HuidigeGebruiker regio, ActieplanId id) {
    int v = versie(actieplannen, regio, id);
    assertThatThrownBy(() -> actieplannen.slaInhoudOp(regio, id, v, ActieplanFixture.inhoud("x", "1")))
        .isInstanceOf(ActieplanService.NietBewerkbaarException.class);
    assertThatThrownBy(() -> actieplannen.slaInhoudOp(regio, id, v - 1, ActieplanFixture.inhoud("x", "1")))
        .isInstanceOf(GelijktijdigGewijzigdException.class);
    HuidigeGebruiker ander = coordinator("AM96");
    assertThatThrownBy(() -> actieplannen.zichtbaar(ander, id)).isInstanceOf(nl.perspectiefopwerk.gedeeld.api.NietGevondenException.class);
  }

  void hetOndersteuningsteamStuurtHetPlanTerug(ActieplanId id, HuidigeGebruiker regio) throws Exception {
    Map<Onderdeel, Boolean> inOrde = alles(true);
    inOrde.put(Onderdeel.ANALYSE, false);
    Map<Onderdeel, String> zonderOpmerking = Map.of();
    Actieplan p = actieplannen.zichtbaar(regio, id);
    assertThat(beoordeling.toetsOp(ot, id, p.versie(), inOrde, zonderOpmerking, null, op(2019, 4, 20)))
        .containsEntry("opmerking-ANALYSE", "beoordeling.fout.opmerkingNodig");
    assertThat(beoordeling.toetsOp(ot, id, p.versie(), inOrde, Map.of(Onderdeel.ANALYSE, "Noem de vraag van werkgevers in cijfers."),
        "Graag aanvullen.", op(2019, 4, 20))).isEmpty();
    assertThat(actieplannen.zichtbaar(regio, id).status()).isEqualTo(PlanStatus.TERUGGESTUURD);
    assertThat(meldingen.meldingen(regio.id(), 10)).anySatisfy(m -> assertThat(m.onderwerp()).contains("teruggestuurd"));
    assertThat(ontvangen(regio, "Doe-agenda teruggestuurd voor aanvulling")).isTrue();
  }

  void deRegioVultAanEnDientOpnieuwIn(HuidigeGebruiker regio, ActieplanId id) {
    assertThat(actieplannen.slaInhoudOp(regio, id, versie(actieplannen, regio, id),
        ActieplanFixture.inhoud("De vraag naar zorgpersoneel groeit met 1.200 vacatures; 3.000 mensen staan aan de kant.", "200"))).isEmpty();
    assertThat(actieplannen.dienInOp(regio, id, versie(actieplannen, regio, id), op(2019, 4, 25))).isEmpty();
    Actieplan p = actieplannen.zichtbaar(regio, id);
    assertThat(p.versienummer()).isEqualTo(2);
    assertThat(p.venster()).as("het venster van de eerste indiening blijft").isEqualTo(Indienvenster.SEPTEMBERCIRCULAIRE);
    List<Planversie> versies = actieplannen.versies(regio, id);
    assertThat(versies).extracting(Planversie::versienummer).containsExactly(1, 2);
    assertThat(Verschil.gewijzigd(Verschil.woorden(versies.get(0).inhoud().get(Onderdeel.ANALYSE), versies.get(1).inhoud().get(Onderdeel.ANALYSE))))
        .isTrue();
    assertThat(Verschil.gewijzigd(Verschil.woorden(versies.get(0).inhoud().get(Onderdeel.AMBITIE), versies.get(1).inhoud().get(Onderdeel.AMBITIE))))
        .isFalse();
  }

  void hetOndersteuningsteamVindtHetPlanVolledig(ActieplanId id) {
    Actieplan p = actieplannen.plan(id).orElseThrow();
    assertThat(beoordeling.toetsOp(ot, id, p.versie(), alles(true), Map.of(), null, op(2019, 5, 2))).isEmpty();
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.VOLLEDIG);
  }

  void deStuurgroepAdviseertOpDeVijfCriteria(ActieplanId id) {
    Actieplan p = actieplannen.plan(id).orElseThrow();
    Bijeenkomst vergadering = monitoring.bijeenkomsten(BijeenkomstSoort.STUURGROEP).getFirst();
    Map<Criterium, Boolean> criteria = new EnumMap<>(Criterium.class);
    for (Criterium c : Criterium.values()) criteria.put(c, true);
    assertThatThrownBy(() -> beoordeling.adviseerOp(ministerie, id, p.versie(), vergadering.id(), criteria, true, "x", op(2019, 5, 21)))
        .isInstanceOf(AccessDeniedException.class);
    Map<Criterium, Boolean> onvolledig = new EnumMap<>(criteria);
    onvolledig.remove(Criterium.CONCRETE_STAPPEN);
    assertThat(beoordeling.adviseerOp(stuurgroep, id, p.versie(), UUID.randomUUID(), onvolledig, true, "Positief", op(2019, 5, 21)))
        .containsKeys("vergadering", "criterium-CONCRETE_STAPPEN");
    assertThat(beoordeling.adviseerOp(stuurgroep, id, p.versie(), vergadering.id(), criteria, true, "Positief advies.", op(2019, 5, 21)))
        .isEmpty();
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.GEADVISEERD);
  }

  void wieAdviseerdeMagNietBesluiten(ActieplanId id) {
    HuidigeGebruiker dezelfdePersoon = landelijk("stuurgroep@nl", Rol.MINISTERIE);
    Actieplan p = actieplannen.plan(id).orElseThrow();
    assertThat(beoordeling.besluitOp(dezelfdePersoon, id, p.versie(), true, "Akkoord", LocalDate.of(2019, 6, 14), op(2019, 6, 14)))
        .containsEntry("goedgekeurd", "beoordeling.fout.functiescheiding");
    assertThat(actieplannen.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.GEADVISEERD);
  }

  void hetMinisterieKeurtGoedEnDeRegioKrijgtBericht(ActieplanId id, HuidigeGebruiker regio) throws Exception {
    Actieplan p = actieplannen.plan(id).orElseThrow();
    assertThat(beoordeling.besluitOp(ministerie, id, p.versie(), true, "Voldoet aan de oproep; positief advies.", LocalDate.of(2019, 6, 14),
        op(2019, 6, 14))).isEmpty();
    Actieplan goed = actieplannen.plan(id).orElseThrow();
    assertThat(goed.status()).isEqualTo(PlanStatus.GOEDGEKEURD);
    assertThat(goed.goedgekeurdOp()).isEqualTo(LocalDate.of(2019, 6, 14));
    assertThat(goed.looptijdTot()).isEqualTo(LocalDate.of(2021, 6, 13));
    assertThat(events.stream(ActieplanGoedgekeurd.class).filter(e -> e.id().equals(id))).hasSize(1);
    assertThat(ontvangen(regio, "Doe-agenda goedgekeurd")).isTrue();
  }

  void tranche1KomtInDeSeptembercirculaire(ActieplanId id) {
    List<Tranche> tranches = financiering.tranches(REGIO);
    assertThat(tranches).hasSize(1);
    assertThat(tranches.getFirst().circulaire()).isEqualTo(Circulaire.SEPTEMBER_2019);
    assertThat(tranches.getFirst().bedragCent()).isEqualTo(100_000_000L);
    assertThat(tranches.getFirst().planId()).isEqualTo(id.waarde());
    assertThat(events.stream(TrancheToegekend.class).filter(e -> e.regiocode().equals(REGIO))).hasSize(1);
  }

  void deRegioIsBijDeBijeenkomstenEnRapporteert(HuidigeGebruiker regio) {
    List<Bijeenkomst> landelijk = monitoring.bijeenkomsten(BijeenkomstSoort.LANDELIJK).stream()
        .filter(b -> !b.datum().isAfter(LocalDate.of(2020, 2, 27))).toList();
    assertThat(landelijk).hasSizeGreaterThanOrEqualTo(4);
    for (int i = 0; i < landelijk.size(); i++) {
      bijeenkomsten.legAanwezigheidVast(ot, landelijk.get(i).id(), Map.of(REGIO, i != 1));
    }
    assertThat(bijeenkomsten.legInbrengVast(regio, landelijk.getFirst().id(), "Gestart.", "Systemen sluiten niet aan.", "Vaste contactpersoon.",
        "Landelijke afspraken over gegevensdeling.")).isEmpty();
    assertThat(monitoring.aanwezigheid(REGIO, LocalDate.of(2020, 2, 27)).procent()).isGreaterThanOrEqualTo(75);
    Actieplan p = actieplannen.zichtbaar(regio, actieplannen.eigenPlan(regio).id());
    Map<UUID, nl.perspectiefopwerk.monitoring.ActiviteitStatus> standen = new LinkedHashMap<>();
    p.activiteiten().forEach(a -> standen.put(a.id(), nl.perspectiefopwerk.monitoring.ActiviteitStatus.GESTART));
    assertThat(voortgang.dienRapportageInOp(regio, new RapportageFormulier("2019-Q4", 12, "Weinig vacatures in de bouw.", "Op koers.", standen,
        Map.of()), op(2020, 1, 15))).isEmpty();
    assertThat(voortgang.dienRapportageInOp(regio, new RapportageFormulier("2019-Q4", 12, "", "", Map.of(), Map.of()), op(2020, 1, 16)))
        .containsEntry("periode", "monitoring.fout.periodeBestaat");
    assertThat(voortgang.legGesprekVast(ot, REGIO, LocalDate.of(2019, 12, 5), "Goed gesprek; scholing loopt achter.")).isEmpty();
    assertThat(monitoring.rapportageIngediend(REGIO, LocalDate.of(2020, 2, 27))).isTrue();
  }

  void hetMinisterieKentTranche2Toe() {
    assertThat(financiering.besluitTranche2Op(ministerie, REGIO, true, true, "Goede voortgang.", LocalDate.of(2020, 2, 27), op(2020, 3, 1)))
        .isEmpty();
    Tranche t2 = financiering.tranches(REGIO).stream().filter(t -> t.nummer() == 2).findFirst().orElseThrow();
    assertThat(t2.status()).isEqualTo(TrancheStatus.TOEGEKEND);
    assertThat(t2.circulaire()).isEqualTo(Circulaire.MAART_2020);
    assertThat(t2.nietVoldaan()).isEmpty();
    assertThat(financiering.besluitTranche2Op(ministerie, REGIO, true, true, "Nogmaals.", LocalDate.of(2020, 2, 27), op(2020, 3, 2)))
        .containsEntry("regio", "financiering.fout.alBesloten");
  }

  void deStatusgeschiedenisEnHetVerwerkingenlogZijnCompleet(ActieplanId id) {
    assertThat(actieplannen.geschiedenis(id)).extracting(s -> s.naar()).containsExactly(PlanStatus.INGEDIEND, PlanStatus.TERUGGESTUURD,
        PlanStatus.INGEDIEND, PlanStatus.VOLLEDIG, PlanStatus.GEADVISEERD, PlanStatus.GOEDGEKEURD);
    assertThat(events.stream(ActieplanStatusGewijzigd.class).filter(e -> e.id().equals(id))).hasSize(6);
    long gelogd = jdbc.sql("select count(*) from audit.verwerking where betrokkene_type = 'actieplan' and betrokkene_id = ?")
        .param(id.toString()).query(Long.class).single();
    assertThat(gelogd).isGreaterThanOrEqualTo(6 + 8);
  }

  @Test
  void naDeUitersteDatumKanNietMeerWordenIngediend() {
    HuidigeGebruiker regio = coordinator("AM97");
    ActieplanId id = actieplannen.eigenPlan(regio).id();
    ActieplanFixture.vulVolledig(actieplannen, regio, id);
    assertThat(actieplannen.dienInOp(regio, id, versie(actieplannen, regio, id), op(2019, 7, 16)))
        .containsEntry("status", "actieplan.indienen.teLaat");
    assertThat(actieplannen.dienInOp(regio, id, versie(actieplannen, regio, id), op(2019, 7, 15))).isEmpty();
    assertThat(actieplannen.zichtbaar(regio, id).venster()).isEqualTo(Indienvenster.DECEMBERCIRCULAIRE);
  }

  @Test
  void zonderGoedkeuringGeenTranche() {
    assertThat(financiering.besluitTranche2Op(ministerie, "AM95", true, true, "x", LocalDate.of(2020, 2, 27), op(2020, 3, 1)))
        .containsEntry("regio", "financiering.fout.geenTranche1");
    assertThatThrownBy(() -> financiering.besluitTranche2Op(ot, "AM95", true, true, "x", LocalDate.of(2020, 2, 27), op(2020, 3, 1)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static Map<Onderdeel, Boolean> alles(boolean ok) {
    Map<Onderdeel, Boolean> m = new EnumMap<>(Onderdeel.class);
    for (Onderdeel o : Onderdeel.values()) m.put(o, ok);
    return m;
  }

  private boolean ontvangen(HuidigeGebruiker aan, String onderwerp) throws Exception {
    String adres = aan.gebruikersnaam().replace("@", ".") + "@example.nl";
    for (int poging = 0; poging < 50; poging++) {
      for (MimeMessage m : SMTP.getReceivedMessages()) {
        if (onderwerp.equals(m.getSubject()) && Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(adres))) return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
