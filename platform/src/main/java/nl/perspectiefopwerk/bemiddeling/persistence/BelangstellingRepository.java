package nl.perspectiefopwerk.bemiddeling.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.Belangstellingssoort;
import nl.perspectiefopwerk.bemiddeling.MatchingeventId;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van belangstellingen (schema bemiddeling). Elke wijziging controleert de versie. */
@Repository
public class BelangstellingRepository {

  private static final String SELECT =
      "select id, regiocode, kandidaat_id, profielcode, werkplek_id, werkgever_organisatie_id, aanvrager_organisatie_id, aangevraagd_door, "
          + "bericht, status, deadline, antwoord, gesprek_op, gesprek_locatie, gesprek_online, uitkomst, uitkomst_reden, aangemaakt_op, versie, "
          + "soort, eerste_gesprek_op, matchingevent_id "
          + "from bemiddeling.belangstelling";

  private final JdbcClient jdbc;

  BelangstellingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToe(Belangstelling b) {
    jdbc.sql(
            """
            insert into bemiddeling.belangstelling (id, regiocode, kandidaat_id, profielcode, werkplek_id, werkgever_organisatie_id,
              aanvrager_organisatie_id, aangevraagd_door, bericht, status, deadline, aangemaakt_op, gewijzigd_op, versie, soort,
              matchingevent_id)
            values (:id, :regio, :kandidaat, :code, :werkplek, :werkgever, :aanvrager, :door, :bericht, :status, :deadline, :op, :op, 0,
              :soort, :event)
            """)
        .param("id", b.id().waarde()).param("regio", b.regiocode()).param("kandidaat", b.kandidaat().waarde())
        .param("code", b.profielcode()).param("werkplek", b.werkplek().waarde()).param("werkgever", b.werkgeverOrganisatie())
        .param("aanvrager", b.aanvragerOrganisatie()).param("door", b.aangevraagdDoor()).param("bericht", b.bericht())
        .param("status", b.status().name()).param("deadline", b.deadline()).param("soort", b.soort().name())
        .param("event", b.matchingevent() == null ? null : b.matchingevent().waarde())
        .param("op", OffsetDateTime.ofInstant(b.aangemaaktOp() == null ? Instant.now() : b.aangemaaktOp(), ZoneOffset.UTC))
        .update();
  }

  /** Bestaat er voor deze kandidaat en werkplek een belangstelling in een van deze (lopende) statussen? */
  public boolean heeftLopende(KandidaatId kandidaat, WerkplekId werkplek, Collection<BelangstellingStatus> lopend) {
    return jdbc.sql("select exists (select 1 from bemiddeling.belangstelling where kandidaat_id = :k and werkplek_id = :w and status in (:s))")
        .param("k", kandidaat.waarde()).param("w", werkplek.waarde()).param("s", lopend.stream().map(Enum::name).toList())
        .query(Boolean.class).single();
  }

