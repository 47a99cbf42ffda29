package nl.perspectiefopwerk.monitoring.bijeenkomst;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.monitoring.Aanwezigheid;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.Deelname;
import nl.perspectiefopwerk.monitoring.Vorm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van bijeenkomsten en deelnames (schema monitoring). */
@Repository
public class BijeenkomstRepository {

  private static final String SELECT = "select id, soort, datum, thema, vorm, verslag, versie from monitoring.bijeenkomst";

  private final JdbcClient jdbc;

  BijeenkomstRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void voegToe(Bijeenkomst b) {
    jdbc.sql("insert into monitoring.bijeenkomst (id, soort, datum, thema, vorm, verslag) values (?, ?, ?, ?, ?, ?)")
        .params(b.id(), b.soort().name(), b.datum(), b.thema(), b.vorm().name(), b.verslag()).update();
  }

  public List<Bijeenkomst> vanSoort(BijeenkomstSoort soort) {
    return jdbc.sql(SELECT + " where soort = ? order by datum, id").param(soort.name()).query(BijeenkomstRepository::rij).list();
  }

  public List<Bijeenkomst> alle() {
    return jdbc.sql(SELECT + " order by datum, soort, id").query(BijeenkomstRepository::rij).list();
  }

  public Optional<Bijeenkomst> vind(UUID id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(BijeenkomstRepository::rij).optional();
  }

  public boolean bestaat(BijeenkomstSoort soort, LocalDate datum) {
    return jdbc.sql("select count(*) from monitoring.bijeenkomst where soort = ? and datum = ?").params(soort.name(), datum)
        .query(Long.class).single() > 0;
  }

  public boolean wijzigVerslag(UUID id, int versie, String verslag) {
    return jdbc.sql("update monitoring.bijeenkomst set verslag = ?, versie = versie + 1 where id = ? and versie = ?")
        .params(verslag, id, versie).update() == 1;
  }

  public void legAanwezigheidVast(UUID bijeenkomst, String regiocode, boolean aanwezig) {
    jdbc.sql("""
            insert into monitoring.deelname (bijeenkomst_id, regiocode, aanwezig) values (?, ?, ?)
            on conflict (bijeenkomst_id, regiocode) do update set aanwezig = excluded.aanwezig
            """).params(bijeenkomst, regiocode, aanwezig).update();
  }

  public void legInbrengVast(Deelname d) {
    jdbc.sql("""
            insert into monitoring.deelname (bijeenkomst_id, regiocode, aanwezig, voortgang, knelpunten, goede_praktijken, voorstel)
            values (?, ?, false, ?, ?, ?, ?)
            on conflict (bijeenkomst_id, regiocode) do update set voortgang = excluded.voortgang, knelpunten = excluded.knelpunten,
              goede_praktijken = excluded.goede_praktijken, voorstel = excluded.voorstel
            """).params(d.bijeenkomstId(), d.regiocode(), d.voortgang(), d.knelpunten(), d.goedePraktijken(), d.voorstel()).update();
  }

  public List<Deelname> deelnames(UUID bijeenkomst) {
    return jdbc.sql("select * from monitoring.deelname where bijeenkomst_id = ? order by regiocode").param(bijeenkomst)
        .query(BijeenkomstRepository::deelname).list();
  }

  public List<Deelname> deelnamesVanRegio(String regiocode) {
    return jdbc.sql("select d.* from monitoring.deelname d join monitoring.bijeenkomst b on b.id = d.bijeenkomst_id "
            + "where d.regiocode = ? order by b.datum").param(regiocode).query(BijeenkomstRepository::deelname).list();
  }

  /** Alle deelnames met een voorstel voor de stuurgroep, nieuwste bijeenkomst eerst. */
  public List<Deelname> voorstellen() {
    return jdbc.sql("select d.* from monitoring.deelname d join monitoring.bijeenkomst b on b.id = d.bijeenkomst_id "
            + "where d.voorstel <> '' order by b.datum desc, d.regiocode").query(BijeenkomstRepository::deelname).list();
  }

  public Aanwezigheid aanwezigheid(String regiocode, LocalDate tot) {
    int bijeenkomsten = jdbc.sql("select count(*) from monitoring.bijeenkomst where soort = 'LANDELIJK' and datum <= ?").param(tot)
        .query(Integer.class).single();
    int aanwezig = jdbc.sql("select count(*) from monitoring.deelname d join monitoring.bijeenkomst b on b.id = d.bijeenkomst_id "
            + "where b.soort = 'LANDELIJK' and b.datum <= ? and d.regiocode = ? and d.aanwezig").params(tot, regiocode)
        .query(Integer.class).single();
    return new Aanwezigheid(regiocode, bijeenkomsten, aanwezig);
  }

  public List<Aanwezigheid> aanwezigheidPerRegio(LocalDate tot) {
    int bijeenkomsten = jdbc.sql("select count(*) from monitoring.bijeenkomst where soort = 'LANDELIJK' and datum <= ?").param(tot)
        .query(Integer.class).single();
    return jdbc.sql("select d.regiocode, count(*) filter (where d.aanwezig) from monitoring.deelname d join monitoring.bijeenkomst b "
            + "on b.id = d.bijeenkomst_id where b.soort = 'LANDELIJK' and b.datum <= ? group by d.regiocode order by d.regiocode")
        .param(tot).query((rs, n) -> new Aanwezigheid(rs.getString(1), bijeenkomsten, rs.getInt(2))).list();
  }

  private static Bijeenkomst rij(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Bijeenkomst(rs.getObject("id", UUID.class), BijeenkomstSoort.valueOf(rs.getString("soort")),
        rs.getObject("datum", LocalDate.class), rs.getString("thema"), Vorm.valueOf(rs.getString("vorm")), rs.getString("verslag"),
        rs.getInt("versie"));
  }

  private static Deelname deelname(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Deelname(rs.getObject("bijeenkomst_id", UUID.class), rs.getString("regiocode"), rs.getBoolean("aanwezig"),
        rs.getString("voortgang"), rs.getString("knelpunten"), rs.getString("goede_praktijken"), rs.getString("voorstel"));
  }
}
