package nl.perspectiefopwerk.matching.domain;

/**
 * De gewichten van de scoreonderdelen, in hele punten (configuratie {@code pow.matching.gewichten.*}).
 * Alle scores zijn gehele getallen, zodat snelle index, referentie en toewijzing exact gelijk zijn.
 *
 * @param essentieleVaardigheid punten per gedekte essentiële vaardigheid van de werkplek
 * @param optioneleVaardigheid punten per gedekte optionele vaardigheid
 * @param beroepsprofiel punten per gedekte vaardigheid uit het beroepsprofiel: de essentiële ESCO-vaardigheden van het beroep van de
 *     werkplek die de werkgever niet zelf heeft gekozen
 * @param zelfdeBeroep ervaring in hetzelfde ESCO-beroep
 * @param zelfdeBeroepsgroep ervaring in dezelfde ISCO-eenheidsgroep (als het beroep zelf niet klopt)
 * @param afstand maximaal, bij afstand 0; lineair aflopend tot 0 op de maximale reisafstand van de kandidaat
 * @param uren bij genoeg uren; minder naarmate het tekort groter is (tot {@code urenMarge})
 * @param werkvorm bij de eerste voorkeur; de helft bij de tweede, een derde bij de derde
 * @param opleiding als de opleiding voldoet (de helft met alleen een startkwalificatie tot mbo 2)
 * @param instrumenten naar rato van de benodigde instrumenten die de werkgever aanbiedt
 * @param beschikbaarheid beschikbaar op de startdatum (de helft binnen 30 dagen erna)
 * @param urenMarge harde grens: zoveel uur per week mag de kandidaat minder beschikbaar zijn dan gevraagd
 */
public record Gewichten(
    int essentieleVaardigheid,
    int optioneleVaardigheid,
    int beroepsprofiel,
    int zelfdeBeroep,
    int zelfdeBeroepsgroep,
    int afstand,
    int uren,
    int werkvorm,
    int opleiding,
    int instrumenten,
    int beschikbaarheid,
    int urenMarge) {

  public static final Gewichten STANDAARD = new Gewichten(10, 4, 4, 30, 15, 20, 10, 10, 10, 5, 5, 4);

  /** Alleen vaardigheden tellen (zoals de Lucene-peer in de benchmark): de rest weegt 0. */
  public static final Gewichten ALLEEN_VAARDIGHEDEN = new Gewichten(10, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 4);

  public Gewichten {
    int[] alle = {essentieleVaardigheid, optioneleVaardigheid, beroepsprofiel, zelfdeBeroep, zelfdeBeroepsgroep, afstand, uren, werkvorm, opleiding,
        instrumenten, beschikbaarheid, urenMarge};
    for (int g : alle) {
      if (g < 0 || g > 10_000) throw new IllegalArgumentException("Een gewicht ligt tussen 0 en 10000, niet " + g);
    }
  }

  /** Het hoogste aantal punten buiten de vaardigheden: de bovengrens voor een kandidaat zonder gedeelde vaardigheid. */
  public int maxZonderVaardigheden() {
    return Math.max(zelfdeBeroep, zelfdeBeroepsgroep) + afstand + uren + werkvorm + opleiding + instrumenten + beschikbaarheid;
  }
}
