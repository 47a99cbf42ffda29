package nl.perspectiefopwerk.taxonomie.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.perspectiefopwerk.taxonomie.ZoekResultaat;
import nl.perspectiefopwerk.taxonomie.ZoekResultaat.Overeenkomst;
import org.junit.jupiter.api.Test;

class ZoekIndexTest {

  record Item(String naam, List<String> alt) {}

  private static final List<Item> BEROEPEN =
      List.of(
          new Item("reclasseringswerker", List.of("reclasseringsmedewerker")),
          new Item("pijplasser", List.of("lasser pijpleidingen")),
          new Item("lasser", List.of("metaallasser", "booglasser")),
          new Item("puntlasser", List.of()),
          new Item("lasrobotoperator", List.of("lasser-operator robot")),
          new Item("constructiebankwerker", List.of("Lasser constructie")),
          new Item("Inspiciënt", List.of("toneelmeester")),
          new Item("verpleegkundige", List.of("verpleger", "verpleegster")));

  private static final ZoekIndex<Item> INDEX = ZoekIndex.bouw(BEROEPEN, Item::naam, Item::alt);

  private static List<String> namen(List<ZoekResultaat<Item>> r) {
    return r.stream().map(t -> t.item().naam()).toList();
  }

  @Test
  void exactGaatVoorBeginVoorWoordVoorBevat() {
    List<ZoekResultaat<Item>> r = INDEX.zoek("lasser");
    assertThat(namen(r))
        .containsExactly(
            "lasser", // exact, voorkeursnaam
            "constructiebankwerker", // synoniem "Lasser constructie" begint met de zoekterm (kortst)
            "pijplasser", // synoniem "lasser pijpleidingen" begint met de zoekterm
            "lasrobotoperator", // synoniem "lasser-operator robot" begint met de zoekterm (langer)
            "puntlasser", // bevat, aan een woordeinde (kern van de samenstelling)
            "reclasseringswerker"); // bevat, midden in een woord
    assertThat(r.getFirst().overeenkomst()).isEqualTo(Overeenkomst.EXACT);
    assertThat(r.getFirst().gevondenVia()).isNull();
    assertThat(r.get(1).overeenkomst()).isEqualTo(Overeenkomst.BEGIN);
    assertThat(r.get(1).gevondenVia()).isEqualTo("Lasser constructie");
    assertThat(r.get(4).overeenkomst()).isEqualTo(Overeenkomst.BEVAT);
  }

  @Test
  void voorkeursnaamGaatVoorSynoniemBijGelijkeKlasse() {
    ZoekIndex<Item> index =
        ZoekIndex.bouw(
            List.of(new Item("aaa metselaar", List.of()), new Item("bbb", List.of("metselaar"))), Item::naam, Item::alt);
    // "bbb" heeft een exact synoniem en wint; bij gelijke klasse gaat de voorkeursnaam voor
    assertThat(namen(index.zoek("metselaar"))).containsExactly("bbb", "aaa metselaar");
    ZoekIndex<Item> gelijk =
        ZoekIndex.bouw(
            List.of(new Item("zzz", List.of("metselaar x")), new Item("metselaar y", List.of())), Item::naam, Item::alt);
    assertThat(namen(gelijk.zoek("metselaar"))).containsExactly("metselaar y", "zzz");
  }

  @Test
  void woordBegintMet() {
    List<ZoekResultaat<Item>> r = INDEX.zoek("pijpl");
    assertThat(namen(r)).containsExactly("pijplasser");
    assertThat(r.getFirst().overeenkomst()).isEqualTo(Overeenkomst.BEGIN);
    assertThat(r.getFirst().gevondenVia()).isNull(); // de voorkeursnaam gaat voor het synoniem "lasser pijpleidingen"
    List<ZoekResultaat<Item>> robot = INDEX.zoek("robot");
    assertThat(robot.getFirst().item().naam()).isEqualTo("lasrobotoperator");
    assertThat(robot.getFirst().overeenkomst()).isEqualTo(Overeenkomst.WOORD);
    assertThat(robot.getFirst().gevondenVia()).isEqualTo("lasser-operator robot");
  }

