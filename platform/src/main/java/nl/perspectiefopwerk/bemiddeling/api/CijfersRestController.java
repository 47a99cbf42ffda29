package nl.perspectiefopwerk.bemiddeling.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.perspectiefopwerk.bemiddeling.BemiddelingApi;
import nl.perspectiefopwerk.bemiddeling.Maandcijfers;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** De bemiddelingscijfers van een regio per maand (alleen aantallen), voor regiocoördinator en regioloket van die regio. */
@RestController
@Tag(name = "Bemiddelingscijfers", description = "Belangstellingen, eerste gesprekken, plaatsingen, duurzaam en uitval per maand")
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR', 'REGIOLOKET')")
class CijfersRestController {

  private final BemiddelingApi bemiddeling;
  private final ToegangApi toegang;

  CijfersRestController(BemiddelingApi bemiddeling, ToegangApi toegang) {
    this.bemiddeling = bemiddeling;
    this.toegang = toegang;
  }

  @GetMapping(path = "/api/v1/regios/{code}/bemiddelingscijfers", produces = "application/json")
  @Operation(summary = "Cijfers per maand van 'van' tot en met 'tot' (jjjj-mm); standaard de laatste 12 maanden")
  List<Maandcijfers> cijfers(@PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth van,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth tot) {
    HuidigeGebruiker g = toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
    String regio = code.toUpperCase(Locale.ROOT);
    if (!g.werktInRegio(regio)) throw new NietGevondenException("Regio " + regio + " bestaat niet of is niet de uwe.");
    YearMonth t = tot == null ? YearMonth.now(ZoneId.of("Europe/Amsterdam")) : tot;
    YearMonth v = van == null ? t.minusMonths(11) : van;
    if (t.isBefore(v)) throw new OngeldigVerzoekException("van", "'van' moet voor of gelijk aan 'tot' liggen.");
    if (v.plusMonths(120).isBefore(t)) throw new OngeldigVerzoekException("tot", "Kies een periode van hoogstens 120 maanden.");
    return bemiddeling.maandcijfers(regio, v, t);
  }
}
