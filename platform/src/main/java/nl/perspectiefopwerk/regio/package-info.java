/**
 * Regio: de arbeidsmarktregio's (CBS-codes AM01…AM38), gemeenten, PC4-postcodegebieden met
 * centroïde en de centrumgemeente; import uit de officiële CBS- en GeoNames-bestanden.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regio")
package nl.perspectiefopwerk.regio;