  /** Een vergrendeling tot het eind van de transactie op het paar kandidaat + werkplek (tegen dubbele verzoeken). */
  public void vergrendelPaar(KandidaatId kandidaat, WerkplekId werkplek) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(kandidaat.waarde() + ":" + werkplek.waarde())
        .query((rs, n) -> 1).list();
  }

  public Optional<Belangstelling> vind(BelangstellingId id) {
    return jdbc.sql(SELECT + " where id = ?").param(id.waarde()).query(BelangstellingRepository::rij).optional();
  }

  /** Verzoeken waarbij deze organisatie werkgever of aanvrager is, nieuwste eerst. */
  public List<Belangstelling> vanOrganisatie(UUID organisatie) {
    return jdbc.sql(SELECT + " where werkgever_organisatie_id = :o or aanvrager_organisatie_id = :o order by aangemaakt_op desc")
        .param("o", organisatie).query(BelangstellingRepository::rij).list();
  }

  /** De wachtrij van het regioloket: openstaande verzoeken eerst, op deadline. */
  public List<Belangstelling> inRegios(Collection<String> regiocodes) {
    if (regiocodes.isEmpty()) return List.of();
    return jdbc.sql(SELECT + " where regiocode in (:r) order by case when status = 'AANGEVRAAGD' then 0 else 1 end, deadline, aangemaakt_op")
        .param("r", regiocodes).query(BelangstellingRepository::rij).list();
  }

  public long aantal(String regiocode, BelangstellingStatus status) {
    return jdbc.sql("select count(*) from bemiddeling.belangstelling where regiocode = ? and status = ?")
        .param(regiocode).param(status.name()).query(Long.class).single();
  }

  public long aantalTeLaat(String regiocode, LocalDate vandaag) {
    return jdbc.sql("select count(*) from bemiddeling.belangstelling where regiocode = ? and status = 'AANGEVRAAGD' and deadline < ?")
        .param(regiocode).param(vandaag).query(Long.class).single();
  }

  public long aantalInRegio(String regiocode) {
    return jdbc.sql("select count(*) from bemiddeling.belangstelling where regiocode = ?").param(regiocode).query(Long.class).single();
  }

  /** Legt het antwoord van de kandidaat vast; false als de versie of status niet meer klopt. */
  public boolean legAntwoordVast(BelangstellingId id, int versie, BelangstellingStatus van, BelangstellingStatus naar, String antwoord) {
    return jdbc.sql(
            """
            update bemiddeling.belangstelling set status = :naar, antwoord = :antwoord, versie = versie + 1, gewijzigd_op = now()
            where id = :id and versie = :versie and status = :van
            """)
        .param("naar", naar.name()).param("antwoord", antwoord).param("id", id.waarde()).param("versie", versie).param("van", van.name())
        .update() == 1;
  }

  public boolean planGesprek(BelangstellingId id, int versie, BelangstellingStatus van, Instant op, String locatie, boolean online) {
    return jdbc.sql(
            """
            update bemiddeling.belangstelling set status = 'GESPREK_GEPLAND', gesprek_op = :op, gesprek_locatie = :locatie,
              gesprek_online = :online,
              eerste_gesprek_op = coalesce(eerste_gesprek_op, :op), versie = versie + 1, gewijzigd_op = now()
            where id = :id and versie = :versie and status = :van
            """)
        .param("op", OffsetDateTime.ofInstant(op, ZoneOffset.UTC)).param("locatie", locatie).param("online", online)
        .param("id", id.waarde()).param("versie", versie).param("van", van.name())
        .update() == 1;
  }

  public boolean legUitkomstVast(BelangstellingId id, int versie, BelangstellingStatus van, BelangstellingStatus naar, String reden) {
    return jdbc.sql(
            """
            update bemiddeling.belangstelling set status = :naar, uitkomst = :naar, uitkomst_reden = :reden, versie = versie + 1,
              gewijzigd_op = now()
            where id = :id and versie = :versie and status = :van
            """)
        .param("naar", naar.name()).param("reden", reden).param("id", id.waarde()).param("versie", versie).param("van", van.name())
        .update() == 1;
  }

  public boolean wijzigStatus(BelangstellingId id, int versie, BelangstellingStatus van, BelangstellingStatus naar) {
    return jdbc.sql(
            "update bemiddeling.belangstelling set status = :naar, versie = versie + 1, gewijzigd_op = now() "
                + "where id = :id and versie = :versie and status = :van")
        .param("naar", naar.name()).param("id", id.waarde()).param("versie", versie).param("van", van.name())
        .update() == 1;
  }

  /** De feiten voor de cijfers: per verzoek de aanvraagdatum en de datum van het eerste gesprek (Europe/Amsterdam). */
  public List<Feit> feiten(String regiocode) {
    return jdbc.sql(
            """
            select regiocode, (aangemaakt_op at time zone 'Europe/Amsterdam')::date as aangevraagd,
              (eerste_gesprek_op at time zone 'Europe/Amsterdam')::date as gesprek
            from bemiddeling.belangstelling where (cast(:regio as text) is null or regiocode = :regio)
            """)
        .param("regio", regiocode)
        .query((rs, n) -> new Feit(rs.getString("regiocode"), rs.getObject("aangevraagd", LocalDate.class),
            rs.getObject("gesprek", LocalDate.class)))
        .list();
  }

  public record Feit(String regiocode, LocalDate aangevraagd, LocalDate eersteGesprek) {}

  /** De verzoeken uit een matchingevent. */
  public List<Belangstelling> uitMatchingevent(MatchingeventId event) {
    return jdbc.sql(SELECT + " where matchingevent_id = ? order by aangemaakt_op").param(event.waarde())
        .query(BelangstellingRepository::rij).list();
  }

  private static Belangstelling rij(ResultSet rs, int n) throws SQLException {
    Timestamp gesprek = rs.getTimestamp("gesprek_op");
    Timestamp aangemaakt = rs.getTimestamp("aangemaakt_op");
    Timestamp eerste = rs.getTimestamp("eerste_gesprek_op");
    UUID event = rs.getObject("matchingevent_id", UUID.class);
    return new Belangstelling(
        new BelangstellingId(rs.getObject("id", UUID.class)), rs.getString("regiocode"),
        new KandidaatId(rs.getObject("kandidaat_id", UUID.class)), rs.getString("profielcode"),
        new WerkplekId(rs.getObject("werkplek_id", UUID.class)), rs.getObject("werkgever_organisatie_id", UUID.class),
        rs.getObject("aanvrager_organisatie_id", UUID.class), rs.getString("aangevraagd_door"), rs.getString("bericht"),
        BelangstellingStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class), rs.getString("antwoord"),
        gesprek == null ? null : gesprek.toInstant(), rs.getString("gesprek_locatie"), rs.getBoolean("gesprek_online"),
        rs.getString("uitkomst"), rs.getString("uitkomst_reden"), aangemaakt == null ? null : aangemaakt.toInstant(), rs.getInt("versie"),
        Belangstellingssoort.valueOf(rs.getString("soort")), eerste == null ? null : eerste.toInstant(),
        event == null ? null : new MatchingeventId(event));
  }
}
