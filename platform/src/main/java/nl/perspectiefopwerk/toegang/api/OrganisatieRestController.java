package nl.perspectiefopwerk.toegang.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisaties voor beheerkoppelingen (alleen de rol BEHEERDER). */
@RestController
@Tag(name = "Beheer", description = "Alleen voor de rol beheerder")
class OrganisatieRestController {

  private final ToegangRepository repository;

  OrganisatieRestController(ToegangRepository repository) {
    this.repository = repository;
  }

  @GetMapping(path = "/api/v1/beheer/organisaties", produces = "application/json")
  @Operation(summary = "Organisaties met hun type en regio's")
  HalLijst<OrganisatieAntwoord> organisaties(
      @RequestParam(required = false) String zoek,
      @RequestParam(defaultValue = "1") int pagina,
      @RequestParam(defaultValue = "50") int paginaGrootte) {
    return HalLijst.van(
        "organisaties",
        repository.organisaties(zoek, new PaginaVerzoek(pagina, paginaGrootte)).map(OrganisatieAntwoord::van));
  }

  record OrganisatieAntwoord(String id, String naam, String type, String gemeentecode, List<String> regiocodes) {
    static OrganisatieAntwoord van(Organisatie o) {
      return new OrganisatieAntwoord(o.id().toString(), o.naam(), o.type().name(), o.gemeentecode(), o.regiocodes());
    }
  }
}
