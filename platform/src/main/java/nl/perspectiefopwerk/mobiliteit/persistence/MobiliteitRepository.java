package nl.perspectiefopwerk.mobiliteit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.mobiliteit.Casusbespreking;
import nl.perspectiefopwerk.mobiliteit.Categorie;
import nl.perspectiefopwerk.mobiliteit.Client;
import nl.perspectiefopwerk.mobiliteit.ClientId;
import nl.perspectiefopwerk.mobiliteit.Clientstatus;
import nl.perspectiefopwerk.mobiliteit.Clientuitkomst;
import nl.perspectiefopwerk.mobiliteit.Dienst;
import nl.perspectiefopwerk.mobiliteit.Dienstsoort;
import nl.perspectiefopwerk.mobiliteit.Herkomst;
import nl.perspectiefopwerk.mobiliteit.Lidsoort;
import nl.perspectiefopwerk.mobiliteit.Situatie;
import nl.perspectiefopwerk.mobiliteit.Team;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.CasusFeit;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.ClientFeit;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.DienstFeit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van teams, clients, besprekingen en diensten (schema mobiliteit). Elke wijziging controleert de versie. */
@Repository
public class MobiliteitRepository {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  private static final String CLIENT =
      "select id, regiocode, naam, email, telefoon, situatie, datum_baanverlies, categorie, jongere, schoolverlater, herkomst, vraag, status, "
          + "uitkomst, aangemeld_op, in_behandeling_op, afgesloten_op, behandelaar, versie from mobiliteit.client";

  private final JdbcClient jdbc;

  MobiliteitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- team ---

