package nl.perspectiefopwerk.kandidaat.importeren;

import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import org.springframework.security.access.AccessDeniedException;

/**
 * Wie importeert: een gemeente of UWV. Bepaalt de bron waaronder de externe nummers vallen, zodat
 * een import per bron en extern nummer idempotent is.
 *
 * @param door gebruikersnaam of {@code api:<client-id>}, voor de vastlegging
 */
public record Importeur(UUID organisatie, OrganisatieType type, String door) {

  public Importeur {
    Objects.requireNonNull(organisatie, "organisatie");
    if (type != OrganisatieType.GEMEENTE && type != OrganisatieType.UWV) {
      throw new AccessDeniedException("Alleen een gemeente of UWV importeert kandidaten.");
    }
  }

  /** "uwv" of "gemeente:&lt;organisatie-id&gt;", zoals bij de intake. */
  public String bron() {
    return type == OrganisatieType.UWV ? "uwv" : "gemeente:" + organisatie;
  }
}
