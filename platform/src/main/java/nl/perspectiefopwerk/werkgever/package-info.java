/**
 * Werkgever (vraag): het profiel van een werkgever (KvK, sector, contactpersoon, erkend leerbedrijf,
 * begeleidingscapaciteit) en zijn werkplekken met ESCO-beroep, vaardigheden, eisen, aanpassingen en
 * geaccepteerde instrumenten. De werkgever beheert de eigen werkplekken; het regioloket ziet die van
 * de regio en maakt ze namens een werkgever aan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Werkgever")
package nl.perspectiefopwerk.werkgever;
