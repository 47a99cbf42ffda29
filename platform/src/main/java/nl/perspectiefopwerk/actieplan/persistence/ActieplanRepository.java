package nl.perspectiefopwerk.actieplan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.Actieplan.Activiteit;
import nl.perspectiefopwerk.actieplan.Actieplan.Arrangement;
import nl.perspectiefopwerk.actieplan.Actieplan.Inhoud;
import nl.perspectiefopwerk.actieplan.Actieplan.Ondertekenaar;
import nl.perspectiefopwerk.actieplan.Actieplan.Overeenkomst;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.actieplan.Indienvenster;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.OndertekenaarSoort;
import nl.perspectiefopwerk.actieplan.Pijler;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Planversie;
import nl.perspectiefopwerk.actieplan.Statusovergang;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van doe-agenda's (schema actieplan). Elke wijziging aan een plan of zijn delen verhoogt de versie van het plan. */
@Repository
public class ActieplanRepository {

  private static final String SELECT =
      "select id, regiocode, status, analyse_tekst, ambitie_matches, ambitie_verbetering, ambitie_kwalitatief, aanpak, wgd_aanspreekpunt, "
          + "wgd_zichtbaarheid, wgd_harmonisatie, betrokkenen, instrumenten, overige_afspraken, contact_naam, contact_email, "
          + "contact_telefoon, praktijkleren_pilot, praktijkleren_budget_cent, ingediend_op, venster, goedgekeurd_op, looptijd_tot, "
          + "versienummer, herziening_reden, versie from actieplan.plan";

  private final JdbcClient jdbc;

  ActieplanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Maakt een leeg concept voor de regio als er nog geen plan is; geeft het id van het plan. */
  public ActieplanId zorgVoorPlan(String regiocode) {
    jdbc.sql("insert into actieplan.plan (id, regiocode, status) values (?, ?, 'CONCEPT') on conflict (regiocode) do nothing")
        .params(UUID.randomUUID(), regiocode).update();
    return new ActieplanId(jdbc.sql("select id from actieplan.plan where regiocode = ?").param(regiocode).query(UUID.class).single());
  }

  public Optional<Actieplan> vind(ActieplanId id) {
    return jdbc.sql(SELECT + " where id = ?").param(id.waarde()).query(this::rij).optional();
  }

  public Optional<Actieplan> vanRegio(String regiocode) {
    return jdbc.sql(SELECT + " where regiocode = ?").param(regiocode).query(this::rij).optional();
  }

  public List<Actieplan> alle() {
    return jdbc.sql(SELECT + " order by regiocode").query(this::rij).list();
  }

  public boolean slaInhoudOp(ActieplanId id, int versie, Inhoud i) {
    return jdbc.sql("""
            update actieplan.plan set analyse_tekst = :analyse, ambitie_matches = :matches, ambitie_verbetering = :verbetering,
              ambitie_kwalitatief = :kwalitatief, aanpak = :aanpak, wgd_aanspreekpunt = :wgd1, wgd_zichtbaarheid = :wgd2,
              wgd_harmonisatie = :wgd3, betrokkenen = :betrokkenen, instrumenten = :instrumenten, overige_afspraken = :overige,
              contact_naam = :cnaam, contact_email = :cemail, contact_telefoon = :ctel, praktijkleren_pilot = :pilot,
              praktijkleren_budget_cent = :pilotbudget, versie = versie + 1, gewijzigd_op = now()
            where id = :id and versie = :versie
            """)
        .param("analyse", i.analyse()).param("matches", i.ambitieMatches()).param("verbetering", i.ambitieVerbetering())
        .param("kwalitatief", i.ambitieKwalitatief()).param("aanpak", i.aanpak()).param("wgd1", i.wgdAanspreekpunt())
        .param("wgd2", i.wgdZichtbaarheid()).param("wgd3", i.wgdHarmonisatie()).param("betrokkenen", i.betrokkenen())
        .param("instrumenten", i.instrumenten()).param("overige", i.overigeAfspraken()).param("cnaam", i.contactNaam())
        .param("cemail", i.contactEmail()).param("ctel", i.contactTelefoon()).param("pilot", i.praktijklerenPilot())
        .param("pilotbudget", i.praktijklerenBudgetCent()).param("id", id.waarde()).param("versie", versie)
        .update() == 1;
  }

