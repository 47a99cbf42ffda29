package nl.perspectiefopwerk.dashboard.web;

import static nl.perspectiefopwerk.dashboard.Onderdrukking.percentage;
import static nl.perspectiefopwerk.dashboard.Onderdrukking.toon;
import static nl.perspectiefopwerk.dashboard.Onderdrukking.waarde;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.perspectiefopwerk.dashboard.Dashboardberekening;
import nl.perspectiefopwerk.dashboard.Dashboardberekening.Maandpunt;
import nl.perspectiefopwerk.dashboard.Dashboardberekening.Realisatie;
import nl.perspectiefopwerk.dashboard.Dashboardberekening.TrechterStap;
import nl.perspectiefopwerk.dashboard.Feiten;
import nl.perspectiefopwerk.dashboard.GeldFeit;
import nl.perspectiefopwerk.dashboard.RegioFeiten;
import org.springframework.context.MessageSource;

/**
 * Zet de afgeleide cijfers om in tabellen en grafieken in de taal van de kijker. Eén bron voor scherm en
 * exports: wat hier onderdrukt wordt, is overal onderdrukt.
 */
final class Weergave {

  /** De statussen van de levensloop van een doe-agenda, plus "GEEN" voor een regio zonder plan. */
  static final List<String> PLANSTATUSSEN = java.util.stream.Stream.concat(
      java.util.Arrays.stream(nl.perspectiefopwerk.actieplan.PlanStatus.values()).map(Enum::name), java.util.stream.Stream.of("GEEN")).toList();

  private final MessageSource berichten;
  private final Locale taal;
  private final Feiten feiten;

  Weergave(MessageSource berichten, Locale taal, Feiten feiten) {
    this.berichten = berichten;
    this.taal = taal;
    this.feiten = feiten;
  }

  String t(String sleutel, Object... args) {
    return berichten.getMessage(sleutel, args, sleutel, taal);
  }

  String berekendOp() {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(taal).withZone(ZoneId.of("Europe/Amsterdam"))
        .format(feiten.berekendOp());
  }

