package nl.perspectiefopwerk.taxonomie.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.perspectiefopwerk.taxonomie.importer.EscoLezer.BeroepRij;
import nl.perspectiefopwerk.taxonomie.importer.EscoLezer.Gegevens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoLezerTest {

  @TempDir Path map;

  @Test
  void fouteRijenWordenMetRegelnummerGemeldEnDeRestGelezen() {
    List<String> stappen = new ArrayList<>();
    Gegevens g = EscoLezer.lees(EscoTestbestanden.schrijf(map), (m, gedaan, totaal) -> stappen.add(gedaan + "/" + totaal + " " + m), 9);

    assertThat(g.iscoGroepen()).hasSize(3);
    assertThat(g.beroepen()).extracting(BeroepRij::naam).containsExactly("lasser", "inspiciënt", "kok");
    assertThat(g.vaardigheden()).hasSize(3);
    assertThat(g.relaties()).hasSize(3);
    assertThat(g.meldingen())
        .containsExactly(
            "occupations_nl.csv regel 6: ongeldige ESCO-URI voor beroep 'http://example.org/geen-esco'; rij overgeslagen",
            "occupations_nl.csv regel 7: onbekende ISCO-groep '9999'; rij overgeslagen",
            "occupationSkillRelations.csv (uit esco-v1.1.1-relations-csv.zip) regel 5: onbekend beroep "
                + "http://data.europa.eu/esco/occupation/99999999-9999-4999-8999-999999999999; rij overgeslagen",
            "occupationSkillRelations.csv (uit esco-v1.1.1-relations-csv.zip) regel 6: onbekend relationType 'sometimes'; rij overgeslagen",
            "occupationSkillRelations.csv (uit esco-v1.1.1-relations-csv.zip) regel 7: relatie "
                + "http://data.europa.eu/esco/occupation/11111111-1111-4111-8111-111111111111 → "
                + "http://data.europa.eu/esco/skill/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa komt dubbel voor; rij overgeslagen");
    assertThat(stappen).hasSize(4).first().asString().startsWith("1/9");
  }

  @Test
  void synoniemenUitMeerregeligVeldZonderVoorkeursnaamEnDubbelen() {
    Gegevens g = EscoLezer.lees(EscoTestbestanden.schrijf(map), (m, gedaan, totaal) -> {}, 9);
    BeroepRij lasser = g.beroepen().getFirst();
    assertThat(lasser.id()).isEqualTo(EscoTestbestanden.LASSER);
    assertThat(lasser.altLabels()).containsExactly("metaallasser", "booglasser");
    assertThat(lasser.beschrijving()).isEqualTo("Lassers verbinden metalen, \"veilig\".");
    assertThat(lasser.escoCode()).isEqualTo("7212.1");
    assertThat(g.vaardigheden().get(2).type()).isNull();
  }

  @Test
  void labels() {
    assertThat(EscoLezer.labels(" a \r\nb\n\na\nvoorkeur", "voorkeur")).containsExactly("a", "b");
    assertThat(EscoLezer.labels("", "x")).isEmpty();
  }
}
