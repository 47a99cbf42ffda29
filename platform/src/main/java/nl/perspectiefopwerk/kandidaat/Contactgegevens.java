package nl.perspectiefopwerk.kandidaat;

/** Wat een werkgever met toestemming van de kandidaat van hem te zien krijgt. */
public record Contactgegevens(String naam, String email, String telefoon) {}
