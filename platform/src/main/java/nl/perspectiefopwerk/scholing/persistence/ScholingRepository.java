package nl.perspectiefopwerk.scholing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.PilotAanmelding;
import nl.perspectiefopwerk.scholing.PilotStatus;
import nl.perspectiefopwerk.scholing.Traject;
import nl.perspectiefopwerk.scholing.TrajectId;
import nl.perspectiefopwerk.scholing.TrajectStatus;
import nl.perspectiefopwerk.scholing.Trajecttype;
import nl.perspectiefopwerk.scholing.domain.KengetallenBerekening.Feit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van trajecten en pilotaanmeldingen (schema scholing). Elke wijziging controleert de versie. */
@Repository
public class ScholingRepository {

  private static final String SELECT =
      "select id, regiocode, organisatie_id, kandidaat_id, type, opleiding, erkend_leerbedrijf, praktijkopleider, onderwijs_organisatie_id, "
          + "startdatum, einddatum, erkend_certificaat, plaatsing_ref, status, uitkomst, uitkomst_datum, aangemaakt_door, versie "
          + "from scholing.traject";

  private final JdbcClient jdbc;

  ScholingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToe(Traject t) {
    jdbc.sql(
            """
            insert into scholing.traject (id, regiocode, organisatie_id, kandidaat_id, type, opleiding, erkend_leerbedrijf, praktijkopleider,
              onderwijs_organisatie_id, startdatum, einddatum, erkend_certificaat, plaatsing_ref, status, uitkomst, uitkomst_datum,
              aangemaakt_door, versie)
            values (:id, :regio, :org, :kandidaat, :type, :opleiding, :leerbedrijf, :opleider, :onderwijs, :start, :eind, :erkend, :plaatsing,
              :status, :uitkomst, :uitkomstDatum, :door, 0)
            """)
        .param("id", t.id().waarde()).param("regio", t.regiocode()).param("org", t.organisatieId())
        .param("kandidaat", t.kandidaat().waarde()).param("type", t.type().name()).param("opleiding", t.opleiding())
        .param("leerbedrijf", t.erkendLeerbedrijf()).param("opleider", t.praktijkopleider())
        .param("onderwijs", t.onderwijsOrganisatieId()).param("start", t.startdatum()).param("eind", t.einddatum())
        .param("erkend", t.erkendCertificaat()).param("plaatsing", t.plaatsingRef()).param("status", t.status().name())
        .param("uitkomst", t.uitkomst() == null ? null : t.uitkomst().name()).param("uitkomstDatum", t.uitkomstDatum())
        .param("door", t.aangemaaktDoor())
        .update();
  }

  public boolean wijzig(Traject t, int versie) {
    return jdbc.sql(
            """
            update scholing.traject set type = :type, opleiding = :opleiding, erkend_leerbedrijf = :leerbedrijf, praktijkopleider = :opleider,
              onderwijs_organisatie_id = :onderwijs, startdatum = :start, einddatum = :eind, erkend_certificaat = :erkend,
              plaatsing_ref = :plaatsing, versie = versie + 1, gewijzigd_op = now()
            where id = :id and versie = :versie
            """)
        .param("type", t.type().name()).param("opleiding", t.opleiding()).param("leerbedrijf", t.erkendLeerbedrijf())
        .param("opleider", t.praktijkopleider()).param("onderwijs", t.onderwijsOrganisatieId()).param("start", t.startdatum())
        .param("eind", t.einddatum()).param("erkend", t.erkendCertificaat()).param("plaatsing", t.plaatsingRef())
        .param("id", t.id().waarde()).param("versie", versie)
        .update() == 1;
  }

  public boolean wijzigStatus(TrajectId id, int versie, TrajectStatus van, TrajectStatus naar, Opleidingsuitkomst uitkomst, LocalDate datum) {
    return jdbc.sql(
            """
            update scholing.traject set status = :naar, uitkomst = :uitkomst, uitkomst_datum = :datum, versie = versie + 1, gewijzigd_op = now()
            where id = :id and versie = :versie and status = :van
            """)
        .param("naar", naar.name()).param("uitkomst", uitkomst == null ? null : uitkomst.name()).param("datum", datum)
        .param("id", id.waarde()).param("versie", versie).param("van", van.name())
        .update() == 1;
  }

  public Optional<Traject> vind(TrajectId id) {
    return jdbc.sql(SELECT + " where id = ?").param(id.waarde()).query(ScholingRepository::rij).optional();
  }

  public List<Traject> vanOrganisatie(UUID organisatie) {
    return jdbc.sql(SELECT + " where organisatie_id = ? order by startdatum desc, id").param(organisatie).query(ScholingRepository::rij).list();
  }

  public List<Traject> vanOnderwijs(UUID organisatie) {
    return jdbc.sql(SELECT + " where onderwijs_organisatie_id = ? order by startdatum desc, id").param(organisatie)
        .query(ScholingRepository::rij).list();
  }

