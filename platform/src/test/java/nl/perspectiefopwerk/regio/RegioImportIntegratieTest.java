package nl.perspectiefopwerk.regio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataBron;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** De import van regio's, gemeenten en postcodes: tellingen, idempotentie, afgekeurde rijen, handmatige keuzes. */
@PlatformTest
class RegioImportIntegratieTest {

  @Autowired List<ReferentiedataBron> bronnen;
  @Autowired ReferentiedataProperties properties;
  @Autowired JdbcClient jdbc;
  @Autowired RegioApi regio;

  ReferentiedataBron regioBron() {
    return bronnen.stream().filter(b -> b.naam().equals("regio")).findFirst().orElseThrow();
  }

  Path officieleMap() {
    return properties.gevondenMap().orElseThrow(() -> new AssertionError("../shared/reference-data ontbreekt"));
  }

  long aantal(String tabel) {
    return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
  }

  @Test
  void deOfficieleBestandenGevenDeVerwachteAantallen() {
    assertThat(aantal("regio.arbeidsmarktregio")).isEqualTo(35);
    assertThat(aantal("regio.gemeente")).isEqualTo(342);
    assertThat(aantal("regio.postcode")).isEqualTo(4064);
    assertThat(regio.regios()).allSatisfy(r -> assertThat(r.aantalGemeenten()).isPositive());
  }

  @Test
  void tweeKeerImporterenGeeftDezelfdeStand() {
    var eerst = jdbc.sql("select md5(string_agg(pc4 || plaats || gemeentecode || regiocode, ',' order by pc4)) from regio.postcode").query(String.class).single();
    var r = regioBron().importeer(officieleMap(), (m, g, t) -> {});
    assertThat(r.meldingen()).isEmpty();
    var daarna = jdbc.sql("select md5(string_agg(pc4 || plaats || gemeentecode || regiocode, ',' order by pc4)) from regio.postcode").query(String.class).single();
    assertThat(daarna).isEqualTo(eerst);
    assertThat(aantal("regio.gemeente")).isEqualTo(342);
  }

  @Test
  void eenFouteRijWordtMetRegelnummerGemeldEnDeRestBlijftConsistent(@TempDir Path map) throws IOException {
    kopieer(map, "cbs/arbeidsmarktregios_2025.csv", "cbs/arbeidsmarktregio_gemeente_2026.json", "cbs/gemeenten_2026.csv");
    List<String> regels = Files.readAllLines(officieleMap().resolve("geo/pc4_2026.csv"), StandardCharsets.UTF_8);
    regels.set(3, "1013,Amsterdam,niet-een-getal,4.89,GM0363,AM18,gemeentecode"); // regel 4 van het bestand
    regels.set(5, "1015,Amsterdam,52.37,4.88,GM9999,AM18,gemeentecode"); // regel 6: onbekende gemeente
    Files.createDirectories(map.resolve("geo"));
    Files.write(map.resolve("geo/pc4_2026.csv"), regels, StandardCharsets.UTF_8);

    var r = regioBron().importeer(map, (m, g, t) -> {});
    assertThat(r.meldingen())
        .anySatisfy(m -> assertThat(m).contains("pc4_2026.csv regel 4").contains("lat"))
        .anySatisfy(m -> assertThat(m).contains("pc4_2026.csv regel 6").contains("GM9999"));
    assertThat(aantal("regio.postcode")).isEqualTo(4062);

    // De officiële bestanden opnieuw: alles weer compleet.
    regioBron().importeer(officieleMap(), (m, g, t) -> {});
    assertThat(aantal("regio.postcode")).isEqualTo(4064);
  }

  @Test
  void eenHandmatigGekozenCentrumgemeenteBlijftNaImport() {
    Regiocode drenthe = new Regiocode("AM03");
    Arbeidsmarktregio voor = regio.regio(drenthe).orElseThrow();
    assertThat(voor.opmerking()).isEqualTo("te verifieren");
    Arbeidsmarktregio na = regio.wijzigCentrumgemeente(drenthe, "GM0118", voor.versie(), "beheerder@nl"); // Hoogeveen
    assertThat(na.centrumgemeente().naam()).isEqualTo("Hoogeveen");
    assertThat(na.opmerking()).isNull();

    regioBron().importeer(officieleMap(), (m, g, t) -> {});
    assertThat(regio.regio(drenthe).orElseThrow().centrumgemeente().code()).isEqualTo("GM0118");

    assertThatThrownBy(() -> regio.wijzigCentrumgemeente(drenthe, "GM0114", voor.versie(), "iemand@nl"))
        .isInstanceOf(GelijktijdigGewijzigdException.class)
        .hasMessageContaining("intussen gewijzigd");
  }

  private void kopieer(Path doel, String... bestanden) throws IOException {
    for (String b : bestanden) {
      Files.createDirectories(doel.resolve(b).getParent());
      Files.copy(officieleMap().resolve(b), doel.resolve(b));
    }
  }
}
