package nl.perspectiefopwerk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.bemiddeling.BemiddelingApi;
import nl.perspectiefopwerk.bemiddeling.Maandcijfers;
import nl.perspectiefopwerk.financiering.FinancieringApi;
import nl.perspectiefopwerk.financiering.Tranche;
import nl.perspectiefopwerk.kandidaat.Bestandstelling;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.monitoring.Aanwezigheid;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Haalt de vastgelegde feiten op bij de modules die ze bezitten, uitsluitend via hun facades en
 * uitsluitend als tellingen of bedragen: er komt geen persoon in deze module.
 */
@Component
class FeitenVerzamelaar {

  private final RegioApi regio;
  private final KandidaatApi kandidaat;
  private final BemiddelingApi bemiddeling;
  private final ActieplanApi actieplan;
  private final FinancieringApi financiering;
  private final MonitoringApi monitoring;
  private final ToegangApi toegang;
  private final YearMonth vanaf;
  private final Clock klok;

  FeitenVerzamelaar(
      RegioApi regio, KandidaatApi kandidaat, BemiddelingApi bemiddeling, ActieplanApi actieplan, FinancieringApi financiering,
      MonitoringApi monitoring, ToegangApi toegang, @Value("${pow.monitoring.vanaf:2019-07}") YearMonth vanaf,
      java.util.Optional<Clock> klok) {
    this.regio = regio;
    this.kandidaat = kandidaat;
    this.bemiddeling = bemiddeling;
    this.actieplan = actieplan;
    this.financiering = financiering;
    this.monitoring = monitoring;
    this.toegang = toegang;
    this.vanaf = vanaf;
    this.klok = klok.orElse(Clock.systemDefaultZone());
  }

  /** Per inbrengende organisatie in één regio; zelfmeldingen zonder organisatie onder "zelfmelding". */
  List<OrganisatieFeiten> perOrganisatie(String regiocode, String zelfmelding) {
    List<OrganisatieFeiten> uit = new ArrayList<>();
    for (Bestandstelling b : kandidaat.bestandstellingenPerOrganisatie(regiocode)) {
      String naam = b.groep().isEmpty()
          ? zelfmelding
          : toegang.organisatie(new OrganisatieId(UUID.fromString(b.groep()))).map(Organisatie::naam).orElse(b.groep());
      uit.add(new OrganisatieFeiten(naam, b.geidentificeerd(), b.werkfit(), b.inBestand(), b.verouderd()));
    }
    uit.sort(java.util.Comparator.comparing(OrganisatieFeiten::organisatie));
    return uit;
  }

  Feiten verzamel() {
    Instant nu = klok.instant();
    LocalDate peildatum = LocalDate.now(klok);
    Map<String, Bestandstelling> bestand =
        kandidaat.bestandstellingen().stream().collect(Collectors.toMap(Bestandstelling::groep, Function.identity()));
    Map<String, List<Maandcijfers>> route = bemiddeling.maandcijfersPerRegio(vanaf, YearMonth.from(peildatum));
    Map<String, Actieplan> plannen = actieplan.plannen().stream().collect(Collectors.toMap(Actieplan::regiocode, Function.identity(), (a, b) -> a));
    Map<String, ActieplanApi.Ambitie> ambities =
        actieplan.ambities().stream().collect(Collectors.toMap(ActieplanApi.Ambitie::regiocode, Function.identity(), (a, b) -> a));
    Map<String, FinancieringApi.Regiosaldo> saldi =
        financiering.saldoPerRegio().stream().collect(Collectors.toMap(FinancieringApi.Regiosaldo::regiocode, Function.identity(), (a, b) -> a));
    Map<String, Aanwezigheid> aanwezigheid =
        monitoring.aanwezigheidPerRegio().stream().collect(Collectors.toMap(Aanwezigheid::regiocode, Function.identity(), (a, b) -> a));
    Map<String, Set<String>> themas = new HashMap<>();
    Map<String, Set<String>> pijlers = new HashMap<>();
    for (ActieplanApi.ActiviteitenTelling t : actieplan.activiteitenPerPijlerEnThema()) {
      if (t.aantal() <= 0) continue;
      if (t.thema() != null && !t.thema().isBlank()) themas.computeIfAbsent(t.regiocode(), k -> new HashSet<>()).add(t.thema().strip());
      if (t.pijler() != null) pijlers.computeIfAbsent(t.regiocode(), k -> new HashSet<>()).add(t.pijler().name());
    }

    List<RegioFeiten> regios = new ArrayList<>();
    List<Maandfeit> maanden = new ArrayList<>();
    List<GeldFeit> geld = new ArrayList<>();
    for (Arbeidsmarktregio r : regio.regios()) {
      String code = r.code();
      Bestandstelling b = bestand.getOrDefault(code, new Bestandstelling(code, 0, 0, 0, 0));
      long belangstellingen = 0, gesprekken = 0, plaatsingen = 0, duurzaam = 0, uitval = 0;
      for (Maandcijfers m : route.getOrDefault(code, List.of())) {
        belangstellingen += m.belangstellingen();
        gesprekken += m.eersteGesprekken();
        plaatsingen += m.plaatsingen();
        duurzaam += m.duurzamePlaatsingen();
        uitval += m.uitvallers();
        if (m.belangstellingen() + m.eersteGesprekken() + m.plaatsingen() + m.duurzamePlaatsingen() + m.uitvallers() > 0) {
          maanden.add(new Maandfeit(code, m.maand(), m.belangstellingen(), m.eersteGesprekken(), m.plaatsingen(),
              m.duurzamePlaatsingen(), m.uitvallers()));
        }
      }
      Actieplan plan = plannen.get(code);
      ActieplanApi.Ambitie ambitie = ambities.get(code);
      FinancieringApi.Regiosaldo saldo = saldi.get(code);
      Aanwezigheid a = aanwezigheid.get(code);
      for (Tranche t : financiering.tranches(code)) {
        geld.add(new GeldFeit(code, t.circulaire() == null ? null : t.circulaire().name(), t.nummer(), t.status().name(), t.bedragCent()));
      }
      regios.add(new RegioFeiten(code, r.naam(), b.geidentificeerd(), b.werkfit(), b.inBestand(), b.verouderd(),
          belangstellingen, gesprekken, plaatsingen, duurzaam, uitval,
          ambitie == null ? null : ambitie.matches(), plan == null ? null : plan.status().name(),
          ambitie == null ? null : ambitie.looptijdVan(), ambitie == null ? null : ambitie.looptijdTot(),
          saldo == null ? 0 : saldo.toegekendCent(), saldo == null ? 0 : saldo.betaaldCent(), saldo == null ? 0 : saldo.besteedCent(),
          a == null ? 0 : a.bijeenkomsten(), a == null ? 0 : a.aanwezig(),
          themas.getOrDefault(code, Set.of()), pijlers.getOrDefault(code, Set.of())));
    }
    return new Feiten(nu, peildatum, regios, maanden, geld);
  }
}
