package nl.perspectiefopwerk.kandidaat.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.perspectiefopwerk.kandidaat.domain.Generalisatie.Getoond;
import nl.perspectiefopwerk.kandidaat.domain.Generalisatie.Kenmerken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneralisatieTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 1);
  private static final String REGIO_NOORD = "RG01";
  private static final String REGIO_ZUID = "RG02";
  private static final Map<String, String> GEMEENTEN = Map.of(
      "GM0001", REGIO_NOORD, "GM0002", REGIO_NOORD, "GM0003", REGIO_NOORD,
      "GM0004", REGIO_ZUID, "GM0005", REGIO_ZUID);
  private static final List<String> GEMEENTECODES = GEMEENTEN.keySet().stream().sorted().toList();
  private static final String KLEINE_GEMEENTE = "GM9999";
  private static final int LEEFTIJD_ZELDZAAM = 79;

  // --- fixture ---

  private static Kenmerken persoon(String gemeente, int leeftijd) {
    return persoon(gemeente, leeftijd, 0);
  }

  private static Kenmerken persoon(String gemeente, int leeftijd, int dagenNaVerjaardag) {
    String regio = gemeente.equals(KLEINE_GEMEENTE) ? REGIO_ZUID : GEMEENTEN.get(gemeente);
    return new Kenmerken(UUID.randomUUID(), gemeente, regio, VANDAAG.minusYears(leeftijd).minusDays(dagenNaVerjaardag));
  }

  private static List<Kenmerken> groep(int aantal, String gemeente, int leeftijd) {
    return IntStream.range(0, aantal).mapToObj(i -> persoon(gemeente, leeftijd)).toList();
  }

  @SafeVarargs
  private static List<Kenmerken> samen(List<Kenmerken>... groepen) {
    List<Kenmerken> alle = new ArrayList<>();
    for (var g : groepen) alle.addAll(g);
    return alle;
  }

  private static int leeftijd(Kenmerken p) {
    return Period.between(p.geboortedatum(), VANDAAG).getYears();
  }

  /** Willekeurige bevolking van 5–400 mensen, 18–67 jaar, plus één zeldzame oudere in een kleine gemeente. */
  private static List<Kenmerken> willekeurigeBevolking(Random random) {
    int aantal = 5 + random.nextInt(396);
    List<Kenmerken> mensen = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      String gemeente = GEMEENTECODES.get(random.nextInt(GEMEENTECODES.size()));
      mensen.add(persoon(gemeente, 18 + random.nextInt(50), random.nextInt(365)));
    }
    mensen.add(zeldzamePersoon());
    return mensen;
  }

  private static Kenmerken zeldzamePersoon() {
    return persoon(KLEINE_GEMEENTE, LEEFTIJD_ZELDZAAM, 100);
  }

  private static Map<Getoond, Long> klassegroottes(Map<UUID, Getoond> uitkomst) {
    return uitkomst.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  // --- eigenschappen over willekeurige bevolkingen ---

  @Test
  void elkeGepubliceerdeCombinatieDelenMinstensKProfielen() {
    Random random = new Random(20260601L);
    for (int ronde = 0; ronde < 200; ronde++) {
      List<Kenmerken> bevolking = willekeurigeBevolking(random);
      int k = random.nextBoolean() ? 5 : 10;
      Map<UUID, Getoond> uitkomst = Generalisatie.pas(bevolking, k, VANDAAG);
      String context = "ronde " + ronde + ", k=" + k + ", n=" + bevolking.size();

      assertThat(bevolking.stream().map(Kenmerken::id).toList()).as(context).containsAll(uitkomst.keySet());
      klassegroottes(uitkomst).forEach((getoond, aantal) ->
          assertThat(aantal).as(context + ": klasse " + getoond).isGreaterThanOrEqualTo(k));

      for (Kenmerken p : bevolking) {
        Getoond g = uitkomst.get(p.id());
        if (g == null) continue; // onderdrukt
        assertThat(g.regiocode()).as(context).isEqualTo(p.regiocode());
        assertThat(g.gemeentecode()).as(context).isIn(null, p.gemeentecode());
        int jaren = leeftijd(p);
        assertThat(g.leeftijdsband()).as(context)
            .isIn(null, Generalisatie.band5(jaren), Generalisatie.band10(jaren), Generalisatie.bandBreed(jaren));
      }
    }
  }

  @Test
  void deZeldzamePersoonWordtNooitMetGemeenteEnVijfjaarsbandGetoond() {
    Random random = new Random(42L);
    for (int ronde = 0; ronde < 200; ronde++) {
      List<Kenmerken> bevolking = willekeurigeBevolking(random);
      Kenmerken zeldzaam = bevolking.getLast();
      int k = random.nextBoolean() ? 5 : 10;
      Getoond g = Generalisatie.pas(bevolking, k, VANDAAG).get(zeldzaam.id());
      if (g == null) continue; // onderdrukt is goed
      assertThat(g.alleenRegio()).as("ronde " + ronde).isTrue();
      assertThat(g.gemeentecode()).isNull();
      assertThat(g.regiocode()).isEqualTo(REGIO_ZUID);
    }
  }

  @Test
  void wieOpGemeenteniveauEenKlasseVanKVormtBlijftOpGemeenteniveau() {
    Random random = new Random(7L);
    for (int ronde = 0; ronde < 200; ronde++) {
      List<Kenmerken> bevolking = willekeurigeBevolking(random);
      int k = random.nextBoolean() ? 5 : 10;
      Map<UUID, Getoond> uitkomst = Generalisatie.pas(bevolking, k, VANDAAG);
      Map<String, Long> perGemeenteEnBand = bevolking.stream()
          .collect(Collectors.groupingBy(p -> p.gemeentecode() + "|" + Generalisatie.band5(leeftijd(p)), Collectors.counting()));
      for (Kenmerken p : bevolking) {
        if (perGemeenteEnBand.get(p.gemeentecode() + "|" + Generalisatie.band5(leeftijd(p))) >= k) {
          assertThat(uitkomst.get(p.id())).isEqualTo(new Getoond(p.gemeentecode(), p.regiocode(), Generalisatie.band5(leeftijd(p))));
        }
      }
    }
  }

  @Test
  void deVolgordeVanDeInvoerMaaktNietUit() {
    Random random = new Random(99L);
    for (int ronde = 0; ronde < 50; ronde++) {
      List<Kenmerken> bevolking = willekeurigeBevolking(random);
      List<Kenmerken> geschud = new ArrayList<>(bevolking);
      Collections.shuffle(geschud, random);
      assertThat(Generalisatie.pas(geschud, 5, VANDAAG)).isEqualTo(Generalisatie.pas(bevolking, 5, VANDAAG));
    }
  }

  // --- vaste scenario's ---

  @Test
  void kleinereBevolkingDanKWordtHeelOnderdrukt() {
    List<Kenmerken> bevolking = samen(groep(2, "GM0001", 30), groep(2, "GM0002", 50));
    assertThat(Generalisatie.pas(bevolking, 5, VANDAAG)).isEmpty();
    assertThat(Generalisatie.pas(groep(9, "GM0001", 30), 10, VANDAAG)).isEmpty();
  }

  @Test
  void legeBevolkingGeeftLegeUitkomst() {
    assertThat(Generalisatie.pas(List.of(), 5, VANDAAG)).isEmpty();
  }

  @Test
  void grootEnGelijksoortigBlijftOpGemeenteMetVijfjaarsband() {
    Random random = new Random(1L);
    List<Kenmerken> bevolking = IntStream.range(0, 200)
        .mapToObj(i -> persoon("GM0001", 30 + random.nextInt(5), random.nextInt(365)))
        .toList();
    Map<UUID, Getoond> uitkomst = Generalisatie.pas(bevolking, 10, VANDAAG);
    assertThat(uitkomst).hasSize(200);
    assertThat(uitkomst.values()).containsOnly(new Getoond("GM0001", REGIO_NOORD, "30–34"));
  }

  @Test
  void preciesKIsGenoegVoorGemeenteniveau() {
    var bevolking = groep(5, "GM0001", 42);
    assertThat(Generalisatie.pas(bevolking, 5, VANDAAG).values()).containsOnly(new Getoond("GM0001", REGIO_NOORD, "40–44"));
  }

  @Test
  void generaliseertStapVoorStapEerstDeLeeftijdDanDeWoonplaats() {
    var opGemeente = groep(5, "GM0001", 42);
    var gemeenteTienJaar = samen(groep(3, "GM0002", 41), groep(2, "GM0002", 47));
    var gemeenteBreed = samen(groep(2, "GM0003", 36), groep(3, "GM0003", 50));
    var gemeenteZonderLeeftijd = samen(groep(2, "GM0004", 20), groep(3, "GM0004", 60));
    var regioTienJaar = samen(groep(2, "GM0001", 65), groep(3, "GM0002", 62));
    var onderdrukt = groep(4, "GM0005", 30);
    Map<UUID, Getoond> uitkomst = Generalisatie.pas(
        samen(opGemeente, gemeenteTienJaar, gemeenteBreed, gemeenteZonderLeeftijd, regioTienJaar, onderdrukt), 5, VANDAAG);

    assertThat(getoondVoor(uitkomst, opGemeente)).containsOnly(new Getoond("GM0001", REGIO_NOORD, "40–44"));
    assertThat(getoondVoor(uitkomst, gemeenteTienJaar)).containsOnly(new Getoond("GM0002", REGIO_NOORD, "40–49"));
    assertThat(getoondVoor(uitkomst, gemeenteBreed)).containsOnly(new Getoond("GM0003", REGIO_NOORD, "35–54"));
    assertThat(getoondVoor(uitkomst, gemeenteZonderLeeftijd)).containsOnly(new Getoond("GM0004", REGIO_ZUID, null));
    // wat op gemeenteniveau overblijft (65- en 62-jarigen uit twee gemeenten) vormt samen een regioklasse
    assertThat(getoondVoor(uitkomst, regioTienJaar)).containsOnly(new Getoond(null, REGIO_NOORD, "60+"));
    // de vier overgebleven mensen in zuid halen op geen enkel niveau k
    assertThat(uitkomst).doesNotContainKeys(onderdrukt.stream().map(Kenmerken::id).toArray(UUID[]::new));
    assertThat(uitkomst).hasSize(25);
  }

  @Test
  void eenEenlingInEenRegioWordtOnderdrukt() {
    var noord = groep(10, "GM0001", 30);
    var eenling = persoon("GM0004", 30);
    Map<UUID, Getoond> uitkomst = Generalisatie.pas(samen(noord, List.of(eenling)), 5, VANDAAG);
    assertThat(uitkomst).doesNotContainKey(eenling.id()).hasSize(10);
  }

  @Test
  void regiosWordenNooitSamengevoegd() {
    // noord haalt k pas zonder leeftijd; zuid (4) haalt k nergens, ook niet samen met noord
    var noord = samen(groep(3, "GM0001", 30), groep(2, "GM0002", 60));
    var zuid = groep(4, "GM0004", 30);
    Map<UUID, Getoond> uitkomst = Generalisatie.pas(samen(noord, zuid), 5, VANDAAG);
    assertThat(getoondVoor(uitkomst, noord)).containsOnly(new Getoond(null, REGIO_NOORD, null));
    assertThat(uitkomst).hasSize(5);
  }

  @Test
  void leeftijdTeltInVolleJarenOpDePeildatum() {
    var netVijfendertig = new Kenmerken(UUID.randomUUID(), "GM0001", REGIO_NOORD, VANDAAG.minusYears(35));
    var morgenVijfendertig = new Kenmerken(UUID.randomUUID(), "GM0001", REGIO_NOORD, VANDAAG.minusYears(35).plusDays(1));
    var bevolking = samen(groep(4, "GM0001", 35), List.of(netVijfendertig, morgenVijfendertig), groep(4, "GM0001", 34));
    Map<UUID, Getoond> uitkomst = Generalisatie.pas(bevolking, 5, VANDAAG);
    assertThat(uitkomst.get(netVijfendertig.id()).leeftijdsband()).isEqualTo("35–39");
    assertThat(uitkomst.get(morgenVijfendertig.id()).leeftijdsband()).isEqualTo("30–34");
  }

  @Test
  void kOnderTweeWordtGeweigerd() {
    assertThatThrownBy(() -> Generalisatie.pas(List.of(), 1, VANDAAG)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generalisatie.pas(List.of(), 0, VANDAAG)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getoondZonderGemeenteIsAlleenRegio() {
    assertThat(new Getoond(null, REGIO_NOORD, "30–34").alleenRegio()).isTrue();
    assertThat(new Getoond("GM0001", REGIO_NOORD, "30–34").alleenRegio()).isFalse();
  }

  private static List<Getoond> getoondVoor(Map<UUID, Getoond> uitkomst, List<Kenmerken> mensen) {
    List<Getoond> lijst = new ArrayList<>();
    for (Kenmerken p : mensen) {
      assertThat(uitkomst).containsKey(p.id());
      lijst.add(uitkomst.get(p.id()));
    }
    return lijst;
  }

  // --- bandgrenzen ---

  @ParameterizedTest(name = "band5({0}) = {1}")
  @CsvSource(delimiter = ';', value = {
      "0;tot 20", "18;tot 20", "19;tot 20", "20;20–24", "24;20–24", "25;25–29", "29;25–29", "30;30–34",
      "59;55–59", "60;60–64", "64;60–64", "65;65+", "67;65+", "99;65+"})
  void vijfjaarsbanden(int leeftijd, String band) {
    assertThat(Generalisatie.band5(leeftijd)).isEqualTo(band);
  }

  @ParameterizedTest(name = "band10({0}) = {1}")
  @CsvSource(delimiter = ';', value = {
      "0;tot 20", "19;tot 20", "20;20–29", "29;20–29", "30;30–39", "39;30–39", "40;40–49",
      "59;50–59", "60;60+", "67;60+"})
  void tienjaarsbanden(int leeftijd, String band) {
    assertThat(Generalisatie.band10(leeftijd)).isEqualTo(band);
  }

  @ParameterizedTest(name = "bandBreed({0}) = {1}")
  @CsvSource(delimiter = ';', value = {"0;tot 35", "18;tot 35", "34;tot 35", "35;35–54", "54;35–54", "55;55+", "67;55+"})
  void bredeBanden(int leeftijd, String band) {
    assertThat(Generalisatie.bandBreed(leeftijd)).isEqualTo(band);
  }

  @Test
  void elkeLeeftijdValtInPreciesEenBandPerNiveauEnBandenZijnAaneengesloten() {
    Map<String, List<Integer>> perBand5 = new HashMap<>();
    for (int leeftijd = 0; leeftijd <= 120; leeftijd++) {
      perBand5.computeIfAbsent(Generalisatie.band5(leeftijd), x -> new ArrayList<>()).add(leeftijd);
    }
    perBand5.forEach((band, leeftijden) -> {
      assertThat(leeftijden.getLast() - leeftijden.getFirst() + 1).as(band).isEqualTo(leeftijden.size());
      if (!band.equals("tot 20") && !band.equals("65+")) assertThat(leeftijden).as(band).hasSize(5);
    });
    // de vijfjaarsband ligt altijd binnen één tienjaarsband
    perBand5.forEach((band, leeftijden) ->
        assertThat(leeftijden.stream().map(Generalisatie::band10).distinct()).as(band).hasSize(1));
  }
}
