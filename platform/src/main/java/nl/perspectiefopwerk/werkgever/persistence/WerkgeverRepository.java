package nl.perspectiefopwerk.werkgever.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.werkgever.Werkgeverprofiel;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van profielen en werkplekken (schema werkgever). Versies voor optimistische vergrendeling. */
@Repository
public class WerkgeverRepository {

  private static final String PROFIEL =
      "select organisatie_id, kvk_nummer, sector, contact_naam, contact_email, contact_telefoon, erkend_leerbedrijf, "
          + "begeleidingscapaciteit, versie from werkgever.profiel";
  private static final String WERKPLEK =
      "select id, werkgever_id, regiocode, type, titel, beroep_id, beroep_naam, vaardigheden, uren_per_week, postcode, startdatum, "
          + "aantal_plaatsen, min_opleiding, taal, rijbewijs, jobcarving, aanpassingen, instrumenten, status, versie from werkgever.werkplek";

  private final JdbcClient jdbc;

  WerkgeverRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Werkgeverprofiel> profiel(UUID organisatieId) {
    return jdbc.sql(PROFIEL + " where organisatie_id = ?").param(organisatieId).query(WerkgeverRepository::profielRij).optional();
  }

  /** Voegt een profiel toe als het er nog niet is; true als het is toegevoegd. */
  public boolean voegProfielToe(Werkgeverprofiel p, String door) {
    return jdbc.sql(
            """
            insert into werkgever.profiel (organisatie_id, kvk_nummer, sector, contact_naam, contact_email, contact_telefoon,
              erkend_leerbedrijf, begeleidingscapaciteit, versie, gewijzigd_door)
            values (:id, :kvk, :sector, :naam, :email, :telefoon, :leerbedrijf, :capaciteit, 0, :door)
            on conflict (organisatie_id) do nothing
            """)
        .param("id", p.organisatieId()).param("kvk", p.kvkNummer()).param("sector", p.sector()).param("naam", p.contactNaam())
        .param("email", p.contactEmail()).param("telefoon", p.contactTelefoon()).param("leerbedrijf", p.erkendLeerbedrijf())
        .param("capaciteit", p.begeleidingscapaciteit()).param("door", door)
        .update() == 1;
  }

  /** Wijzigt een profiel als de versie nog klopt; false als iemand anders het intussen heeft gewijzigd. */
  public boolean wijzigProfiel(Werkgeverprofiel p, int versie, String door) {
    return jdbc.sql(
            """
            update werkgever.profiel set kvk_nummer = :kvk, sector = :sector, contact_naam = :naam, contact_email = :email,
              contact_telefoon = :telefoon, erkend_leerbedrijf = :leerbedrijf, begeleidingscapaciteit = :capaciteit,
              versie = versie + 1, gewijzigd_op = now(), gewijzigd_door = :door
            where organisatie_id = :id and versie = :versie
            """)
        .param("id", p.organisatieId()).param("kvk", p.kvkNummer()).param("sector", p.sector()).param("naam", p.contactNaam())
        .param("email", p.contactEmail()).param("telefoon", p.contactTelefoon()).param("leerbedrijf", p.erkendLeerbedrijf())
        .param("capaciteit", p.begeleidingscapaciteit()).param("door", door).param("versie", versie)
        .update() == 1;
  }

  public Optional<Werkplek> werkplek(WerkplekId id) {
    return jdbc.sql(WERKPLEK + " where id = ?").param(id.waarde()).query(WerkgeverRepository::werkplekRij).optional();
  }

  public List<Werkplek> werkplekkenInRegio(String regiocode, WerkplekStatus status) {
    return jdbc.sql(WERKPLEK + " where regiocode = ? and status = ? order by aangemaakt_op desc, id")
        .params(regiocode, status.name()).query(WerkgeverRepository::werkplekRij).list();
  }

  public long aantalVanWerkgever(UUID werkgeverId) {
    return jdbc.sql("select count(*) from werkgever.werkplek where werkgever_id = ?").param(werkgeverId).query(Long.class).single();
  }

  /**
   * Eén pagina werkplekken van één werkgever of (als werkgeverId null is) van de gegeven regio's, eventueel
   * alleen met één status; nieuwste eerst.
   */
  public Pagina<Werkplek> zoek(UUID werkgeverId, Collection<String> regiocodes, WerkplekStatus status, PaginaVerzoek verzoek) {
    String waar = werkgeverId != null ? " where werkgever_id = :werkgever" : " where regiocode = any(string_to_array(:regios, ','))";
    if (status != null) waar += " and status = :status";
    long totaal = params(jdbc.sql("select count(*) from werkgever.werkplek" + waar), werkgeverId, regiocodes, status)
        .query(Long.class).single();
    List<Werkplek> items = params(jdbc.sql(WERKPLEK + waar + " order by aangemaakt_op desc, id limit :limiet offset :offset"),
            werkgeverId, regiocodes, status)
        .param("limiet", verzoek.grootte()).param("offset", verzoek.offset())
        .query(WerkgeverRepository::werkplekRij).list();
    return new Pagina<>(items, verzoek.pagina(), verzoek.grootte(), totaal);
  }

