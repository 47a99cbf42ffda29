package nl.perspectiefopwerk.toegang.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Beperkt inlogpogingen per gebruikersnaam: na {@code maximum} mislukte pogingen binnen het
 * venster is het account {@code blokkade} lang geblokkeerd (ASVS V6.3 / V2.2.1).
 */
@Component
public class InlogBeperking {

  private record Pogingen(int aantal, Instant eerste, Instant geblokkeerdTot) {}

  private final ConcurrentHashMap<String, Pogingen> pogingen = new ConcurrentHashMap<>();
  private final BeveiligingProperties.Inlogpogingen instellingen;
  private final Clock klok;

  @org.springframework.beans.factory.annotation.Autowired
  public InlogBeperking(BeveiligingProperties properties) {
    this(properties.inlogpogingen(), Clock.systemUTC());
  }

  private InlogBeperking(BeveiligingProperties.Inlogpogingen instellingen, Clock klok) {
    this.instellingen = instellingen;
    this.klok = klok;
  }

  /** Voor tests: met een eigen klok. */
  public static InlogBeperking metKlok(BeveiligingProperties.Inlogpogingen instellingen, Clock klok) {
    return new InlogBeperking(instellingen, klok);
  }

  public boolean isGeblokkeerd(String gebruikersnaam) {
    Pogingen p = pogingen.get(sleutel(gebruikersnaam));
    return p != null && p.geblokkeerdTot() != null && klok.instant().isBefore(p.geblokkeerdTot());
  }

  public void mislukt(String gebruikersnaam) {
    Instant nu = klok.instant();
    pogingen.compute(
        sleutel(gebruikersnaam),
        (k, p) -> {
          if (p == null || nu.isAfter(p.eerste().plus(instellingen.blokkade()))) {
            p = new Pogingen(0, nu, null);
          }
          int aantal = p.aantal() + 1;
          Instant tot = aantal >= instellingen.maximum() ? nu.plus(instellingen.blokkade()) : p.geblokkeerdTot();
          return new Pogingen(aantal, p.eerste(), tot);
        });
    if (pogingen.size() > 100_000) pogingen.clear(); // geheugen begrenzen bij een aanval op veel namen
  }

  public void gelukt(String gebruikersnaam) {
    pogingen.remove(sleutel(gebruikersnaam));
  }

  @EventListener
  void bijMislukking(AuthenticationFailureBadCredentialsEvent e) {
    mislukt(e.getAuthentication().getName());
  }

  @EventListener
  void bijSucces(AuthenticationSuccessEvent e) {
    gelukt(e.getAuthentication().getName());
  }

  private static String sleutel(String gebruikersnaam) {
    return gebruikersnaam == null ? "" : gebruikersnaam.trim().toLowerCase(Locale.ROOT);
  }
}
