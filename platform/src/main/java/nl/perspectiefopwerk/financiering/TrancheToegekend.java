package nl.perspectiefopwerk.financiering;

/** Een tranche is toegekend aan een regio, in een circulaire. */
public record TrancheToegekend(String regiocode, int nummer, long bedragCent, Circulaire circulaire) {}
