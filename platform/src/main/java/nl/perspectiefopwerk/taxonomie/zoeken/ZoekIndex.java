package nl.perspectiefopwerk.taxonomie.zoeken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.perspectiefopwerk.taxonomie.ZoekResultaat;
import nl.perspectiefopwerk.taxonomie.ZoekResultaat.Overeenkomst;

/**
 * Onveranderlijke zoekindex over een voorkeursnaam en synoniemen per item.
 *
 * <p>Alle genormaliseerde labels staan achter elkaar in één string, gescheiden door {@code '\n'}
 * (dat na normalisatie nergens anders voorkomt). Een zoekopdracht is dus een reeks {@link
 * String#indexOf(String, int)} over één aaneengesloten tekst; per vindplaats zoekt een binaire
 * zoektocht het label en het item op. Rangorde per item: de beste vindplaats volgens (1) exact, begint
 * met, woord begint met, bevat (eerst als kern van een samenstelling: pijp<em>lasser</em>); (2) voorkeursnaam vóór synoniem; (3) korter label; (4) alfabetisch.
 *
 * <p>Thread-safe: na de bouw verandert niets meer.
 */
public final class ZoekIndex<T> {

  private static final int GEEN = Integer.MAX_VALUE;
  private static final int KLASSE = 21; // bitpositie van de klasse in een score
  private static final int SYNONIEM = 20; // bitpositie van "synoniem" in een score
  private static final int EMMERS = 10; // 5 klassen × voorkeursnaam/synoniem

  private final List<T> items; // alfabetisch op genormaliseerde naam
  private final String tekst;
  private final int[] labelBegin; // begin van elk label in tekst, oplopend
  private final int[] labelLengte;
  private final int[] labelItem; // index in items
  private final String[] labelOrigineel; // het synoniem zoals in de bron; null voor de voorkeursnaam
  private final int[] woordBegin; // elke plek waar een woord begint, gesorteerd op de tekst vanaf daar

  private ZoekIndex(List<T> items, String tekst, int[] begin, int[] lengte, int[] item, String[] origineel) {
    this.items = items;
    this.tekst = tekst;
    this.labelBegin = begin;
    this.labelLengte = lengte;
    this.labelItem = item;
    this.labelOrigineel = origineel;
    this.woordBegin = woordBegin(tekst);
  }

