package nl.perspectiefopwerk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Integratietest op de hele applicatie met een echte (ingebedde) PostgreSQL in een tijdelijke
 * datamap, de echte referentiedata uit ../shared/reference-data en de demodata. Alle tests met
 * deze annotatie delen één Spring-context, dus één database en één import.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
public @interface PlatformTest {}
