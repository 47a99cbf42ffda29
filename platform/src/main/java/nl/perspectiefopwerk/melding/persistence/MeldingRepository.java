package nl.perspectiefopwerk.melding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.melding.Melding;
import nl.perspectiefopwerk.melding.OntvangenMelding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van meldingen (schema melding). */
@Repository
public class MeldingRepository {

  private static final String SELECT = "select id, onderwerp, tekst, link, aangemaakt_op, gelezen_op from melding.melding";

  private final JdbcClient jdbc;

  MeldingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToe(UUID id, UUID ontvanger, Melding m) {
    jdbc.sql("insert into melding.melding (id, ontvanger_id, onderwerp, tekst, link) values (?, ?, ?, ?, ?)")
        .params(id, ontvanger, m.onderwerp(), m.tekst(), m.link()).update();
  }

  public List<OntvangenMelding> vanOntvanger(UUID ontvanger, int maximum) {
    return jdbc.sql(SELECT + " where ontvanger_id = ? order by aangemaakt_op desc, id limit ?").params(ontvanger, maximum)
        .query(MeldingRepository::rij).list();
  }

  public Optional<OntvangenMelding> vind(UUID ontvanger, UUID id) {
    return jdbc.sql(SELECT + " where ontvanger_id = ? and id = ?").params(ontvanger, id).query(MeldingRepository::rij).optional();
  }

  public long aantalOngelezen(UUID ontvanger) {
    return jdbc.sql("select count(*) from melding.melding where ontvanger_id = ? and gelezen_op is null").param(ontvanger)
        .query(Long.class).single();
  }

  public void markeerGelezen(UUID ontvanger, UUID id) {
    jdbc.sql("update melding.melding set gelezen_op = now() where ontvanger_id = ? and id = ? and gelezen_op is null")
        .params(ontvanger, id).update();
  }

  public int markeerAllesGelezen(UUID ontvanger) {
    return jdbc.sql("update melding.melding set gelezen_op = now() where ontvanger_id = ? and gelezen_op is null").param(ontvanger).update();
  }

  public void markeerGemaild(UUID id) {
    jdbc.sql("update melding.melding set gemaild_op = now() where id = ?").param(id).update();
  }

  private static OntvangenMelding rij(ResultSet rs, int n) throws SQLException {
    Timestamp gelezen = rs.getTimestamp("gelezen_op");
    return new OntvangenMelding(rs.getObject("id", UUID.class), rs.getString("onderwerp"), rs.getString("tekst"), rs.getString("link"),
        rs.getTimestamp("aangemaakt_op").toInstant(), gelezen == null ? null : gelezen.toInstant());
  }
}
