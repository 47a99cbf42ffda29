/**
 * Taxonomie: ESCO v1.1.1-beroepen (Nederlandse namen en synoniemen), vaardigheden (nog Engels),
 * de relaties beroep → vaardigheid (essentieel of optioneel) en de ISCO-groepen; import uit de
 * officiële ESCO-bestanden en een snelle zoekindex in het geheugen voor typeahead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomie")
package nl.perspectiefopwerk.taxonomie;
