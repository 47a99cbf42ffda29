package nl.perspectiefopwerk.toegang.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Organisaties, gebruikers en API-clients in het schema toegang. */
@Repository
public class ToegangRepository {

  private static final String ORGANISATIE_SELECT =
      """
      select o.id, o.naam, o.type, o.gemeentecode, o.versie,
             coalesce(array_agg(r.regiocode order by r.regiocode) filter (where r.regiocode is not null), '{}') as regios
      from toegang.organisatie o left join toegang.organisatie_regio r on r.organisatie_id = o.id
      """;

  private static final String GEBRUIKER_SELECT =
      """
      select g.id, g.gebruikersnaam, g.naam, g.email, g.wachtwoord_hash, g.rol, g.organisatie_id,
             o.naam as organisatie_naam, o.type as organisatie_type, g.regiocode, g.actief, g.demo, g.oidc_subject,
             g.versie, g.laatst_ingelogd_op
      from toegang.gebruiker g left join toegang.organisatie o on o.id = g.organisatie_id
      """;

  private final JdbcClient jdbc;

  public ToegangRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Organisatie> organisatie(UUID id) {
    return jdbc.sql(ORGANISATIE_SELECT + " where o.id = ? group by o.id").param(id).query(this::naarOrganisatie).optional();
  }

  public Optional<Organisatie> organisatie(String naam, OrganisatieType type) {
    return jdbc.sql(ORGANISATIE_SELECT + " where o.naam = ? and o.type = ? group by o.id")
        .param(naam).param(type.name()).query(this::naarOrganisatie).optional();
  }

  public List<Organisatie> organisatiesInRegio(String regiocode) {
    return jdbc.sql(
            ORGANISATIE_SELECT
                + " where o.id in (select organisatie_id from toegang.organisatie_regio where regiocode = ?)"
                + " group by o.id order by o.type, o.naam")
        .param(regiocode).query(this::naarOrganisatie).list();
  }

  public List<Organisatie> organisatiesVanType(OrganisatieType type) {
    return jdbc.sql(ORGANISATIE_SELECT + " where o.type = ? group by o.id order by o.naam")
        .param(type.name()).query(this::naarOrganisatie).list();
  }

  public Pagina<Organisatie> organisaties(String zoek, PaginaVerzoek verzoek) {
    String filter = "%" + (zoek == null ? "" : zoek.trim().toLowerCase()) + "%";
    long totaal = jdbc.sql("select count(*) from toegang.organisatie o where lower(o.naam) like ?")
        .param(filter).query(Long.class).single();
    List<Organisatie> items = jdbc.sql(
            ORGANISATIE_SELECT + " where lower(o.naam) like ? group by o.id order by o.naam limit ? offset ?")
        .param(filter).param(verzoek.grootte()).param(verzoek.offset()).query(this::naarOrganisatie).list();
    return new Pagina<>(items, verzoek.pagina(), verzoek.grootte(), totaal);
  }

  @Transactional
  public void voegOrganisatieToe(Organisatie o, boolean demo) {
    jdbc.sql("insert into toegang.organisatie (id, naam, type, gemeentecode, demo) values (?, ?, ?, ?, ?)")
        .params(o.id().waarde(), o.naam(), o.type().name(), o.gemeentecode(), demo).update();
    for (String regio : o.regiocodes()) {
      jdbc.sql("insert into toegang.organisatie_regio (organisatie_id, regiocode) values (?, ?)")
          .params(o.id().waarde(), regio).update();
    }
  }

  public Optional<GebruikerRecord> gebruiker(String gebruikersnaam) {
    return jdbc.sql(GEBRUIKER_SELECT + " where g.gebruikersnaam = ?")
        .param(gebruikersnaam.toLowerCase()).query(GebruikerRecord.class).optional();
  }

  public Optional<GebruikerRecord> gebruiker(UUID id) {
    return jdbc.sql(GEBRUIKER_SELECT + " where g.id = ?").param(id).query(GebruikerRecord.class).optional();
  }

  public Optional<GebruikerRecord> gebruikerMetOidcSubject(String subject) {
    return jdbc.sql(GEBRUIKER_SELECT + " where g.oidc_subject = ?").param(subject).query(GebruikerRecord.class).optional();
  }

  public Pagina<GebruikerRecord> gebruikers(String zoek, PaginaVerzoek verzoek) {
    String filter = "%" + (zoek == null ? "" : zoek.trim().toLowerCase()) + "%";
    long totaal = jdbc.sql(
            "select count(*) from toegang.gebruiker g where g.gebruikersnaam like :f or lower(g.naam) like :f")
        .param("f", filter).query(Long.class).single();
    List<GebruikerRecord> items = jdbc.sql(
            GEBRUIKER_SELECT
                + " where g.gebruikersnaam like :f or lower(g.naam) like :f order by g.gebruikersnaam limit :l offset :o")
        .param("f", filter).param("l", verzoek.grootte()).param("o", verzoek.offset())
        .query(GebruikerRecord.class).list();
    return new Pagina<>(items, verzoek.pagina(), verzoek.grootte(), totaal);
  }