  String euro(long cent) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"));
    return f.format(cent / 100.0);
  }

  Tabel trechter(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    List<TrechterStap> stappen = Dashboardberekening.trechter(regios);
    long vorige = -1;
    for (TrechterStap s : stappen) {
      rijen.add(List.of(t("monitoring.stap." + s.stap()), toon(s.aantal()), vorige < 0 ? "–" : percentage(s.aantal(), vorige)));
      vorige = s.aantal();
    }
    return new Tabel("trechter", t("monitoring.trechter.titel"),
        List.of(t("monitoring.kolom.stap"), t("monitoring.kolom.aantal"), t("monitoring.kolom.vanVorigeStap")),
        List.of(false, true, true), rijen);
  }

  Grafiek trechterGrafiek(Collection<RegioFeiten> regios) {
    List<TrechterStap> stappen = Dashboardberekening.trechter(regios);
    return new Grafiek("grafiek-trechter", "bar", t("monitoring.trechter.titel"), "trechter",
        stappen.stream().map(s -> t("monitoring.stap." + s.stap())).toList(),
        List.of(new Grafiek.Reeks(t("monitoring.kolom.aantal"), stappen.stream().map(s -> waarde(s.aantal())).toList())), true);
  }

  Tabel realisatie(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    for (Realisatie r : Dashboardberekening.realisatie(regios, feiten.peildatum())) {
      rijen.add(List.of(r.regiocode(), r.naam(),
          r.ambitie() == null ? "–" : String.valueOf(r.ambitie()),
          r.ambitie() == null ? "–" : String.valueOf(r.verwacht()),
          toon(r.plaatsingen()), toon(r.duurzaam()),
          r.ambitie() == null ? "–" : percentage(r.plaatsingen(), r.ambitie()),
          t("monitoring.koers." + r.koers())));
    }
    return new Tabel("realisatie", t("monitoring.realisatie.titel"),
        List.of(t("monitoring.kolom.code"), t("monitoring.kolom.regio"), t("monitoring.kolom.ambitie"), t("monitoring.kolom.verwacht"),
            t("monitoring.kolom.plaatsingen"), t("monitoring.kolom.duurzaam"), t("monitoring.kolom.realisatie"), t("monitoring.kolom.koers")),
        List.of(false, false, true, true, true, true, true, false), rijen);
  }

  Grafiek realisatieGrafiek(Collection<RegioFeiten> regios) {
    List<Realisatie> rs = Dashboardberekening.realisatie(regios, feiten.peildatum());
    return new Grafiek("grafiek-realisatie", "bar", t("monitoring.realisatie.titel"), "realisatie",
        rs.stream().map(Realisatie::regiocode).toList(),
        List.of(
            new Grafiek.Reeks(t("monitoring.kolom.ambitie"), rs.stream().map(r -> r.ambitie() == null ? null : (long) r.ambitie()).toList()),
            new Grafiek.Reeks(t("monitoring.kolom.verwacht"), rs.stream().map(r -> r.ambitie() == null ? null : r.verwacht()).toList()),
            new Grafiek.Reeks(t("monitoring.kolom.plaatsingen"), rs.stream().map(r -> waarde(r.plaatsingen())).toList())),
        false);
  }

  /** Tegels voor het regio-overzicht (kaartalternatief): code, naam, koers. */
  List<Realisatie> tegels(Collection<RegioFeiten> regios) {
    return Dashboardberekening.realisatie(regios, feiten.peildatum());
  }

  Tabel plannen(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    for (Map.Entry<String, Long> e : Dashboardberekening.plannenPerStatus(regios, PLANSTATUSSEN).entrySet()) {
      if (e.getValue() == 0) continue;
      rijen.add(List.of(e.getKey().equals("GEEN") ? t("monitoring.planstatus.GEEN") : t("actieplan.status." + e.getKey()), String.valueOf(e.getValue())));
    }
    return new Tabel("plannen", t("monitoring.plannen.titel"),
        List.of(t("monitoring.kolom.status"), t("monitoring.kolom.regios")), List.of(false, true), rijen);
  }

  Tabel geld(Collection<GeldFeit> geld) {
    List<List<String>> rijen = new ArrayList<>();
    for (Dashboardberekening.GeldRij g : Dashboardberekening.geldPerCirculaire(geld)) {
      rijen.add(List.of(g.circulaire() == null ? "–" : t("financiering.circulaire." + g.circulaire()), String.valueOf(g.tranche()),
          t("financiering.status." + g.status()), String.valueOf(g.regios()), euro(g.bedragCent())));
    }
    return new Tabel("geld", t("monitoring.geld.titel"),
        List.of(t("monitoring.kolom.circulaire"), t("monitoring.kolom.tranche"), t("monitoring.kolom.status"), t("monitoring.kolom.regios"),
            t("monitoring.kolom.bedrag")),
        List.of(false, true, false, true, true), rijen);
  }

  Tabel geldPerRegio(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    for (RegioFeiten r : regios) {
      rijen.add(List.of(r.regiocode(), r.naam(), euro(r.toegekendCent()), euro(r.betaaldCent()), euro(r.bestedCent()),
          euro(Math.max(0, r.betaaldCent() - r.bestedCent()))));
    }
    return new Tabel("geld-regio", t("monitoring.geldRegio.titel"),
        List.of(t("monitoring.kolom.code"), t("monitoring.kolom.regio"), t("monitoring.kolom.toegekend"), t("monitoring.kolom.betaald"),
            t("monitoring.kolom.besteed"), t("monitoring.kolom.onbesteed")),
        List.of(false, false, true, true, true, true), rijen);
  }

  Tabel aanwezigheid(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    for (Dashboardberekening.AanwezigheidRij a : Dashboardberekening.aanwezigheid(regios)) {
      rijen.add(List.of(a.regiocode(), a.naam(), String.valueOf(a.bijgewoond()), String.valueOf(a.bijeenkomsten()),
          a.bijeenkomsten() == 0 ? "–" : Math.round(100.0 * a.bijgewoond() / a.bijeenkomsten()) + "%"));
    }
    return new Tabel("aanwezigheid", t("monitoring.aanwezigheid.titel"),
        List.of(t("monitoring.kolom.code"), t("monitoring.kolom.regio"), t("monitoring.kolom.bijgewoond"), t("monitoring.kolom.bijeenkomsten"),
            t("monitoring.kolom.percentage")),
        List.of(false, false, true, true, true), rijen);
  }

  Tabel themas(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    Dashboardberekening.regiosPer(regios, RegioFeiten::pijlers)
        .forEach(p -> rijen.add(List.of(t("monitoring.soort.pijler"), t("actieplan.pijler." + p.sleutel()), t("monitoring.vanRegios", p.aantal(), regios.size()))));
    Dashboardberekening.regiosPer(regios, RegioFeiten::themas)
        .forEach(p -> rijen.add(List.of(t("monitoring.soort.thema"), p.sleutel(), t("monitoring.vanRegios", p.aantal(), regios.size()))));
    return new Tabel("themas", t("monitoring.themas.titel"),
        List.of(t("monitoring.kolom.soort"), t("monitoring.kolom.onderwerp"), t("monitoring.kolom.regios")), List.of(false, false, true), rijen);
  }

  Tabel actualiteit(Collection<RegioFeiten> regios) {
    List<List<String>> rijen = new ArrayList<>();
    for (Dashboardberekening.ActualiteitRij a : Dashboardberekening.actualiteit(regios)) {
      rijen.add(List.of(a.regiocode(), a.naam(), toon(a.inBestand()), toon(a.verouderd()),
          percentage(a.verouderd(), a.inBestand() + a.verouderd())));
    }
    return new Tabel("actualiteit", t("monitoring.actualiteit.titel"),
        List.of(t("monitoring.kolom.code"), t("monitoring.kolom.regio"), t("monitoring.kolom.inBestand"), t("monitoring.kolom.verouderd"),
            t("monitoring.kolom.aandeelVerouderd")),
        List.of(false, false, true, true, true), rijen);
  }

  Tabel maanden(String regiocode) {
    List<List<String>> rijen = new ArrayList<>();
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM yyyy", taal);
    for (Maandpunt m : Dashboardberekening.maandreeks(feiten.maanden(), regiocode)) {
      rijen.add(List.of(f.format(m.maand()), toon(m.belangstellingen()), toon(m.eersteGesprekken()), toon(m.plaatsingen()),
          toon(m.duurzaam()), toon(m.uitval())));
    }
    return new Tabel("maanden", t("monitoring.maanden.titel"),
        List.of(t("monitoring.kolom.maand"), t("monitoring.kolom.belangstellingen"), t("monitoring.kolom.gesprekken"),
            t("monitoring.kolom.plaatsingen"), t("monitoring.kolom.duurzaam"), t("monitoring.kolom.uitval")),
        List.of(false, true, true, true, true, true), rijen);
  }

  Grafiek maandGrafiek(String regiocode) {
    List<Maandpunt> ms = Dashboardberekening.maandreeks(feiten.maanden(), regiocode);
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yyyy", taal);
    return new Grafiek("grafiek-maanden", "line", t("monitoring.maanden.titel"), "maanden",
        ms.stream().map(m -> f.format(m.maand())).toList(),
        List.of(
            new Grafiek.Reeks(t("monitoring.kolom.belangstellingen"), ms.stream().map(m -> waarde(m.belangstellingen())).toList()),
            new Grafiek.Reeks(t("monitoring.kolom.gesprekken"), ms.stream().map(m -> waarde(m.eersteGesprekken())).toList()),
            new Grafiek.Reeks(t("monitoring.kolom.plaatsingen"), ms.stream().map(m -> waarde(m.plaatsingen())).toList())),
        false);
  }

  static String kwartaal(LocalDate d) {
    return d.getYear() + "-K" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  static YearMonth maand(LocalDate d) {
    return YearMonth.from(d);
  }
}