  private static JdbcClient.StatementSpec params(
      JdbcClient.StatementSpec spec, UUID werkgeverId, Collection<String> regiocodes, WerkplekStatus status) {
    if (werkgeverId != null) spec = spec.param("werkgever", werkgeverId);
    else spec = spec.param("regios", String.join(",", regiocodes));
    if (status != null) spec = spec.param("status", status.name());
    return spec;
  }

  public void voegWerkplekToe(Werkplek w, String door) {
    velden(jdbc.sql(
            """
            insert into werkgever.werkplek (id, werkgever_id, regiocode, type, titel, beroep_id, beroep_naam, vaardigheden, uren_per_week,
              postcode, startdatum, aantal_plaatsen, min_opleiding, taal, rijbewijs, jobcarving, aanpassingen, instrumenten, status,
              versie, aangemaakt_door)
            values (:id, :werkgever, :regio, :type, :titel, :beroepId, :beroepNaam, string_to_array(:vaardigheden, ','), :uren,
              :postcode, :start, :aantal, :opleiding, :taal, :rijbewijs, :jobcarving, :aanpassingen,
              string_to_array(:instrumenten, ','), :status, 0, :door)
            """), w)
        .param("werkgever", w.werkgeverId()).param("status", w.status().name()).param("door", door)
        .update();
  }

  /** Wijzigt de gegevens (niet de status) als de versie nog klopt. */
  public boolean wijzigWerkplek(Werkplek w, int versie) {
    return velden(jdbc.sql(
            """
            update werkgever.werkplek set regiocode = :regio, type = :type, titel = :titel, beroep_id = :beroepId,
              beroep_naam = :beroepNaam, vaardigheden = string_to_array(:vaardigheden, ','), uren_per_week = :uren,
              postcode = :postcode, startdatum = :start, aantal_plaatsen = :aantal, min_opleiding = :opleiding, taal = :taal,
              rijbewijs = :rijbewijs, jobcarving = :jobcarving, aanpassingen = :aanpassingen,
              instrumenten = string_to_array(:instrumenten, ','), versie = versie + 1, gewijzigd_op = now()
            where id = :id and versie = :versie
            """), w)
        .param("versie", versie)
        .update() == 1;
  }

  /** Zet de status als die nog {@code van} is; false bij een gelijktijdige wijziging. */
  public boolean wijzigStatus(WerkplekId id, WerkplekStatus van, WerkplekStatus naar) {
    return jdbc.sql(
            "update werkgever.werkplek set status = ?, versie = versie + 1, gewijzigd_op = now() where id = ? and status = ?")
        .params(naar.name(), id.waarde(), van.name())
        .update() == 1;
  }

  private static JdbcClient.StatementSpec velden(JdbcClient.StatementSpec spec, Werkplek w) {
    return spec.param("id", w.id().waarde()).param("regio", w.regiocode()).param("type", w.type().name())
        .param("titel", w.titel()).param("beroepId", w.beroepId()).param("beroepNaam", w.beroepNaam())
        .param("vaardigheden", String.join(",", w.vaardigheden())).param("uren", w.urenPerWeek())
        .param("postcode", w.postcode()).param("start", w.startdatum()).param("aantal", w.aantalPlaatsen())
        .param("opleiding", w.minOpleiding() == null ? null : w.minOpleiding().name()).param("taal", w.taal())
        .param("rijbewijs", w.rijbewijs()).param("jobcarving", w.jobcarving()).param("aanpassingen", w.aanpassingen())
        .param("instrumenten", String.join(",", w.instrumenten().stream().map(Enum::name).toList()));
  }

  private static Werkgeverprofiel profielRij(ResultSet rs, int n) throws SQLException {
    return new Werkgeverprofiel(rs.getObject("organisatie_id", UUID.class), rs.getString("kvk_nummer"), rs.getString("sector"),
        rs.getString("contact_naam"), rs.getString("contact_email"), rs.getString("contact_telefoon"),
        rs.getBoolean("erkend_leerbedrijf"), rs.getInt("begeleidingscapaciteit"), rs.getInt("versie"));
  }

  private static Werkplek werkplekRij(ResultSet rs, int n) throws SQLException {
    String opleiding = rs.getString("min_opleiding");
    return new Werkplek(new WerkplekId(rs.getObject("id", UUID.class)), rs.getObject("werkgever_id", UUID.class),
        rs.getString("regiocode"), Werkplektype.valueOf(rs.getString("type")), rs.getString("titel"), rs.getString("beroep_id"),
        rs.getString("beroep_naam"), tekst(rs.getArray("vaardigheden")), rs.getInt("uren_per_week"), rs.getString("postcode"),
        rs.getObject("startdatum", java.time.LocalDate.class), rs.getInt("aantal_plaatsen"),
        opleiding == null ? null : Opleidingsniveau.valueOf(opleiding), rs.getString("taal"), rs.getBoolean("rijbewijs"),
        rs.getBoolean("jobcarving"), rs.getString("aanpassingen"),
        tekst(rs.getArray("instrumenten")).stream().map(Instrument::valueOf).toList(),
        WerkplekStatus.valueOf(rs.getString("status")), rs.getInt("versie"));
  }

  private static List<String> tekst(Array a) throws SQLException {
    return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
  }
}
