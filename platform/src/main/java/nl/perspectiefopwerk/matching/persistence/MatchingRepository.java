package nl.perspectiefopwerk.matching.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uitsluitingen en geaccepteerde voorstellen van grote werving (schema matching). */
@Repository
public class MatchingRepository {

  private final JdbcClient jdbc;

  public MatchingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<UUID> uitgesloten() {
    return jdbc.sql("select kandidaat_id from matching.uitsluiting").query(UUID.class).list();
  }

  public boolean isUitgesloten(UUID kandidaat) {
    return jdbc.sql("select count(*) from matching.uitsluiting where kandidaat_id = ?").param(kandidaat).query(Long.class).single() > 0;
  }

  public void sluitUit(UUID kandidaat, String reden) {
    jdbc.sql("insert into matching.uitsluiting (kandidaat_id, reden) values (?, ?) on conflict (kandidaat_id) do update set reden = excluded.reden")
        .params(kandidaat, reden).update();
  }

  /** Heft een uitsluiting op (bijv. na uitval uit een plaatsing, als de kandidaat terug wil in het bestand). */
  public void heropen(UUID kandidaat) {
    jdbc.sql("delete from matching.uitsluiting where kandidaat_id = ?").param(kandidaat).update();
  }

  /** Een voorstelregel: werkplek, kandidaat, score. */
  public record Paar(UUID werkplek, UUID kandidaat, int score) {}

  /**
   * Een vastgelegd paar met wat de route ermee deed.
   *
   * @param belangstelling de belangstelling in de module bemiddeling, of null als het paar is overgeslagen
   * @param reden de berichtsleutel van de reden van overslaan, of null
   */
  public record Vastgelegd(Paar paar, UUID belangstelling, String reden) {}

  /**
   * Een opgeslagen voorstel.
   *
   * @param belangstellingen aantal paren waaruit een belangstelling in de route kwam
   * @param overgeslagen aantal paren dat in de route is overgeslagen
   * @param redenen de verschillende redenen (berichtsleutels) van overslaan
   */
  public record Voorstel(UUID id, String regiocode, String naam, int blootstelling, long totaleScore, long optimaleScore,
      String aangemaaktDoor, Instant aangemaaktOp, int aantalParen, int belangstellingen, int overgeslagen, List<String> redenen) {}

  public void bewaarVoorstel(UUID id, String regiocode, String naam, int blootstelling, long totaal, long optimaal, String door,
      List<Vastgelegd> paren) {
    jdbc.sql("""
        insert into matching.voorstel (id, regiocode, naam, blootstelling, totale_score, optimale_score, aangemaakt_door)
        values (?, ?, ?, ?, ?, ?, ?)""").params(id, regiocode, naam, blootstelling, totaal, optimaal, door).update();
    for (Vastgelegd v : paren) {
      Paar p = v.paar();
      jdbc.sql("""
          insert into matching.voorstel_paar (voorstel_id, werkplek_id, kandidaat_id, score, belangstelling_id, overgeslagen_reden)
          values (?, ?, ?, ?, ?, ?)""")
          .params(id, p.werkplek(), p.kandidaat(), p.score(), v.belangstelling(), v.reden()).update();
    }
  }

  public List<Voorstel> voorstellen(String regiocode) {
    return jdbc.sql("""
        select v.id, v.regiocode, v.naam, v.blootstelling, v.totale_score, v.optimale_score, v.aangemaakt_door, v.aangemaakt_op,
               (select count(*) from matching.voorstel_paar p where p.voorstel_id = v.id) as paren,
               (select count(*) from matching.voorstel_paar p where p.voorstel_id = v.id and p.belangstelling_id is not null) as belangstellingen,
               (select count(*) from matching.voorstel_paar p where p.voorstel_id = v.id and p.overgeslagen_reden is not null) as overgeslagen,
               array(select distinct p.overgeslagen_reden from matching.voorstel_paar p
                     where p.voorstel_id = v.id and p.overgeslagen_reden is not null order by 1) as redenen
        from matching.voorstel v where v.regiocode = ? order by v.aangemaakt_op desc limit 50""")
        .param(regiocode)
        .query((rs, i) -> new Voorstel(rs.getObject("id", UUID.class), rs.getString("regiocode"), rs.getString("naam"),
            rs.getInt("blootstelling"), rs.getLong("totale_score"), rs.getLong("optimale_score"), rs.getString("aangemaakt_door"),
            rs.getTimestamp("aangemaakt_op").toInstant(), rs.getInt("paren"), rs.getInt("belangstellingen"), rs.getInt("overgeslagen"),
            List.of((String[]) rs.getArray("redenen").getArray())))
        .list();
  }

  /** De belangstellingen (ids in de module bemiddeling) uit een voorstel, in de volgorde van de paren. */
  public List<UUID> belangstellingen(UUID voorstel) {
    return jdbc.sql("""
        select belangstelling_id from matching.voorstel_paar where voorstel_id = ? and belangstelling_id is not null
        order by werkplek_id, kandidaat_id""").param(voorstel).query(UUID.class).list();
  }

  public List<Paar> paren(UUID voorstel) {
    return jdbc.sql("select werkplek_id, kandidaat_id, score from matching.voorstel_paar where voorstel_id = ? order by werkplek_id, score desc")
        .param(voorstel)
        .query((rs, i) -> new Paar(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
        .list();
  }
}
