package nl.perspectiefopwerk.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.AuditFilter;
import nl.perspectiefopwerk.audit.VastgelegdeVerwerking;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.web.Csv;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Het verwerkingenlog voor de beheerder: filteren, bladeren en exporteren als CSV. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class AuditController {

  static final int MAX_EXPORT = 50_000;
  private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

  private final AuditApi audit;

  AuditController(AuditApi audit) {
    this.audit = audit;
  }

  @GetMapping("/beheer/audit")
  String lijst(
      @RequestParam(required = false) String gebruiker,
      @RequestParam(required = false) String betrokkeneType,
      @RequestParam(required = false) String betrokkeneId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
      @RequestParam(defaultValue = "1") int pagina,
      Model model) {
    AuditFilter filter = new AuditFilter(gebruiker, betrokkeneType, betrokkeneId, van, tot);
    Pagina<VastgelegdeVerwerking> resultaat = audit.zoek(filter, new PaginaVerzoek(Math.max(1, pagina), 50));
    model.addAttribute("filter", filter);
    model.addAttribute("signaleringen", audit.signaleringen(20));
    model.addAttribute("pagina", resultaat);
    model.addAttribute("basis", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("pagina").build().toUriString());
    model.addAttribute("exportUrl", ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/beheer/audit/export.csv").replaceQueryParam("pagina").build().toUriString());
    return "audit/lijst";
  }

  @GetMapping("/beheer/audit/export.csv")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String gebruiker,
      @RequestParam(required = false) String betrokkeneType,
      @RequestParam(required = false) String betrokkeneId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot) {
    AuditFilter filter = new AuditFilter(gebruiker, betrokkeneType, betrokkeneId, van, tot);
    List<VastgelegdeVerwerking> regels = audit.exporteer(filter, MAX_EXPORT);
    byte[] csv =
        Csv.maak(
            List.of("tijdstip", "gebruiker", "organisatie", "rol", "handeling", "verwerkingsactiviteit", "betrokkene_type", "betrokkene_id", "doel", "grondslag", "trace_id"),
            regels.stream()
                .map(v -> List.of(TIJD.format(v.tijdstip()), v.gebruiker(), nn(v.organisatie()), v.rol(), v.handeling(), v.verwerkingsactiviteit(), v.betrokkeneType(), v.betrokkeneId(), v.doel(), nn(v.grondslag()), v.traceId().toString()))
                .toList());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("verwerkingenlog.csv").build().toString())
        .body(csv);
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
