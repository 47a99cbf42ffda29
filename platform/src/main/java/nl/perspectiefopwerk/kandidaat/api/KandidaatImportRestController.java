package nl.perspectiefopwerk.kandidaat.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.kandidaat.importeren.ImportRapport;
import nl.perspectiefopwerk.kandidaat.importeren.Importeur;
import nl.perspectiefopwerk.kandidaat.importeren.KandidaatImport;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import van kandidaten door een systeemkoppeling van een gemeente of UWV (OAuth2 client
 * credentials, scope {@code kandidaten.importeren}). Synchroon, hoogstens 1000 per verzoek.
 */
@RestController
@RequestMapping(path = "/api/v1/kandidaten/import", produces = "application/json")
@Tag(name = "Kandidatenimport", description = "Kandidaten aanleveren vanuit de systemen van gemeenten en UWV")
class KandidaatImportRestController {

  private final KandidaatImport importeren;
  private final ToegangApi toegang;

  KandidaatImportRestController(KandidaatImport importeren, ToegangApi toegang) {
    this.importeren = importeren;
    this.toegang = toegang;
  }

  @PostMapping(consumes = "application/json")
  @Operation(
      summary = "Kandidaten importeren (idempotent per bron en extern nummer)",
      description = "Elke kandidaat gaat door dezelfde controles als een intake. Geldige kandidaten worden opgeslagen, ook als "
          + "andere zijn afgekeurd (gedeeltelijk succes, vergelijkbaar met 207 Multi-Status; het antwoord is altijd 200 met een "
          + "rapport). Dezelfde bron en hetzelfde externe nummer werken de kandidaat bij; dezelfde persoon (BSN) bij een "
          + "andere organisatie wordt één kandidaat met twee bronnen. Fouten noemen alleen index, extern nummer, veld en reden, "
          + "nooit een BSN of naam.",
      security = @SecurityRequirement(name = "oauth2", scopes = "kandidaten.importeren"))
  @ApiResponse(responseCode = "200", description = "Verwerkt; zie de aantallen en de afgekeurde kandidaten")
  @ApiResponse(responseCode = "400", description = "Ongeldig verzoek (geen JSON, geen of meer dan 1000 kandidaten)")
  @ApiResponse(responseCode = "403", description = "Token zonder scope kandidaten.importeren, of koppeling niet van een gemeente of UWV")
  ImportAntwoord importeer(@RequestBody ImportVerzoek verzoek) {
    Importeur wie = importeur();
    if (verzoek == null || verzoek.kandidaten() == null || verzoek.kandidaten().isEmpty()) {
      throw new OngeldigVerzoekException("kandidaten", "Stuur minstens één kandidaat.");
    }
    if (verzoek.kandidaten().size() > KandidaatImport.MAX_PER_VERZOEK) {
      throw new OngeldigVerzoekException("kandidaten", "Stuur hoogstens " + KandidaatImport.MAX_PER_VERZOEK + " kandidaten per verzoek.");
    }
    List<Map<String, String>> rijen = verzoek.kandidaten().stream().map(k -> k == null ? null : k.alsRij()).toList();
    return ImportAntwoord.van(importeren.importeer(rijen, wie));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> onleesbaar(HttpServletRequest request) {
    ProblemDetail p = Problemen.ongeldig(request.getRequestURI(),
        List.of(new Problemen.OngeldigeParameter("body", "Het verzoek is geen geldige JSON in het beschreven formaat.")));
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  /** De organisatie van de koppeling: de {@code sub} van het token is de client-id. */
  private Importeur importeur() {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt)) {
      throw new AccessDeniedException("Alleen voor systeemkoppelingen met client credentials.");
    }
    String clientId = jwt.getToken().getSubject();
    Organisatie o = toegang.organisatieVanKoppeling(clientId)
        .orElseThrow(() -> new AccessDeniedException("Deze koppeling hoort niet bij een organisatie."));
    return new Importeur(o.id().waarde(), o.type(), "api:" + clientId);
  }

  @Schema(description = "Te importeren kandidaten")
  record ImportVerzoek(@Schema(description = "Hoogstens 1000 kandidaten") List<KandidaatInvoer> kandidaten) {}

