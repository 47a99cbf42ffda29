package nl.perspectiefopwerk.monitoring.voortgang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.monitoring.ActiviteitStatus;
import nl.perspectiefopwerk.monitoring.Programmaverlenging;
import nl.perspectiefopwerk.monitoring.Rapportage;
import nl.perspectiefopwerk.monitoring.Rapportage.Activiteitstand;
import nl.perspectiefopwerk.monitoring.Voortgangsgesprek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van rapportages, voortgangsgesprekken en programmaverlengingen (schema monitoring). */
@Repository
public class VoortgangRepository {

  private final JdbcClient jdbc;

  VoortgangRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean bestaatRapportage(String regiocode, String periode) {
    return jdbc.sql("select count(*) from monitoring.rapportage where regiocode = ? and periode = ?").params(regiocode, periode)
        .query(Long.class).single() > 0;
  }

  public void voegRapportageToe(Rapportage r) {
    jdbc.sql("insert into monitoring.rapportage (id, regiocode, periode, gerealiseerde_matches, knelpunten, toelichting, door, ingediend_op) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.id(), r.regiocode(), r.periode(), r.gerealiseerdeMatches(), r.knelpunten(), r.toelichting(), r.door(), utc(r.ingediendOp()))
        .update();
    for (Activiteitstand a : r.activiteiten()) {
      jdbc.sql("insert into monitoring.rapportage_activiteit (rapportage_id, activiteit_id, status, toelichting) values (?, ?, ?, ?)")
          .params(r.id(), a.activiteitId(), a.status().name(), a.toelichting()).update();
    }
  }

  public List<Rapportage> rapportages(String regiocode) {
    return jdbc.sql("select * from monitoring.rapportage where regiocode = ? order by ingediend_op desc").param(regiocode)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new Rapportage(id, rs.getString("regiocode"), rs.getString("periode"), rs.getInt("gerealiseerde_matches"),
              rs.getString("knelpunten"), rs.getString("toelichting"), rs.getString("door"), rs.getTimestamp("ingediend_op").toInstant(),
              standen(id));
        }).list();
  }

  public Optional<Rapportage> rapportage(UUID id) {
    return jdbc.sql("select regiocode from monitoring.rapportage where id = ?").param(id).query(String.class).optional()
        .flatMap(regio -> rapportages(regio).stream().filter(r -> r.id().equals(id)).findFirst());
  }

  public boolean rapportageIngediend(String regiocode, Instant tot) {
    return jdbc.sql("select count(*) from monitoring.rapportage where regiocode = ? and ingediend_op <= ?").params(regiocode, utc(tot))
        .query(Long.class).single() > 0;
  }

  private List<Activiteitstand> standen(UUID rapportage) {
    return jdbc.sql("select activiteit_id, status, toelichting from monitoring.rapportage_activiteit where rapportage_id = ?")
        .param(rapportage)
        .query((rs, n) -> new Activiteitstand(rs.getObject(1, UUID.class), ActiviteitStatus.valueOf(rs.getString(2)), rs.getString(3))).list();
  }

  public void voegGesprekToe(Voortgangsgesprek v) {
    jdbc.sql("insert into monitoring.voortgangsgesprek (id, regiocode, datum, verslag, door) values (?, ?, ?, ?, ?)")
        .params(v.id(), v.regiocode(), v.datum(), v.verslag(), v.door()).update();
  }

  public List<Voortgangsgesprek> gesprekken(String regiocode) {
    return jdbc.sql("select id, regiocode, datum, verslag, door from monitoring.voortgangsgesprek where regiocode = ? order by datum desc")
        .param(regiocode)
        .query((rs, n) -> new Voortgangsgesprek(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getString(4), rs.getString(5))).list();
  }

  public long aantalGesprekken(String regiocode) {
    return jdbc.sql("select count(*) from monitoring.voortgangsgesprek where regiocode = ?").param(regiocode).query(Long.class).single();
  }

  public void voegVerlengingToe(Programmaverlenging v) {
    jdbc.sql("insert into monitoring.programmaverlenging (id, oude_einddatum, nieuwe_einddatum, reden, door, op) values (?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), v.oudeEinddatum(), v.nieuweEinddatum(), v.reden(), v.door(), utc(v.op())).update();
  }

  public List<Programmaverlenging> verlengingen() {
    return jdbc.sql("select oude_einddatum, nieuwe_einddatum, reden, door, op from monitoring.programmaverlenging order by op, id")
        .query((rs, n) -> new Programmaverlenging(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant())).list();
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
