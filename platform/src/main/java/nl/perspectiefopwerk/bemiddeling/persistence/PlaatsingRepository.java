package nl.perspectiefopwerk.bemiddeling.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.Contractvorm;
import nl.perspectiefopwerk.bemiddeling.Nazorgcontact;
import nl.perspectiefopwerk.bemiddeling.Nazorgstatus;
import nl.perspectiefopwerk.bemiddeling.Plaatsing;
import nl.perspectiefopwerk.bemiddeling.PlaatsingId;
import nl.perspectiefopwerk.bemiddeling.PlaatsingStatus;
import nl.perspectiefopwerk.bemiddeling.domain.Nazorg;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van plaatsingen en hun nazorgcontacten (schema bemiddeling). Elke statuswijziging controleert de versie. */
@Repository
public class PlaatsingRepository {

  private static final String SELECT =
      "select id, belangstelling_id, regiocode, kandidaat_id, werkplek_id, werkgever_organisatie_id, startdatum, werkplektype, contractvorm, "
          + "uren_per_week, instrumenten, afspraken, jobcoach, scholingstraject, status, duurzaam_op, beeindigd_op, beeindiging_reden, "
          + "terug_in_bestand, versie from bemiddeling.plaatsing";
  private static final String CONTACT =
      "select plaatsing_id, maand, gepland_op, status, reden, activiteiten, vastgelegd_op, vastgelegd_door from bemiddeling.nazorgcontact";

  private final JdbcClient jdbc;

  PlaatsingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToe(Plaatsing p, List<Nazorg.Moment> momenten, String door) {
    jdbc.sql(
            """
            insert into bemiddeling.plaatsing (id, belangstelling_id, regiocode, kandidaat_id, werkplek_id, werkgever_organisatie_id,
              startdatum, werkplektype, contractvorm, uren_per_week, instrumenten, afspraken, jobcoach, scholingstraject, status,
              duurzaam_op, beeindigd_op, beeindiging_reden, terug_in_bestand, aangemaakt_door, versie)
            values (:id, :belangstelling, :regio, :kandidaat, :werkplek, :werkgever, :start, :type, :contract, :uren,
              string_to_array(:instrumenten, ','), :afspraken, :jobcoach, :scholing, :status, :duurzaam, :beeindigd, :reden, :terug,
              :door, 0)
            """)
        .param("id", p.id().waarde()).param("belangstelling", p.belangstelling().waarde()).param("regio", p.regiocode())
        .param("kandidaat", p.kandidaat().waarde()).param("werkplek", p.werkplek().waarde()).param("werkgever", p.werkgeverOrganisatie())
        .param("start", p.startdatum()).param("type", p.werkplektype().name()).param("contract", p.contractvorm().name())
        .param("uren", p.urenPerWeek()).param("instrumenten", String.join(",", p.instrumenten().stream().map(Enum::name).toList()))
        .param("afspraken", p.afspraken()).param("jobcoach", p.jobcoach()).param("scholing", p.scholingstraject())
        .param("status", p.status().name()).param("duurzaam", p.duurzaamOp()).param("beeindigd", p.beeindigdOp())
        .param("reden", p.beeindigingReden()).param("terug", p.terugInBestand()).param("door", door)
        .update();
    for (Nazorg.Moment m : momenten) {
      jdbc.sql("insert into bemiddeling.nazorgcontact (plaatsing_id, maand, gepland_op, status) values (?, ?, ?, 'OPEN')")
          .params(p.id().waarde(), m.maand(), m.geplandOp()).update();
    }
  }

  public Optional<Plaatsing> vind(PlaatsingId id) {
    return jdbc.sql(SELECT + " where id = ?").param(id.waarde()).query(PlaatsingRepository::rij).optional();
  }

  public Optional<Plaatsing> vanBelangstelling(BelangstellingId id) {
    return jdbc.sql(SELECT + " where belangstelling_id = ?").param(id.waarde()).query(PlaatsingRepository::rij).optional();
  }

  /** Plaatsingen in deze regio's (en, als jobcoach niet null is, alleen die van deze jobcoach), nieuwste start eerst. */
  public List<Plaatsing> inRegios(Collection<String> regiocodes, String jobcoach) {
    if (regiocodes.isEmpty()) return List.of();
    return jdbc.sql(SELECT + " where regiocode in (:r) and (cast(:coach as text) is null or jobcoach = :coach) order by startdatum desc, id")
        .param("r", regiocodes).param("coach", jobcoach).query(PlaatsingRepository::rij).list();
  }

  public List<Plaatsing> vanMatchingevent(UUID event) {
    return jdbc.sql(SELECT + " where belangstelling_id in (select id from bemiddeling.belangstelling where matchingevent_id = ?) order by startdatum")
        .param(event).query(PlaatsingRepository::rij).list();
  }

  public List<Nazorgcontact> contacten(PlaatsingId id) {
    return jdbc.sql(CONTACT + " where plaatsing_id = ? order by maand").param(id.waarde()).query(PlaatsingRepository::contactRij).list();
  }

  /** Openstaande contacten waarvan de geplande datum voor {@code vandaag} ligt, in deze regio's (en van deze jobcoach). */
  public List<Nazorgcontact> teLaat(Collection<String> regiocodes, String jobcoach, LocalDate vandaag) {
    if (regiocodes.isEmpty()) return List.of();
    return jdbc.sql(
            """
            select c.plaatsing_id, c.maand, c.gepland_op, c.status, c.reden, c.activiteiten, c.vastgelegd_op, c.vastgelegd_door
            from bemiddeling.nazorgcontact c join bemiddeling.plaatsing p on p.id = c.plaatsing_id
            where c.status = 'OPEN' and c.gepland_op < :vandaag and p.status = 'GESTART' and p.regiocode in (:r)
              and (cast(:coach as text) is null or p.jobcoach = :coach)
            order by c.gepland_op, c.plaatsing_id
            """)
        .param("vandaag", vandaag).param("r", regiocodes).param("coach", jobcoach).query(PlaatsingRepository::contactRij).list();
  }

