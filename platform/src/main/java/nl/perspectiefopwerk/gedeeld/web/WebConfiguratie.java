package nl.perspectiefopwerk.gedeeld.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Nederlands is de standaard; {@code ?lang=en} schakelt naar Engels en onthoudt dat in een cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguratie implements WebMvcConfigurer {

  static final Locale NEDERLANDS = Locale.of("nl");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("POW_TAAL");
    resolver.setDefaultLocale(NEDERLANDS);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor taal = new LocaleChangeInterceptor();
    taal.setParamName("lang");
    taal.setIgnoreInvalidLocale(true);
    registry.addInterceptor(taal);
  }
}
