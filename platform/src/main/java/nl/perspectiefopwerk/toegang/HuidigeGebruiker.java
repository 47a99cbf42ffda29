package nl.perspectiefopwerk.toegang;

import java.util.List;

/**
 * De ingelogde gebruiker met rol, organisatie en regioscope: de basis voor elke toegangsbeslissing
 * (RBAC op rol, ABAC op regio en organisatie). Kandidaten hebben geen organisatie (null) maar wel
 * een regio.
 */
public record HuidigeGebruiker(
    GebruikerId id,
    String gebruikersnaam,
    String naam,
    Rol rol,
    OrganisatieId organisatieId,
    String organisatieNaam,
    OrganisatieType organisatieType,
    List<String> regiocodes) {

  public HuidigeGebruiker {
    regiocodes = List.copyOf(regiocodes);
  }

  public boolean isNationaal() {
    return rol.isNationaal();
  }

  /** Mag deze gebruiker in deze regio werken? Nationale rollen: alleen geaggregeerd, elders bepaald. */
  public boolean werktInRegio(String regiocode) {
    return regiocodes.contains(regiocode);
  }

  /** De eerste (meestal enige) regio, of null voor een landelijke gebruiker. */
  public String hoofdregio() {
    return regiocodes.isEmpty() ? null : regiocodes.getFirst();
  }
}
