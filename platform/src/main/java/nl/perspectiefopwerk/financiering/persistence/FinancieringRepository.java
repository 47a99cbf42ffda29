package nl.perspectiefopwerk.financiering.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.financiering.Besteding;
import nl.perspectiefopwerk.financiering.Circulaire;
import nl.perspectiefopwerk.financiering.Tranche;
import nl.perspectiefopwerk.financiering.TrancheStatus;
import nl.perspectiefopwerk.financiering.Voorwaarde;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van tranches en bestedingen (schema financiering). */
@Repository
public class FinancieringRepository {

  private final JdbcClient jdbc;

  FinancieringRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Voegt de tranche toe als de regio die nog niet heeft; false als ze er al was (idempotent). */
  public boolean voegToe(Tranche t) {
    Map<Voorwaarde, Boolean> v = t.voorwaarden();
    return jdbc.sql("""
            insert into financiering.tranche (id, regiocode, plan_id, nummer, status, bedrag_cent, circulaire, goede_voortgang, aanwezigheid,
              rapportage, monitoring, aanwezigheid_pct, reden, besloten_door, besloten_op)
            values (:id, :regio, :plan, :nummer, :status, :bedrag, :circulaire, :gv, :aw, :rp, :mo, :pct, :reden, :door, :op)
            on conflict (regiocode, nummer) do nothing
            """)
        .param("id", t.id()).param("regio", t.regiocode()).param("plan", t.planId()).param("nummer", t.nummer())
        .param("status", t.status().name()).param("bedrag", t.bedragCent()).param("circulaire", t.circulaire() == null ? null : t.circulaire().name())
        .param("gv", v == null ? null : v.get(Voorwaarde.GOEDE_VOORTGANG)).param("aw", v == null ? null : v.get(Voorwaarde.AANWEZIGHEID))
        .param("rp", v == null ? null : v.get(Voorwaarde.RAPPORTAGE)).param("mo", v == null ? null : v.get(Voorwaarde.MEDEWERKING_MONITORING))
        .param("pct", t.aanwezigheidProcent()).param("reden", t.reden()).param("door", t.beslotenDoor())
        .param("op", OffsetDateTime.ofInstant(t.beslotenOp(), ZoneOffset.UTC))
        .update() == 1;
  }

  public List<Tranche> tranches(String regiocode) {
    return jdbc.sql("select * from financiering.tranche where regiocode = ? order by nummer").param(regiocode).query(FinancieringRepository::rij).list();
  }

  public List<Tranche> alle() {
    return jdbc.sql("select * from financiering.tranche order by regiocode, nummer").query(FinancieringRepository::rij).list();
  }

  public void voegBestedingToe(Besteding b) {
    jdbc.sql("insert into financiering.besteding (id, regiocode, activiteit_id, financieringsvorm, bedrag_cent, omschrijving, datum, door) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(b.id(), b.regiocode(), b.activiteitId(), b.financieringsvorm().name(), b.bedragCent(), b.omschrijving(), b.datum(), b.door())
        .update();
  }

  public List<Besteding> bestedingen(String regiocode) {
    return jdbc.sql("select * from financiering.besteding where regiocode = ? order by datum, op").param(regiocode)
        .query(FinancieringRepository::besteding).list();
  }

  public Map<String, Long> besteedPerRegio() {
    Map<String, Long> uit = new java.util.TreeMap<>();
    jdbc.sql("select regiocode, sum(bedrag_cent) from financiering.besteding group by regiocode")
        .query(rs -> {
          uit.put(rs.getString(1), rs.getLong(2));
        });
    return uit;
  }

  public boolean heeftBestedingen(String regiocode) {
    return jdbc.sql("select count(*) from financiering.besteding where regiocode = ?").param(regiocode).query(Long.class).single() > 0;
  }

  private static Tranche rij(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Map<Voorwaarde, Boolean> v = null;
    if (rs.getObject("goede_voortgang") != null) {
      v = new EnumMap<>(Voorwaarde.class);
      v.put(Voorwaarde.GOEDE_VOORTGANG, rs.getBoolean("goede_voortgang"));
      v.put(Voorwaarde.AANWEZIGHEID, rs.getBoolean("aanwezigheid"));
      v.put(Voorwaarde.RAPPORTAGE, rs.getBoolean("rapportage"));
      v.put(Voorwaarde.MEDEWERKING_MONITORING, rs.getBoolean("monitoring"));
    }
    String c = rs.getString("circulaire");
    return new Tranche(rs.getObject("id", UUID.class), rs.getString("regiocode"), rs.getObject("plan_id", UUID.class), rs.getInt("nummer"),
        TrancheStatus.valueOf(rs.getString("status")), rs.getLong("bedrag_cent"), c == null ? null : Circulaire.valueOf(c), v,
        (Integer) rs.getObject("aanwezigheid_pct"), rs.getString("reden"), rs.getString("besloten_door"),
        rs.getTimestamp("besloten_op").toInstant(), rs.getInt("versie"));
  }

  private static Besteding besteding(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Besteding(rs.getObject("id", UUID.class), rs.getString("regiocode"), rs.getObject("activiteit_id", UUID.class),
        Financieringsvorm.valueOf(rs.getString("financieringsvorm")), rs.getLong("bedrag_cent"), rs.getString("omschrijving"),
        rs.getObject("datum", LocalDate.class), rs.getString("door"));
  }
}
