package nl.perspectiefopwerk.matching.domain;

import java.util.Arrays;

/**
 * Min-cost flow met opeenvolgende kortste paden (successive shortest path): vanuit een knoop met
 * overschot Dijkstra op gereduceerde kosten tot de eerste knoop met tekort, dan augmenteren. Dijkstra
 * stopt vroeg (zoals Jonker–Volgenant): alleen de afgehandelde knopen krijgen een nieuwe potentiaal, dus
 * een augmentatie kost meestal maar een paar honderd bogen. Kosten moeten bij de start ≥ 0 zijn (dan is
 * potentiaal 0 geldig); alle getallen zijn geheel, zodat het optimum exact vergelijkbaar is met OR-Tools.
 */
public final class MinKostenStroom {

  private int knopen;
  private int bogen;
  private int[] van = new int[16];
  private int[] naar = new int[16];
  private int[] capaciteit = new int[16];
  private long[] kosten = new long[16];
  private final int[] aanbod;

  // Restnetwerk: boog 2i is voorwaarts, 2i+1 terug.
  private int[] restCap;
  private long[] potentiaal;
  private int[] uitStart;
  private int[] uitBogen;

  public MinKostenStroom(int knopen) {
    this.knopen = knopen;
    this.aanbod = new int[knopen];
  }

  /** Voegt een boog toe en geeft het nummer terug. */
  public int voegBoogToe(int a, int b, int cap, long kost) {
    if (kost < 0) throw new IllegalArgumentException("Kosten moeten >= 0 zijn");
    if (bogen == van.length) {
      int n = bogen * 2;
      van = Arrays.copyOf(van, n);
      naar = Arrays.copyOf(naar, n);
      capaciteit = Arrays.copyOf(capaciteit, n);
      kosten = Arrays.copyOf(kosten, n);
    }
    van[bogen] = a;
    naar[bogen] = b;
    capaciteit[bogen] = cap;
    kosten[bogen] = kost;
    return bogen++;
  }

  /** Positief: aanbod; negatief: vraag. */
  public void zetAanbod(int knoop, int waarde) {
    aanbod[knoop] = waarde;
  }

  public int aantalBogen() {
    return bogen;
  }

  public int aantalKnopen() {
    return knopen;
  }

  public int van(int boog) {
    return van[boog];
  }

  public int naar(int boog) {
    return naar[boog];
  }

  public int capaciteit(int boog) {
    return capaciteit[boog];
  }

  public long kosten(int boog) {
    return kosten[boog];
  }

  public int aanbod(int knoop) {
    return aanbod[knoop];
  }

  /**
   * De potentiaal van een knoop na {@link #los()}: voor elke boog u→v met restcapaciteit geldt
   * kosten + π(u) − π(v) ≥ 0 (het optimaliteitsbewijs; de toewijzing gebruikt dit om te bewijzen dat
   * weggesnoeide bogen het optimum niet verbeteren).
   */
  public long potentiaal(int knoop) {
    return potentiaal[knoop];
  }

  /** De stroom over een boog na {@link #los()}. */
  public int stroom(int boog) {
    return restCap[2 * boog + 1];
  }

