package nl.perspectiefopwerk.financiering;

import java.util.List;

/** De tweede tranche is geweigerd; de niet-vervulde voorwaarden erbij. */
public record TrancheGeweigerd(String regiocode, int nummer, List<Voorwaarde> nietVoldaan, String reden) {}
