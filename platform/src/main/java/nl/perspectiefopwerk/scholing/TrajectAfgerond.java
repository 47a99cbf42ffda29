package nl.perspectiefopwerk.scholing;

/** Een traject is afgerond of gestopt; monitoring kan er verklaringen en certificaten mee tellen. */
public record TrajectAfgerond(TrajectId traject, String regiocode, Trajecttype type, Opleidingsuitkomst uitkomst) {}
