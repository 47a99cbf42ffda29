package nl.perspectiefopwerk.gedeeld.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Eenvoudige, printbare PDF-documenten (A4, Helvetica) voor rapportages en een doe-agenda als bijlage:
 * koppen, alinea's en tabellen, met titel en maker in de documenteigenschappen.
 *
 * <pre>{@code
 * byte[] pdf = Pdf.nieuw("Kwartaalrapportage").kop("Resultaten").alinea("...").tabel(kop, rijen).klaar();
 * }</pre>
 */
public final class Pdf {

  private static final Font TITEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(0x15, 0x42, 0x73));
  private static final Font KOP = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, new Color(0x15, 0x42, 0x73));
  private static final Font TEKST = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font KLEIN = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
  private static final Font TABELKOP = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font TABEL = FontFactory.getFont(FontFactory.HELVETICA, 9);

  private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);

  private Pdf(String titel) {
    PdfWriter.getInstance(document, uit);
    document.addTitle(titel);
    document.addCreator("Perspectief op Werk-platform");
    document.open();
    document.add(new Paragraph(titel, TITEL));
  }

  public static Pdf nieuw(String titel) {
    return new Pdf(titel);
  }

  public Pdf kop(String tekst) {
    Paragraph p = new Paragraph(tekst, KOP);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    document.add(p);
    return this;
  }

  public Pdf alinea(String tekst) {
    Paragraph p = new Paragraph(tekst == null ? "" : tekst, TEKST);
    p.setSpacingAfter(6);
    document.add(p);
    return this;
  }

  public Pdf voetnoot(String tekst) {
    document.add(new Paragraph(tekst, KLEIN));
    return this;
  }

  public Pdf tabel(List<String> kop, List<List<String>> rijen) {
    PdfPTable t = new PdfPTable(kop.size());
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    for (String k : kop) {
      PdfPCell c = new PdfPCell(new Phrase(k, TABELKOP));
      c.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
      t.addCell(c);
    }
    for (List<String> rij : rijen) {
      for (int i = 0; i < kop.size(); i++) {
        String w = i < rij.size() && rij.get(i) != null ? rij.get(i) : "";
        PdfPCell c = new PdfPCell(new Phrase(w, TABEL));
        if (w.matches("-?[0-9.,% <€]+")) c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.addCell(c);
      }
    }
    document.add(t);
    return this;
  }

  /** Handtekeningregels: per ondertekenaar naam, functie en een lege lijn. */
  public Pdf ondertekening(List<String> ondertekenaars) {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    t.setSpacingBefore(16);
    for (String o : ondertekenaars) {
      PdfPCell c = new PdfPCell(new Phrase(o + "\n\n\n_____________________________", TEKST));
      c.setBorder(0);
      c.setPaddingBottom(14);
      t.addCell(c);
    }
    if (ondertekenaars.size() % 2 == 1) {
      PdfPCell leeg = new PdfPCell(new Phrase(""));
      leeg.setBorder(0);
      t.addCell(leeg);
    }
    document.add(t);
    return this;
  }

  public byte[] klaar() {
    document.close();
    return uit.toByteArray();
  }
}
