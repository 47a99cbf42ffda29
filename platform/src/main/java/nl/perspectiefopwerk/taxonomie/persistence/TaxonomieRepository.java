package nl.perspectiefopwerk.taxonomie.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.perspectiefopwerk.taxonomie.Beroep;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.taxonomie.VaardigheidDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leesmodel van de taxonomie (de import schrijft zelf, in één transactie). */
@Repository
public class TaxonomieRepository {

  private static final String BEROEP = "b.id, b.uri, b.naam, b.iscogroep, b.code_systeem, b.versie";
  private static final String VAARDIGHEID = "v.id, v.uri, v.naam, v.taal, v.type, v.code_systeem, v.versie";

  private final JdbcClient jdbc;

  public TaxonomieRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Beroep> beroepen() {
    return jdbc.sql("select " + BEROEP + " from taxonomie.beroep b").query(TaxonomieRepository::beroep).list();
  }

  public List<Vaardigheid> vaardigheden() {
    return jdbc.sql("select " + VAARDIGHEID + " from taxonomie.vaardigheid v").query(TaxonomieRepository::vaardigheid).list();
  }

  /** Synoniemen per beroep-id, in de volgorde van de bron. */
  public Map<String, List<String>> beroepLabels() {
    return labels("select beroep_id, label from taxonomie.beroep_label order by beroep_id, volgnummer");
  }

  /** Synoniemen per vaardigheid-id, in de volgorde van de bron. */
  public Map<String, List<String>> vaardigheidLabels() {
    return labels("select vaardigheid_id, label from taxonomie.vaardigheid_label order by vaardigheid_id, volgnummer");
  }

  private Map<String, List<String>> labels(String sql) {
    Map<String, List<String>> labels = new HashMap<>();
    jdbc.sql(sql).query(rs -> {
      labels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(4)).add(rs.getString(2));
    });
    return labels;
  }

  public Optional<BeroepDetail> beroepDetail(String id) {
    record Rij(Beroep beroep, String iscoNaam, String escoCode, String beschrijving) {}
    Optional<Rij> rij =
        jdbc.sql(
                "select " + BEROEP + ", i.naam as isco_naam, b.esco_code, b.beschrijving"
                    + " from taxonomie.beroep b left join taxonomie.isco_groep i on i.code = b.iscogroep where b.id = ?")
            .param(id)
            .query((rs, n) -> new Rij(beroep(rs, n), rs.getString("isco_naam"), rs.getString("esco_code"), rs.getString("beschrijving")))
            .optional();
    return rij.map(
        r -> {
          List<String> alt =
              jdbc.sql("select label from taxonomie.beroep_label where beroep_id = ? order by volgnummer")
                  .param(id).query(String.class).list();
          List<Vaardigheid> essentieel = new ArrayList<>();
          List<Vaardigheid> optioneel = new ArrayList<>();
          jdbc.sql(
                  "select " + VAARDIGHEID + ", r.relatie from taxonomie.beroep_vaardigheid r"
                      + " join taxonomie.vaardigheid v on v.id = r.vaardigheid_id where r.beroep_id = ? order by v.naam")
              .param(id)
              .query(rs -> {
                (rs.getString("relatie").equals("essential") ? essentieel : optioneel).add(vaardigheid(rs, 0));
              });
          return new BeroepDetail(r.beroep(), r.iscoNaam(), r.escoCode(), alt, r.beschrijving(), essentieel, optioneel);
        });
  }

  public Optional<VaardigheidDetail> vaardigheidDetail(String id) {
    record Rij(Vaardigheid vaardigheid, String hergebruik, String beschrijving) {}
    Optional<Rij> rij =
        jdbc.sql("select " + VAARDIGHEID + ", v.hergebruik, v.beschrijving from taxonomie.vaardigheid v where v.id = ?")
            .param(id)
            .query((rs, n) -> new Rij(vaardigheid(rs, n), rs.getString("hergebruik"), rs.getString("beschrijving")))
            .optional();
    return rij.map(
        r -> {
          List<String> alt =
              jdbc.sql("select label from taxonomie.vaardigheid_label where vaardigheid_id = ? order by volgnummer")
                  .param(id).query(String.class).list();
          List<Beroep> essentieel = new ArrayList<>();
          List<Beroep> optioneel = new ArrayList<>();
          jdbc.sql(
                  "select " + BEROEP + ", r.relatie from taxonomie.beroep_vaardigheid r"
                      + " join taxonomie.beroep b on b.id = r.beroep_id where r.vaardigheid_id = ? order by b.naam")
              .param(id)
              .query(rs -> {
                (rs.getString("relatie").equals("essential") ? essentieel : optioneel).add(beroep(rs, 0));
              });
          return new VaardigheidDetail(r.vaardigheid(), r.hergebruik(), alt, r.beschrijving(), essentieel, optioneel);
        });
  }

  public long aantalBeroepen() {
    return aantal("taxonomie.beroep");
  }

  public long aantalVaardigheden() {
    return aantal("taxonomie.vaardigheid");
  }

  public long aantalRelaties() {
    return aantal("taxonomie.beroep_vaardigheid");
  }

  public java.util.Map<String, Integer> beroepenPerVaardigheid() {
    java.util.Map<String, Integer> uit = new java.util.HashMap<>();
    jdbc.sql("select vaardigheid_id, count(distinct beroep_id) as n from taxonomie.beroep_vaardigheid group by vaardigheid_id")
        .query(rs -> {
          uit.put(rs.getString("vaardigheid_id"), rs.getInt("n"));
        });
    return uit;
  }

  public long aantalIscoGroepen() {
    return aantal("taxonomie.isco_groep");
  }

  private long aantal(String tabel) {
    return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
  }

  private static Beroep beroep(ResultSet rs, int n) throws SQLException {
    return new Beroep(
        rs.getString("id"), rs.getString("uri"), rs.getString("naam"), rs.getString("iscogroep"),
        rs.getString("code_systeem"), rs.getString("versie"));
  }

  private static Vaardigheid vaardigheid(ResultSet rs, int n) throws SQLException {
    return new Vaardigheid(
        rs.getString("id"), rs.getString("uri"), rs.getString("naam"), rs.getString("taal"), rs.getString("type"),
        rs.getString("code_systeem"), rs.getString("versie"));
  }
}
