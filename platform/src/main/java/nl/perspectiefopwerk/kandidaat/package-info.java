/**
 * Kandidaat (aanbod): intake door gemeente en UWV, werkfitbeoordeling, het toestemmingenregister
 * en het anonieme regionale bestand waarin werkgevers en bemiddelaars zoeken. Identiteit blijft
 * bij de eigen organisatie, het regioloket en de kandidaat zelf; elke inzage wordt vastgelegd.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kandidaat")
package nl.perspectiefopwerk.kandidaat;
