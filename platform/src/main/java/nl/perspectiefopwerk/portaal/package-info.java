/**
 * Portaal: de schil om alle pagina's heen — startpagina per rol, navigatie per rol, de kop met
 * gebruiker, rol en regio, en de informatiepagina's (over, API).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portaal")
package nl.perspectiefopwerk.portaal;
