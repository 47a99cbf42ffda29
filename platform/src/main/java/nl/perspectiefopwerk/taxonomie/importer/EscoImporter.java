package nl.perspectiefopwerk.taxonomie.importer;

import static java.sql.Types.INTEGER;
import static java.sql.Types.VARCHAR;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataBron;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.importer.EscoLezer.BeroepRij;
import nl.perspectiefopwerk.taxonomie.importer.EscoLezer.Gegevens;
import nl.perspectiefopwerk.taxonomie.importer.EscoLezer.VaardigheidRij;
import nl.perspectiefopwerk.taxonomie.zoeken.TaxonomieIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importeert ESCO v1.1.1 (beroepen met Nederlandse namen, vaardigheden, relaties, ISCO-groepen).
 * Eerst wordt alles gelezen en gecontroleerd; daarna vervangt één transactie de hele inhoud van het
 * schema {@code taxonomie} (verwijderen en opnieuw invoegen in batches). Twee keer dezelfde bestanden
 * geeft dus dezelfde stand, en een mislukte import laat de vorige stand staan. Lezers zien tijdens
 * de import de oude stand (MVCC). Daarna wordt de zoekindex in het geheugen opnieuw gebouwd.
 */
@Component
class EscoImporter implements ReferentiedataBron {

  private static final int BATCH = 2_000;
  /** Codesysteem en versie als SQL-literals: constanten, dus veilig, en per rij twee parameters minder. */
  private static final String CODE = "'" + TaxonomieApi.CODE_SYSTEEM + "', '" + TaxonomieApi.VERSIE + "'";
  private static final int STAPPEN = 9;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactie;
  private final TaxonomieIndex index;

  EscoImporter(JdbcTemplate jdbc, TransactionTemplate transactie, TaxonomieIndex index) {
    this.jdbc = jdbc;
    this.transactie = transactie;
    this.index = index;
  }

  @Override
  public String naam() {
    return "taxonomie";
  }

  @Override
  public int volgorde() {
    return 20;
  }

  @Override
  public List<String> bestanden() {
    return List.of(EscoLezer.BEROEPEN, EscoLezer.CLASSIFICATIE, EscoLezer.RELATIES);
  }

  @Override
  public ImportResultaat importeer(Path map, Voortgang voortgang) {
    Gegevens g = EscoLezer.lees(map, voortgang, STAPPEN);
    transactie.executeWithoutResult(s -> bewaar(g, voortgang));
    index.herlaad();
    voortgang.stap("Zoekindex gebouwd", STAPPEN, STAPPEN);
    return new ImportResultaat(g.rijen(), g.meldingen());
  }

  @Override
  public void ongewijzigd() {
    index.herlaad();
  }

  private void bewaar(Gegevens g, Voortgang voortgang) {
    for (String tabel : List.of("beroep_vaardigheid", "beroep_label", "vaardigheid_label", "beroep", "vaardigheid", "isco_groep")) {
      jdbc.update("delete from taxonomie." + tabel);
    }
    voortgang.stap("Vorige stand verwijderd", 5, STAPPEN);

    batch(
        "insert into taxonomie.isco_groep (code, uri, naam, code_systeem, versie) values (?, ?, ?, " + CODE + ")",
        g.iscoGroepen(),
        i -> new Object[] {i.code(), i.uri(), i.naam()},
        VARCHAR, VARCHAR, VARCHAR);
    batch(
        "insert into taxonomie.beroep (id, uri, naam, iscogroep, esco_code, beschrijving, code_systeem, versie)"
            + " values (?, ?, ?, ?, ?, ?, " + CODE + ")",
        g.beroepen(),
        b -> new Object[] {b.id(), b.uri(), b.naam(), b.iscoGroep(), b.escoCode(), b.beschrijving()},
        VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR);
    List<Object[]> beroepLabels = new ArrayList<>();
    for (BeroepRij b : g.beroepen()) {
      for (int i = 0; i < b.altLabels().size(); i++) beroepLabels.add(new Object[] {b.id(), i + 1, b.altLabels().get(i)});
    }
    batch("insert into taxonomie.beroep_label (beroep_id, volgnummer, label) values (?, ?, ?)", beroepLabels, Function.identity(), VARCHAR, INTEGER, VARCHAR);
    voortgang.stap("Beroepen opgeslagen (" + g.beroepen().size() + ")", 6, STAPPEN);

    batch(
        "insert into taxonomie.vaardigheid (id, uri, naam, taal, type, hergebruik, beschrijving, code_systeem, versie)"
            + " values (?, ?, ?, 'en', ?, ?, ?, " + CODE + ")",
        g.vaardigheden(),
        v -> new Object[] {v.id(), v.uri(), v.naam(), v.type(), v.hergebruik(), v.beschrijving()},
        VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR);
    List<Object[]> vaardigheidLabels = new ArrayList<>();
    for (VaardigheidRij v : g.vaardigheden()) {
      for (int i = 0; i < v.altLabels().size(); i++) vaardigheidLabels.add(new Object[] {v.id(), i + 1, v.altLabels().get(i)});
    }
    batch("insert into taxonomie.vaardigheid_label (vaardigheid_id, volgnummer, label) values (?, ?, ?)", vaardigheidLabels, Function.identity(), VARCHAR, INTEGER, VARCHAR);
    voortgang.stap("Vaardigheden opgeslagen (" + g.vaardigheden().size() + ")", 7, STAPPEN);

    batch(
        "insert into taxonomie.beroep_vaardigheid (beroep_id, vaardigheid_id, relatie, code_systeem, versie)"
            + " values (?, ?, ?, " + CODE + ")",
        g.relaties(),
        r -> new Object[] {r.beroepId(), r.vaardigheidId(), r.relatie()},
        VARCHAR, VARCHAR, VARCHAR);
    voortgang.stap("Relaties opgeslagen (" + g.relaties().size() + ")", 8, STAPPEN);
  }

  /** Batch-insert in stukken; expliciete SQL-typen, zodat null-waarden geen extra rondreis kosten. */
  private <T> void batch(String sql, List<T> rijen, Function<T, Object[]> naarRij, int... typen) {
    for (int van = 0; van < rijen.size(); van += BATCH) {
      List<Object[]> stuk = rijen.subList(van, Math.min(rijen.size(), van + BATCH)).stream().map(naarRij).toList();
      jdbc.batchUpdate(sql, stuk, typen);
    }
  }
}
