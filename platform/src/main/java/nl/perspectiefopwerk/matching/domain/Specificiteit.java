package nl.perspectiefopwerk.matching.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Hoe onderscheidend een vaardigheid is, als percentage van het gewicht: een vaardigheid die ESCO aan
 * weinig beroepen koppelt (bijv. "lassen met TIG") zegt meer over geschiktheid dan een die bij honderden
 * beroepen hoort (bijv. "Engels spreken"). Het percentage is vast per vaardigheid, afgeleid uit de
 * ESCO-relaties beroep–vaardigheid, en dus uitlegbaar en onafhankelijk van wie er toevallig in het bestand
 * staat:
 *
 * <pre>procent(v) = begrensd(100 · ln(N / n(v)) / ln(N / REFERENTIE), MIN, MAX)</pre>
 *
 * met N het aantal beroepen, n(v) het aantal beroepen dat v essentieel of optioneel noemt (minstens 1) en
 * {@value #REFERENTIE} het aantal beroepen waarbij een vaardigheid precies 100 % weegt. De punten voor een
 * gedekte vaardigheid zijn {@code gewicht · procent / 100}, afgerond naar beneden ({@link #punten}); de
 * index, de referentie en de uitleg gebruiken alle drie deze ene methode, zodat de scores exact gelijk zijn.
 */
public final class Specificiteit {

  /** Bij zoveel beroepen weegt een vaardigheid precies het ingestelde gewicht. */
  public static final int REFERENTIE = 20;

  public static final int MIN = 25;
  public static final int MAX = 200;

  /** Vaardigheden die vanaf dit percentage in de uitleg "specifiek" heten. */
  public static final int SPECIFIEK = 130;

  /** Elke vaardigheid weegt 100 %: de score zonder specificiteit. */
  public static final Specificiteit GELIJK = new Specificiteit(Map.of(), 100);

  private final Map<String, Integer> procent;
  private final int onbekend;

  private Specificiteit(Map<String, Integer> procent, int onbekend) {
    this.procent = procent;
    this.onbekend = onbekend;
  }

  /**
   * Uit de ESCO-relaties.
   *
   * @param beroepenPerVaardigheid vaardigheid → aantal beroepen dat haar noemt
   * @param aantalBeroepen N; een vaardigheid die geen beroep noemt (zelf opgegeven, ongebruikelijk) krijgt
   *     het percentage van een vaardigheid bij één beroep
   */
  public static Specificiteit uitEsco(Map<String, Integer> beroepenPerVaardigheid, long aantalBeroepen) {
    return uitEsco(beroepenPerVaardigheid, aantalBeroepen, REFERENTIE, MIN, MAX);
  }

  /** Zoals {@link #uitEsco(Map, long)} met andere constanten (voor de gevoeligheidsanalyse in de benchmark). */
  public static Specificiteit uitEsco(Map<String, Integer> beroepenPerVaardigheid, long aantalBeroepen, int referentie, int min, int max) {
    if (aantalBeroepen <= referentie) return GELIJK; // te weinig beroepen om iets te onderscheiden
    double noemer = Math.log((double) aantalBeroepen / referentie);
    Map<String, Integer> p = new HashMap<>(beroepenPerVaardigheid.size() * 2);
    beroepenPerVaardigheid.forEach((v, n) -> p.put(v, procent(aantalBeroepen, Math.max(1, n), noemer, min, max)));
    return new Specificiteit(Map.copyOf(p), procent(aantalBeroepen, 1, noemer, min, max));
  }

  private static int procent(long aantalBeroepen, int n, double noemer, int min, int max) {
    long p = Math.round(100 * Math.log((double) aantalBeroepen / n) / noemer);
    return (int) Math.max(min, Math.min(max, p));
  }

  /** Het percentage van deze vaardigheid (tussen {@value #MIN} en {@value #MAX}; 100 bij {@link #GELIJK}). */
  public int procent(String vaardigheid) {
    return procent.getOrDefault(vaardigheid, onbekend);
  }

  /** De punten voor een gedekte vaardigheid met dit gewicht (essentieel of optioneel). */
  public int punten(int gewicht, String vaardigheid) {
    return gewicht * procent(vaardigheid) / 100;
  }

  public boolean isSpecifiek(String vaardigheid) {
    return procent(vaardigheid) >= SPECIFIEK;
  }

  /** Het aantal vaardigheden met een eigen percentage (0 bij {@link #GELIJK}). */
  public int aantal() {
    return procent.size();
  }
}