  @Test
  void synoniemDatOvereenkomtWordtGetoond() {
    List<ZoekResultaat<Item>> r = INDEX.zoek("verpleger");
    assertThat(r).hasSize(1);
    assertThat(r.getFirst().item().naam()).isEqualTo("verpleegkundige");
    assertThat(r.getFirst().gevondenVia()).isEqualTo("verpleger");
    assertThat(r.getFirst().overeenkomst()).isEqualTo(Overeenkomst.EXACT);
  }

  @Test
  void hoofdlettersEnDiakrietenMakenNietUit() {
    assertThat(namen(INDEX.zoek("INSPICIENT"))).containsExactly("Inspiciënt");
    assertThat(namen(INDEX.zoek("inspiciënt"))).containsExactly("Inspiciënt");
    assertThat(namen(INDEX.zoek("  Verpleeg  "))).containsExactly("verpleegkundige");
  }

  @Test
  void meerdereWoordenZonderTrefferAlsGeheelZoekenPerWoord() {
    List<ZoekResultaat<Item>> r = INDEX.zoek("pijpleidingen lasser");
    assertThat(namen(r)).containsExactly("pijplasser");
    assertThat(r.getFirst().overeenkomst()).isEqualTo(Overeenkomst.ALLE_WOORDEN);
    assertThat(INDEX.zoek("pijpleidingen verpleger")).isEmpty();
  }

  @Test
  void deelMetTotaalKomtOvereenMetDeVolledigeLijst() {
    List<ZoekResultaat<Item>> alles = INDEX.zoek("e");
    for (int vanaf = 0; vanaf <= alles.size() + 1; vanaf++) {
      for (int aantal = 1; aantal <= 4; aantal++) {
        ZoekIndex.Deel<Item> deel = INDEX.zoek("e", vanaf, aantal);
        assertThat(deel.totaal()).isEqualTo(alles.size());
        assertThat(deel.items()).isEqualTo(alles.subList(Math.min(vanaf, alles.size()), Math.min(alles.size(), vanaf + aantal)));
      }
    }
  }

  @Test
  void zonderZoektermAllesAlfabetischEnMaximum() {
    assertThat(namen(INDEX.zoek(""))).first().isEqualTo("constructiebankwerker");
    assertThat(INDEX.zoek("", 3)).hasSize(3);
    assertThat(INDEX.zoek("lasser", 2)).hasSize(2);
    assertThat(INDEX.zoek("xyz")).isEmpty();
    assertThat(ZoekIndex.<Item>leeg().zoek("lasser")).isEmpty();
  }

