package nl.perspectiefopwerk.leeragenda.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.leeragenda.EvaluatieInput;
import nl.perspectiefopwerk.leeragenda.Evaluatiecyclus;
import nl.perspectiefopwerk.leeragenda.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van evaluatiecycli, hun invoer en rapporten (schema leeragenda). */
@Repository
public class EvaluatieRepository {

  private final JdbcClient jdbc;

  EvaluatieRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Evaluatiecyclus> cycli() {
    return jdbc.sql("select id, nummer, naam, periode_van, periode_tot, status, versie from leeragenda.evaluatiecyclus order by nummer")
        .query((rs, n) -> new Evaluatiecyclus(rs.getObject("id", UUID.class), rs.getInt("nummer"), rs.getString("naam"),
            rs.getObject("periode_van", LocalDate.class), rs.getObject("periode_tot", LocalDate.class),
            Evaluatiecyclus.Cyclusstatus.valueOf(rs.getString("status")), rs.getInt("versie")))
        .list();
  }

  public Optional<Evaluatiecyclus> cyclus(UUID id) {
    return cycli().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public int volgendNummer() {
    return jdbc.sql("select coalesce(max(nummer), 0) + 1 from leeragenda.evaluatiecyclus").query(Integer.class).single();
  }

  public void voegCyclusToe(Evaluatiecyclus c) {
    jdbc.sql("insert into leeragenda.evaluatiecyclus (id, nummer, naam, periode_van, periode_tot, status) values (?, ?, ?, ?, ?, ?)")
        .params(c.id(), c.nummer(), c.naam(), c.van(), c.tot(), c.status().name()).update();
  }

  public boolean rondAf(UUID id, int versie) {
    return jdbc.sql("update leeragenda.evaluatiecyclus set status = 'AFGEROND', versie = versie + 1 where id = ? and versie = ? and status = 'OPEN'")
        .params(id, versie).update() == 1;
  }

  public void voegInputToe(EvaluatieInput i, byte[] inhoud) {
    jdbc.sql("""
            insert into leeragenda.evaluatie_input (id, cyclus_id, soort, titel, regiocode, tekst, bestandsnaam, content_type, inhoud, toegevoegd_door)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(i.id(), i.cyclusId(), i.soort().name(), i.titel(), i.regiocode(), i.tekst(), i.bestandsnaam(), i.contentType(), inhoud,
            i.toegevoegdDoor())
        .update();
  }

  public List<EvaluatieInput> inputs(UUID cyclus) {
    return jdbc.sql("""
            select id, cyclus_id, soort, titel, regiocode, tekst, bestandsnaam, content_type, inhoud is not null as heeft, toegevoegd_door, toegevoegd_op
            from leeragenda.evaluatie_input where cyclus_id = ? order by toegevoegd_op
            """)
        .param(cyclus)
        .query((rs, n) -> new EvaluatieInput(rs.getObject("id", UUID.class), rs.getObject("cyclus_id", UUID.class),
            EvaluatieInput.Inputsoort.valueOf(rs.getString("soort")), rs.getString("titel"), rs.getString("regiocode"), rs.getString("tekst"),
            rs.getString("bestandsnaam"), rs.getString("content_type"), rs.getBoolean("heeft"), rs.getString("toegevoegd_door"),
            rs.getTimestamp("toegevoegd_op").toInstant()))
        .list();
  }

  /** Bestandsnaam, type en inhoud van een invoerdocument. */
  public Optional<Object[]> inputBestand(UUID cyclus, UUID input) {
    return jdbc.sql("select bestandsnaam, content_type, inhoud from leeragenda.evaluatie_input where cyclus_id = ? and id = ? and inhoud is not null")
        .params(cyclus, input).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).optional();
  }

  public void voegRapportToe(Rapport r, byte[] inhoud) {
    jdbc.sql("insert into leeragenda.evaluatie_rapport (id, cyclus_id, soort, titel, bestandsnaam, grootte, inhoud, opgeslagen_door) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.id(), r.cyclusId(), r.soort().name(), r.titel(), r.bestandsnaam(), r.grootte(), inhoud, r.opgeslagenDoor()).update();
  }

  public List<Rapport> rapporten(UUID cyclus) {
    return jdbc.sql("select id, cyclus_id, soort, titel, bestandsnaam, grootte, opgeslagen_door, opgeslagen_op from leeragenda.evaluatie_rapport where cyclus_id = ? order by opgeslagen_op")
        .param(cyclus)
        .query((rs, n) -> new Rapport(rs.getObject("id", UUID.class), rs.getObject("cyclus_id", UUID.class),
            Rapport.Rapportsoort.valueOf(rs.getString("soort")), rs.getString("titel"), rs.getString("bestandsnaam"), rs.getInt("grootte"),
            rs.getString("opgeslagen_door"), ((Timestamp) rs.getTimestamp("opgeslagen_op")).toInstant()))
        .list();
  }

  public Optional<byte[]> rapportInhoud(UUID cyclus, UUID rapport) {
    return jdbc.sql("select inhoud from leeragenda.evaluatie_rapport where cyclus_id = ? and id = ?").params(cyclus, rapport)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }
}
