package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** De demodata van de route: werkplekken in elke regio, verzoeken in elke status, plaatsingen met nazorg, een matchingevent. */
@PlatformTest
class RouteDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegioApi regio;
  @Autowired WerkgeverApi werkgevers;

  @Test
  void elkeRegioHeeftOpenWerkplekken() {
    List<Arbeidsmarktregio> regios = regio.regios();
    assertThat(regios).hasSize(35);
    assertThat(regios).allSatisfy(r -> assertThat(werkgevers.openWerkplekken(r.code())).as(r.code()).isNotEmpty());
  }

  @Test
  void deDemoregioHeeftVerzoekenInElkeStatusPlaatsingenMetNazorgEnEenMatchingevent() {
    List<String> statussen = jdbc.sql("select distinct status from bemiddeling.belangstelling where regiocode = 'AM12'").query(String.class).list();
    assertThat(statussen).containsExactlyInAnyOrder(java.util.Arrays.stream(BelangstellingStatus.values()).map(Enum::name).toArray(String[]::new));
    assertThat(jdbc.sql("select count(*) from bemiddeling.belangstelling where regiocode = 'AM12' and soort = 'UITNODIGING'")
        .query(Long.class).single()).isPositive();
    assertThat(aantal("select count(*) from bemiddeling.plaatsing where regiocode = 'AM12' and status = 'DUURZAAM'")).isGreaterThanOrEqualTo(2);
    assertThat(aantal("select count(*) from bemiddeling.plaatsing where regiocode = 'AM12' and status = 'BEEINDIGD'")).isEqualTo(1);
    assertThat(aantal("select count(*) from bemiddeling.plaatsing where regiocode = 'AM12' and status = 'GESTART'")).isGreaterThanOrEqualTo(2);
    assertThat(aantal("""
        select count(*) from bemiddeling.nazorgcontact c join bemiddeling.plaatsing p on p.id = c.plaatsing_id
        where p.regiocode = 'AM12' and c.status = 'OPEN' and c.gepland_op < current_date""")).isPositive();
    assertThat(aantal("select count(*) from bemiddeling.matchingevent where regiocode = 'AM12'")).isEqualTo(1);
    assertThat(aantal("select count(*) from bemiddeling.belangstelling where matchingevent_id is not null and regiocode = 'AM12'")).isEqualTo(1);
    assertThat(aantal("""
        select count(*) from werkgever.profiel p join toegang.organisatie o on o.id = p.organisatie_id
        where o.naam like 'Nieuw Aangemeld %' and p.screening = 'NIET_GESCREEND'""")).isEqualTo(1);
  }

  private long aantal(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
