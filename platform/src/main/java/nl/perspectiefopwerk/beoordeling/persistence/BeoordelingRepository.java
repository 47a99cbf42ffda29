package nl.perspectiefopwerk.beoordeling.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.beoordeling.Advies;
import nl.perspectiefopwerk.beoordeling.Besluit;
import nl.perspectiefopwerk.beoordeling.Criterium;
import nl.perspectiefopwerk.beoordeling.Volledigheidstoets;
import nl.perspectiefopwerk.beoordeling.Volledigheidstoets.Uitkomst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van toetsen, adviezen en besluiten (schema beoordeling). */
@Repository
public class BeoordelingRepository {

  private final JdbcClient jdbc;

  BeoordelingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToetsToe(UUID plan, String regiocode, Volledigheidstoets t) {
    jdbc.sql("insert into beoordeling.volledigheidstoets (id, plan_id, regiocode, planversie, volledig, opmerking, door, op) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(t.id(), plan, regiocode, t.planversie(), t.volledig(), t.opmerking(), t.door(), utc(t.op())).update();
    for (Uitkomst u : t.onderdelen()) {
      jdbc.sql("insert into beoordeling.toets_onderdeel (toets_id, onderdeel, in_orde, opmerking) values (?, ?, ?, ?)")
          .params(t.id(), u.onderdeel().name(), u.inOrde(), u.opmerking()).update();
    }
  }

  public List<Volledigheidstoets> toetsen(UUID plan) {
    return jdbc.sql("select id, planversie, volledig, opmerking, door, op from beoordeling.volledigheidstoets where plan_id = ? order by op, id")
        .param(plan)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new Volledigheidstoets(id, rs.getInt("planversie"), rs.getBoolean("volledig"), rs.getString("opmerking"), rs.getString("door"),
              rs.getTimestamp("op").toInstant(), uitkomsten(id));
        }).list();
  }

  private List<Uitkomst> uitkomsten(UUID toets) {
    return jdbc.sql("select onderdeel, in_orde, opmerking from beoordeling.toets_onderdeel where toets_id = ?").param(toets)
        .query((rs, n) -> new Uitkomst(Onderdeel.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3))).list()
        .stream().sorted(java.util.Comparator.comparing(Uitkomst::onderdeel)).toList();
  }

  public void voegAdviesToe(UUID plan, String regiocode, Advies a) {
    Map<Criterium, Boolean> c = a.criteria();
    jdbc.sql("insert into beoordeling.advies (id, plan_id, regiocode, planversie, vergadering_id, criterium_1, criterium_2, criterium_3, "
            + "criterium_4, criterium_5, positief, toelichting, door, op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(a.id(), plan, regiocode, a.planversie(), a.vergaderingId(), c.get(Criterium.ONDERSCHRIJFT_DOELEN), c.get(Criterium.ALLE_ONDERDELEN),
            c.get(Criterium.LIJN_ANALYSE_AANPAK), c.get(Criterium.CONCRETE_STAPPEN), c.get(Criterium.AFGESTEMD_MET_PARTNERS), a.positief(),
            a.toelichting(), a.door(), utc(a.op()))
        .update();
  }

  public List<Advies> adviezen(UUID plan) {
    return jdbc.sql("select * from beoordeling.advies where plan_id = ? order by op, id").param(plan)
        .query((rs, n) -> {
          Map<Criterium, Boolean> c = new EnumMap<>(Criterium.class);
          Criterium[] alle = Criterium.values();
          for (int i = 0; i < alle.length; i++) c.put(alle[i], rs.getBoolean("criterium_" + (i + 1)));
          return new Advies(rs.getObject("id", UUID.class), rs.getInt("planversie"), rs.getObject("vergadering_id", UUID.class), c,
              rs.getBoolean("positief"), rs.getString("toelichting"), rs.getString("door"), rs.getTimestamp("op").toInstant());
        }).list();
  }

  public void voegBesluitToe(UUID plan, String regiocode, Besluit b) {
    jdbc.sql("insert into beoordeling.besluit (id, plan_id, regiocode, planversie, goedgekeurd, motivering, besluitdatum, door, op) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(b.id(), plan, regiocode, b.planversie(), b.goedgekeurd(), b.motivering(), b.besluitdatum(), b.door(), utc(b.op())).update();
  }

  public List<Besluit> besluiten(UUID plan) {
    return jdbc.sql("select * from beoordeling.besluit where plan_id = ? order by op, id").param(plan)
        .query((rs, n) -> new Besluit(rs.getObject("id", UUID.class), rs.getInt("planversie"), rs.getBoolean("goedgekeurd"),
            rs.getString("motivering"), rs.getObject("besluitdatum", LocalDate.class), rs.getString("door"), rs.getTimestamp("op").toInstant()))
        .list();
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
