package nl.perspectiefopwerk.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;

/**
 * De compacte index in het geheugen: per regio (of per gekozen pool) een deel met kolommen van
 * primitieve arrays, vaardigheden als int-ids in CSR-vorm en postinglijsten per vaardigheid.
 *
 * <p>Een zoekvraag telt eerst via de postinglijsten de vaardigheidspunten op (alleen kandidaten die
 * minstens één vaardigheid delen), beoordeelt die volledig met een vaste top-k-heap, en loopt daarna
 * alleen de rest van de regio af als de overige onderdelen samen ({@link Gewichten#maxZonderVaardigheden})
 * nog genoeg kunnen opleveren om de heap te halen. Gelijke scores: kleinste id eerst.
 *
 * <p>Bijwerken: verwijderen (intrekken toestemming, plaatsing) is één bit en direct zichtbaar; een nieuw of
 * gewijzigd profiel gaat los in de aanvulling van zijn regio ({@link #werkKandidaatBij}), een importgolf bouwt het
 * deel van de regio opnieuw op ({@link #zetKandidaten}); deel en aanvulling wisselen samen, atomair.
 */
public final class Matchindex {

  private static final int MBO2 = Opleidingsniveau.MBO2.ordinal();
  /** Hoe vaak een zoekvraag hoogstens een drempel θ bepaalt (elke poging kost één gang over de geraakte documenten). */
  private static final int POGINGEN = 10;

  private final Gewichten g;
  private final boolean zwaarDicht;
  private final Locaties locaties;
  private volatile Specificiteit specificiteit;
  private final Woordenboek vaardigheden = new Woordenboek();
  private final Woordenboek beroepen = new Woordenboek();
  private final Woordenboek isco = new Woordenboek();
  /** Per deel (regio of pool) het opgebouwde deel plus de aanvulling met sinds de opbouw bijgewerkte kandidaten. */
  private final Map<String, Delen> kandidatenDelen = new ConcurrentHashMap<>();
  private final Map<String, WerkplekkenDeel> werkplekkenDelen = new ConcurrentHashMap<>();
  private final Map<UUID, Plek<KandidatenDeel>> kandidaatPlek = new ConcurrentHashMap<>();
  private final Map<UUID, Plek<WerkplekkenDeel>> werkplekPlek = new ConcurrentHashMap<>();
  private final ThreadLocal<Kladblok> kladblok = ThreadLocal.withInitial(Kladblok::new);

  public Matchindex(Gewichten gewichten, Locaties locaties, Specificiteit specificiteit) {
    this(gewichten, locaties, specificiteit, true);
  }

  /**
   * @param zwaarDicht true (standaard): een zware vraag (postings samen minstens een kwart van het deel) telt meteen dicht
   *     op; false: elke vraag loopt de termen af met MaxScore (zelfde resultaat; voor differentiële tests van die weg)
   */
  public Matchindex(Gewichten gewichten, Locaties locaties, Specificiteit specificiteit, boolean zwaarDicht) {
    this.g = gewichten;
    this.locaties = locaties;
    this.specificiteit = specificiteit;
    this.zwaarDicht = zwaarDicht;
  }

  public Gewichten gewichten() {
    return g;
  }

  public Specificiteit specificiteit() {
    return specificiteit;
  }

  /**
   * Vervangt de specificiteit (bijv. zodra de taxonomie geladen is). De arrays hangen er niet van af: elke
   * zoekvraag leest haar één keer bij het begin, dus een vraag rekent nooit met twee versies.
   */
  public void zetSpecificiteit(Specificiteit specificiteit) {
    this.specificiteit = specificiteit;
  }

  /**
   * Hoe de laatste zoekvraag op deze thread verliep, voor benchmarks en diagnose (alleen aantallen, geen gegevens van
   * personen): grootte van het deel, aantal termen en hun postings samen, hoeveel termen zijn afgelopen, hoeveel
   * documenten geraakt, welke weg het afmaken nam en hoe vaak een drempel θ is bepaald.
   */
  public record Zoekpad(int documenten, int termen, long postings, int afgelopenTermen, int geraakt, String weg, int pogingen) {}

  /** Het {@link Zoekpad} van de laatste zoekvraag op deze thread (een vraag zonder deel of met k = 0 telt niet). */
  public Zoekpad laatsteZoekpad() {
    Kladblok kb = kladblok.get();
    return new Zoekpad(kb.padN, kb.padTermen, kb.padPostings, kb.padJ, kb.padGeraakt,
        switch (kb.padKeuze) {
          case Plan.OPZOEKEN -> "opzoeken";
          case Plan.DICHT -> "dicht";
          default -> "doorlopen";
        }, kb.padPogingen);
  }

  // ---------------------------------------------------------------- bouwen en bijwerken

  /**
   * (Her)bouwt het kandidatendeel {@code deel} (een regiocode) uit deze kandidaten; een aanvulling van dat deel
   * vervalt (de lijst bevat de bijgewerkte kandidaten al). Het deel en zijn aanvulling wisselen in één keer.
   */
  public void zetKandidaten(String deel, Collection<MatchKandidaat> lijst) {
    KandidatenDeel nieuw = new KandidatenDeel(lijst.stream().filter(MatchKandidaat::isBemiddelbaar)
        .sorted(Comparator.comparing(MatchKandidaat::id)).toList());
    synchronized (this) { // opbouwen buiten de lock; wisselen erbinnen (geen verwijdering gaat verloren)
      vervang(deel, new Delen(nieuw, null, Map.of()));
    }
  }

  /**
   * Neemt één nieuwe of gewijzigde kandidaat direct op, zonder het deel van zijn regio opnieuw op te bouwen: de oude
   * rij (waar ook) gaat weg met één bit en de kandidaat komt in de kleine aanvulling van zijn regio, die elke zoekvraag
   * naast het deel meeneemt. Is de aanvulling groot geworden (meer dan {@value #AANVULLING_MIN} en meer dan 1/16 van
   * het deel), dan worden deel en aanvulling samengevoegd door rijen te kopiëren (geen tekst opzoeken).
   * Een kandidaat die niet (meer) bemiddelbaar is, gaat alleen weg.
   */
  public synchronized void werkKandidaatBij(MatchKandidaat k) {
    verwijderKandidaat(k.id());
    if (!k.isBemiddelbaar()) return;
    Delen oud = kandidatenDelen.get(k.regiocode());
    Map<UUID, MatchKandidaat> aanvulling = new java.util.HashMap<>(oud == null ? Map.of() : oud.aanvullingKandidaten);
    aanvulling.put(k.id(), k);
    KandidatenDeel extra = new KandidatenDeel(aanvulling.values().stream().sorted(Comparator.comparing(MatchKandidaat::id)).toList());
    KandidatenDeel hoofd = oud == null ? new KandidatenDeel(List.of()) : oud.hoofd;
    if (aanvulling.size() > AANVULLING_MIN && aanvulling.size() * 16L > hoofd.n) {
      vervang(k.regiocode(), new Delen(samengevoegd(hoofd, extra), null, Map.of()));
    } else {
      vervang(k.regiocode(), new Delen(hoofd, extra, aanvulling));
    }
  }

  /** Vanaf hoeveel kandidaten een aanvulling mag worden samengevoegd met haar deel (zie {@link #werkKandidaatBij}). */
  static final int AANVULLING_MIN = 256;

  /** Hoeveel kandidaten in de aanvulling van dit deel staan (0 zonder aanvulling); voor tests en de status. */
  public int aanvullingGrootte(String deel) {
    Delen d = kandidatenDelen.get(deel);
    return d == null || d.aanvulling == null ? 0 : d.aanvulling.n;
  }

  /** De niet-verwijderde rijen van beide delen, op id, als één nieuw deel (kopie van de kolommen). */
  private KandidatenDeel samengevoegd(KandidatenDeel a, KandidatenDeel b) {
    List<Plek<KandidatenDeel>> rijen = new ArrayList<>(a.n + b.n);
    for (KandidatenDeel x : List.of(a, b)) {
      for (int d = 0; d < x.n; d++) if ((x.weg.get(d >>> 6) & (1L << (d & 63))) == 0) rijen.add(new Plek<>(x, d));
    }
    rijen.sort(OP_ID);
    return new KandidatenDeel(rijen, true);
  }

  private static final Comparator<Plek<KandidatenDeel>> OP_ID = (a, b) -> {
    int c = Long.compare(a.deel.hi[a.doc], b.deel.hi[b.doc]);
    return c != 0 ? c : Long.compare(a.deel.lo[a.doc], b.deel.lo[b.doc]);
  };

