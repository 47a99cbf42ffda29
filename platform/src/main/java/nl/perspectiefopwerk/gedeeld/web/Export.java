package nl.perspectiefopwerk.gedeeld.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Eén tabel als download in het gevraagde formaat: {@code csv} (puntkomma, UTF-8 met BOM) of
 * {@code xlsx}. Controllers geven de bestandsnaam zonder extensie.
 */
public final class Export {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType PDF = MediaType.APPLICATION_PDF;

  private Export() {}

  public static ResponseEntity<byte[]> tabel(String formaat, String bestandsnaam, List<String> kop, List<List<String>> rijen) {
    if ("xlsx".equalsIgnoreCase(formaat)) {
      return download(Xlsx.maak(bestandsnaam, kop, rijen), XLSX, bestandsnaam + ".xlsx");
    }
    return download(Csv.maak(kop, rijen), new MediaType("text", "csv", StandardCharsets.UTF_8), bestandsnaam + ".csv");
  }

  public static ResponseEntity<byte[]> pdf(byte[] inhoud, String bestandsnaam) {
    return download(inhoud, PDF, bestandsnaam + ".pdf");
  }

  public static ResponseEntity<byte[]> download(byte[] inhoud, MediaType type, String bestandsnaam) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(bestandsnaam, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(inhoud);
  }
}