  @Schema(description = "Eén kandidaat; dezelfde velden en formaten als de kolommen van het CSV-sjabloon")
  record KandidaatInvoer(
      @Schema(description = "Nummer in het bronsysteem", example = "GEM-000123") String externId,
      @Schema(description = "Burgerservicenummer (elfproef)", example = "123456782") String bsn,
      String voornaam,
      String achternaam,
      @Schema(description = "jjjj-mm-dd", example = "1990-05-17") String geboortedatum,
      String straat,
      String huisnummer,
      @Schema(example = "4811 AB") String postcode,
      String woonplaats,
      String email,
      String telefoon,
      @Schema(description = "Doelgroepen, bijvoorbeeld BIJSTAND") List<String> doelgroepen,
      @Schema(example = "MBO2") String opleidingsniveau,
      Boolean startkwalificatie,
      @Schema(description = "ESCO-beroep-ids (v1.1.1)") List<String> beroepen,
      @Schema(description = "ESCO-vaardigheid-ids (v1.1.1)") List<String> vaardigheden,
      List<String> talen,
      Boolean rijbewijs,
      @Schema(example = "32") Integer urenPerWeek,
      @Schema(example = "25") Integer maxReisafstandKm,
      @Schema(description = "jjjj-mm-dd", example = "2026-12-01") String beschikbaarVanaf) {

    /** Dezelfde vorm als een CSV-regel, zodat beide wegen dezelfde controles hebben. */
    Map<String, String> alsRij() {
      Map<String, String> r = new HashMap<>();
      r.put("extern_id", externId);
      r.put("bsn", bsn);
      r.put("voornaam", voornaam);
      r.put("achternaam", achternaam);
      r.put("geboortedatum", geboortedatum);
      r.put("straat", straat);
      r.put("huisnummer", huisnummer);
      r.put("postcode", postcode);
      r.put("woonplaats", woonplaats);
      r.put("email", email);
      r.put("telefoon", telefoon);
      r.put("doelgroepen", lijst(doelgroepen));
      r.put("opleidingsniveau", opleidingsniveau);
      r.put("startkwalificatie", startkwalificatie == null ? null : startkwalificatie.toString());
      r.put("beroepen", lijst(beroepen));
      r.put("vaardigheden", lijst(vaardigheden));
      r.put("talen", lijst(talen));
      r.put("rijbewijs", rijbewijs == null ? null : rijbewijs.toString());
      r.put("uren_per_week", urenPerWeek == null ? null : urenPerWeek.toString());
      r.put("max_reisafstand_km", maxReisafstandKm == null ? null : maxReisafstandKm.toString());
      r.put("beschikbaar_vanaf", beschikbaarVanaf);
      return r;
    }

    private static String lijst(List<String> l) {
      return l == null ? null : String.join("|", l.stream().filter(s -> s != null).toList());
    }
  }

  @Schema(description = "Rapport van de import")
  record ImportAntwoord(int aangemaakt, int bijgewerkt, int afgekeurd, List<Fout> fouten) {

    static ImportAntwoord van(ImportRapport r) {
      return new ImportAntwoord(r.aangemaakt(), r.bijgewerkt(), r.afgekeurd(),
          r.fouten().stream().map(f -> new Fout((int) f.regel(), f.externId(), veld(f.veld()), f.reden())).toList());
    }

    /** Kolomnaam (uren_per_week) naar JSON-veld (urenPerWeek). */
    private static String veld(String kolom) {
      StringBuilder sb = new StringBuilder();
      boolean groot = false;
      for (char c : kolom.toCharArray()) {
        if (c == '_') groot = true;
        else {
          sb.append(groot ? Character.toUpperCase(c) : c);
          groot = false;
        }
      }
      return sb.toString();
    }
  }

  @Schema(description = "Een afgekeurde kandidaat: nooit met BSN of naam")
  record Fout(
      @Schema(description = "Positie in de lijst kandidaten, vanaf 0") int index,
      String externId,
      @Schema(description = "Het veld, of 'regel' voor de kandidaat als geheel") String veld,
      String reden) {}
}
