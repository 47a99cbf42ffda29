/**
 * Bemiddeling (de matchingsroute): een werkgever of bemiddelaar toont belangstelling voor een anoniem
 * profiel voor een werkplek; het regioloket legt het antwoord van de kandidaat vast (alleen een "ja" met
 * toestemming voor identiteitsvrijgave maakt de kandidaat bekend bij die werkgever), plant het eerste
 * gesprek en legt de uitkomst vast. De koppeling profielcode → kandidaat blijft in de module kandidaat.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bemiddeling")
package nl.perspectiefopwerk.bemiddeling;
