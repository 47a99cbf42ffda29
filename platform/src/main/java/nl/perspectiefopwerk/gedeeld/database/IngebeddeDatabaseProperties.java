package nl.perspectiefopwerk.gedeeld.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * De ingebedde PostgreSQL die start als er geen {@code spring.datasource.url} is ingesteld.
 *
 * @param map datamap; blijft bewaard tussen herstarts. Leeg = tijdelijke map (tests).
 * @param poort TCP-poort; 0 = een vrije poort.
 */
@ConfigurationProperties("pow.database.ingebed")
public record IngebeddeDatabaseProperties(
    @DefaultValue("data/postgres") String map, @DefaultValue("54329") int poort) {}
