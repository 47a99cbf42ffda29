package nl.perspectiefopwerk.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.perspectiefopwerk.PlatformApplication;
import nl.perspectiefopwerk.gedeeld.referentiedata.ImportStatus;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataImport;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Zonder referentiedatamap start het platform toch: met de ingebouwde regio's en een duidelijke melding. */
class ZonderReferentiedataIntegratieTest {

  @Test
  void startMetIngebouwdeRegiosEnMeldtWatOntbreekt(@TempDir Path database, @TempDir Path leeg) {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(PlatformApplication.class)
            .profiles("demo", "test")
            // als opdrachtregelargumenten: die gaan vóór de systeemeigenschap uit de Maven-build
            .run(
                "--server.port=0",
                "--pow.database.ingebed.map=" + database.resolve("pg"),
                "--pow.database.ingebed.poort=0",
                "--pow.referentiedata.map=" + leeg.resolve("bestaat-niet"))) {
      RegioApi regio = app.getBean(RegioApi.class);
      assertThat(regio.regios()).hasSize(35);
      assertThat(regio.regio(new Regiocode("AM25")).orElseThrow().centrumgemeente().naam()).isEqualTo("Breda");
      assertThat(regio.regio(new Regiocode("AM25")).orElseThrow().bron()).isEqualTo("ingebouwd");
      assertThat(regio.gemeenten(new Regiocode("AM25"))).isEmpty();
      assertThat(app.getBean(ReferentiedataImport.class).status())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.toestand()).isEqualTo(ImportStatus.Toestand.ONTBREEKT));
    }
  }
}
