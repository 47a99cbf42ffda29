/**
 * Monitoring: landelijke bijeenkomsten met aanwezigheid en inbreng per regio, stuurgroepvergaderingen,
 * bestuurlijk overleg, periodieke voortgangsrapportages, voortgangsgesprekken van het ondersteuningsteam en
 * verlenging van het programma. Dashboards komen hier later bij; de bijeenkomsten staan in {@code bijeenkomst},
 * de voortgang in {@code voortgang}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package nl.perspectiefopwerk.monitoring;
