package nl.perspectiefopwerk.gedeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ExportFormatenTest {

  @Test
  void xlsxLeestTerugMetGetallenAlsGetalEnCodesAlsTekst() throws Exception {
    byte[] xlsx = Xlsx.maak("Plannen: overzicht", List.of("Regio", "Code", "Matches"),
        List.of(List.of("Groot Amsterdam", "0355", "1200"), List.of("=SOM(A1)", "AM01", "-3")));
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getFirstSheet().getName()).isEqualTo("Plannen  overzicht");
      List<Row> rijen = wb.getFirstSheet().read();
      assertThat(rijen).hasSize(3);
      assertThat(rijen.get(1).getCellText(1)).isEqualTo("0355");
      assertThat(rijen.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1200));
      assertThat(rijen.get(2).getCellText(0)).isEqualTo("=SOM(A1)");
      assertThat(rijen.get(2).getCell(0).getFormula()).isNull();
    }
  }

  @Test
  void pdfIsEenGeldigDocument() {
    byte[] pdf = Pdf.nieuw("Kwartaalrapportage").kop("Resultaten").alinea("Tekst met € en ë.")
        .tabel(List.of("Regio", "Plaatsingen"), List.of(List.of("Drechtsteden", "< 10")))
        .ondertekening(List.of("Wethouder", "Werkgeversvertegenwoordiger", "Medeondertekenaar")).klaar();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(800);
  }
}
