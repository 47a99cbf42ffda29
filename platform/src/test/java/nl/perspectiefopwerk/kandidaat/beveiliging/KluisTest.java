package nl.perspectiefopwerk.kandidaat.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Bsn;
import nl.perspectiefopwerk.kandidaat.KandidaatProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KluisTest {

  private static final Bsn BSN = Bsn.van("123456782");
  private static final Bsn ANDER_BSN = Bsn.van("111222333");
  private static final UUID KANDIDAAT = UUID.fromString("11111111-1111-1111-1111-111111111111");
  private static final UUID WERKGEVER_A = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
  private static final UUID WERKGEVER_B = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000002");

  // --- fixture ---

  private static String sleutel(long zaad) {
    return sleutelVanLengte(zaad, 32);
  }

  private static String sleutelVanLengte(long zaad, int bytes) {
    byte[] b = new byte[bytes];
    new Random(zaad).nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private static KandidaatProperties instellingen(String sleutel, String hashSleutel) {
    return new KandidaatProperties(sleutel, hashSleutel, 10, 6, 6, 30, 90, "2026-1");
  }

  private static Kluis kluis(long sleutelzaad, long hashzaad) {
    return new Kluis(instellingen(sleutel(sleutelzaad), sleutel(hashzaad)));
  }

  private static Kluis standaardKluis() {
    return kluis(1, 2);
  }

  // --- versleutelen ---

  @Test
  void versleutelenEnOntsleutelenGeeftHetZelfdeBsn() {
    Kluis kluis = standaardKluis();
    assertThat(kluis.ontsleutel(kluis.versleutel(BSN))).isEqualTo(BSN);
    assertThat(kluis.ontsleutel(kluis.versleutel(Bsn.van("12345672"))).waarde()).isEqualTo("012345672");
  }

  /**
   * Alles wat {@link Bsn#van} accepteert, moet na opslaan weer te lezen zijn. {@code Bsn.isGeldig}
   * accepteert ook niet-ASCII-cijfers (volbreedte); die worden als US-ASCII versleuteld tot "?????????"
   * en kunnen daarna niet meer worden ontsleuteld (IllegalArgumentException uit de Bsn-constructor).
   */
  @Test
  void elkGeaccepteerdBsnKomtOngeschondenTerug() {
    Kluis kluis = standaardKluis();
    String volbreedte = "\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF13\uFF13\uFF17"; // １１１２２２３３７
    Bsn bsn;
    try {
      bsn = Bsn.van(volbreedte);
    } catch (IllegalArgumentException geweigerd) {
      return; // weigeren bij de invoer is ook goed
    }
    assertThat(kluis.ontsleutel(kluis.versleutel(bsn))).isEqualTo(bsn);
  }

  @Test
  void eenAndereKluisMetDezelfdeSleutelKanOntsleutelen() {
    byte[] opgeslagen = standaardKluis().versleutel(BSN);
    assertThat(kluis(1, 99).ontsleutel(opgeslagen)).isEqualTo(BSN);
  }

  @Test
  void tweeKeerVersleutelenGeeftVerschillendeUitkomstMaarDezelfdeHash() {
    Kluis kluis = standaardKluis();
    byte[] eerste = kluis.versleutel(BSN);
    byte[] tweede = kluis.versleutel(BSN);
    assertThat(eerste).isNotEqualTo(tweede);
    assertThat(kluis.hash(BSN)).isEqualTo(kluis.hash(BSN));
  }

  @Test
  void versleuteldeWaardeBevatHetBsnNiet() {
    byte[] opgeslagen = standaardKluis().versleutel(BSN);
    assertThat(new String(opgeslagen, StandardCharsets.ISO_8859_1)).doesNotContain(BSN.waarde());
    assertThat(opgeslagen).hasSize(12 + 9 + 16); // IV + tekst + GCM-tag
  }

  @Test
  void ontsleutelenMetEenAndereSleutelMislukt() {
    byte[] opgeslagen = standaardKluis().versleutel(BSN);
    assertThatThrownBy(() -> kluis(3, 2).ontsleutel(opgeslagen))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Ontsleutelen mislukt")
        .hasMessageNotContaining(BSN.waarde());
  }

  @Test
  void gewijzigdeVersleuteldeWaardeWordtGeweigerd() {
    Kluis kluis = standaardKluis();
    byte[] opgeslagen = kluis.versleutel(BSN);
    opgeslagen[15] ^= 1;
    assertThatThrownBy(() -> kluis.ontsleutel(opgeslagen)).isInstanceOf(IllegalStateException.class);
  }

  // --- hash ---

  @Test
  void hashIsHexEnBevatHetBsnNiet() {
    String hash = standaardKluis().hash(BSN);
    assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(BSN.waarde());
  }

  @Test
  void hashHangtAlleenAfVanDeHashsleutel() {
    assertThat(kluis(1, 2).hash(BSN)).isEqualTo(kluis(5, 2).hash(BSN));
    assertThat(kluis(1, 2).hash(BSN)).isNotEqualTo(kluis(1, 3).hash(BSN));
  }

  @Test
  void verschillendeBsnsHebbenVerschillendeHashes() {
    Kluis kluis = standaardKluis();
    assertThat(kluis.hash(BSN)).isNotEqualTo(kluis.hash(ANDER_BSN));
  }

  @Test
  void hashVanDezelfdePersoonInAndereSchrijfwijzeIsGelijk() {
    Kluis kluis = standaardKluis();
    assertThat(kluis.hash(Bsn.van("1234.56.782"))).isEqualTo(kluis.hash(Bsn.van("123456782")));
    assertThat(kluis.hash(Bsn.van("12345672"))).isEqualTo(kluis.hash(Bsn.van("012345672")));
  }

  // --- profielcodes ---

  @Test
  void profielcodeIsStabielPerKandidaatEnKijker() {
    assertThat(standaardKluis().profielcode(KANDIDAAT, WERKGEVER_A)).isEqualTo(kluis(7, 2).profielcode(KANDIDAAT, WERKGEVER_A));
  }

  @Test
  void profielcodeVerschiltPerWerkgever() {
    Kluis kluis = standaardKluis();
    assertThat(kluis.profielcode(KANDIDAAT, WERKGEVER_A)).isNotEqualTo(kluis.profielcode(KANDIDAAT, WERKGEVER_B));
  }

  @Test
  void profielcodeVerschiltPerHashsleutel() {
    assertThat(kluis(1, 2).profielcode(KANDIDAAT, WERKGEVER_A)).isNotEqualTo(kluis(1, 3).profielcode(KANDIDAAT, WERKGEVER_A));
  }

  @Test
  void profielcodeHeeftHetVasteFormaat() {
    Kluis kluis = standaardKluis();
    Random random = new Random(11L);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      UUID kandidaat = new UUID(random.nextLong(), random.nextLong());
      String code = kluis.profielcode(kandidaat, WERKGEVER_A);
      assertThat(code).matches("P-[A-Z0-9]{4}-[A-Z0-9]{4}");
      codes.add(code);
    }
    assertThat(codes).as("botsingen onder 2000 kandidaten").hasSizeGreaterThan(1_990);
  }

  @Test
  void kandidaatEnKijkerZijnNietVerwisselbaar() {
    Kluis kluis = standaardKluis();
    assertThat(kluis.profielcode(KANDIDAAT, WERKGEVER_A)).isNotEqualTo(kluis.profielcode(WERKGEVER_A, KANDIDAAT));
  }

  // --- instellingen ---

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void zonderSleutelWeigertDeKluisTeStarten(String leeg) {
    assertThatThrownBy(() -> new Kluis(instellingen(leeg, sleutel(2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pow.kandidaat.sleutel")
        .hasMessageContaining("Stel");
    assertThatThrownBy(() -> new Kluis(instellingen(sleutel(1), leeg)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pow.kandidaat.hash-sleutel");
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 31, 33, 64})
  void sleutelVanVerkeerdeLengteWordtGeweigerd(int bytes) {
    assertThatThrownBy(() -> new Kluis(instellingen(sleutelVanLengte(1, bytes), sleutel(2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pow.kandidaat.sleutel")
        .hasMessageContaining("32 bytes")
        .hasMessageContaining("nu " + bytes);
    assertThatThrownBy(() -> new Kluis(instellingen(sleutel(1), sleutelVanLengte(2, bytes))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pow.kandidaat.hash-sleutel");
  }

  @Test
  void sleutelDieGeenBase64IsWordtGeweigerd() {
    assertThatThrownBy(() -> new Kluis(instellingen("dit is geen base64!", sleutel(2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pow.kandidaat.sleutel")
        .hasMessageContaining("base64");
  }

  @Test
  void witruimteRondDeSleutelWordtGenegeerd() {
    Kluis kluis = new Kluis(instellingen("  " + sleutel(1) + "\n", sleutel(2)));
    assertThat(kluis.ontsleutel(standaardKluis().versleutel(BSN))).isEqualTo(BSN);
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 2, 0, -1})
  void kOnderVijfWordtGeweigerd(int k) {
    assertThatThrownBy(() -> new KandidaatProperties(sleutel(1), sleutel(2), k, 6, 6, 30, 90, "2026-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pow.kandidaat.k");
  }

  @Test
  void kVanVijfIsToegestaan() {
    assertThat(new KandidaatProperties(sleutel(1), sleutel(2), 5, 6, 6, 30, 90, "2026-1").k()).isEqualTo(5);
  }
}
