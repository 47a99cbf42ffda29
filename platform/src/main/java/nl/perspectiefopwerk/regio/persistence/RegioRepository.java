package nl.perspectiefopwerk.regio.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.GemeenteRef;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leesmodel en wijzigingen van regio's, gemeenten en postcodes. */
@Repository
public class RegioRepository {

  private static final String REGIO_SELECT =
      """
      select r.code, r.naam, r.centrumgemeente_code, coalesce(g.naam, r.centrumgemeente_naam) as centrum_naam,
             r.centrumgemeente_opmerking, r.bron, r.versie,
             (select count(*) from regio.gemeente x where x.regiocode = r.code) as aantal
      from regio.arbeidsmarktregio r left join regio.gemeente g on g.code = r.centrumgemeente_code
      """;

  private final JdbcClient jdbc;

  public RegioRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Arbeidsmarktregio> regios() {
    return jdbc.sql(REGIO_SELECT + " order by r.code").query(RegioRepository::regio).list();
  }

  public Optional<Arbeidsmarktregio> regio(String code) {
    return jdbc.sql(REGIO_SELECT + " where r.code = ?").param(code).query(RegioRepository::regio).optional();
  }

  public List<Gemeente> gemeenten(String regiocode) {
    return jdbc.sql(
            """
            select g.code, g.naam, g.regiocode, g.lat, g.lon, g.inwoners,
                   (select count(*) from regio.postcode p where p.gemeentecode = g.code) as aantal_postcodes
            from regio.gemeente g where g.regiocode = ? order by g.naam
            """)
        .param(regiocode).query(Gemeente.class).list();
  }

  public Optional<Gemeente> gemeente(String code) {
    return jdbc.sql(
            """
            select g.code, g.naam, g.regiocode, g.lat, g.lon, g.inwoners,
                   (select count(*) from regio.postcode p where p.gemeentecode = g.code) as aantal_postcodes
            from regio.gemeente g where g.code = ?
            """)
        .param(code).query(Gemeente.class).optional();
  }

  public Optional<PostcodeGebied> postcode(String pc4) {
    return jdbc.sql(
            """
            select p.pc4, p.plaats, p.lat, p.lon, g.code as gemeentecode, g.naam as gemeentenaam,
                   r.code as regiocode, r.naam as regionaam
            from regio.postcode p join regio.gemeente g on g.code = p.gemeentecode
              join regio.arbeidsmarktregio r on r.code = p.regiocode
            where p.pc4 = ?
            """)
        .param(pc4)
        .query(
            (rs, i) ->
                new PostcodeGebied(
                    rs.getString("pc4"), rs.getString("plaats"), rs.getDouble("lat"), rs.getDouble("lon"),
                    new GemeenteRef(rs.getString("gemeentecode"), rs.getString("gemeentenaam")),
                    new RegioRef(rs.getString("regiocode"), rs.getString("regionaam"))))
        .optional();
  }

  public List<String> postcodesVanGemeente(String gemeentecode) {
    return jdbc.sql("select pc4 from regio.postcode where gemeentecode = ? order by pc4").param(gemeentecode).query(String.class).list();
  }

  public long aantalPostcodes() {
    return jdbc.sql("select count(*) from regio.postcode").query(Long.class).single();
  }

  /** Optimistische vergrendeling: true als de versie klopte en de wijziging is opgeslagen. */
  public boolean wijzigCentrumgemeente(String code, String gemeentecode, String gemeentenaam, int versie, String door) {
    return jdbc.sql(
                """
                update regio.arbeidsmarktregio set centrumgemeente_code = ?, centrumgemeente_naam = ?,
                  centrumgemeente_handmatig = true, centrumgemeente_opmerking = null, versie = versie + 1,
                  gewijzigd_door = ?, gewijzigd_op = now()
                where code = ? and versie = ?
                """)
            .params(gemeentecode, gemeentenaam, door, code, versie)
            .update()
        == 1;
  }

  private static Arbeidsmarktregio regio(ResultSet rs, int rij) throws SQLException {
    String centrumCode = rs.getString("centrumgemeente_code");
    return new Arbeidsmarktregio(
        rs.getString("code"),
        rs.getString("naam"),
        centrumCode == null ? null : new GemeenteRef(centrumCode, rs.getString("centrum_naam")),
        rs.getString("centrumgemeente_opmerking"),
        rs.getInt("aantal"),
        rs.getString("bron"),
        rs.getInt("versie"));
  }
}
