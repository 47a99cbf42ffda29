package nl.perspectiefopwerk.dashboard;

/**
 * Eén tranche van één regio.
 *
 * @param circulaire bijvoorbeeld "september 2019" of "december 2019"; null als nog niet toegekend
 * @param tranche 1 of 2
 * @param status sleutel van de status (bijv. TOEGEKEND, BETAALD, GEWEIGERD)
 */
public record GeldFeit(String regiocode, String circulaire, int tranche, String status, long bedragCent) {}
