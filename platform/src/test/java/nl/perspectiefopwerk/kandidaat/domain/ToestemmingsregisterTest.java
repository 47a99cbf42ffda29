package nl.perspectiefopwerk.kandidaat.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming.Soort;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming.Wijze;
import nl.perspectiefopwerk.kandidaat.domain.Toestemmingsregister.Besluit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ToestemmingsregisterTest {

  private static final UUID WERKGEVER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID WERKGEVER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final Instant GEGEVEN_OP = Instant.parse("2026-01-10T09:00:00Z");
  private static final Instant INGETROKKEN_OP = Instant.parse("2026-02-01T12:00:00Z");
  private static final Instant OPNIEUW_OP = Instant.parse("2026-03-01T08:30:00Z");

  // --- fixture ---

  private static final class ToestemmingFixture {
    static Toestemmingsregister leegRegister() {
      return new Toestemmingsregister(List.of());
    }

    static Toestemmingsregister metActieveBestandstoestemming() {
      var r = leegRegister();
      geefBestand(r, GEGEVEN_OP);
      return r;
    }

    static Toestemmingsregister metIngetrokkenBestandstoestemming() {
      var r = metActieveBestandstoestemming();
      trekBestandIn(r, INGETROKKEN_OP);
      return r;
    }

    static Besluit geefBestand(Toestemmingsregister r, Instant op) {
      return r.geef(Soort.BESTAND, null, "Opname in het regionale bestand", "2026-1", Wijze.DOOR_KANDIDAAT, "kandidaat", op);
    }

    static Besluit trekBestandIn(Toestemmingsregister r, Instant op) {
      return r.trekIn(Soort.BESTAND, null, "kandidaat", op);
    }

    static Besluit geefIdentiteit(Toestemmingsregister r, UUID werkgever, Instant op) {
      return r.geef(Soort.IDENTITEIT, werkgever, "Identiteit aan werkgever", "2026-1", Wijze.OP_PAPIER_DOOR_CONSULENT, "consulent-1", op);
    }

    static Besluit trekIdentiteitIn(Toestemmingsregister r, UUID werkgever, Instant op) {
      return r.trekIn(Soort.IDENTITEIT, werkgever, "consulent-2", op);
    }

    static Toestemming toestemming(Soort soort, UUID werkgever, String doel, String versie) {
      return new Toestemming(UUID.randomUUID(), soort, werkgever, doel, versie, GEGEVEN_OP, Wijze.DOOR_KANDIDAAT, "k", null, null);
    }
  }

  private static Toestemming gegeven(Besluit b) {
    assertThat(b).isInstanceOf(Besluit.Gegeven.class);
    return ((Besluit.Gegeven) b).toestemming();
  }

  private static Toestemming ingetrokken(Besluit b) {
    assertThat(b).isInstanceOf(Besluit.Ingetrokken.class);
    return ((Besluit.Ingetrokken) b).toestemming();
  }

  // --- Toestemming zelf ---

  @Test
  void identiteitZonderWerkgeverWordtGeweigerd() {
    assertThatThrownBy(() -> ToestemmingFixture.toestemming(Soort.IDENTITEIT, null, "doel", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("werkgever");
  }

  @Test
  void doeltekstEnVersieZijnVerplicht() {
    assertThatThrownBy(() -> ToestemmingFixture.toestemming(Soort.BESTAND, null, " ", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToestemmingFixture.toestemming(Soort.BESTAND, null, null, "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToestemmingFixture.toestemming(Soort.BESTAND, null, "doel", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToestemmingFixture.toestemming(Soort.BESTAND, null, "doel", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verplichteVeldenMogenNietNullZijn() {
    assertThatThrownBy(() -> new Toestemming(null, Soort.BESTAND, null, "d", "1", GEGEVEN_OP, Wijze.DOOR_KANDIDAAT, "k", null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Toestemming(UUID.randomUUID(), null, null, "d", "1", GEGEVEN_OP, Wijze.DOOR_KANDIDAAT, "k", null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Toestemming(UUID.randomUUID(), Soort.BESTAND, null, "d", "1", null, Wijze.DOOR_KANDIDAAT, "k", null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Toestemming(UUID.randomUUID(), Soort.BESTAND, null, "d", "1", GEGEVEN_OP, null, "k", null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toestemmingZonderIntrekmomentIsActief() {
    var t = ToestemmingFixture.toestemming(Soort.BESTAND, null, "doel", "1");
    assertThat(t.isActief()).isTrue();
    assertThat(t.ingetrokken(INGETROKKEN_OP, "x").isActief()).isFalse();
    assertThat(t.isActief()).as("het origineel wordt niet gewijzigd").isTrue();
  }

  // --- geven en intrekken ---

  @Test
  void gevenLegtAllesVast() {
    var r = ToestemmingFixture.leegRegister();
    Toestemming t = gegeven(ToestemmingFixture.geefBestand(r, GEGEVEN_OP));
    assertThat(t.id()).isNotNull();
    assertThat(t.soort()).isEqualTo(Soort.BESTAND);
    assertThat(t.doel()).isEqualTo("Opname in het regionale bestand");
    assertThat(t.tekstversie()).isEqualTo("2026-1");
    assertThat(t.gegevenOp()).isEqualTo(GEGEVEN_OP);
    assertThat(t.wijze()).isEqualTo(Wijze.DOOR_KANDIDAAT);
    assertThat(t.vastgelegdDoor()).isEqualTo("kandidaat");
    assertThat(t.isActief()).isTrue();
    assertThat(r.alle()).containsExactly(t);
    assertThat(r.heeftBestandstoestemming()).isTrue();
  }

  @Test
  void tweeKeerGevenWordtAfgewezen() {
    var r = ToestemmingFixture.metActieveBestandstoestemming();
    Besluit b = ToestemmingFixture.geefBestand(r, OPNIEUW_OP);
    assertThat(b).isInstanceOf(Besluit.Afgewezen.class);
    assertThat(((Besluit.Afgewezen) b).reden()).isNotBlank();
    assertThat(r.alle()).hasSize(1);
  }

  @Test
  void intrekkenZonderActieveToestemmingWordtAfgewezen() {
    var r = ToestemmingFixture.leegRegister();
    Besluit b = ToestemmingFixture.trekBestandIn(r, INGETROKKEN_OP);
    assertThat(b).isInstanceOf(Besluit.Afgewezen.class);
    assertThat(((Besluit.Afgewezen) b).reden()).isNotBlank();
    assertThat(r.alle()).isEmpty();
  }

  @Test
  void ingetrokkenToestemmingBehoudtHaarGegevens() {
    var r = ToestemmingFixture.leegRegister();
    Toestemming origineel = gegeven(ToestemmingFixture.geefBestand(r, GEGEVEN_OP));
    Toestemming na = ingetrokken(ToestemmingFixture.trekBestandIn(r, INGETROKKEN_OP));

    assertThat(na)
        .usingRecursiveComparison()
        .ignoringFields("ingetrokkenOp", "ingetrokkenDoor")
        .isEqualTo(origineel);
    assertThat(na.ingetrokkenOp()).isEqualTo(INGETROKKEN_OP);
    assertThat(na.ingetrokkenDoor()).isEqualTo("kandidaat");
    assertThat(na.isActief()).isFalse();
    assertThat(r.alle()).containsExactly(na);
    assertThat(r.heeftBestandstoestemming()).isFalse();
  }

  @Test
  void naIntrekkenOpnieuwGevenMaaktEenNieuwRecord() {
    var r = ToestemmingFixture.metIngetrokkenBestandstoestemming();
    Toestemming oud = r.alle().getFirst();
    Toestemming nieuw = gegeven(ToestemmingFixture.geefBestand(r, OPNIEUW_OP));

    assertThat(nieuw.id()).isNotEqualTo(oud.id());
    assertThat(nieuw.gegevenOp()).isEqualTo(OPNIEUW_OP);
    assertThat(nieuw.isActief()).isTrue();
    assertThat(r.alle()).containsExactly(oud, nieuw);
    assertThat(r.alle().getFirst().isActief()).isFalse();
    assertThat(r.heeftBestandstoestemming()).isTrue();
    assertThat(r.actief(Soort.BESTAND, null)).contains(nieuw);
  }

  @Test
  void identiteitVoorWerkgeverARaaktWerkgeverBNiet() {
    var r = ToestemmingFixture.leegRegister();
    gegeven(ToestemmingFixture.geefIdentiteit(r, WERKGEVER_A, GEGEVEN_OP));

    assertThat(r.actief(Soort.IDENTITEIT, WERKGEVER_A)).isPresent();
    assertThat(r.actief(Soort.IDENTITEIT, WERKGEVER_B)).isEmpty();
    assertThat(ToestemmingFixture.trekIdentiteitIn(r, WERKGEVER_B, INGETROKKEN_OP)).isInstanceOf(Besluit.Afgewezen.class);
    assertThat(ToestemmingFixture.geefIdentiteit(r, WERKGEVER_B, GEGEVEN_OP)).isInstanceOf(Besluit.Gegeven.class);

    Toestemming aIngetrokken = ingetrokken(ToestemmingFixture.trekIdentiteitIn(r, WERKGEVER_A, INGETROKKEN_OP));
    assertThat(aIngetrokken.werkgever()).isEqualTo(WERKGEVER_A);
    assertThat(aIngetrokken.ingetrokkenDoor()).isEqualTo("consulent-2");
    assertThat(aIngetrokken.vastgelegdDoor()).isEqualTo("consulent-1");
    assertThat(r.actief(Soort.IDENTITEIT, WERKGEVER_A)).isEmpty();
    assertThat(r.actief(Soort.IDENTITEIT, WERKGEVER_B)).isPresent();
  }

  @Test
  void identiteitEnBestandZijnOnafhankelijk() {
    var r = ToestemmingFixture.leegRegister();
    ToestemmingFixture.geefIdentiteit(r, WERKGEVER_A, GEGEVEN_OP);
    assertThat(r.heeftBestandstoestemming()).isFalse();

    ToestemmingFixture.geefBestand(r, GEGEVEN_OP);
    ToestemmingFixture.trekIdentiteitIn(r, WERKGEVER_A, INGETROKKEN_OP);
    assertThat(r.heeftBestandstoestemming()).isTrue();
    assertThat(ToestemmingFixture.trekBestandIn(r, INGETROKKEN_OP)).isInstanceOf(Besluit.Ingetrokken.class);
    assertThat(r.alle()).hasSize(2).noneMatch(Toestemming::isActief);
  }

  @Test
  void bestandstoestemmingGeldtOngeachtWerkgever() {
    var r = ToestemmingFixture.metActieveBestandstoestemming();
    assertThat(r.actief(Soort.BESTAND, WERKGEVER_A)).isPresent();
    assertThat(r.trekIn(Soort.BESTAND, WERKGEVER_B, "k", INGETROKKEN_OP)).isInstanceOf(Besluit.Ingetrokken.class);
    assertThat(r.heeftBestandstoestemming()).isFalse();
  }

  @Test
  void registerIsNietVanBuitenafTeWijzigen() {
    List<Toestemming> bron = new ArrayList<>();
    var r = new Toestemmingsregister(bron);
    bron.add(ToestemmingFixture.toestemming(Soort.BESTAND, null, "d", "1"));
    assertThat(r.heeftBestandstoestemming()).isFalse();
    assertThatThrownBy(() -> r.alle().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void registerUitOpgeslagenToestemmingenHerkentDeActieve() {
    var oud = ToestemmingFixture.toestemming(Soort.BESTAND, null, "d", "1").ingetrokken(INGETROKKEN_OP, "k");
    var r = new Toestemmingsregister(List.of(oud));
    assertThat(r.heeftBestandstoestemming()).isFalse();
    assertThat(ToestemmingFixture.geefBestand(r, OPNIEUW_OP)).isInstanceOf(Besluit.Gegeven.class);
  }

  // --- uitputtende toestandsovergangen ---

  enum Begintoestand { GEEN, ACTIEF, INGETROKKEN }

  enum Handeling { GEEF, TREK_IN }

  static Stream<Arguments> overgangen() {
    return Stream.of(
        Arguments.of(Begintoestand.GEEN, Handeling.GEEF, Besluit.Gegeven.class, true),
        Arguments.of(Begintoestand.GEEN, Handeling.TREK_IN, Besluit.Afgewezen.class, false),
        Arguments.of(Begintoestand.ACTIEF, Handeling.GEEF, Besluit.Afgewezen.class, true),
        Arguments.of(Begintoestand.ACTIEF, Handeling.TREK_IN, Besluit.Ingetrokken.class, false),
        Arguments.of(Begintoestand.INGETROKKEN, Handeling.GEEF, Besluit.Gegeven.class, true),
        Arguments.of(Begintoestand.INGETROKKEN, Handeling.TREK_IN, Besluit.Afgewezen.class, false));
  }

  private static Toestemmingsregister bestandsregisterIn(Begintoestand toestand) {
    return switch (toestand) {
      case GEEN -> ToestemmingFixture.leegRegister();
      case ACTIEF -> ToestemmingFixture.metActieveBestandstoestemming();
      case INGETROKKEN -> ToestemmingFixture.metIngetrokkenBestandstoestemming();
    };
  }

  private static int verwachtAantalRecords(Begintoestand toestand, Class<? extends Besluit> uitkomst) {
    int voor = toestand == Begintoestand.GEEN ? 0 : 1;
    return uitkomst == Besluit.Gegeven.class ? voor + 1 : voor;
  }

  @ParameterizedTest(name = "bestand: {0} + {1} → {2}, bestandstoestemming {3}")
  @MethodSource("overgangen")
  void elkeOvergangVanDeBestandstoestemming(
      Begintoestand toestand, Handeling handeling, Class<? extends Besluit> verwacht, boolean heeftToestemmingNa) {
    var r = bestandsregisterIn(toestand);
    Besluit b = switch (handeling) {
      case GEEF -> ToestemmingFixture.geefBestand(r, OPNIEUW_OP);
      case TREK_IN -> ToestemmingFixture.trekBestandIn(r, OPNIEUW_OP);
    };
    assertThat(b).isInstanceOf(verwacht);
    assertThat(r.heeftBestandstoestemming()).isEqualTo(heeftToestemmingNa);
    assertThat(r.alle()).hasSize(verwachtAantalRecords(toestand, verwacht));
    assertThat(r.alle().stream().filter(Toestemming::isActief)).hasSize(heeftToestemmingNa ? 1 : 0);
  }

  @ParameterizedTest(name = "identiteit A: {0} + {1} → {2}, actief {3}")
  @MethodSource("overgangen")
  void elkeOvergangVanDeIdentiteitstoestemmingLaatAndereWerkgeverOngemoeid(
      Begintoestand toestand, Handeling handeling, Class<? extends Besluit> verwacht, boolean actiefNa) {
    var r = ToestemmingFixture.leegRegister();
    gegeven(ToestemmingFixture.geefIdentiteit(r, WERKGEVER_B, GEGEVEN_OP));
    if (toestand != Begintoestand.GEEN) ToestemmingFixture.geefIdentiteit(r, WERKGEVER_A, GEGEVEN_OP);
    if (toestand == Begintoestand.INGETROKKEN) ToestemmingFixture.trekIdentiteitIn(r, WERKGEVER_A, INGETROKKEN_OP);

    Besluit b = switch (handeling) {
      case GEEF -> ToestemmingFixture.geefIdentiteit(r, WERKGEVER_A, OPNIEUW_OP);
      case TREK_IN -> ToestemmingFixture.trekIdentiteitIn(r, WERKGEVER_A, OPNIEUW_OP);
    };
    assertThat(b).isInstanceOf(verwacht);
    assertThat(r.actief(Soort.IDENTITEIT, WERKGEVER_A).isPresent()).isEqualTo(actiefNa);
    assertThat(r.actief(Soort.IDENTITEIT, WERKGEVER_B)).isPresent();
    assertThat(r.heeftBestandstoestemming()).isFalse();
  }
}
