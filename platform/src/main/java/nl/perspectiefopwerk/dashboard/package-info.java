/**
 * Dashboards en rapportages van de monitoring: afgeleide cijfers (pure functies) uit de feiten die de
 * andere modules vastleggen, landelijk en per regio, met exports. Een eigen module naast {@code
 * monitoring} (bijeenkomsten, voortgang), omdat financiering en beoordeling die feiten gebruiken en de
 * dashboards op hun beurt financiering en beoordeling lezen: samen zou dat een cyclus zijn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package nl.perspectiefopwerk.dashboard;