  /**
   * Lost op. Geeft de minimale totale kosten; gooit {@link IllegalStateException} als het aanbod niet
   * volledig naar de vraag kan.
   */
  public long los() {
    int m = bogen;
    restCap = new int[2 * m];
    uitStart = new int[knopen + 1];
    for (int i = 0; i < m; i++) {
      restCap[2 * i] = capaciteit[i];
      uitStart[van[i] + 1]++;
      uitStart[naar[i] + 1]++;
    }
    for (int v = 0; v < knopen; v++) uitStart[v + 1] += uitStart[v];
    uitBogen = new int[2 * m];
    int[] vul = Arrays.copyOf(uitStart, knopen);
    for (int i = 0; i < m; i++) {
      uitBogen[vul[van[i]]++] = 2 * i;
      uitBogen[vul[naar[i]]++] = 2 * i + 1;
    }
    // Per knoop: doel en gereduceerde kosten via de arrays hieronder (sneller dan steeds herleiden).
    int[] doelVan = new int[2 * m];
    long[] kostVan = new long[2 * m];
    for (int i = 0; i < m; i++) {
      doelVan[2 * i] = naar[i];
      doelVan[2 * i + 1] = van[i];
      kostVan[2 * i] = kosten[i];
      kostVan[2 * i + 1] = -kosten[i];
    }
    int[] overschot = Arrays.copyOf(aanbod, knopen);
    long[] pot = new long[knopen];
    long[] afstand = new long[knopen];
    int[] stempel = new int[knopen];
    int[] klaar = new int[knopen];
    int[] via = new int[knopen];
    int[] afgehandeld = new int[knopen];
    int tijdperk = 0;
    LongHeap heap = new LongHeap(knopen);
    long totaal = 0;
    for (int s = 0; s < knopen; s++) {
      while (overschot[s] > 0) {
        tijdperk++;
        heap.leeg();
        int aantalAf = 0;
        stempel[s] = tijdperk;
        afstand[s] = 0;
        via[s] = -1;
        heap.voegToe(0, s);
        int t = -1;
        while (!heap.isLeeg()) {
          long d = heap.minSleutel();
          int u = heap.neemMin();
          if (klaar[u] == tijdperk || d > afstand[u]) continue;
          klaar[u] = tijdperk;
          afgehandeld[aantalAf++] = u;
          if (overschot[u] < 0) {
            t = u;
            break;
          }
          long pu = pot[u];
          for (int i = uitStart[u], eind = uitStart[u + 1]; i < eind; i++) {
            int a = uitBogen[i];
            if (restCap[a] == 0) continue;
            int v = doelVan[a];
            if (klaar[v] == tijdperk) continue;
            long nd = d + kostVan[a] + pu - pot[v];
            if (stempel[v] != tijdperk || nd < afstand[v]) {
              stempel[v] = tijdperk;
              afstand[v] = nd;
              via[v] = a;
              heap.voegToe(nd, v);
            }
          }
        }
        if (t < 0) throw new IllegalStateException("Onhaalbaar: aanbod van knoop " + s + " kan de vraag niet bereiken");
        long dt = afstand[t];
        for (int i = 0; i < aantalAf; i++) {
          int v = afgehandeld[i];
          pot[v] += afstand[v] - dt;
        }
        int delta = Math.min(overschot[s], -overschot[t]);
        for (int v = t; v != s; v = doelVan[via[v] ^ 1]) delta = Math.min(delta, restCap[via[v]]);
        for (int v = t; v != s; v = doelVan[via[v] ^ 1]) {
          int a = via[v];
          restCap[a] -= delta;
          restCap[a ^ 1] += delta;
          totaal += delta * kostVan[a];
        }
        overschot[s] -= delta;
        overschot[t] += delta;
      }
    }
    for (int v = 0; v < knopen; v++) {
      if (overschot[v] != 0) throw new IllegalStateException("Onhaalbaar: vraag van knoop " + v + " blijft open");
    }
    potentiaal = pot;
    return totaal;
  }

  /** Binaire min-heap op (sleutel, knoop) met lui verwijderen. */
  private static final class LongHeap {
    private long[] sleutel;
    private int[] knoop;
    private int n;

    LongHeap(int capaciteit) {
      sleutel = new long[Math.max(16, capaciteit)];
      knoop = new int[sleutel.length];
    }

    void leeg() {
      n = 0;
    }

    boolean isLeeg() {
      return n == 0;
    }

    long minSleutel() {
      return sleutel[0];
    }

    void voegToe(long s, int k) {
      if (n == sleutel.length) {
        sleutel = Arrays.copyOf(sleutel, n * 2);
        knoop = Arrays.copyOf(knoop, n * 2);
      }
      int i = n++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (sleutel[p] <= s) break;
        sleutel[i] = sleutel[p];
        knoop[i] = knoop[p];
        i = p;
      }
      sleutel[i] = s;
      knoop[i] = k;
    }

    int neemMin() {
      int uit = knoop[0];
      n--;
      if (n > 0) {
        long s = sleutel[n];
        int k = knoop[n];
        int i = 0;
        while (true) {
          int c = 2 * i + 1;
          if (c >= n) break;
          if (c + 1 < n && sleutel[c + 1] < sleutel[c]) c++;
          if (sleutel[c] >= s) break;
          sleutel[i] = sleutel[c];
          knoop[i] = knoop[c];
          i = c;
        }
        sleutel[i] = s;
        knoop[i] = k;
      }
      return uit;
    }
  }
}
