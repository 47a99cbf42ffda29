package nl.perspectiefopwerk.kandidaat.zoekopdracht;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van bewaarde zoekopdrachten (kandidaat.zoekopdracht); elke vraag is begrensd tot de eigenaar. */
@Repository
class ZoekopdrachtRepository {

  private static final String SELECT =
      "select id, gebruikersnaam, naam, beroep, vaardigheid, werkvorm, min_uren, postcode, afstand_km, instrument, beschikbaar_voor, sortering, "
          + "aangemaakt_op, laatst_bekeken_op, bekende_codes from kandidaat.zoekopdracht";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ZoekopdrachtRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  void voegToe(UUID id, String gebruikersnaam, String naam, Zoekcriteria c, Collection<String> bekendeCodes) {
    jdbc.sql(
            """
            insert into kandidaat.zoekopdracht (id, gebruikersnaam, naam, beroep, vaardigheid, werkvorm, min_uren, postcode, afstand_km,
              instrument, beschikbaar_voor, sortering, bekende_codes)
            values (:id, :gebruiker, :naam, :beroep, :vaardigheid, :werkvorm, :minUren, :postcode, :afstandKm, :instrument, :beschikbaarVoor,
              :sortering, :codes)
            """)
        .param("id", id).param("gebruiker", gebruikersnaam).param("naam", naam)
        .param("beroep", c.beroep()).param("vaardigheid", c.vaardigheid()).param("werkvorm", c.werkvorm() == null ? null : c.werkvorm().name())
        .param("minUren", c.minUren()).param("postcode", c.postcode()).param("afstandKm", c.afstandKm())
        .param("instrument", c.instrument() == null ? null : c.instrument().name()).param("beschikbaarVoor", c.beschikbaarVoor())
        .param("sortering", c.sortering().name()).param("codes", tekstArray(bekendeCodes))
        .update();
  }

  List<Zoekopdracht> vanGebruiker(String gebruikersnaam) {
    return jdbc.sql(SELECT + " where gebruikersnaam = ? order by aangemaakt_op, id").param(gebruikersnaam)
        .query(ZoekopdrachtRepository::rij).list();
  }

  long aantal(String gebruikersnaam) {
    return jdbc.sql("select count(*) from kandidaat.zoekopdracht where gebruikersnaam = ?").param(gebruikersnaam)
        .query(Long.class).single();
  }

  Optional<Zoekopdracht> vind(UUID id, String gebruikersnaam) {
    return jdbc.sql(SELECT + " where id = ? and gebruikersnaam = ?").params(id, gebruikersnaam)
        .query(ZoekopdrachtRepository::rij).optional();
  }

  boolean markeerBekeken(UUID id, String gebruikersnaam, Collection<String> bekendeCodes) {
    return jdbc.sql("update kandidaat.zoekopdracht set bekende_codes = ?, laatst_bekeken_op = now() where id = ? and gebruikersnaam = ?")
        .params(tekstArray(bekendeCodes), id, gebruikersnaam).update() == 1;
  }

  boolean verwijder(UUID id, String gebruikersnaam) {
    return jdbc.sql("delete from kandidaat.zoekopdracht where id = ? and gebruikersnaam = ?").params(id, gebruikersnaam).update() == 1;
  }

  private Array tekstArray(Collection<String> waarden) {
    return template.execute((Connection c) -> c.createArrayOf("text", waarden.toArray()));
  }

  private static Zoekopdracht rij(ResultSet rs, int i) throws SQLException {
    Zoekcriteria criteria = new Zoekcriteria(
        rs.getString("beroep"),
        rs.getString("vaardigheid"),
        rs.getString("werkvorm") == null ? null : Werkvorm.valueOf(rs.getString("werkvorm")),
        rs.getObject("min_uren", Integer.class),
        rs.getString("postcode"),
        rs.getObject("afstand_km", Integer.class),
        rs.getString("instrument") == null ? null : Instrument.valueOf(rs.getString("instrument")),
        rs.getObject("beschikbaar_voor", LocalDate.class),
        Zoekfilter.Sortering.valueOf(rs.getString("sortering")));
    Array codes = rs.getArray("bekende_codes");
    return new Zoekopdracht(
        rs.getObject("id", UUID.class), rs.getString("gebruikersnaam"), rs.getString("naam"), criteria,
        rs.getTimestamp("aangemaakt_op").toInstant(), rs.getTimestamp("laatst_bekeken_op").toInstant(),
        codes == null ? new HashSet<>() : new HashSet<>(Arrays.asList((String[]) codes.getArray())));
  }
}
