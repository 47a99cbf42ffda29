/**
 * Audit: het logboek dataverwerkingen. Elke inzage in en wijziging van persoonsgegevens wordt
 * vastgelegd (wie, organisatie, rol, welk record, doel, tijd); alleen toevoegen, nooit wijzigen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.perspectiefopwerk.audit;