  public Optional<Team> team(String regiocode) {
    return jdbc.sql("select id, regiocode, naam, operationeel_sinds, versie from mobiliteit.team where regiocode = ?").param(regiocode)
        .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("regiocode"), rs.getString("naam"),
            rs.getObject("operationeel_sinds", LocalDate.class), List.of(), rs.getInt("versie")))
        .optional()
        .map(t -> new Team(t.id(), t.regiocode(), t.naam(), t.operationeelSinds(), leden(t.id()), t.versie()));
  }

  private List<Team.Teamlid> leden(UUID team) {
    return jdbc.sql("select id, naam, soort, partner from mobiliteit.teamlid where team_id = ? order by partner, soort, naam").param(team)
        .query((rs, n) -> new Team.Teamlid(rs.getObject("id", UUID.class), rs.getString("naam"), Lidsoort.valueOf(rs.getString("soort")),
            rs.getBoolean("partner")))
        .list();
  }

  public void voegTeamToe(UUID id, String regiocode, String naam, LocalDate sinds) {
    jdbc.sql("insert into mobiliteit.team (id, regiocode, naam, operationeel_sinds) values (?, ?, ?, ?)")
        .params(id, regiocode, naam, sinds).update();
  }

  public boolean wijzigTeam(UUID id, int versie, String naam, LocalDate sinds) {
    return jdbc.sql("update mobiliteit.team set naam = ?, operationeel_sinds = ?, versie = versie + 1, gewijzigd_op = now() where id = ? and versie = ?")
        .params(naam, sinds, id, versie).update() == 1;
  }

  /** Verhoogt de versie van het team (bij een wijziging in de leden); false als die verouderd is. */
  public boolean verhoogTeamversie(UUID id, int versie) {
    return jdbc.sql("update mobiliteit.team set versie = versie + 1, gewijzigd_op = now() where id = ? and versie = ?").params(id, versie).update() == 1;
  }

  public void voegLidToe(UUID team, String naam, Lidsoort soort, boolean partner) {
    jdbc.sql("insert into mobiliteit.teamlid (id, team_id, naam, soort, partner) values (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), team, naam, soort.name(), partner).update();
  }

  public boolean verwijderLid(UUID team, UUID lid) {
    return jdbc.sql("delete from mobiliteit.teamlid where team_id = ? and id = ?").params(team, lid).update() == 1;
  }

  // --- clients ---

  public void voegClientToe(Client c) {
    jdbc.sql(
            """
            insert into mobiliteit.client (id, regiocode, naam, email, telefoon, situatie, datum_baanverlies, categorie, jongere, schoolverlater,
              herkomst, vraag, status, uitkomst, aangemeld_op, in_behandeling_op, afgesloten_op, behandelaar, versie)
            values (:id, :regio, :naam, :email, :telefoon, :situatie, :datum, :categorie, :jongere, :schoolverlater, :herkomst, :vraag, :status,
              :uitkomst, :aangemeld, :inBehandeling, :afgesloten, :behandelaar, 0)
            """)
        .param("id", c.id().waarde()).param("regio", c.regiocode()).param("naam", c.naam()).param("email", c.email())
        .param("telefoon", c.telefoon()).param("situatie", c.situatie().name()).param("datum", c.datumBaanverlies())
        .param("categorie", c.categorie().name()).param("jongere", c.jongere()).param("schoolverlater", c.schoolverlater())
        .param("herkomst", c.herkomst().name()).param("vraag", c.vraag()).param("status", c.status().name())
        .param("uitkomst", c.uitkomst() == null ? null : c.uitkomst().name()).param("aangemeld", tijd(c.aangemeldOp()))
        .param("inBehandeling", tijd(c.inBehandelingOp())).param("afgesloten", tijd(c.afgeslotenOp())).param("behandelaar", c.behandelaar())
        .update();
  }

  public Optional<Client> client(ClientId id) {
    return jdbc.sql(CLIENT + " where id = ?").param(id.waarde()).query(MobiliteitRepository::clientRij).optional();
  }

  public List<Client> clients(String regiocode) {
    return jdbc.sql(CLIENT + " where regiocode = ? order by case status when 'AANGEMELD' then 0 when 'IN_BEHANDELING' then 1 else 2 end, aangemeld_op desc")
        .param(regiocode).query(MobiliteitRepository::clientRij).list();
  }

  public long aantalClients(String regiocode) {
    return jdbc.sql("select count(*) from mobiliteit.client where regiocode = ?").param(regiocode).query(Long.class).single();
  }

  public boolean wijzigStatus(ClientId id, int versie, Clientstatus van, Clientstatus naar, Clientuitkomst uitkomst, String behandelaar,
      Instant op) {
    String kolom = switch (naar) {
      case IN_BEHANDELING -> ", in_behandeling_op = :op, behandelaar = :behandelaar";
      case AFGESLOTEN, NIET_IN_AANMERKING -> ", afgesloten_op = :op";
      default -> "";
    };
    var sql = jdbc.sql("update mobiliteit.client set status = :naar, uitkomst = :uitkomst, versie = versie + 1, gewijzigd_op = now()" + kolom
            + " where id = :id and versie = :versie and status = :van")
        .param("naar", naar.name()).param("uitkomst", uitkomst == null ? null : uitkomst.name()).param("id", id.waarde())
        .param("versie", versie).param("van", van.name());
    if (!kolom.isEmpty()) sql = sql.param("op", tijd(op));
    if (naar == Clientstatus.IN_BEHANDELING) sql = sql.param("behandelaar", behandelaar);
    return sql.update() == 1;
  }

  /** Verhoogt de versie van de client (een bespreking of dienst erbij); false als die verouderd is. */
  public boolean verhoogClientversie(ClientId id, int versie) {
    return jdbc.sql("update mobiliteit.client set versie = versie + 1, gewijzigd_op = now() where id = ? and versie = ? and status = 'IN_BEHANDELING'")
        .params(id.waarde(), versie).update() == 1;
  }

  public void voegCasusToe(Casusbespreking c) {
    jdbc.sql("insert into mobiliteit.casusbespreking (id, client_id, datum, deelnemers, afspraken, door) values (?, ?, ?, ?, ?, ?)")
        .params(c.id(), c.client().waarde(), c.datum(), c.deelnemers(), c.afspraken(), c.door()).update();
  }

  public void voegDienstToe(Dienst d) {
    jdbc.sql("insert into mobiliteit.dienst (id, client_id, soort, startdatum, door) values (?, ?, ?, ?, ?)")
        .params(d.id(), d.client().waarde(), d.soort().name(), d.startdatum(), d.door()).update();
  }

  public List<Casusbespreking> casussen(ClientId id) {
    return jdbc.sql("select id, client_id, datum, deelnemers, afspraken, door from mobiliteit.casusbespreking where client_id = ? order by datum desc")
        .param(id.waarde())
        .query((rs, n) -> new Casusbespreking(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
            rs.getObject("datum", LocalDate.class), rs.getString("deelnemers"), rs.getString("afspraken"), rs.getString("door")))
        .list();
  }

  public List<Dienst> diensten(ClientId id) {
    return jdbc.sql("select id, client_id, soort, startdatum, door from mobiliteit.dienst where client_id = ? order by startdatum desc")
        .param(id.waarde())
        .query((rs, n) -> new Dienst(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
            Dienstsoort.valueOf(rs.getString("soort")), rs.getObject("startdatum", LocalDate.class), rs.getString("door")))
        .list();
  }

  // --- feiten voor de monitor (zonder naam of contact) ---

  public List<ClientFeit> clientFeiten() {
    return jdbc.sql("select regiocode, aangemeld_op, categorie, jongere, herkomst, status, in_behandeling_op, afgesloten_op, uitkomst from mobiliteit.client")
        .query((rs, n) -> new ClientFeit(rs.getString("regiocode"), datum(rs.getTimestamp("aangemeld_op")),
            Categorie.valueOf(rs.getString("categorie")), rs.getBoolean("jongere"), "ZELFMELDING".equals(rs.getString("herkomst")),
            Clientstatus.valueOf(rs.getString("status")), datum(rs.getTimestamp("in_behandeling_op")), datum(rs.getTimestamp("afgesloten_op")),
            rs.getString("uitkomst") == null ? null : Clientuitkomst.valueOf(rs.getString("uitkomst"))))
        .list();
  }

  public List<DienstFeit> dienstFeiten() {
    return jdbc.sql("select c.regiocode, d.soort, d.startdatum from mobiliteit.dienst d join mobiliteit.client c on c.id = d.client_id")
        .query((rs, n) -> new DienstFeit(rs.getString("regiocode"), Dienstsoort.valueOf(rs.getString("soort")), rs.getObject("startdatum", LocalDate.class)))
        .list();
  }

  public List<CasusFeit> casusFeiten() {
    return jdbc.sql("select c.regiocode, b.datum from mobiliteit.casusbespreking b join mobiliteit.client c on c.id = b.client_id")
        .query((rs, n) -> new CasusFeit(rs.getString("regiocode"), rs.getObject("datum", LocalDate.class)))
        .list();
  }

  private static LocalDate datum(Timestamp t) {
    return t == null ? null : t.toInstant().atZone(TIJDZONE).toLocalDate();
  }

  private static OffsetDateTime tijd(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Client clientRij(ResultSet rs, int n) throws SQLException {
    Timestamp aangemeld = rs.getTimestamp("aangemeld_op");
    Timestamp inBehandeling = rs.getTimestamp("in_behandeling_op");
    Timestamp afgesloten = rs.getTimestamp("afgesloten_op");
    String uitkomst = rs.getString("uitkomst");
    return new Client(new ClientId(rs.getObject("id", UUID.class)), rs.getString("regiocode"), rs.getString("naam"), rs.getString("email"),
        rs.getString("telefoon"), Situatie.valueOf(rs.getString("situatie")), rs.getObject("datum_baanverlies", LocalDate.class),
        Categorie.valueOf(rs.getString("categorie")), rs.getBoolean("jongere"), rs.getBoolean("schoolverlater"),
        Herkomst.valueOf(rs.getString("herkomst")), rs.getString("vraag"), Clientstatus.valueOf(rs.getString("status")),
        uitkomst == null ? null : Clientuitkomst.valueOf(uitkomst), aangemeld == null ? null : aangemeld.toInstant(),
        inBehandeling == null ? null : inBehandeling.toInstant(), afgesloten == null ? null : afgesloten.toInstant(),
        rs.getString("behandelaar"), rs.getInt("versie"));
  }
}
