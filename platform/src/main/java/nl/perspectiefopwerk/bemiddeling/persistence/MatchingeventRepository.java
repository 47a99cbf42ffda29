package nl.perspectiefopwerk.bemiddeling.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.perspectiefopwerk.bemiddeling.Matchingevent;
import nl.perspectiefopwerk.bemiddeling.MatchingeventId;
import nl.perspectiefopwerk.bemiddeling.Matchingeventtype;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van matchingevents met uitgenodigde werkgevers en (anonieme) kandidaten. */
@Repository
public class MatchingeventRepository {

  private static final String SELECT = "select id, regiocode, type, titel, datum, plaats, versie from bemiddeling.matchingevent";

  private final JdbcClient jdbc;

  MatchingeventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToe(Matchingevent e, String door) {
    jdbc.sql(
            """
            insert into bemiddeling.matchingevent (id, regiocode, type, titel, datum, plaats, aangemaakt_door, versie)
            values (?, ?, ?, ?, ?, ?, ?, 0)
            """)
        .params(e.id().waarde(), e.regiocode(), e.type().name(), e.titel(), e.datum(), e.plaats(), door).update();
  }

  /** Eén event met deelnemers; namen van werkgevers via {@code naam}. */
  public Optional<Matchingevent> vind(MatchingeventId id, Function<UUID, String> naam) {
    boolean bestaat = jdbc.sql("select count(*) from bemiddeling.matchingevent where id = ?").param(id.waarde()).query(Long.class).single() > 0;
    return bestaat ? Optional.of(lees(id, naam)) : Optional.empty();
  }

  private Matchingevent lees(MatchingeventId id, Function<UUID, String> naam) {
    List<Matchingevent.Werkgever> werkgevers = jdbc.sql(
            "select organisatie_id, aanwezig from bemiddeling.matchingevent_werkgever where matchingevent_id = ? order by organisatie_id")
        .param(id.waarde())
        .query((rs, n) -> {
          UUID o = rs.getObject("organisatie_id", UUID.class);
          return new Matchingevent.Werkgever(o, naam.apply(o), (Boolean) rs.getObject("aanwezig"));
        }).list();
    List<Matchingevent.Kandidaat> kandidaten = jdbc.sql(
            "select kandidaat_id, profielcode, aanwezig from bemiddeling.matchingevent_kandidaat where matchingevent_id = ? order by profielcode")
        .param(id.waarde())
        .query((rs, n) -> new Matchingevent.Kandidaat(new KandidaatId(rs.getObject("kandidaat_id", UUID.class)), rs.getString("profielcode"),
            (Boolean) rs.getObject("aanwezig")))
        .list();
    return jdbc.sql(SELECT + " where id = ?").param(id.waarde())
        .query((rs, n) -> new Matchingevent(id, rs.getString("regiocode"), Matchingeventtype.valueOf(rs.getString("type")),
            rs.getString("titel"), rs.getObject("datum", LocalDate.class), rs.getString("plaats"), werkgevers, kandidaten,
            rs.getInt("versie")))
        .single();
  }

  /** De events in deze regio's (en, als organisatie niet null is, alleen waarvoor die werkgever is uitgenodigd), nieuwste eerst. */
  public List<MatchingeventId> inRegios(Collection<String> regiocodes, UUID werkgever) {
    if (regiocodes.isEmpty()) return List.of();
    return jdbc.sql(
            """
            select id from bemiddeling.matchingevent e where regiocode in (:r)
              and (cast(:werkgever as uuid) is null or exists (select 1 from bemiddeling.matchingevent_werkgever w
                   where w.matchingevent_id = e.id and w.organisatie_id = :werkgever))
            order by datum desc, id
            """)
        .param("r", regiocodes).param("werkgever", werkgever)
        .query((rs, n) -> new MatchingeventId(rs.getObject("id", UUID.class))).list();
  }

  public boolean nodigWerkgeverUit(MatchingeventId id, UUID organisatie) {
    return jdbc.sql("insert into bemiddeling.matchingevent_werkgever (matchingevent_id, organisatie_id) values (?, ?) on conflict do nothing")
        .params(id.waarde(), organisatie).update() == 1;
  }

  public boolean nodigKandidaatUit(MatchingeventId id, KandidaatId kandidaat, String profielcode) {
    return jdbc.sql(
            "insert into bemiddeling.matchingevent_kandidaat (matchingevent_id, kandidaat_id, profielcode) values (?, ?, ?) on conflict do nothing")
        .params(id.waarde(), kandidaat.waarde(), profielcode).update() == 1;
  }

  public boolean aanwezigWerkgever(MatchingeventId id, UUID organisatie, boolean aanwezig) {
    return jdbc.sql("update bemiddeling.matchingevent_werkgever set aanwezig = ? where matchingevent_id = ? and organisatie_id = ?")
        .params(aanwezig, id.waarde(), organisatie).update() == 1;
  }

  public boolean aanwezigKandidaat(MatchingeventId id, KandidaatId kandidaat, boolean aanwezig) {
    return jdbc.sql("update bemiddeling.matchingevent_kandidaat set aanwezig = ? where matchingevent_id = ? and kandidaat_id = ?")
        .params(aanwezig, id.waarde(), kandidaat.waarde()).update() == 1;
  }

  /** Verhoogt de versie als die nog klopt (elke wijziging aan het event of de deelnemers). */
  public boolean verhoogVersie(MatchingeventId id, int versie) {
    return jdbc.sql("update bemiddeling.matchingevent set versie = versie + 1 where id = ? and versie = ?").params(id.waarde(), versie)
        .update() == 1;
  }

  public long aantalInRegio(String regiocode) {
    return jdbc.sql("select count(*) from bemiddeling.matchingevent where regiocode = ?").param(regiocode).query(Long.class).single();
  }

  /** Aantal uitgenodigde kandidaten per event (voor de lijst van een werkgever). */
  public Map<UUID, Long> aantalKandidaten(Collection<UUID> events) {
    if (events.isEmpty()) return Map.of();
    Map<UUID, Long> uit = new java.util.HashMap<>();
    jdbc.sql("select matchingevent_id, count(*) as n from bemiddeling.matchingevent_kandidaat where matchingevent_id in (:e) group by 1")
        .param("e", events).query((rs, n) -> uit.put(rs.getObject("matchingevent_id", UUID.class), rs.getLong("n"))).list();
    return uit;
  }
}
