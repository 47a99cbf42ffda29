package nl.perspectiefopwerk.regio;

/** Een PC4-gebied met centroïde, gemeente en arbeidsmarktregio. */
public record PostcodeGebied(String pc4, String plaats, double lat, double lon, GemeenteRef gemeente, RegioRef regio) {}
