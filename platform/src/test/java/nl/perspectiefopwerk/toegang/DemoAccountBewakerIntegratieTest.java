package nl.perspectiefopwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.perspectiefopwerk.PlatformApplication;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Buiten het demoprofiel weigert het platform te starten op een database met demo-accounts. */
@PlatformTest
class DemoAccountBewakerIntegratieTest {

  @Autowired JdbcClient jdbc;

  @Test
  void zonderDemoprofielStartHetPlatformNietMetDemoAccounts() {
    assertThat(jdbc.sql("select count(*) from toegang.gebruiker where demo").query(Long.class).single()).isPositive();
    // Zelfde (gedeelde, ingebedde) database, maar nu zonder het profiel demo.
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(PlatformApplication.class)
                    .profiles("test")
                    .properties("server.port=0", "pow.referentiedata.bij-start=false")
                    .run()
                    .close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo-accounts")
        .hasMessageContaining("profiel 'demo' is niet actief");
  }
}