  public List<Traject> inRegios(Collection<String> regios) {
    if (regios.isEmpty()) return List.of();
    return jdbc.sql(SELECT + " where regiocode in (:r) order by startdatum desc, id").param("r", regios).query(ScholingRepository::rij).list();
  }

  public long aantalInRegio(String regiocode) {
    return jdbc.sql("select count(*) from scholing.traject where regiocode = ?").param(regiocode).query(Long.class).single();
  }

  /** De feiten voor de kengetallen (zonder iets dat een persoon aanwijst buiten het interne id). */
  public List<Feit> feiten(String regiocode) {
    String waar = regiocode == null ? "" : " where regiocode = :r";
    var sql = jdbc.sql("select kandidaat_id, regiocode, type, status, uitkomst, erkend_leerbedrijf, erkend_certificaat from scholing.traject" + waar);
    if (regiocode != null) sql = sql.param("r", regiocode);
    return sql.query((rs, n) -> new Feit(rs.getObject("kandidaat_id", UUID.class), rs.getString("regiocode"),
        Trajecttype.valueOf(rs.getString("type")), TrajectStatus.valueOf(rs.getString("status")),
        rs.getString("uitkomst") == null ? null : Opleidingsuitkomst.valueOf(rs.getString("uitkomst")), rs.getString("erkend_leerbedrijf"),
        rs.getBoolean("erkend_certificaat"))).list();
  }

  // --- pilot ---

  public boolean voegPilotToe(PilotAanmelding p) {
    return jdbc.sql(
            """
            insert into scholing.pilot_aanmelding (id, regiocode, tranche, status, toelichting, aangemeld_door, aangemeld_op, versie)
            values (:id, :regio, :tranche, :status, :toelichting, :door, now(), 0) on conflict (regiocode, tranche) do nothing
            """)
        .param("id", p.id()).param("regio", p.regiocode()).param("tranche", p.tranche()).param("status", p.status().name())
        .param("toelichting", p.toelichting()).param("door", p.aangemeldDoor())
        .update() == 1;
  }

  public boolean besluitPilot(UUID id, int versie, PilotStatus naar, String door) {
    return jdbc.sql(
            """
            update scholing.pilot_aanmelding set status = :naar, besluit_door = :door, besluit_op = now(), versie = versie + 1
            where id = :id and versie = :versie and status = 'AANGEMELD'
            """)
        .param("naar", naar.name()).param("door", door).param("id", id).param("versie", versie)
        .update() == 1;
  }

  public Optional<PilotAanmelding> pilot(UUID id) {
    return jdbc.sql(PILOT + " where id = ?").param(id).query(ScholingRepository::pilotRij).optional();
  }

  public List<PilotAanmelding> pilots(String regiocode) {
    String waar = regiocode == null ? "" : " where regiocode = :r";
    var sql = jdbc.sql(PILOT + waar + " order by tranche, regiocode");
    if (regiocode != null) sql = sql.param("r", regiocode);
    return sql.query(ScholingRepository::pilotRij).list();
  }

  private static final String PILOT =
      "select id, regiocode, tranche, status, toelichting, aangemeld_door, aangemeld_op, besluit_door, besluit_op, versie from scholing.pilot_aanmelding";

  private static PilotAanmelding pilotRij(ResultSet rs, int n) throws SQLException {
    Timestamp op = rs.getTimestamp("aangemeld_op");
    Timestamp besluit = rs.getTimestamp("besluit_op");
    return new PilotAanmelding(rs.getObject("id", UUID.class), rs.getString("regiocode"), rs.getInt("tranche"),
        PilotStatus.valueOf(rs.getString("status")), rs.getString("toelichting"), rs.getString("aangemeld_door"),
        op == null ? null : op.toInstant(), rs.getString("besluit_door"), besluit == null ? null : besluit.toInstant(), rs.getInt("versie"));
  }

  private static Traject rij(ResultSet rs, int n) throws SQLException {
    String uitkomst = rs.getString("uitkomst");
    return new Traject(new TrajectId(rs.getObject("id", UUID.class)), rs.getString("regiocode"), rs.getObject("organisatie_id", UUID.class),
        new KandidaatId(rs.getObject("kandidaat_id", UUID.class)), Trajecttype.valueOf(rs.getString("type")), rs.getString("opleiding"),
        rs.getString("erkend_leerbedrijf"), rs.getString("praktijkopleider"), rs.getObject("onderwijs_organisatie_id", UUID.class),
        rs.getObject("startdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class), rs.getBoolean("erkend_certificaat"),
        rs.getString("plaatsing_ref"), TrajectStatus.valueOf(rs.getString("status")), uitkomst == null ? null : Opleidingsuitkomst.valueOf(uitkomst),
        rs.getObject("uitkomst_datum", LocalDate.class), rs.getString("aangemaakt_door"), rs.getInt("versie"));
  }
}