  /**
   * Zet de nieuwe delen in één keer (een zoekvraag ziet dus nooit een kandidaat dubbel) en werkt daarna de plek van elke
   * kandidaat bij: eerst de rijen van de nieuwe delen, dan vervallen rijen van de oude delen die nergens meer staan.
   */
  private void vervang(String naam, Delen nieuw) {
    Delen oud = kandidatenDelen.put(naam, nieuw);
    for (KandidatenDeel x : nieuw.delen()) {
      if (oud != null && (x == oud.hoofd || x == oud.aanvulling)) continue; // al geregistreerd
      for (int d = 0; d < x.n; d++) {
        if ((x.weg.get(d >>> 6) & (1L << (d & 63))) == 0) kandidaatPlek.put(new UUID(x.hi[d], x.lo[d]), new Plek<>(x, d));
      }
    }
    if (oud == null) return;
    for (KandidatenDeel x : oud.delen()) {
      if (x == nieuw.hoofd || x == nieuw.aanvulling) continue;
      for (int d = 0; d < x.n; d++) kandidaatPlek.remove(new UUID(x.hi[d], x.lo[d]), new Plek<>(x, d));
    }
  }

  /**
   * Maakt een pool (voor grote werving) uit kandidaten die al in de index staan, door hun rijen te
   * kopiëren: geen tekst opzoeken, dus snel. Verwijderde en onbekende ids vallen weg. De pool telt niet
   * mee voor {@link #verwijderKandidaat} (hij is tijdelijk).
   */
  public void zetPool(String naam, Collection<UUID> ids) {
    List<Plek<KandidatenDeel>> rijen = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      Plek<KandidatenDeel> p = kandidaatPlek.get(id);
      if (p != null && (p.deel.weg.get(p.doc >>> 6) & (1L << (p.doc & 63))) == 0) rijen.add(p);
    }
    rijen.sort(OP_ID);
    kandidatenDelen.put(naam, new Delen(new KandidatenDeel(rijen, true), null, Map.of()));
  }

  public void verwijderDeel(String naam) {
    kandidatenDelen.remove(naam);
  }

  /** (Her)bouwt het werkplekkendeel van een regio. */
  public void zetWerkplekken(String deel, Collection<MatchWerkplek> lijst) {
    WerkplekkenDeel nieuw = new WerkplekkenDeel(lijst.stream().sorted(Comparator.comparing(MatchWerkplek::id)).toList());
    WerkplekkenDeel oud = werkplekkenDelen.put(deel, nieuw);
    if (oud != null) {
      for (int d = 0; d < oud.n; d++) werkplekPlek.remove(new UUID(oud.hi[d], oud.lo[d]), new Plek<>(oud, d));
    }
    for (int d = 0; d < nieuw.n; d++) werkplekPlek.put(new UUID(nieuw.hi[d], nieuw.lo[d]), new Plek<>(nieuw, d));
  }

  /**
   * Haalt een kandidaat direct uit elk resultaat (één bit) en uit de aanvulling van zijn regio (zodat een latere
   * aanvulling hem niet terugbrengt); true als hij in de index stond.
   */
  public synchronized boolean verwijderKandidaat(UUID id) {
    Plek<KandidatenDeel> p = kandidaatPlek.remove(id);
    for (Delen d : kandidatenDelen.values()) {
      if (d.aanvullingKandidaten.containsKey(id)) d.aanvullingKandidaten.remove(id);
    }
    if (p == null) return false;
    p.deel.weg.accumulateAndGet(p.doc >>> 6, 1L << (p.doc & 63), (a, b) -> a | b);
    return true;
  }

  public boolean verwijderWerkplek(UUID id) {
    Plek<WerkplekkenDeel> p = werkplekPlek.remove(id);
    if (p == null) return false;
    p.deel.weg.accumulateAndGet(p.doc >>> 6, 1L << (p.doc & 63), (a, b) -> a | b);
    return true;
  }

  public boolean bevatKandidaat(UUID id) {
    return kandidaatPlek.containsKey(id);
  }

  public boolean bevatWerkplek(UUID id) {
    return werkplekPlek.containsKey(id);
  }

  public int aantalKandidaten() {
    return kandidaatPlek.size();
  }

  public int aantalWerkplekken() {
    return werkplekPlek.size();
  }

  // ---------------------------------------------------------------- zoeken

  /** De beste k kandidaten voor een werkplek, uit het deel van de regio van de werkplek. */
  public List<Treffer> kandidatenVoor(MatchWerkplek w, int k) {
    return kandidatenVoor(w, w.regiocode(), k);
  }

  /**
   * De beste k kandidaten voor een werkplek uit een gegeven deel (regio of pool).
   *
   * <p>Termen (vaardigheden) gaan van korte naar lange postinglijst. Vóór een lange lijst wordt de
   * drempel θ bepaald: de k-de beste ondergrens (gedeeltelijke vaardigheidspunten plus de echte overige
   * punten, alleen voor kandidaten die door de filters komen). Kunnen de resterende termen plus alle
   * overige punten samen θ niet meer halen, dan kan geen nog niet geraakte kandidaat de top-k in; de
   * resterende termen worden dan alleen nog voor de kansrijke geraakte kandidaten opgezocht in hun
   * eigen (gesorteerde) vaardighedenlijst in plaats van de lange postinglijsten af te lopen (MaxScore).
   */
  public List<Treffer> kandidatenVoor(MatchWerkplek w, String deel, int k) {
    Delen delen = kandidatenDelen.get(deel);
    if (delen == null || k <= 0) return List.of();
    if (delen.aanvulling == null || delen.aanvulling.n == 0) return kandidatenVoor(w, delen.hoofd, k);
    // Beide delen geven hun eigen exacte top-k (zelfde volgorde); samen de beste k. Het zoekpad is dat van het hoofddeel.
    List<Treffer> extra = kandidatenVoor(w, delen.aanvulling, k);
    List<Treffer> hoofd = kandidatenVoor(w, delen.hoofd, k);
    if (extra.isEmpty()) return hoofd;
    List<Treffer> uit = new ArrayList<>(Math.min(k, hoofd.size() + extra.size()));
    int a = 0;
    int b = 0;
    while (uit.size() < k && (a < hoofd.size() || b < extra.size())) {
      if (b >= extra.size() || (a < hoofd.size() && Treffer.VOLGORDE.compare(hoofd.get(a), extra.get(b)) <= 0)) uit.add(hoofd.get(a++));
      else uit.add(extra.get(b++));
    }
    return uit;
  }

  private List<Treffer> kandidatenVoor(MatchWerkplek w, KandidatenDeel kd, int k) {
    Specificiteit sp = specificiteit;
    Kladblok kb = kladblok.get();
    kb.begin(kd.n, k);
    long[] sa = kb.sa; // per document: tijdperk << 32 | vaardigheidspunten (één cachelijn per posting)
    long tp = (long) kb.tijdperk << 32;
    int[] geraakt = kb.geraakt;
    int aantalGeraakt = 0;
    // Termen: vaardigheid, gewicht, lengte van de postinglijst en (bij een lange lijst) de bitset.
    int m = w.essentieel().size() + w.optioneel().size() + w.beroepsprofiel().size();
    int[] tS = new int[m];
    int[] tW = new int[m];
    int[] tL = new int[m];
    long[][] tD = new long[m][];
    int nt = 0;
    for (int stap = 0; stap < 3; stap++) {
      List<String> lijst = stap == 0 ? w.essentieel() : stap == 1 ? w.optioneel() : w.beroepsprofiel();
      int gewicht = stap == 0 ? g.essentieleVaardigheid() : stap == 1 ? g.optioneleVaardigheid() : g.beroepsprofiel();
      if (gewicht == 0) continue;
      for (String v : lijst) {
        int s = vaardigheden.nummer(v);
        int punten = sp.punten(gewicht, v);
        if (s < 0 || s >= kd.aantalVaardigheden || punten == 0) continue;
        tS[nt] = s;
        tW[nt] = punten;
        tL[nt] = kd.postStart[s + 1] - kd.postStart[s];
        tD[nt] = kd.dicht[s];
        nt++;
      }
    }
    Plan plan = new Plan(nt, tW, tL, tD);
    int[] volgorde = plan.volgorde;
    int[] restVanaf = plan.restVanaf;
    long[] lengteVanaf = plan.lengteVanaf;
    int[] hist = kb.histogram(restVanaf[0]); // aantal geraakte documenten per (gedeeltelijk) puntental
    Vraag q = new Vraag(w);
    int rest = g.maxZonderVaardigheden();
    int j = 0;
    int theta = Integer.MIN_VALUE;
    int pogingen = 0;
    // Zwaar (veel postings ten opzichte van het deel): meteen alles dicht optellen; anders termen aflopen met MaxScore.
    int keuze = zwaarDicht && plan.dichtLoont(kd.n) ? Plan.DICHT : Plan.DOORLOPEN;
    for (; j < nt && keuze == Plan.DOORLOPEN; j++) {
      int t = volgorde[j];
      int s = tS[t];
      // MaxScore: kan θ (de k-de beste score onder de geraakte) boven alles uitkomen wat de resterende termen nog
      // kunnen geven? Alleen kandidaten met gedeeltelijke punten > restVanaf[j] kunnen daaraan bijdragen; de
      // histogram van de punten zegt zonder één document te bekijken of dat er minstens k zijn.
      if (aantalGeraakt >= k && pogingen < POGINGEN && lengteVanaf[j] - lengteVanaf[j + 1] >= aantalGeraakt / 4
          && kb.aantalBoven(restVanaf[j], restVanaf[0] - restVanaf[j]) >= k) {
        pogingen++;
        Heap h = kb.heap2;
        h.begin(k);
        for (int i = 0; i < aantalGeraakt; i++) {
          int d = geraakt[i];
          int a = (int) sa[d];
          if (a > restVanaf[j]) beoordeelKandidaat(kd, d, a, q, h, rest, kb);
        }
        if (h.vol()) theta = h.slechtsteScore();
        // θ sluit de niet-geraakte documenten uit: afmaken door op te zoeken of dicht optellen, als dat goedkoper is
        // dan de resterende lijsten aflopen.
        if (theta > restVanaf[j] + rest) {
          keuze = plan.keuze(j, kb.aantalBoven(theta - restVanaf[j] - rest - 1, restVanaf[0] - restVanaf[j]), kd.n);
          if (keuze != Plan.DOORLOPEN) break;
        }
      }
      int gewicht = tW[t];
      int[] docs = kd.postDocs;
      aantalGeraakt = telOp(docs, kd.postStart[s], kd.postStart[s + 1], gewicht, tp, sa, geraakt, aantalGeraakt, hist);
    }
    kb.pad(kd.n, nt, lengteVanaf[0], j, aantalGeraakt, keuze, pogingen);
    Heap heap = kb.heap;
    if (keuze == Plan.DICHT) {
      // Zwaar: de rest zonder boekhouding optellen in een array over alle documenten, en per blok van 64 kiezen.
      short[] totaal = kb.dicht(kd.n, geraakt, aantalGeraakt, sa);
      for (int x = j; x < nt; x++) {
        int u = volgorde[x];
        optellen(kd.postDocs, kd.postStart[tS[u]], kd.postStart[tS[u] + 1], tW[u], totaal);
      }
      int aantalBlokken = kb.blokkenAflopend(kd.n, restVanaf[0]);
      for (int x = 0; x < aantalBlokken; x++) {
        int b = kb.blokOrde[x];
        int bm = kb.blokMax[b];
        if (bm + rest <= 0 || (heap.vol() && bm + rest < heap.slechtsteScore())) break;
        // Eerst alleen de punten tegen de grens (goedkoop, zonder aanroep); de volledige beoordeling alleen voor wie haar haalt.
        int grens = heap.vol() ? heap.slechtsteScore() - rest : Integer.MIN_VALUE;
        for (int d = b << 6, eind = Math.min(kd.n, d + 64); d < eind; d++) {
          if (totaal[d] < grens) continue;
          beoordeelKandidaat(kd, d, totaal[d], q, heap, rest, kb);
          grens = heap.vol() ? heap.slechtsteScore() - rest : Integer.MIN_VALUE;
        }
      }
      return heap.resultaat();
    }
    // Op (gedeeltelijke) vaardigheidspunten aflopend: de heap vult zich eerst met de sterkste kandidaten, en zodra
    // punten + wat nog kan de slechtste in de heap niet meer halen, haalt niemand daarna het ook.
    int[] orde = kb.opAccAflopend(aantalGeraakt, restVanaf[0] - restVanaf[j]);
    int[] ordeAcc = kb.ordeAcc;
    if (keuze == Plan.OPZOEKEN) {
      int maxRest = restVanaf[j];
      int[] ids = kd.vaardigheidIds;
      // De resterende termen: met een bitset één opzoeking per term; de overige gesorteerd op vaardigheid, zodat per
      // kandidaat één samenvoeging met zijn (gesorteerde) vaardigheden volstaat.
      int nd = plan.dichtVanaf[j];
      long[][] dB = new long[nd][];
      int[] dW = new int[nd];
      long[] ijl = new long[nt - j - nd];
      for (int x = j, a1 = 0, b1 = 0; x < nt; x++) {
        int t = volgorde[x];
        if (tD[t] != null) {
          dB[a1] = tD[t];
          dW[a1++] = tW[t];
        } else {
          ijl[b1++] = ((long) tS[t] << 32) | tW[t];
        }
      }
      Arrays.sort(ijl);
      for (int i = 0; i < aantalGeraakt; i++) {
        int d = orde[i];
        int a = ordeAcc[i];
        if (a + maxRest + rest < theta || (heap.vol() && a + maxRest + rest < heap.slechtsteScore())) break;
        a += opzoeken(d, dB, dW);
        if (ijl.length > 0) a += samenvoegen(ids, kd.vaardigheidStart[d], kd.vaardigheidStart[d + 1], ijl);
        beoordeelKandidaat(kd, d, a, q, heap, rest, kb);
      }
      return heap.resultaat(); // niet-geraakte kandidaten halen θ niet
    }
    // Kandidaten met minstens één gedeelde vaardigheid.
    for (int i = 0; i < aantalGeraakt; i++) {
      if (heap.vol() && ordeAcc[i] + rest < heap.slechtsteScore()) break;
      beoordeelKandidaat(kd, orde[i], ordeAcc[i], q, heap, rest, kb);
    }
    // De rest van het deel, alleen als de overige onderdelen de heap nog kunnen halen.
    if (rest > 0 && !(heap.vol() && heap.slechtsteScore() > rest)) {
      for (int d = 0; d < kd.n; d++) {
        if ((sa[d] & 0xFFFFFFFF00000000L) == tp) continue;
        beoordeelKandidaat(kd, d, 0, q, heap, rest, kb);
      }
    }
    return heap.resultaat();
  }

  private void beoordeelKandidaat(KandidatenDeel kd, int d, int vaardigheid, Vraag q, Heap heap, int rest, Kladblok kb) {
    if (heap.vol() && vaardigheid + rest < heap.slechtsteScore()) return;
    if ((kd.weg.get(d >>> 6) & (1L << (d & 63))) != 0) return;
    int uren = kd.uren[d];
    if (uren + g.urenMarge() < q.uren) return;
    int km10 = kb.afstand(locaties, q.pc4, kd.pc4[d]);
    int max10 = kd.maxKm10[d];
    if (km10 > max10) return;
    int s = vaardigheid;
    if (q.beroep >= 0 && bevat(kd.beroepIds, kd.beroepStart[d], kd.beroepStart[d + 1], q.beroep)) {
      s += g.zelfdeBeroep();
    } else if (q.isco >= 0 && bevat(kd.iscoIds, kd.iscoStart[d], kd.iscoStart[d + 1], q.isco)) {
      s += g.zelfdeBeroepsgroep();
    }
    if (km10 >= 0 && max10 > 0) s += g.afstand() * Math.max(0, max10 - km10) / max10;
    s += g.uren() * Math.max(0, g.urenMarge() + 1 - Math.max(0, q.uren - uren)) / (g.urenMarge() + 1);
    int rang = (kd.werkvormRang[d] >>> (2 * q.werkvorm)) & 3;
    if (rang > 0) s += g.werkvorm() / rang;
    s += opleidingPunten(kd.opleiding[d], kd.startkwalificatie[d], q.minOpleiding);
    s += instrumentPunten(kd.instrumenten[d], q.instrumenten);
    s += beschikbaarheidPunten(kd.beschikbaar[d] - q.start);
    if (s > 0) heap.bied(s, kd.hi[d], kd.lo[d]);
  }

  /** De beste k werkplekken voor een kandidaat, uit het deel van de regio van de kandidaat (zelfde snoeiing). */
  public List<Treffer> werkplekkenVoor(MatchKandidaat c, int k) {
    WerkplekkenDeel wd = werkplekkenDelen.get(c.regiocode());
    if (wd == null || k <= 0 || !c.isBemiddelbaar()) return List.of();
    Kladblok kb = kladblok.get();
    kb.begin(wd.n, k);
    long[] sa = kb.sa; // per document: tijdperk << 32 | vaardigheidspunten (één cachelijn per posting)
    long tp = (long) kb.tijdperk << 32;
    int[] geraakt = kb.geraakt;
    int aantalGeraakt = 0;
    KVraag q = new KVraag(c, specificiteit);
    // Termen: (vaardigheid, soort: essentieel, optioneel of beroepsprofiel), op lengte van de postinglijst.
    int m = WerkplekkenDeel.SOORTEN * q.vaardigheden.length;
    int[] tS = new int[m];
    int[] tE = new int[m];
    int[] tW = new int[m];
    int[] tL = new int[m];
    long[][] tD = new long[m][];
    int nt = 0;
    for (int x = 0; x < q.vaardigheden.length; x++) {
      int s = q.vaardigheden[x];
      if (s >= wd.aantalVaardigheden) continue;
      for (int stap = 0; stap < WerkplekkenDeel.SOORTEN; stap++) {
        int gewicht = (stap == 0 ? g.essentieleVaardigheid() : stap == 1 ? g.optioneleVaardigheid() : g.beroepsprofiel()) * q.procent[x] / 100;
        int[] start = wd.postStart[stap];
        int lengte = start[s + 1] - start[s];
        if (gewicht == 0 || lengte == 0) continue;
        tS[nt] = s;
        tE[nt] = stap;
        tW[nt] = gewicht;
        tL[nt] = lengte;
        tD[nt] = wd.dicht[stap][s];
        nt++;
      }
    }
    Plan plan = new Plan(nt, tW, tL, tD);
    int[] volgorde = plan.volgorde;
    int[] restVanaf = plan.restVanaf;
    long[] lengteVanaf = plan.lengteVanaf;
    int[] hist = kb.histogram(restVanaf[0]); // aantal geraakte documenten per (gedeeltelijk) puntental
    int rest = g.maxZonderVaardigheden();
    int j = 0;
    int theta = Integer.MIN_VALUE;
    int pogingen = 0;
    int keuze = zwaarDicht && plan.dichtLoont(wd.n) ? Plan.DICHT : Plan.DOORLOPEN;
    for (; j < nt && keuze == Plan.DOORLOPEN; j++) {
      int t = volgorde[j];
      int s = tS[t];
      int[] start = wd.postStart[tE[t]];
      int[] docs = wd.postDocs[tE[t]];
      // MaxScore: kan θ (de k-de beste score onder de geraakte) boven alles uitkomen wat de resterende termen nog
      // kunnen geven? Alleen kandidaten met gedeeltelijke punten > restVanaf[j] kunnen daaraan bijdragen; de
      // histogram van de punten zegt zonder één document te bekijken of dat er minstens k zijn.
      if (aantalGeraakt >= k && pogingen < POGINGEN && lengteVanaf[j] - lengteVanaf[j + 1] >= aantalGeraakt / 4
          && kb.aantalBoven(restVanaf[j], restVanaf[0] - restVanaf[j]) >= k) {
        pogingen++;
        Heap h = kb.heap2;
        h.begin(k);
        for (int i = 0; i < aantalGeraakt; i++) {
          int d = geraakt[i];
          int a = (int) sa[d];
          if (a > restVanaf[j]) beoordeelWerkplek(wd, d, a, q, h, rest, kb);
        }
        if (h.vol()) theta = h.slechtsteScore();
        // θ sluit de niet-geraakte documenten uit: afmaken door op te zoeken of dicht optellen, als dat goedkoper is
        // dan de resterende lijsten aflopen.
        if (theta > restVanaf[j] + rest) {
          keuze = plan.keuze(j, kb.aantalBoven(theta - restVanaf[j] - rest - 1, restVanaf[0] - restVanaf[j]), wd.n);
          if (keuze != Plan.DOORLOPEN) break;
        }
      }
      int gewicht = tW[t];
      aantalGeraakt = telOp(docs, start[s], start[s + 1], gewicht, tp, sa, geraakt, aantalGeraakt, hist);
    }
    kb.pad(wd.n, nt, lengteVanaf[0], j, aantalGeraakt, keuze, pogingen);
    Heap heap = kb.heap;
    if (keuze == Plan.DICHT) {
      short[] totaal = kb.dicht(wd.n, geraakt, aantalGeraakt, sa);
      for (int x = j; x < nt; x++) {
        int u = volgorde[x];
        int[] start = wd.postStart[tE[u]];
        optellen(wd.postDocs[tE[u]], start[tS[u]], start[tS[u] + 1], tW[u], totaal);
      }
      int aantalBlokken = kb.blokkenAflopend(wd.n, restVanaf[0]);
      for (int x = 0; x < aantalBlokken; x++) {
        int b = kb.blokOrde[x];
        int bm = kb.blokMax[b];
        if (bm + rest <= 0 || (heap.vol() && bm + rest < heap.slechtsteScore())) break;
        int grens = heap.vol() ? heap.slechtsteScore() - rest : Integer.MIN_VALUE;
        for (int d = b << 6, eind = Math.min(wd.n, d + 64); d < eind; d++) {
          if (totaal[d] < grens) continue;
          beoordeelWerkplek(wd, d, totaal[d], q, heap, rest, kb);
          grens = heap.vol() ? heap.slechtsteScore() - rest : Integer.MIN_VALUE;
        }
      }
      return heap.resultaat();
    }
    int[] orde = kb.opAccAflopend(aantalGeraakt, restVanaf[0] - restVanaf[j]);
    int[] ordeAcc = kb.ordeAcc;
    if (keuze == Plan.OPZOEKEN) {
      int maxRest = restVanaf[j];
      // De resterende termen met een bitset: één opzoeking per term.
      int nd = plan.dichtVanaf[j];
      long[][] dB = new long[nd][];
      int[] dW = new int[nd];
      for (int x = j, a1 = 0; x < nt; x++) {
        int t = volgorde[x];
        if (tD[t] != null) {
          dB[a1] = tD[t];
          dW[a1++] = tW[t];
        }
      }
      // De overige per soort gesorteerd op vaardigheid (samenvoegen met de lijsten van de werkplek).
      long[][] perSoort = new long[WerkplekkenDeel.SOORTEN][];
      for (int soort = 0; soort < WerkplekkenDeel.SOORTEN; soort++) {
        int aantal = 0;
        for (int x = j; x < nt; x++) if (tE[volgorde[x]] == soort && tD[volgorde[x]] == null) aantal++;
        long[] r = new long[aantal];
        int y = 0;
        for (int x = j; x < nt; x++) {
          int t = volgorde[x];
          if (tE[t] == soort && tD[t] == null) r[y++] = ((long) tS[t] << 32) | tW[t];
        }
        Arrays.sort(r);
        perSoort[soort] = r;
      }
      for (int i = 0; i < aantalGeraakt; i++) {
        int d = orde[i];
        int a = ordeAcc[i];
        if (a + maxRest + rest < theta || (heap.vol() && a + maxRest + rest < heap.slechtsteScore())) break;
        a += opzoeken(d, dB, dW);
        for (int soort = 0; soort < WerkplekkenDeel.SOORTEN; soort++) {
          if (perSoort[soort].length > 0) a += samenvoegen(wd.docIds[soort], wd.docStart[soort][d], wd.docStart[soort][d + 1], perSoort[soort]);
        }
        beoordeelWerkplek(wd, d, a, q, heap, rest, kb);
      }
      return heap.resultaat();
    }
    for (int i = 0; i < aantalGeraakt; i++) {
      if (heap.vol() && ordeAcc[i] + rest < heap.slechtsteScore()) break;
      beoordeelWerkplek(wd, orde[i], ordeAcc[i], q, heap, rest, kb);
    }
    if (rest > 0 && !(heap.vol() && heap.slechtsteScore() > rest)) {
      for (int d = 0; d < wd.n; d++) {
        if ((sa[d] & 0xFFFFFFFF00000000L) == tp) continue;
        beoordeelWerkplek(wd, d, 0, q, heap, rest, kb);
      }
    }
    return heap.resultaat();
  }

  private void beoordeelWerkplek(WerkplekkenDeel wd, int d, int vaardigheid, KVraag q, Heap heap, int rest, Kladblok kb) {
    if (heap.vol() && vaardigheid + rest < heap.slechtsteScore()) return;
    if ((wd.weg.get(d >>> 6) & (1L << (d & 63))) != 0) return;
    int wUren = wd.uren[d];
    if (q.uren + g.urenMarge() < wUren) return;
    int km10 = kb.afstand(locaties, q.pc4, wd.pc4[d]);
    if (km10 > q.maxKm10) return;
    int s = vaardigheid;
    int beroep = wd.beroep[d];
    int groep = wd.isco[d];
    if (beroep >= 0 && bevat(q.beroepen, 0, q.beroepen.length, beroep)) {
      s += g.zelfdeBeroep();
    } else if (groep >= 0 && bevat(q.isco, 0, q.isco.length, groep)) {
      s += g.zelfdeBeroepsgroep();
    }
    if (km10 >= 0 && q.maxKm10 > 0) s += g.afstand() * Math.max(0, q.maxKm10 - km10) / q.maxKm10;
    s += g.uren() * Math.max(0, g.urenMarge() + 1 - Math.max(0, wUren - q.uren)) / (g.urenMarge() + 1);
    int rang = (q.werkvormRang >>> (2 * wd.werkvorm[d])) & 3;
    if (rang > 0) s += g.werkvorm() / rang;
    s += opleidingPunten(q.opleiding, q.startkwalificatie, wd.minOpleiding[d]);
    s += instrumentPunten(q.instrumenten, wd.instrumenten[d]);
    s += beschikbaarheidPunten(q.beschikbaar - wd.start[d]);
    if (s > 0) heap.bied(s, wd.hi[d], wd.lo[d]);
  }

  private int opleidingPunten(int opleiding, boolean startkwalificatie, int min) {
    if (min < 0 || opleiding >= min) return g.opleiding();
    if (startkwalificatie && min <= MBO2) return g.opleiding() / 2;
    return 0;
  }

  /** @param nodig de benodigde instrumenten als bitmasker */
  private int instrumentPunten(int nodig, int aangeboden) {
    int aantal = Integer.bitCount(nodig);
    if (aantal == 0) return g.instrumenten();
    return g.instrumenten() * Integer.bitCount(nodig & aangeboden) / aantal;
  }

  private int beschikbaarheidPunten(int dagen) {
    if (dagen <= 0) return g.beschikbaarheid();
    if (dagen <= 30) return g.beschikbaarheid() / 2;
    return 0;
  }

  private static boolean bevat(int[] ids, int van, int tot, int waarde) {
    for (int i = van; i < tot; i++) if (ids[i] == waarde) return true;
    return false;
  }

  private static int[] nummers(List<String> lijst, Woordenboek w) {
    int[] uit = new int[lijst.size()];
    int j = 0;
    for (String s : lijst) {
      int n = w.nummer(s);
      if (n >= 0) uit[j++] = n;
    }
    return j == uit.length ? uit : Arrays.copyOf(uit, j);
  }

  private static int masker(List<Instrument> lijst) {
    int m = 0;
    for (Instrument i : lijst) m |= 1 << i.ordinal();
    return m;
  }

  /** Rang (1 = eerste voorkeur) per werkvorm, 2 bits per werkvorm; 0 = past niet. */
  private static int rangen(List<Werkvorm> voorkeur) {
    int r = 0;
    for (int i = 0; i < voorkeur.size() && i < 3; i++) {
      int ord = voorkeur.get(i).ordinal();
      if (((r >>> (2 * ord)) & 3) == 0) r |= (i + 1) << (2 * ord);
    }
    return r;
  }

  private static int dag(java.time.LocalDate d) {
    return (int) d.toEpochDay();
  }

  // ---------------------------------------------------------------- interne structuren

  private record Plek<D>(D deel, int doc) {}

  /**
   * Een deel met zijn aanvulling (of null) en de kandidaten in die aanvulling (alleen onder de lock van de index
   * gelezen en gewijzigd). Onveranderlijk als paar: bijwerken zet een nieuw {@code Delen}.
   */
  private record Delen(KandidatenDeel hoofd, KandidatenDeel aanvulling, Map<UUID, MatchKandidaat> aanvullingKandidaten) {
    List<KandidatenDeel> delen() {
      return aanvulling == null ? List.of(hoofd) : List.of(hoofd, aanvulling);
    }
  }

  /** Een werkplek als zoekvraag, gecodeerd. */
  private final class Vraag {
    final int pc4;
    final int uren;
    final int werkvorm;
    final int minOpleiding;
    final int instrumenten;
    final int start;
    final int beroep;
    final int isco;

    Vraag(MatchWerkplek w) {
      pc4 = locaties.nummer(w.pc4());
      uren = w.uren();
      werkvorm = w.werkvorm().ordinal();
      minOpleiding = w.minOpleiding() == null ? -1 : w.minOpleiding().ordinal();
      instrumenten = masker(w.instrumenten());
      start = dag(w.startdatum());
      beroep = w.beroepId() == null ? -1 : beroepen.nummer(w.beroepId());
      isco = w.iscoGroep() == null ? -1 : Matchindex.this.isco.nummer(w.iscoGroep());
    }
  }

  /** Een kandidaat als zoekvraag, gecodeerd. */
  private final class KVraag {
    final int pc4;
    final int uren;
    final int maxKm10;
    final int opleiding;
    final boolean startkwalificatie;
    final int werkvormRang;
    final int instrumenten;
    final int beschikbaar;
    final int[] beroepen;
    final int[] isco;
    final int[] vaardigheden;
    /** Het specificiteitspercentage van elke vaardigheid, in dezelfde volgorde. */
    final int[] procent;

    KVraag(MatchKandidaat c, Specificiteit sp) {
      pc4 = locaties.nummer(c.pc4());
      uren = c.uren();
      maxKm10 = c.maxKm() * 10;
      opleiding = c.opleiding().ordinal();
      startkwalificatie = c.startkwalificatie();
      werkvormRang = rangen(c.werkvormen());
      instrumenten = masker(c.instrumenten());
      beschikbaar = dag(c.beschikbaarVanaf());
      beroepen = nummers(c.beroepen(), Matchindex.this.beroepen);
      isco = nummers(c.iscoGroepen(), Matchindex.this.isco);
      // (nummer << 32 | procent), gesorteerd en ontdubbeld op nummer
      long[] v = new long[c.vaardigheden().size() + c.vaardighedenUitBeroepen().size()];
      int j = 0;
      for (int stap = 0; stap < 2; stap++) {
        for (String s : stap == 0 ? c.vaardigheden() : c.vaardighedenUitBeroepen()) {
          int n = Matchindex.this.vaardigheden.nummer(s);
          if (n >= 0) v[j++] = ((long) n << 32) | sp.procent(s);
        }
      }
      Arrays.sort(v, 0, j);
      int u = 0;
      for (int i = 0; i < j; i++) {
        if (i == 0 || (v[i] >>> 32) != (v[u - 1] >>> 32)) v[u++] = v[i];
      }
      vaardigheden = new int[u];
      procent = new int[u];
      for (int i = 0; i < u; i++) {
        vaardigheden[i] = (int) (v[i] >>> 32);
        procent[i] = (int) v[i];
      }
    }
  }

  private final class KandidatenDeel {
    final int n;
    final long[] hi;
    final long[] lo;
    final int[] pc4;
    final int[] uren;
    final int[] maxKm10;
    final int[] opleiding;
    final boolean[] startkwalificatie;
    final int[] werkvormRang;
    final int[] instrumenten;
    final int[] beschikbaar;
    final int[] beroepStart;
    final int[] beroepIds;
    final int[] iscoStart;
    final int[] iscoIds;
    final int[] vaardigheidStart;
    final int[] vaardigheidIds;
    final int aantalVaardigheden;
    final int[] postStart;
    final int[] postDocs;
    /** Per vaardigheid met een lange postinglijst: de documenten als bitset (opzoeken in één stap); anders null. */
    final long[][] dicht;
    final AtomicLongArray weg;

    /** Een pool als kopie van rijen uit bestaande delen (geen tekst opzoeken; voor grote werving). */
    KandidatenDeel(List<Plek<KandidatenDeel>> rijen, boolean kopie) {
      n = rijen.size();
      hi = new long[n];
      lo = new long[n];
      pc4 = new int[n];
      uren = new int[n];
      maxKm10 = new int[n];
      opleiding = new int[n];
      startkwalificatie = new boolean[n];
      werkvormRang = new int[n];
      instrumenten = new int[n];
      beschikbaar = new int[n];
      beroepStart = new int[n + 1];
      iscoStart = new int[n + 1];
      vaardigheidStart = new int[n + 1];
      IntLijst b = new IntLijst();
      IntLijst i2 = new IntLijst();
      IntLijst v = new IntLijst();
      for (int d = 0; d < n; d++) {
        KandidatenDeel bron = rijen.get(d).deel();
        int s = rijen.get(d).doc();
        hi[d] = bron.hi[s];
        lo[d] = bron.lo[s];
        pc4[d] = bron.pc4[s];
        uren[d] = bron.uren[s];
        maxKm10[d] = bron.maxKm10[s];
        opleiding[d] = bron.opleiding[s];
        startkwalificatie[d] = bron.startkwalificatie[s];
        werkvormRang[d] = bron.werkvormRang[s];
        instrumenten[d] = bron.instrumenten[s];
        beschikbaar[d] = bron.beschikbaar[s];
        for (int j = bron.beroepStart[s]; j < bron.beroepStart[s + 1]; j++) b.voegToe(bron.beroepIds[j]);
        beroepStart[d + 1] = b.n;
        for (int j = bron.iscoStart[s]; j < bron.iscoStart[s + 1]; j++) i2.voegToe(bron.iscoIds[j]);
        iscoStart[d + 1] = i2.n;
        for (int j = bron.vaardigheidStart[s]; j < bron.vaardigheidStart[s + 1]; j++) v.voegToe(bron.vaardigheidIds[j]);
        vaardigheidStart[d + 1] = v.n;
      }
      beroepIds = b.array();
      iscoIds = i2.array();
      vaardigheidIds = v.array();
      aantalVaardigheden = vaardigheden.aantal();
      postStart = new int[aantalVaardigheden + 1];
      postDocs = postings(vaardigheidStart, vaardigheidIds, postStart);
      dicht = dichteSets(postStart, postDocs, n);
      weg = new AtomicLongArray((n >>> 6) + 1);
    }

    KandidatenDeel(List<MatchKandidaat> lijst) {
      n = lijst.size();
      hi = new long[n];
      lo = new long[n];
      pc4 = new int[n];
      uren = new int[n];
      maxKm10 = new int[n];
      opleiding = new int[n];
      startkwalificatie = new boolean[n];
      werkvormRang = new int[n];
      instrumenten = new int[n];
      beschikbaar = new int[n];
      beroepStart = new int[n + 1];
      iscoStart = new int[n + 1];
      IntLijst beroepLijst = new IntLijst();
      IntLijst iscoLijst = new IntLijst();
      int[][] perDoc = new int[n][];
      for (int d = 0; d < n; d++) {
        MatchKandidaat c = lijst.get(d);
        hi[d] = c.id().getMostSignificantBits();
        lo[d] = c.id().getLeastSignificantBits();
        pc4[d] = locaties.nummer(c.pc4());
        uren[d] = c.uren();
        maxKm10[d] = c.maxKm() * 10;
        opleiding[d] = c.opleiding().ordinal();
        startkwalificatie[d] = c.startkwalificatie();
        werkvormRang[d] = rangen(c.werkvormen());
        instrumenten[d] = masker(c.instrumenten());
        beschikbaar[d] = dag(c.beschikbaarVanaf());
        for (String b : c.beroepen()) beroepLijst.voegToe(beroepen.nummerOfNieuw(b));
        beroepStart[d + 1] = beroepLijst.n;
        for (String i : c.iscoGroepen()) iscoLijst.voegToe(isco.nummerOfNieuw(i));
        iscoStart[d + 1] = iscoLijst.n;
        int[] v = new int[c.vaardigheden().size() + c.vaardighedenUitBeroepen().size()];
        int j = 0;
        for (String s : c.vaardigheden()) v[j++] = vaardigheden.nummerOfNieuw(s);
        for (String s : c.vaardighedenUitBeroepen()) v[j++] = vaardigheden.nummerOfNieuw(s);
        Arrays.sort(v);
        perDoc[d] = uniek(v);
      }
      beroepIds = beroepLijst.array();
      iscoIds = iscoLijst.array();
      vaardigheidStart = new int[n + 1];
      for (int d = 0; d < n; d++) vaardigheidStart[d + 1] = vaardigheidStart[d] + perDoc[d].length;
      vaardigheidIds = new int[vaardigheidStart[n]];
      for (int d = 0; d < n; d++) System.arraycopy(perDoc[d], 0, vaardigheidIds, vaardigheidStart[d], perDoc[d].length);
      aantalVaardigheden = vaardigheden.aantal();
      postStart = new int[aantalVaardigheden + 1];
      postDocs = postings(vaardigheidStart, vaardigheidIds, postStart);
      dicht = dichteSets(postStart, postDocs, n);
      weg = new AtomicLongArray((n >>> 6) + 1);
    }
  }

  private final class WerkplekkenDeel {
    /** Soorten vaardigheden van een werkplek: 0 essentieel, 1 optioneel, 2 beroepsprofiel. */
    static final int SOORTEN = 3;

    final int n;
    final long[] hi;
    final long[] lo;
    final int[] pc4;
    final int[] uren;
    final int[] werkvorm;
    final int[] minOpleiding;
    final int[] instrumenten;
    final int[] start;
    final int[] beroep;
    final int[] isco;
    final int aantalVaardigheden;
    /** Per soort: postinglijsten (vaardigheid → werkplekken) en CSR (werkplek → gesorteerde vaardigheden). */
    final int[][] postStart = new int[SOORTEN][];
    final int[][] postDocs = new int[SOORTEN][];
    final int[][] docStart = new int[SOORTEN][];
    final int[][] docIds = new int[SOORTEN][];
    final long[][][] dicht = new long[SOORTEN][][];
    final AtomicLongArray weg;

    WerkplekkenDeel(List<MatchWerkplek> lijst) {
      n = lijst.size();
      hi = new long[n];
      lo = new long[n];
      pc4 = new int[n];
      uren = new int[n];
      werkvorm = new int[n];
      minOpleiding = new int[n];
      instrumenten = new int[n];
      start = new int[n];
      beroep = new int[n];
      isco = new int[n];
      int[][][] perSoort = new int[SOORTEN][n][];
      for (int d = 0; d < n; d++) {
        MatchWerkplek w = lijst.get(d);
        hi[d] = w.id().getMostSignificantBits();
        lo[d] = w.id().getLeastSignificantBits();
        pc4[d] = locaties.nummer(w.pc4());
        uren[d] = w.uren();
        werkvorm[d] = w.werkvorm().ordinal();
        minOpleiding[d] = w.minOpleiding() == null ? -1 : w.minOpleiding().ordinal();
        instrumenten[d] = masker(w.instrumenten());
        start[d] = dag(w.startdatum());
        beroep[d] = w.beroepId() == null ? -1 : beroepen.nummerOfNieuw(w.beroepId());
        isco[d] = w.iscoGroep() == null ? -1 : Matchindex.this.isco.nummerOfNieuw(w.iscoGroep());
        perSoort[0][d] = w.essentieel().stream().mapToInt(vaardigheden::nummerOfNieuw).sorted().toArray();
        perSoort[1][d] = w.optioneel().stream().mapToInt(vaardigheden::nummerOfNieuw).sorted().toArray();
        perSoort[2][d] = w.beroepsprofiel().stream().mapToInt(vaardigheden::nummerOfNieuw).sorted().toArray();
      }
      aantalVaardigheden = vaardigheden.aantal();
      for (int soort = 0; soort < SOORTEN; soort++) {
        int[][] ids = perSoort[soort];
        int[] ds = new int[n + 1];
        for (int d = 0; d < n; d++) ds[d + 1] = ds[d] + ids[d].length;
        int[] di = new int[ds[n]];
        for (int d = 0; d < n; d++) System.arraycopy(ids[d], 0, di, ds[d], ids[d].length);
        docStart[soort] = ds;
        docIds[soort] = di;
        postStart[soort] = new int[aantalVaardigheden + 1];
        postDocs[soort] = postings(ds, di, postStart[soort]);
        dicht[soort] = dichteSets(postStart[soort], postDocs[soort], n);
      }
      weg = new AtomicLongArray((n >>> 6) + 1);
    }
  }

  /** Telt het gewicht op bij elk document van de postinglijst (de dichte weg: geen tijdperk, geen histogram). */
  private static void optellen(int[] docs, int van, int tot, int gewicht, short[] totaal) {
    for (int i = van; i < tot; i++) {
      int d = docs[i];
      totaal[d] = (short) (totaal[d] + gewicht);
    }
  }

  /** De punten van de termen met een bitset die document d heeft (zonder sprongen). */
  private static int opzoeken(int d, long[][] bits, int[] gewicht) {
    int a = 0;
    int woord = d >>> 6;
    for (int x = 0; x < bits.length; x++) a += (int) ((bits[x][woord] >>> d) & 1L) * gewicht[x];
    return a;
  }

  /**
   * De termen van een zoekvraag in de volgorde waarin ze worden afgelopen, met wat er vanaf elke positie nog komt.
   * Volgorde: oplopend op postings per punt. Het staartstuk dat MaxScore overslaat (zodra θ hoger is dan zijn
   * gewichten samen) bevat zo de meeste postings per punt gewicht.
   */
  private static final class Plan {
    final int nt;
    final int[] volgorde;
    /** Som van de gewichten vanaf positie j. */
    final int[] restVanaf;
    /** Som van de lengtes van de postinglijsten vanaf positie j. */
    final long[] lengteVanaf;
    /** Aantal termen met een bitset vanaf positie j. */
    final int[] dichtVanaf;

    Plan(int nt, int[] gewicht, int[] lengte, long[][] dicht) {
      this.nt = nt;
      long[] sleutel = new long[nt];
      for (int t = 0; t < nt; t++) sleutel[t] = (((long) lengte[t] << 6) / gewicht[t] << 24) | t;
      Arrays.sort(sleutel);
      volgorde = new int[nt];
      for (int i = 0; i < nt; i++) volgorde[i] = (int) (sleutel[i] & 0xFFFFFF);
      restVanaf = new int[nt + 1];
      lengteVanaf = new long[nt + 1];
      dichtVanaf = new int[nt + 1];
      for (int i = nt - 1; i >= 0; i--) {
        int t = volgorde[i];
        restVanaf[i] = restVanaf[i + 1] + gewicht[t];
        lengteVanaf[i] = lengteVanaf[i + 1] + lengte[t];
        dichtVanaf[i] = dichtVanaf[i + 1] + (dicht[t] != null ? 1 : 0);
      }
    }

    static final int DOORLOPEN = 0;
    static final int OPZOEKEN = 1;
    static final int DICHT = 2;

    /**
     * Zwaar: de postings samen zijn minstens een kwart van het aantal documenten. Dan alles meteen dicht optellen (alleen
     * als alle punten in een short passen): een posting optellen zonder boekhouding kost ongeveer een derde van een
     * posting aflopen met tijdperk, geraakt-lijst en histogram, en bij zulke vragen sluit θ zelden genoeg uit om dat goed
     * te maken. Gemeten op het volle benchmarkprofiel (G1 engine p99): eerst een kwart van de postings aflopen 0,33 ms,
     * na de eerste term 0,21 ms, meteen 0,21 ms; drempel n/2, n/4 en n/8 gelijk binnen de ruis (0,21–0,23 ms), n/16
     * 0,23–0,25 ms.
     */
    boolean dichtLoont(int n) {
      return restVanaf[0] <= Short.MAX_VALUE && lengteVanaf[0] * 4 >= n;
    }

    /**
     * De goedkoopste manier om af te maken zodra θ de niet-geraakte documenten uitsluit, in halve nanoseconden gemeten
     * op onze machine: {@code aantal} documenten opzoeken (bitset per dichte term, samenvoegen voor de rest), de
     * resterende lijsten dicht optellen over alle n documenten, of gewoon doorlopen (met de kans op een betere θ).
     */
    int keuze(int j, long aantal, int n) {
      int dichte = dichtVanaf[j];
      int ijle = nt - j - dichte;
      long opzoeken = aantal * (80 + 4L * dichte + (ijle > 0 ? 8L * (32 + ijle) : 0));
      long dicht = restVanaf[0] <= Short.MAX_VALUE ? 5 * lengteVanaf[j] + n : Long.MAX_VALUE;
      long doorlopen = 12 * lengteVanaf[j];
      if (opzoeken <= dicht && opzoeken <= doorlopen) return OPZOEKEN;
      return dicht < doorlopen ? DICHT : DOORLOPEN;
    }
  }

  /**
   * Telt de punten van één postinglijst docs[van, tot) op: per document tijdperk en punten in één long (een
   * document uit een vorig tijdperk telt als 0), nieuw geraakte documenten achteraan in {@code geraakt}, en de
   * histogram van de punten bijgewerkt. Geeft het nieuwe aantal geraakte documenten.
   */
  private static int telOp(int[] docs, int van, int tot, int gewicht, long tp, long[] sa, int[] geraakt, int aantalGeraakt, int[] hist) {
    // Zonder sprong: of een document nieuw is, is per posting onvoorspelbaar (ongeveer de helft), en een verkeerd
    // voorspelde sprong kost meer dan het werk zelf. Een nieuw document heeft 0 punten; hist[0] wordt nooit gelezen.
    int n = aantalGeraakt;
    for (int i = van; i < tot; i++) {
      int d = docs[i];
      long v = sa[d];
      long x = (v ^ tp) >>> 32; // 0 als het document al geraakt is in dit tijdperk
      int nieuw = (int) ((x | -x) >>> 63);
      int a = (int) v & (nieuw - 1);
      hist[a]--;
      hist[a + gewicht]++;
      sa[d] = tp | (a + gewicht);
      geraakt[n] = d;
      n += nieuw;
    }
    return n;
  }

  /**
   * De punten van de termen (gesorteerd, vaardigheid << 32 | punten) die ook in ids[van, tot) (gesorteerd) staan:
   * één keer samen doorlopen.
   */
  private static int samenvoegen(int[] ids, int van, int tot, long[] termen) {
    int a = 0;
    int x = 0;
    int p = van;
    while (p < tot && x < termen.length) {
      int c = ids[p];
      int r = (int) (termen[x] >>> 32);
      if (c < r) {
        p++;
      } else if (c > r) {
        x++;
      } else {
        a += (int) termen[x];
        p++;
        x++;
      }
    }
    return a;
  }

  /**
   * Bitsets voor de vaardigheden waarvan de postinglijst minstens 1/32 van de documenten bevat: dan is de bitset
   * niet groter dan de lijst, en kost opzoeken of een document de vaardigheid heeft één geheugentoegang.
   */
  private static long[][] dichteSets(int[] start, int[] docs, int n) {
    long[][] uit = new long[start.length - 1][];
    if (n < 1024) return uit;
    for (int s = 0; s + 1 < start.length; s++) {
      if ((start[s + 1] - start[s]) * 32L < n) continue;
      long[] b = new long[(n + 63) >>> 6];
      for (int i = start[s]; i < start[s + 1]; i++) b[docs[i] >>> 6] |= 1L << docs[i];
      uit[s] = b;
    }
    return uit;
  }

  /** Postinglijsten (vaardigheid → docs) uit CSR (doc → vaardigheden) door tellend sorteren. */
  private static int[] postings(int[] start, int[] ids, int[] begin) {
    int m = begin.length - 1;
    for (int s : ids) begin[s + 1]++;
    for (int s = 0; s < m; s++) begin[s + 1] += begin[s];
    int[] docs = new int[begin[m]];
    int[] vul = Arrays.copyOf(begin, m);
    for (int d = 0; d + 1 < start.length; d++) for (int j = start[d]; j < start[d + 1]; j++) docs[vul[ids[j]]++] = d;
    return docs;
  }

  private static int[] uniek(int[] gesorteerd) {
    int j = 0;
    for (int i = 0; i < gesorteerd.length; i++) {
      if (i == 0 || gesorteerd[i] != gesorteerd[i - 1]) gesorteerd[j++] = gesorteerd[i];
    }
    return j == gesorteerd.length ? gesorteerd : Arrays.copyOf(gesorteerd, j);
  }

  /** Tekst naar oplopend nummer; lezen zonder slot. */
  static final class Woordenboek {
    private final Map<String, Integer> nummers = new ConcurrentHashMap<>();
    private int volgende;

    int nummer(String s) {
      Integer n = nummers.get(s);
      return n == null ? -1 : n;
    }

    int nummerOfNieuw(String s) {
      Integer n = nummers.get(s); // meestal bekend: zonder slot
      return n != null ? n : nieuw(s);
    }

    private synchronized int nieuw(String s) {
      Integer n = nummers.get(s);
      if (n != null) return n;
      nummers.put(s, volgende);
      return volgende++;
    }

    synchronized int aantal() {
      return volgende;
    }
  }

  private static final class IntLijst {
    int[] a = new int[64];
    int n;

    void voegToe(int v) {
      if (n == a.length) a = Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    int[] array() {
      return Arrays.copyOf(a, n);
    }
  }

  /** Werkgeheugen per thread: accumulatoren met tijdperkstempels (geen nulzetten), afstandscache, heap. */
  private static final class Kladblok {
    long[] sa = new long[0];
    int[] geraakt = new int[0];
    int[] geraaktAcc = new int[0];
    int[] orde = new int[0];
    int[] ordeAcc = new int[0];
    int[] emmer = new int[0];
    int[] hist = new int[0];
    int tijdperk;
    int[] afstand = new int[0];
    int[] afstandStempel = new int[0];
    int afstandVan = -2;
    int afstandTijdperk;
    final Heap heap = new Heap();
    final Heap heap2 = new Heap();

    void begin(int n, int k) {
      if (sa.length < n) {
        sa = new long[n];
        geraakt = new int[n + 1]; // telOp schrijft altijd één plek voorbij het laatst geraakte document
        geraaktAcc = new int[n];
        orde = new int[n];
        ordeAcc = new int[n];
        tijdperk = 0;
      }
      if (++tijdperk == Integer.MAX_VALUE) {
        Arrays.fill(sa, 0);
        tijdperk = 1;
      }
      afstandVan = -2;
      heap.begin(k);
    }

    int padN;
    int padTermen;
    long padPostings;
    int padJ;
    int padGeraakt;
    int padKeuze;
    int padPogingen;

    void pad(int n, int termen, long postings, int j, int geraakt, int keuze, int pogingen) {
      padN = n;
      padTermen = termen;
      padPostings = postings;
      padJ = j;
      padGeraakt = geraakt;
      padKeuze = keuze;
      padPogingen = pogingen;
    }

    short[] totaal = new short[0];
    int[] blokMax = new int[0];
    int[] blokOrde = new int[0];

    /** Punten per document over het hele deel: 0, behalve de gedeeltelijke punten van de al geraakte documenten. */
    short[] dicht(int n, int[] geraakt, int aantalGeraakt, long[] sa) {
      if (totaal.length < n) totaal = new short[n];
      Arrays.fill(totaal, 0, n, (short) 0);
      for (int i = 0; i < aantalGeraakt; i++) {
        int d = geraakt[i];
        totaal[d] = (short) sa[d];
      }
      return totaal;
    }

    /**
     * Zet de blokken van 64 documenten op hun hoogste puntental aflopend in {@link #blokOrde} (tellend sorteren), met
     * het hoogste puntental per blok in {@link #blokMax}; geeft het aantal blokken.
     */
    int blokkenAflopend(int n, int max) {
      int aantal = (n + 63) >>> 6;
      if (blokMax.length < aantal) {
        blokMax = new int[aantal];
        blokOrde = new int[aantal];
      }
      short[] t = totaal;
      for (int b = 0; b < aantal; b++) {
        int m = 0;
        for (int d = b << 6, eind = Math.min(n, d + 64); d < eind; d++) m = Math.max(m, t[d]);
        blokMax[b] = m;
      }
      if (emmer.length < max + 2) emmer = new int[max + 2];
      Arrays.fill(emmer, 0, max + 2, 0);
      for (int b = 0; b < aantal; b++) emmer[max - blokMax[b] + 1]++;
      for (int x = 1; x <= max + 1; x++) emmer[x] += emmer[x - 1];
      for (int b = 0; b < aantal; b++) blokOrde[emmer[max - blokMax[b]]++] = b;
      return aantal;
    }

    /** Een lege histogram voor puntentallen 0..max. */
    int[] histogram(int max) {
      if (hist.length < max + 1) hist = new int[max + 1];
      Arrays.fill(hist, 0, max + 1, 0);
      return hist;
    }

    /** Hoeveel geraakte documenten nu meer dan {@code grens} punten hebben (max = het hoogst mogelijke puntental). */
    int aantalBoven(int grens, int max) {
      int n = 0;
      for (int a = max; a > grens; a--) n += hist[a];
      return n;
    }

    /**
     * De eerste {@code n} geraakte documenten op acc aflopend (tellend sorteren; acc ligt tussen 0 en {@code max}).
     * Binnen gelijke acc blijft de volgorde willekeurig: de heap beslist gelijke scores zelf op id.
     */
    int[] opAccAflopend(int n, int max) {
      if (emmer.length < max + 2) emmer = new int[max + 2];
      Arrays.fill(emmer, 0, max + 2, 0);
      int[] ga = geraaktAcc;
      for (int i = 0; i < n; i++) { // één keer willekeurig lezen, daarna alleen nog op volgorde
        int a = (int) sa[geraakt[i]];
        ga[i] = a;
        emmer[max - a + 1]++;
      }
      for (int b = 1; b <= max + 1; b++) emmer[b] += emmer[b - 1];
      for (int i = 0; i < n; i++) {
        int plek = emmer[max - ga[i]]++;
        orde[plek] = geraakt[i];
        ordeAcc[plek] = ga[i];
      }
      return orde;
    }

    int afstand(Locaties l, int van, int naar) {
      if (van < 0 || naar < 0) return -1;
      if (afstandVan != van) {
        afstandVan = van;
        if (afstand.length < l.aantal()) {
          afstand = new int[l.aantal() + 1024];
          afstandStempel = new int[afstand.length];
        }
        if (++afstandTijdperk == Integer.MAX_VALUE) {
          Arrays.fill(afstandStempel, 0);
          afstandTijdperk = 1;
        }
      }
      if (naar >= afstand.length) return l.km10(van, naar);
      if (afstandStempel[naar] != afstandTijdperk) {
        afstandStempel[naar] = afstandTijdperk;
        afstand[naar] = l.km10(van, naar);
      }
      return afstand[naar];
    }
  }

  /** Top-k als min-heap op (score, dan id aflopend): de wortel is de slechtste van de beste k. */
  static final class Heap {
    int k;
    int n;
    int[] score = new int[0];
    long[] hi = new long[0];
    long[] lo = new long[0];

    void begin(int k) {
      this.k = k;
      n = 0;
      if (score.length < k) {
        score = new int[k];
        hi = new long[k];
        lo = new long[k];
      }
    }

    boolean vol() {
      return n == k;
    }

    int slechtsteScore() {
      return score[0];
    }

    /** a is slechter dan b. */
    private boolean slechter(int sa, long ha, long la, int sb, long hb, long lb) {
      if (sa != sb) return sa < sb;
      int c = Long.compare(ha, hb);
      if (c == 0) c = Long.compare(la, lb);
      return c > 0;
    }

    void bied(int s, long h, long l) {
      if (n < k) {
        int i = n++;
        while (i > 0) {
          int p = (i - 1) >>> 1;
          if (!slechter(s, h, l, score[p], hi[p], lo[p])) break;
          score[i] = score[p];
          hi[i] = hi[p];
          lo[i] = lo[p];
          i = p;
        }
        score[i] = s;
        hi[i] = h;
        lo[i] = l;
        return;
      }
      if (!slechter(score[0], hi[0], lo[0], s, h, l)) return;
      int i = 0;
      while (true) {
        int c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && slechter(score[c + 1], hi[c + 1], lo[c + 1], score[c], hi[c], lo[c])) c++;
        if (!slechter(score[c], hi[c], lo[c], s, h, l)) break;
        score[i] = score[c];
        hi[i] = hi[c];
        lo[i] = lo[c];
        i = c;
      }
      score[i] = s;
      hi[i] = h;
      lo[i] = l;
    }

    List<Treffer> resultaat() {
      List<Treffer> uit = new ArrayList<>(n);
      for (int i = 0; i < n; i++) uit.add(new Treffer(new UUID(hi[i], lo[i]), score[i]));
      uit.sort(Treffer.VOLGORDE);
      return uit;
    }
  }
}
