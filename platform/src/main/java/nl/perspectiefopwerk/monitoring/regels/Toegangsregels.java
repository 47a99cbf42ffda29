package nl.perspectiefopwerk.monitoring.regels;

import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.security.access.AccessDeniedException;

/** Wie wat mag in monitoring: de regiocoördinator alleen de eigen regio, de landelijke programmarollen alles (lezen). */
public final class Toegangsregels {

  private Toegangsregels() {}

  public static boolean landelijk(HuidigeGebruiker g) {
    return g.rol() == Rol.ONDERSTEUNINGSTEAM || g.rol() == Rol.STUURGROEP || g.rol() == Rol.MINISTERIE || g.rol() == Rol.EVALUATOR;
  }

  /** Mag deze gebruiker de gegevens van deze regio lezen? */
  public static void magRegioLezen(HuidigeGebruiker g, String regiocode) {
    if (landelijk(g)) return;
    if (g.rol() == Rol.REGIOCOORDINATOR && g.werktInRegio(regiocode)) return;
    throw new AccessDeniedException("Geen toegang tot de voortgang van deze regio");
  }

  public static void vereis(HuidigeGebruiker g, Rol... rollen) {
    for (Rol r : rollen) if (g.rol() == r) return;
    throw new AccessDeniedException("Niet toegestaan voor deze rol");
  }
}