  /** Verhoogt de versie (bij een wijziging van een onderdeel in een eigen tabel); false als de versie niet klopt. */
  public boolean raakAan(ActieplanId id, int versie) {
    return jdbc.sql("update actieplan.plan set versie = versie + 1, gewijzigd_op = now() where id = ? and versie = ?")
        .params(id.waarde(), versie).update() == 1;
  }

  public void voegActiviteitToe(ActieplanId plan, Activiteit a) {
    jdbc.sql("insert into actieplan.activiteit (id, plan_id, pijler, thema, partijen, planning, budget_cent, financieringsvorm) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(a.id(), plan.waarde(), a.pijler().name(), a.thema(), a.partijen(), a.planning(), a.budgetCent(), a.financieringsvorm().name())
        .update();
  }

  public int verwijderActiviteit(ActieplanId plan, UUID id) {
    return jdbc.sql("delete from actieplan.activiteit where plan_id = ? and id = ?").params(plan.waarde(), id).update();
  }

  public void voegArrangementToe(ActieplanId plan, Arrangement a) {
    jdbc.sql("insert into actieplan.arrangement (id, plan_id, soort_werk, doelgroep, toeleiding, opleiding, partijen) values (?, ?, ?, ?, ?, ?, ?)")
        .params(a.id(), plan.waarde(), a.soortWerk(), a.doelgroep(), a.toeleiding(), a.opleiding(), a.partijen()).update();
  }

  public int verwijderArrangement(ActieplanId plan, UUID id) {
    return jdbc.sql("delete from actieplan.arrangement where plan_id = ? and id = ?").params(plan.waarde(), id).update();
  }

  public void voegOndertekenaarToe(ActieplanId plan, Ondertekenaar o) {
    jdbc.sql("insert into actieplan.ondertekenaar (id, plan_id, soort, naam, functie, organisatie, verklaring_a, verklaring_b, "
            + "verklaring_c, getekend_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(o.id(), plan.waarde(), o.soort().name(), o.naam(), o.functie(), o.organisatie(), o.verklaringA(), o.verklaringB(),
            o.verklaringC(), o.getekendOp())
        .update();
  }

  public int verwijderOndertekenaar(ActieplanId plan, UUID id) {
    return jdbc.sql("delete from actieplan.ondertekenaar where plan_id = ? and id = ?").params(plan.waarde(), id).update();
  }

  public void bewaarOvereenkomst(ActieplanId plan, String bestandsnaam, byte[] inhoud) {
    jdbc.sql("""
            insert into actieplan.overeenkomst (plan_id, bestandsnaam, grootte, inhoud) values (?, ?, ?, ?)
            on conflict (plan_id) do update set bestandsnaam = excluded.bestandsnaam, grootte = excluded.grootte,
              inhoud = excluded.inhoud, geupload_op = now()
            """)
        .params(plan.waarde(), bestandsnaam, inhoud.length, inhoud).update();
  }

  public Optional<byte[]> overeenkomst(ActieplanId plan) {
    return jdbc.sql("select inhoud from actieplan.overeenkomst where plan_id = ?").param(plan.waarde()).query(byte[].class).optional();
  }

  /** Statuswijziging met versiecontrole (versie null = zonder, voor overgangen door de beoordeling). */
  public boolean wijzigStatus(ActieplanId id, Integer versie, PlanStatus van, PlanStatus naar) {
    return jdbc.sql("update actieplan.plan set status = :naar, versie = versie + 1, gewijzigd_op = now() "
            + "where id = :id and status = :van and (cast(:versie as integer) is null or versie = :versie)")
        .param("naar", naar.name()).param("id", id.waarde()).param("van", van.name()).param("versie", versie).update() == 1;
  }

  public boolean registreerIndiening(ActieplanId id, int versie, PlanStatus van, PlanStatus naar, Instant op, Indienvenster venster,
      int versienummer) {
    return jdbc.sql("""
            update actieplan.plan set status = :naar, ingediend_op = :op, venster = coalesce(venster, :venster),
              versienummer = :nummer, versie = versie + 1, gewijzigd_op = now()
            where id = :id and status = :van and versie = :versie
            """)
        .param("naar", naar.name()).param("op", utc(op)).param("venster", venster == null ? null : venster.name())
        .param("nummer", versienummer).param("id", id.waarde()).param("van", van.name()).param("versie", versie).update() == 1;
  }

  public boolean keurGoed(ActieplanId id, PlanStatus van, LocalDate datum, LocalDate looptijdTot) {
    return jdbc.sql("update actieplan.plan set status = 'GOEDGEKEURD', goedgekeurd_op = ?, looptijd_tot = ?, versie = versie + 1, "
            + "gewijzigd_op = now() where id = ? and status = ?")
        .params(datum, looptijdTot, id.waarde(), van.name()).update() == 1;
  }

  public boolean startHerziening(ActieplanId id, int versie, String reden) {
    return jdbc.sql("update actieplan.plan set status = 'IN_HERZIENING', herziening_reden = ?, versie = versie + 1, gewijzigd_op = now() "
            + "where id = ? and status = 'GOEDGEKEURD' and versie = ?")
        .params(reden, id.waarde(), versie).update() == 1;
  }

  public void bewaarVersie(ActieplanId id, int versienummer, Instant op, String reden, Map<Onderdeel, String> inhoud) {
    jdbc.sql("insert into actieplan.planversie (plan_id, versienummer, ingediend_op, reden) values (?, ?, ?, ?)")
        .params(id.waarde(), versienummer, utc(op), reden).update();
    for (Map.Entry<Onderdeel, String> e : inhoud.entrySet()) {
      jdbc.sql("insert into actieplan.planversie_onderdeel (plan_id, versienummer, onderdeel, tekst) values (?, ?, ?, ?)")
          .params(id.waarde(), versienummer, e.getKey().name(), e.getValue() == null ? "" : e.getValue()).update();
    }
  }

  public List<Planversie> versies(ActieplanId id) {
    List<Object[]> kop = jdbc.sql("select versienummer, ingediend_op, reden from actieplan.planversie where plan_id = ? order by versienummer")
        .param(id.waarde()).query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)}).list();
    Map<Integer, Map<Onderdeel, String>> teksten = new LinkedHashMap<>();
    jdbc.sql("select versienummer, onderdeel, tekst from actieplan.planversie_onderdeel where plan_id = ?").param(id.waarde())
        .query(rs -> {
          teksten.computeIfAbsent(rs.getInt(1), k -> new EnumMap<>(Onderdeel.class)).put(Onderdeel.valueOf(rs.getString(2)), rs.getString(3));
        });
    List<Planversie> uit = new ArrayList<>();
    for (Object[] k : kop) {
      int nummer = (Integer) k[0];
      uit.add(new Planversie(nummer, (Instant) k[1], (String) k[2], teksten.getOrDefault(nummer, Map.of())));
    }
    return uit;
  }

  public void registreerOvergang(ActieplanId id, PlanStatus van, PlanStatus naar, String door, String rol, String toelichting, Instant op) {
    jdbc.sql("insert into actieplan.statusovergang (plan_id, van, naar, door, rol, toelichting, op) values (?, ?, ?, ?, ?, ?, ?)")
        .params(id.waarde(), van == null ? null : van.name(), naar.name(), door, rol, toelichting, utc(op)).update();
  }

  public List<Statusovergang> geschiedenis(ActieplanId id) {
    return jdbc.sql("select van, naar, door, rol, toelichting, op from actieplan.statusovergang where plan_id = ? order by op, id")
        .param(id.waarde())
        .query((rs, n) -> new Statusovergang(rs.getString("van") == null ? null : PlanStatus.valueOf(rs.getString("van")),
            PlanStatus.valueOf(rs.getString("naar")), rs.getString("door"), rs.getString("rol"), rs.getString("toelichting"),
            rs.getTimestamp("op").toInstant()))
        .list();
  }

  public Map<PlanStatus, Long> aantalPerStatus() {
    Map<PlanStatus, Long> uit = new EnumMap<>(PlanStatus.class);
    for (PlanStatus s : PlanStatus.values()) uit.put(s, 0L);
    jdbc.sql("select status, count(*) from actieplan.plan group by status")
        .query(rs -> {
          uit.put(PlanStatus.valueOf(rs.getString(1)), rs.getLong(2));
        });
    return uit;
  }

  private static OffsetDateTime utc(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private Actieplan rij(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    Integer matches = (Integer) rs.getObject("ambitie_matches");
    Inhoud inhoud = new Inhoud(rs.getString("analyse_tekst"), matches, rs.getString("ambitie_verbetering"), rs.getString("ambitie_kwalitatief"),
        rs.getString("aanpak"), rs.getString("wgd_aanspreekpunt"), rs.getString("wgd_zichtbaarheid"), rs.getString("wgd_harmonisatie"),
        rs.getString("betrokkenen"), rs.getString("instrumenten"), rs.getString("overige_afspraken"), rs.getString("contact_naam"),
        rs.getString("contact_email"), rs.getString("contact_telefoon"), rs.getBoolean("praktijkleren_pilot"),
        rs.getLong("praktijkleren_budget_cent"));
    Timestamp ingediend = rs.getTimestamp("ingediend_op");
    String venster = rs.getString("venster");
    return new Actieplan(new ActieplanId(id), rs.getString("regiocode"), PlanStatus.valueOf(rs.getString("status")), inhoud,
        activiteiten(id), arrangementen(id), ondertekenaars(id), overeenkomstMeta(id), infrastructuurMeta(id),
        ingediend == null ? null : ingediend.toInstant(), venster == null ? null : Indienvenster.valueOf(venster),
        rs.getObject("goedgekeurd_op", LocalDate.class), rs.getObject("looptijd_tot", LocalDate.class), rs.getInt("versienummer"),
        rs.getString("herziening_reden"), rs.getInt("versie"));
  }

  private List<Activiteit> activiteiten(UUID plan) {
    return jdbc.sql("select id, pijler, thema, partijen, planning, budget_cent, financieringsvorm from actieplan.activiteit "
            + "where plan_id = ? order by pijler, aangemaakt_op, id")
        .param(plan)
        .query((rs, n) -> new Activiteit(rs.getObject("id", UUID.class), Pijler.valueOf(rs.getString("pijler")), rs.getString("thema"),
            rs.getString("partijen"), rs.getString("planning"), rs.getLong("budget_cent"),
            Financieringsvorm.valueOf(rs.getString("financieringsvorm"))))
        .list();
  }

  private List<Arrangement> arrangementen(UUID plan) {
    return jdbc.sql("select id, soort_werk, doelgroep, toeleiding, opleiding, partijen from actieplan.arrangement where plan_id = ? "
            + "order by aangemaakt_op, id")
        .param(plan)
        .query((rs, n) -> new Arrangement(rs.getObject("id", UUID.class), rs.getString("soort_werk"), rs.getString("doelgroep"),
            rs.getString("toeleiding"), rs.getString("opleiding"), rs.getString("partijen")))
        .list();
  }

  private List<Ondertekenaar> ondertekenaars(UUID plan) {
    return jdbc.sql("select id, soort, naam, functie, organisatie, verklaring_a, verklaring_b, verklaring_c, getekend_op "
            + "from actieplan.ondertekenaar where plan_id = ? order by case soort when 'WETHOUDER' then 0 when 'WERKGEVER' then 1 else 2 end, "
            + "aangemaakt_op, id")
        .param(plan)
        .query((rs, n) -> new Ondertekenaar(rs.getObject("id", UUID.class), OndertekenaarSoort.valueOf(rs.getString("soort")),
            rs.getString("naam"), rs.getString("functie"), rs.getString("organisatie"), rs.getBoolean("verklaring_a"),
            rs.getBoolean("verklaring_b"), rs.getBoolean("verklaring_c"), rs.getObject("getekend_op", LocalDate.class)))
        .list();
  }

  private Actieplan.Bijlage infrastructuurMeta(UUID plan) {
    return jdbc.sql("select bestandsnaam, mediatype, grootte, geupload_op from actieplan.infrastructuur where plan_id = ?").param(plan)
        .query((rs, n) -> new Actieplan.Bijlage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
        .optional().orElse(null);
  }

  public void bewaarInfrastuctuur(ActieplanId plan, String bestandsnaam, String mediatype, byte[] inhoud) {
    jdbc.sql("""
            insert into actieplan.infrastructuur (plan_id, bestandsnaam, mediatype, grootte, inhoud) values (?, ?, ?, ?, ?)
            on conflict (plan_id) do update set bestandsnaam = excluded.bestandsnaam, mediatype = excluded.mediatype,
              grootte = excluded.grootte, inhoud = excluded.inhoud, geupload_op = now()
            """)
        .params(plan.waarde(), bestandsnaam, mediatype, inhoud.length, inhoud).update();
  }

  /** De afbeelding van de infrastructuur: mediatype en inhoud. */
  public Optional<Map.Entry<String, byte[]>> infrastructuur(ActieplanId plan) {
    return jdbc.sql("select mediatype, inhoud from actieplan.infrastructuur where plan_id = ?").param(plan.waarde())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).optional();
  }

  private Overeenkomst overeenkomstMeta(UUID plan) {
    return jdbc.sql("select bestandsnaam, grootte, geupload_op from actieplan.overeenkomst where plan_id = ?").param(plan)
        .query((rs, n) -> new Overeenkomst(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).optional().orElse(null);
  }
}
