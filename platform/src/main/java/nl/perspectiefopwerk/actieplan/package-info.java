/**
 * Actieplan (doe-agenda): de negen onderdelen van het Kader, ambitie, activiteiten per pijler,
 * arrangementen, ondertekening met verklaringen a–c, contactpersoon en samenwerkingsovereenkomst; indienen
 * binnen het venster van de programmakalender, versies en herziening na goedkeuring. De beoordeling
 * (module beoordeling) zet de status via {@link nl.perspectiefopwerk.actieplan.ActieplanApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actieplan")
package nl.perspectiefopwerk.actieplan;