  /** Verschilproef: de snelle index geeft dezelfde treffersets als een naïeve scan. */
  @Test
  void zelfdeTreffersAlsNaieveScan() {
    Random random = new Random(42);
    String letters = "aeiolnrst ";
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      List<String> alt = new ArrayList<>();
      for (int a = random.nextInt(4); a > 0; a--) alt.add(woord(random, letters));
      items.add(new Item(woord(random, letters) + i, alt));
    }
    ZoekIndex<Item> index = ZoekIndex.bouw(items, Item::naam, Item::alt);
    for (int q = 0; q < 300; q++) {
      String w = woord(random, letters);
      String zoek = Normalisatie.normaliseer(w.substring(0, Math.min(w.length(), 1 + random.nextInt(4))));
      if (zoek.isEmpty() || zoek.contains(" ")) continue; // meerdere woorden: eigen test hierboven
      List<String> verwacht =
          items.stream()
              .filter(it -> Normalisatie.normaliseer(it.naam()).contains(zoek)
                  || it.alt().stream().anyMatch(a -> Normalisatie.normaliseer(a).contains(zoek)))
              .map(Item::naam)
              .sorted()
              .toList();
      assertThat(namen(index.zoek(zoek)).stream().sorted().toList()).as("zoek '%s'", zoek).isEqualTo(verwacht);
      List<String> rangorde = naieveRangorde(items, zoek);
      assertThat(namen(index.zoek(zoek))).as("volgorde bij '%s'", zoek).isEqualTo(rangorde);
      int max = 1 + random.nextInt(12); // typeahead: via de woordbegin-index of de volledige scan
      assertThat(namen(index.zoek(zoek, max))).as("beste %d bij '%s'", max, zoek).isEqualTo(rangorde.subList(0, Math.min(max, rangorde.size())));
    }
  }

  /** Referentie: per item de beste (klasse, synoniem, labellengte) over alle vindplaatsen; dan de naam. */
  private static List<String> naieveRangorde(List<Item> items, String q) {
    record Score(String naam, String sleutel, int klasse, int synoniem, int lengte) {}
    List<Score> scores = new ArrayList<>();
    for (Item it : items) {
      Score beste = null;
      List<String> labels = new ArrayList<>();
      labels.add(Normalisatie.normaliseer(it.naam()));
      it.alt().stream().map(Normalisatie::normaliseer).filter(a -> !a.isEmpty() && !labels.contains(a)).forEach(labels::add);
      for (int l = 0; l < labels.size(); l++) {
        String label = labels.get(l);
        for (int p = label.indexOf(q); p >= 0; p = label.indexOf(q, p + 1)) {
          int klasse;
          if (p == 0) klasse = label.length() == q.length() ? 0 : 1;
          else if (!Character.isLetterOrDigit(label.charAt(p - 1))) klasse = 2;
          else if (p + q.length() == label.length() || !Character.isLetterOrDigit(label.charAt(p + q.length()))) klasse = 3;
          else klasse = 4;
          Score s = new Score(it.naam(), labels.getFirst(), klasse, l == 0 ? 0 : 1, label.length());
          if (beste == null || vergelijk(s.klasse(), s.synoniem(), s.lengte(), beste.klasse(), beste.synoniem(), beste.lengte()) < 0) beste = s;
        }
      }
      if (beste != null) scores.add(beste);
    }
    return scores.stream()
        .sorted(java.util.Comparator.comparingInt(Score::klasse).thenComparingInt(Score::synoniem).thenComparingInt(Score::lengte).thenComparing(Score::sleutel))
        .map(Score::naam)
        .toList();
  }

  private static int vergelijk(int k1, int s1, int l1, int k2, int s2, int l2) {
    return k1 != k2 ? Integer.compare(k1, k2) : s1 != s2 ? Integer.compare(s1, s2) : Integer.compare(l1, l2);
  }

  @Test
  void snelGenoegOpDrieduizendBeroepen() {
    Random random = new Random(7);
    String letters = "abcdefghijklmnopqrstuvwxyz";
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      List<String> alt = new ArrayList<>();
      for (int a = 0; a < 7; a++) alt.add(woord(random, letters) + " " + woord(random, letters));
      items.add(new Item(woord(random, letters) + " " + woord(random, letters), alt));
    }
    ZoekIndex<Item> index = ZoekIndex.bouw(items, Item::naam, Item::alt);
    String[] termen = {"las", "lasser", "ver", "a", "tech", "monteur", "qz"};
    for (int i = 0; i < 2_000; i++) index.zoek(termen[i % termen.length], 10); // opwarmen
    int n = 20_000;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) index.zoek(termen[i % termen.length], 10);
    double microPerZoekopdracht = (System.nanoTime() - start) / 1_000.0 / n;
    System.out.printf("ZoekIndex: %.1f µs per zoekopdracht (3.000 items, 24.000 labels)%n", microPerZoekopdracht);
    assertThat(microPerZoekopdracht).isLessThan(1_000);
  }

  private static String woord(Random random, String letters) {
    StringBuilder b = new StringBuilder();
    for (int i = 3 + random.nextInt(8); i > 0; i--) b.append(letters.charAt(random.nextInt(letters.length())));
    return b.toString();
  }
}