  /** Legt één contact vast als het nog open is; false anders. */
  public boolean legContactVast(PlaatsingId id, int maand, Nazorgstatus uitkomst, String reden, String activiteiten, String door) {
    return jdbc.sql(
            """
            update bemiddeling.nazorgcontact set status = :status, reden = :reden, activiteiten = :activiteiten, vastgelegd_op = now(),
              vastgelegd_door = :door
            where plaatsing_id = :id and maand = :maand and status = 'OPEN'
            """)
        .param("status", uitkomst.name()).param("reden", reden).param("activiteiten", activiteiten).param("door", door)
        .param("id", id.waarde()).param("maand", maand)
        .update() == 1;
  }

  /** Laat de open contacten van een beëindigde plaatsing vervallen. */
  public void laatVervallen(PlaatsingId id) {
    jdbc.sql("update bemiddeling.nazorgcontact set status = 'VERVALLEN' where plaatsing_id = ? and status = 'OPEN'").param(id.waarde()).update();
  }

  /** Verhoogt de versie (een contact is vastgelegd zonder statuswijziging); false als de versie niet meer klopt. */
  public boolean verhoogVersie(PlaatsingId id, int versie) {
    return jdbc.sql("update bemiddeling.plaatsing set versie = versie + 1, gewijzigd_op = now() where id = ? and versie = ? and status = 'GESTART'")
        .params(id.waarde(), versie).update() == 1;
  }

  public boolean maakDuurzaam(PlaatsingId id, int versie, LocalDate op) {
    return jdbc.sql(
            "update bemiddeling.plaatsing set status = 'DUURZAAM', duurzaam_op = ?, versie = versie + 1, gewijzigd_op = now() "
                + "where id = ? and versie = ? and status = 'GESTART'")
        .params(op, id.waarde(), versie).update() == 1;
  }

  public boolean beeindig(PlaatsingId id, int versie, LocalDate op, String reden, boolean terug) {
    return jdbc.sql(
            "update bemiddeling.plaatsing set status = 'BEEINDIGD', beeindigd_op = ?, beeindiging_reden = ?, terug_in_bestand = ?, "
                + "versie = versie + 1, gewijzigd_op = now() where id = ? and versie = ? and status = 'GESTART'")
        .params(op, reden, terug, id.waarde(), versie).update() == 1;
  }

  /** De feiten voor de cijfers: per plaatsing regio, start, duurzaam en beëindigd (alle regio's bij null). */
  public List<Feit> feiten(String regiocode) {
    return jdbc.sql("select regiocode, startdatum, duurzaam_op, beeindigd_op from bemiddeling.plaatsing "
            + "where (cast(:regio as text) is null or regiocode = :regio)")
        .param("regio", regiocode)
        .query((rs, n) -> new Feit(rs.getString("regiocode"), rs.getObject("startdatum", LocalDate.class),
            rs.getObject("duurzaam_op", LocalDate.class), rs.getObject("beeindigd_op", LocalDate.class)))
        .list();
  }

  public record Feit(String regiocode, LocalDate start, LocalDate duurzaamOp, LocalDate beeindigdOp) {}

  public long aantalInRegio(String regiocode) {
    return jdbc.sql("select count(*) from bemiddeling.plaatsing where regiocode = ?").param(regiocode).query(Long.class).single();
  }

  private static Plaatsing rij(ResultSet rs, int n) throws SQLException {
    return new Plaatsing(
        new PlaatsingId(rs.getObject("id", UUID.class)), new BelangstellingId(rs.getObject("belangstelling_id", UUID.class)),
        rs.getString("regiocode"), new KandidaatId(rs.getObject("kandidaat_id", UUID.class)),
        new WerkplekId(rs.getObject("werkplek_id", UUID.class)), rs.getObject("werkgever_organisatie_id", UUID.class),
        rs.getObject("startdatum", LocalDate.class), Werkplektype.valueOf(rs.getString("werkplektype")),
        Contractvorm.valueOf(rs.getString("contractvorm")), rs.getInt("uren_per_week"),
        tekstlijst(rs.getArray("instrumenten")).stream().map(Instrument::valueOf).toList(), rs.getString("afspraken"),
        rs.getString("jobcoach"), rs.getString("scholingstraject"), PlaatsingStatus.valueOf(rs.getString("status")),
        rs.getObject("duurzaam_op", LocalDate.class), rs.getObject("beeindigd_op", LocalDate.class), rs.getString("beeindiging_reden"),
        (Boolean) rs.getObject("terug_in_bestand"), rs.getInt("versie"));
  }

  private static Nazorgcontact contactRij(ResultSet rs, int n) throws SQLException {
    Timestamp op = rs.getTimestamp("vastgelegd_op");
    return new Nazorgcontact(new PlaatsingId(rs.getObject("plaatsing_id", UUID.class)), rs.getInt("maand"),
        rs.getObject("gepland_op", LocalDate.class), Nazorgstatus.valueOf(rs.getString("status")), rs.getString("reden"),
        rs.getString("activiteiten"), op == null ? null : op.toInstant(), rs.getString("vastgelegd_door"));
  }

  private static List<String> tekstlijst(Array a) throws SQLException {
    return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
  }
}
