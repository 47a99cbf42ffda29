package nl.perspectiefopwerk.actieplan;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** De programmaklok: een eventuele {@link Clock}-bean, anders de systeemklok, eventueel verschoven. */
@Configuration(proxyBeanMethods = false)
class ProgrammaConfiguratie {

  @Bean
  Programmaklok programmaklok(ProgrammaProperties properties, ObjectProvider<Clock> klok) {
    return new Programmaklok(klok.getIfAvailable(Clock::systemUTC), properties.vandaag());
  }
}
