package nl.perspectiefopwerk.kandidaat.importeren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Het lezen van regels en velden, zonder database. */
class KandidaatImportTest {

  @Test
  void eenTeLangeRegelWordtOvergeslagenEnDeVolgendeGewoonGelezen() throws Exception {
    String lang = "x".repeat(50_000);
    StringReader in = new StringReader("kort\r\n" + lang + "\nna\n");
    assertThat(KandidaatImport.leesRegel(in, 100)).isEqualTo(new KandidaatImport.Regel("kort", false));
    KandidaatImport.Regel r = KandidaatImport.leesRegel(in, 100);
    assertThat(r.teLang()).isTrue();
    assertThat(r.tekst()).as("de inhoud van een te lange regel wordt niet bewaard").isEmpty();
    assertThat(KandidaatImport.leesRegel(in, 100)).isEqualTo(new KandidaatImport.Regel("na", false));
    assertThat(KandidaatImport.leesRegel(in, 100)).isNull();
  }

  @Test
  void scheidingstekenUitDeKopregel() {
    assertThat(KandidaatImport.scheidingsteken("extern_id;bsn;voornaam")).isEqualTo(';');
    assertThat(KandidaatImport.scheidingsteken("extern_id,bsn,voornaam")).isEqualTo(',');
  }

  @Test
  void veldnamenWordenKolomnamen() {
    assertThat(KandidaatImport.kolom("urenPerWeek")).isEqualTo("uren_per_week");
    assertThat(KandidaatImport.kolom("maxReisafstandKm")).isEqualTo("max_reisafstand_km");
    assertThat(KandidaatImport.kolom("bsn")).isEqualTo("bsn");
  }

  @Test
  void leesfoutenPerKolomZonderDeWaardeTeHerhalen() {
    Map<String, String> rij = new HashMap<>();
    rij.put("geboortedatum", "17-05-1990");
    rij.put("uren_per_week", "veel");
    rij.put("rijbewijs", "misschien");
    rij.put("opleidingsniveau", "mbo 2");
    rij.put("doelgroepen", "bijstand|onbekend");
    rij.put("beroepen", "http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4");
    Map<String, String> fouten = new HashMap<>();
    var g = KandidaatImport.naarGegevens(rij, fouten);
    assertThat(fouten).containsOnlyKeys("geboortedatum", "uren_per_week", "rijbewijs", "doelgroepen");
    assertThat(fouten.values()).noneMatch(f -> f.contains("17-05-1990") || f.contains("veel") || f.contains("misschien"));
    assertThat(g.opleidingsniveau()).hasToString("MBO2");
    assertThat(g.beroepen()).containsExactly("2a22ff9e-de3b-408d-b312-5034896cc4f4");
  }
}
