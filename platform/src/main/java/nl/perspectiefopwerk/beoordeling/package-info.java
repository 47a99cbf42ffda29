/**
 * Beoordeling van doe-agenda's: de volledigheidstoets per onderdeel door het ondersteuningsteam (met
 * terugsturen), het advies van de stuurgroep op de vijf criteria in een stuurgroepvergadering, en het besluit
 * van het ministerie. Wie adviseert, besluit niet over hetzelfde plan. De goedkeuringsdatum start de looptijd.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beoordeling")
package nl.perspectiefopwerk.beoordeling;
