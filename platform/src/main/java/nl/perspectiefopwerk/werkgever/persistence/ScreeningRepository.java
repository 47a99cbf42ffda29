package nl.perspectiefopwerk.werkgever.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.werkgever.Screeningstatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Screening van werkgevers (kolommen van werkgever.profiel) en koppelingen van bemiddelaars aan het WSP. */
@Repository
public class ScreeningRepository {

  private final JdbcClient jdbc;

  ScreeningRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** De screening van een werkgever met profiel; leeg zonder profiel. */
  public Optional<Stand> stand(UUID organisatie) {
    return jdbc.sql("select screening, screening_op, screening_door, screening_toelichting, versie from werkgever.profiel where organisatie_id = ?")
        .param(organisatie)
        .query((rs, n) -> {
          Timestamp op = rs.getTimestamp("screening_op");
          return new Stand(Screeningstatus.valueOf(rs.getString("screening")), op == null ? null : op.toInstant(),
              rs.getString("screening_door"), rs.getString("screening_toelichting"), rs.getInt("versie"));
        })
        .optional();
  }

  /** Wijzigt de screening als status en versie nog kloppen; false anders. */
  public boolean wijzig(UUID organisatie, Screeningstatus van, Screeningstatus naar, String toelichting, String door, int versie) {
    return jdbc.sql(
            """
            update werkgever.profiel set screening = :naar, screening_op = now(), screening_door = :door,
              screening_toelichting = :toelichting, versie = versie + 1, gewijzigd_op = now()
            where organisatie_id = :id and screening = :van and versie = :versie
            """)
        .param("naar", naar.name()).param("door", door).param("toelichting", toelichting).param("id", organisatie)
        .param("van", van.name()).param("versie", versie)
        .update() == 1;
  }

  public Optional<Koppeling> koppeling(UUID bemiddelaar, String regiocode) {
    return jdbc.sql("select gekoppeld_op, gekoppeld_door from werkgever.wsp_koppeling where bemiddelaar_id = ? and regiocode = ?")
        .params(bemiddelaar, regiocode)
        .query((rs, n) -> new Koppeling(rs.getTimestamp("gekoppeld_op").toInstant(), rs.getString("gekoppeld_door")))
        .optional();
  }

  /** True als de koppeling nieuw is. */
  public boolean koppel(UUID bemiddelaar, String regiocode, UUID wsp, String door) {
    return jdbc.sql(
            """
            insert into werkgever.wsp_koppeling (bemiddelaar_id, regiocode, wsp_organisatie_id, gekoppeld_door)
            values (?, ?, ?, ?) on conflict do nothing
            """)
        .params(bemiddelaar, regiocode, wsp, door).update() == 1;
  }

  /** True als er een koppeling was. */
  public boolean ontkoppel(UUID bemiddelaar, String regiocode) {
    return jdbc.sql("delete from werkgever.wsp_koppeling where bemiddelaar_id = ? and regiocode = ?").params(bemiddelaar, regiocode)
        .update() == 1;
  }

  public record Stand(Screeningstatus status, Instant op, String door, String toelichting, int versie) {}

  public record Koppeling(Instant op, String door) {}
}