  /** Actieve gebruikers met een rol; met regiocode alleen wie daar werkt (organisatie of eigen regio). */
  public List<GebruikerRecord> actieveGebruikers(String rol, String regiocode) {
    if (regiocode == null) {
      return jdbc.sql(GEBRUIKER_SELECT + " where g.rol = ? and g.actief order by g.gebruikersnaam").param(rol).query(GebruikerRecord.class).list();
    }
    return jdbc.sql(GEBRUIKER_SELECT + " where g.rol = :rol and g.actief and (g.regiocode = :regio or exists (select 1 from "
            + "toegang.organisatie_regio r where r.organisatie_id = g.organisatie_id and r.regiocode = :regio)) order by g.gebruikersnaam")
        .param("rol", rol).param("regio", regiocode).query(GebruikerRecord.class).list();
  }

  /** De regio's van een gebruiker: die van de organisatie, of de eigen regio (kandidaten). */
  public List<String> regiocodes(GebruikerRecord g) {
    if (g.organisatieId() == null) return g.regiocode() == null ? List.of() : List.of(g.regiocode());
    return regiocodesVanOrganisatie(g.organisatieId());
  }

  public List<String> regiocodesVanOrganisatie(UUID organisatieId) {
    return jdbc.sql("select regiocode from toegang.organisatie_regio where organisatie_id = ? order by regiocode")
        .param(organisatieId).query(String.class).list();
  }

  public boolean bestaatGebruiker(String gebruikersnaam) {
    return jdbc.sql("select count(*) from toegang.gebruiker where gebruikersnaam = ?")
        .param(gebruikersnaam.toLowerCase()).query(Integer.class).single() > 0;
  }

  public void voegGebruikerToe(
      UUID id, String gebruikersnaam, String naam, String email, String wachtwoordHash, String rol,
      UUID organisatieId, String regiocode, boolean demo) {
    jdbc.sql(
            """
            insert into toegang.gebruiker (id, gebruikersnaam, naam, email, wachtwoord_hash, rol, organisatie_id, regiocode, demo)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, gebruikersnaam.toLowerCase(), naam, email, wachtwoordHash, rol, organisatieId, regiocode, demo)
        .update();
  }

  public void registreerInlog(UUID id) {
    jdbc.sql("update toegang.gebruiker set laatst_ingelogd_op = now() where id = ?").param(id).update();
  }

  public void koppelOidcSubject(UUID id, String subject) {
    jdbc.sql("update toegang.gebruiker set oidc_subject = ? where id = ? and oidc_subject is null")
        .params(subject, id).update();
  }

  /** Zet actief aan of uit met optimistische vergrendeling; false als de versie niet meer klopt. */
  public boolean zetActief(UUID id, boolean actief, int versie) {
    return jdbc.sql("update toegang.gebruiker set actief = ?, versie = versie + 1 where id = ? and versie = ?")
            .params(actief, id, versie).update() == 1;
  }

  public long aantalDemoGebruikers() {
    return jdbc.sql("select count(*) from toegang.gebruiker where demo").query(Long.class).single();
  }

  public long aantalGebruikers() {
    return jdbc.sql("select count(*) from toegang.gebruiker").query(Long.class).single();
  }

  public Optional<ApiClientRecord> apiClient(String clientId) {
    return jdbc.sql(
            "select id, client_id, naam, geheim_hash, organisatie_id, scopes, actief from toegang.api_client where client_id = ?")
        .param(clientId).query(ApiClientRecord.class).optional();
  }

  public Optional<ApiClientRecord> apiClient(UUID id) {
    return jdbc.sql(
            "select id, client_id, naam, geheim_hash, organisatie_id, scopes, actief from toegang.api_client where id = ?")
        .param(id).query(ApiClientRecord.class).optional();
  }

  public void bewaarApiClient(ApiClientRecord c, boolean demo) {
    jdbc.sql(
            """
            insert into toegang.api_client (id, client_id, naam, geheim_hash, organisatie_id, scopes, actief, demo)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (client_id) do update set naam = excluded.naam, geheim_hash = excluded.geheim_hash,
              organisatie_id = excluded.organisatie_id, scopes = excluded.scopes, actief = excluded.actief
            """)
        .params(c.id(), c.clientId(), c.naam(), c.geheimHash(), c.organisatieId(), c.scopes(), c.actief(), demo)
        .update();
  }

  public List<ApiClientRecord> apiClients() {
    return jdbc.sql(
            "select id, client_id, naam, geheim_hash, organisatie_id, scopes, actief from toegang.api_client order by client_id")
        .query(ApiClientRecord.class).list();
  }

  private Organisatie naarOrganisatie(ResultSet rs, int rij) throws SQLException {
    Array regios = rs.getArray("regios");
    List<String> codes = regios == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) regios.getArray()));
    return new Organisatie(
        new OrganisatieId(rs.getObject("id", UUID.class)),
        rs.getString("naam"),
        OrganisatieType.valueOf(rs.getString("type")),
        rs.getString("gemeentecode"),
        codes,
        rs.getInt("versie"));
  }

  /** Een rij uit toegang.api_client. */
  public record ApiClientRecord(
      UUID id, String clientId, String naam, String geheimHash, UUID organisatieId, String scopes, boolean actief) {}
}