  /**
   * Alle woordbegins, gesorteerd op de tekst vanaf dat punt tot het labeleinde. Een prefix-zoektocht
   * daarin vindt in O(log n + treffers) elke vindplaats van de klassen exact, begint met en woord
   * begint met; genoeg voor typeahead zonder de hele tekst te scannen.
   */
  private static int[] woordBegin(String tekst) {
    List<Integer> plekken = new ArrayList<>();
    for (int p = 0; p < tekst.length(); p++) {
      char c = tekst.charAt(p);
      if (c != '\n' && (p == 0 || !Character.isLetterOrDigit(tekst.charAt(p - 1)))) plekken.add(p);
    }
    return plekken.stream()
        .sorted((a, b) -> vergelijkVanaf(tekst, a, b))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static int vergelijkVanaf(String tekst, int a, int b) {
    for (; ; a++, b++) {
      char x = tekst.charAt(a);
      char y = tekst.charAt(b);
      if (x != y) return Character.compare(x, y); // '\n' (labeleinde) komt vóór elke letter
      if (x == '\n') return 0;
    }
  }

  public static <T> ZoekIndex<T> leeg() {
    return new ZoekIndex<>(List.of(), "", new int[0], new int[0], new int[0], new String[0]);
  }

  public static <T> ZoekIndex<T> bouw(
      List<T> bron, Function<T, String> naam, Function<T, List<String>> synoniemen) {
    record Invoer<T>(T item, String sleutel) {}
    List<Invoer<T>> gesorteerd =
        bron.stream()
            .map(i -> new Invoer<>(i, Normalisatie.normaliseer(naam.apply(i))))
            .sorted(Comparator.comparing(Invoer<T>::sleutel))
            .toList();
    List<T> items = gesorteerd.stream().map(Invoer::item).toList();
    StringBuilder tekst = new StringBuilder(items.size() * 64);
    List<String> originelen = new ArrayList<>();
    int[] begin = new int[items.size() * 4 + 16];
    int[] lengte = new int[begin.length];
    int[] item = new int[begin.length];
    int n = 0;
    for (int i = 0; i < gesorteerd.size(); i++) {
      T t = gesorteerd.get(i).item();
      String voorkeur = gesorteerd.get(i).sleutel();
      List<String> labels = new ArrayList<>();
      List<String> origineel = new ArrayList<>();
      labels.add(voorkeur);
      origineel.add(null);
      List<String> alt = synoniemen.apply(t);
      for (String a : alt == null ? List.<String>of() : alt) {
        String s = Normalisatie.normaliseer(a);
        if (!s.isEmpty() && !labels.contains(s)) {
          labels.add(s);
          origineel.add(a.strip());
        }
      }
      for (int l = 0; l < labels.size(); l++) {
        if (n == begin.length) {
          begin = Arrays.copyOf(begin, n * 2);
          lengte = Arrays.copyOf(lengte, n * 2);
          item = Arrays.copyOf(item, n * 2);
        }
        begin[n] = tekst.length();
        lengte[n] = labels.get(l).length();
        item[n] = i;
        originelen.add(origineel.get(l));
        tekst.append(labels.get(l)).append('\n');
        n++;
      }
    }
    return new ZoekIndex<>(
        items,
        tekst.toString(),
        Arrays.copyOf(begin, n),
        Arrays.copyOf(lengte, n),
        Arrays.copyOf(item, n),
        originelen.toArray(String[]::new));
  }

  public int aantal() {
    return items.size();
  }

  /** Een deel van de treffers in rangorde, met het totaal aantal treffers. */
  public record Deel<T>(List<ZoekResultaat<T>> items, int totaal) {}

  /** Alle treffers in rangorde; zonder zoekterm alle items op naam. */
  public List<ZoekResultaat<T>> zoek(String zoekterm) {
    return zoek(zoekterm, 0, Integer.MAX_VALUE).items();
  }

  /**
   * De beste {@code max} treffers in rangorde; zonder zoekterm de eerste {@code max} op naam. Vult de
   * woordbegin-index het gevraagde aantal, dan is een volledige scan overbodig: een item dat alleen
   * midden in een woord overeenkomt, komt altijd na die treffers.
   */
  public List<ZoekResultaat<T>> zoek(String zoekterm, int max) {
    String q = Normalisatie.normaliseer(zoekterm);
    if (!q.isEmpty()) {
      Verzameling v = new Verzameling(q);
      int van = ondergrens(q);
      for (int k = van; k < woordBegin.length && tekst.startsWith(q, woordBegin[k]); k++) {
        v.treffer(labelBij(woordBegin[k]), woordBegin[k]);
      }
      if (v.gevonden >= max) return v.deel(0, max).items();
    }
    return zoek(zoekterm, 0, max).items();
  }

  /** Eerste plek in {@link #woordBegin} waarvan de tekst niet kleiner is dan {@code q}. */
  private int ondergrens(String q) {
    int laag = 0;
    int hoog = woordBegin.length;
    while (laag < hoog) {
      int midden = (laag + hoog) >>> 1;
      if (vergelijkMetZoekterm(woordBegin[midden], q) < 0) laag = midden + 1;
      else hoog = midden;
    }
    return laag;
  }

  private int vergelijkMetZoekterm(int pos, String q) {
    for (int i = 0; i < q.length(); i++) {
      char x = tekst.charAt(pos + i);
      char y = q.charAt(i);
      if (x != y) return Character.compare(x, y);
      // x == y kan nooit '\n' zijn: die komt in een zoekterm niet voor
    }
    return 0;
  }

  /**
   * Treffers {@code vanaf} tot {@code vanaf + aantal} in rangorde, plus het totaal. Alleen de
   * rangklassen die nodig zijn om dat deel te vullen worden gesorteerd.
   */
  public Deel<T> zoek(String zoekterm, int vanaf, int aantal) {
    String q = Normalisatie.normaliseer(zoekterm);
    if (q.isEmpty()) {
      List<ZoekResultaat<T>> deel =
          items.stream().skip(vanaf).limit(aantal).map(i -> new ZoekResultaat<>(i, Overeenkomst.GEEN_ZOEKTERM, (String) null)).toList();
      return new Deel<>(deel, items.size());
    }
    Verzameling v = new Verzameling(q);
    int label = 0;
    int pos = tekst.indexOf(q);
    while (pos >= 0) {
      // posities lopen op: schuif het label mee in plaats van binair te zoeken
      while (label + 1 < labelBegin.length && labelBegin[label + 1] <= pos) label++;
      int score = v.treffer(label, pos);
      // een latere vindplaats in hetzelfde label is hooguit "woord begint met": sla die dan over
      int volgende = (score >>> KLASSE) <= 2 ? labelBegin[label] + labelLengte[label] : pos + 1;
      pos = tekst.indexOf(q, volgende);
    }
    if (v.gevonden == 0 && q.indexOf(' ') > 0) return alleWoorden(q, vanaf, aantal);
    return v.deel(vanaf, aantal);
  }

  /** De beste vindplaats per item voor één zoekopdracht (alleen binnen die opdracht gebruikt). */
  private final class Verzameling {
    private final String q;
    private final int[] beste = new int[items.size()]; // per item de beste score; GEEN = geen treffer
    private final int[] besteLabel = new int[items.size()];
    private int[] volgorde = new int[64];
    private int gevonden;

    Verzameling(String q) {
      this.q = q;
      Arrays.fill(beste, GEEN);
    }

    int treffer(int label, int pos) {
      int score = score(label, pos, q.length());
      int i = labelItem[label];
      if (beste[i] == GEEN) {
        if (gevonden == volgorde.length) volgorde = Arrays.copyOf(volgorde, gevonden * 2);
        volgorde[gevonden++] = i;
      }
      if (score < beste[i]) {
        beste[i] = score;
        besteLabel[i] = label;
      }
      return score;
    }

    /** Emmers per (klasse, synoniem); sorteert alleen de emmers die het gevraagde deel vullen. */
    Deel<T> deel(int vanaf, int aantal) {
      int[] perEmmer = new int[EMMERS + 1];
      for (int k = 0; k < gevonden; k++) perEmmer[(beste[volgorde[k]] >>> SYNONIEM) + 1]++;
      long tot = Math.min((long) vanaf + aantal, gevonden);
      int emmers = 0;
      for (int som = 0; emmers < EMMERS && som < tot; emmers++) som += perEmmer[emmers + 1];
      int n = 0;
      for (int e = 0; e < emmers; e++) n += perEmmer[e + 1];
      long[] sleutels = new long[n];
      int k2 = 0;
      for (int k = 0; k < gevonden; k++) {
        int i = volgorde[k];
        if ((beste[i] >>> SYNONIEM) < emmers) sleutels[k2++] = ((long) beste[i] << 32) | i;
      }
      Arrays.sort(sleutels);
      List<ZoekResultaat<T>> resultaat = new ArrayList<>((int) Math.max(0, tot - vanaf));
      for (int k = vanaf; k < tot; k++) {
        int i = (int) sleutels[k];
        resultaat.add(new ZoekResultaat<>(items.get(i), overeenkomst(beste[i] >>> KLASSE), labelOrigineel[besteLabel[i]]));
      }
      return new Deel<>(resultaat, gevonden);
    }
  }

  /**
   * Score van een vindplaats: lager is beter. Bits: klasse (3) · synoniem (1) · labellengte (20).
   * Klassen: 0 exact, 1 begint met, 2 woord begint met, 3 bevat aan een woordeinde, 4 bevat.
   */
  private int score(int label, int pos, int lengte) {
    int begin = labelBegin[label];
    int klasse;
    if (pos == begin) {
      klasse = labelLengte[label] == lengte ? 0 : 1;
    } else if (!Character.isLetterOrDigit(tekst.charAt(pos - 1))) {
      klasse = 2;
    } else {
      // midden in een woord; eindigt de treffer het woord, dan is het meestal de kern van een
      // samenstelling (pijp|lasser) en dus relevanter dan een toevallige reeks (recLASSERing)
      klasse = Character.isLetterOrDigit(tekst.charAt(pos + lengte)) ? 4 : 3;
    }
    int synoniem = labelOrigineel[label] == null ? 0 : 1;
    return (klasse << KLASSE) | (synoniem << SYNONIEM) | Math.min(labelLengte[label], (1 << SYNONIEM) - 1);
  }

  private static Overeenkomst overeenkomst(int klasse) {
    return switch (klasse) {
      case 0 -> Overeenkomst.EXACT;
      case 1 -> Overeenkomst.BEGIN;
      case 2 -> Overeenkomst.WOORD;
      default -> Overeenkomst.BEVAT; // 3 en 4
    };
  }

  private int labelBij(int pos) {
    int i = Arrays.binarySearch(labelBegin, pos);
    return i >= 0 ? i : -i - 2;
  }

  /** Terugval bij meerdere woorden zonder treffer als geheel: elk woord komt in een label van het item voor. */
  private Deel<T> alleWoorden(String q, int vanaf, int aantal) {
    BitSet samen = null;
    for (String woord : q.split(" ")) {
      BitSet dit = new BitSet(items.size());
      for (int pos = tekst.indexOf(woord); pos >= 0; pos = tekst.indexOf(woord, pos + 1)) {
        dit.set(labelItem[labelBij(pos)]);
      }
      if (samen == null) samen = dit;
      else samen.and(dit);
      if (samen.isEmpty()) return new Deel<>(List.of(), 0);
    }
    List<ZoekResultaat<T>> resultaat = new ArrayList<>();
    int k = 0;
    for (int i = samen.nextSetBit(0); i >= 0 && resultaat.size() < aantal; i = samen.nextSetBit(i + 1), k++) {
      if (k >= vanaf) resultaat.add(new ZoekResultaat<>(items.get(i), Overeenkomst.ALLE_WOORDEN, null));
    }
    return new Deel<>(resultaat, samen.cardinality());
  }
}
