package nl.perspectiefopwerk.leren;

import java.util.List;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Testhulp: de demogebruiker zoals de applicatie hem na inloggen ziet (rol, organisatie, regio uit de database). */
public final class Als {

  private Als() {}

  public static HuidigeGebruiker gebruiker(ToegangApi toegang, String gebruikersnaam) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruikersnaam, null, List.of()));
    try {
      return toegang.huidigeGebruiker().orElseThrow(() -> new IllegalStateException("Geen demogebruiker " + gebruikersnaam));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
