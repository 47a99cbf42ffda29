package nl.perspectiefopwerk.toegang;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.toegang.persistence.GebruikerRecord;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

@Service
class ToegangService implements ToegangApi {

  private static final String CACHE = ToegangService.class.getName() + ".huidige";

  private final ToegangRepository repository;

  ToegangService(ToegangRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<HuidigeGebruiker> huidigeGebruiker() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
        || auth instanceof JwtAuthenticationToken) {
      return Optional.empty();
    }
    RequestAttributes attributen = RequestContextHolder.getRequestAttributes();
    if (attributen != null
        && attributen.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof HuidigeGebruiker g
        && g.gebruikersnaam().equals(auth.getName())) {
      return Optional.of(g);
    }
    Optional<HuidigeGebruiker> gebruiker = repository.gebruiker(auth.getName()).filter(GebruikerRecord::actief).map(this::naarHuidige);
    if (attributen != null) gebruiker.ifPresent(g -> attributen.setAttribute(CACHE, g, RequestAttributes.SCOPE_REQUEST));
    return gebruiker;
  }

  HuidigeGebruiker naarHuidige(GebruikerRecord r) {
    return new HuidigeGebruiker(
        new GebruikerId(r.id()),
        r.gebruikersnaam(),
        r.naam(),
        Rol.valueOf(r.rol()),
        r.organisatieId() == null ? null : new OrganisatieId(r.organisatieId()),
        r.organisatieNaam(),
        r.organisatieType() == null ? null : OrganisatieType.valueOf(r.organisatieType()),
        repository.regiocodes(r));
  }

  @Override
  public List<Organisatie> organisatiesInRegio(String regiocode) {
    return repository.organisatiesInRegio(regiocode);
  }

  @Override
  public List<Organisatie> organisatiesVanType(OrganisatieType type) {
    return repository.organisatiesVanType(type);
  }

  @Override
  public Optional<Organisatie> organisatie(OrganisatieId id) {
    return repository.organisatie(id.waarde());
  }

  @Override
  public Optional<Organisatie> organisatieVanKoppeling(String clientId) {
    if (clientId == null) return Optional.empty();
    return repository.apiClient(clientId)
        .filter(c -> c.actief() && c.organisatieId() != null)
        .flatMap(c -> repository.organisatie(c.organisatieId()));
  }

  @Override
  @Transactional
  public Organisatie zorgVoorOrganisatie(
      String naam, OrganisatieType type, String gemeentecode, List<String> regiocodes, boolean demo) {
    return repository
        .organisatie(naam, type)
        .orElseGet(
            () -> {
              Organisatie o = new Organisatie(OrganisatieId.nieuw(), naam, type, gemeentecode, regiocodes, 0);
              repository.voegOrganisatieToe(o, demo);
              return o;
            });
  }

  @Override
  @Transactional
  public Optional<GebruikerId> registreerKandidaat(String email, String naam, String wachtwoordHash, String regiocode) {
    String gebruikersnaam = email.strip().toLowerCase(Locale.ROOT);
    if (repository.bestaatGebruiker(gebruikersnaam)) return Optional.empty();
    UUID id = UUID.randomUUID();
    repository.voegGebruikerToe(id, gebruikersnaam, naam, gebruikersnaam, wachtwoordHash, Rol.KANDIDAAT.name(), null, regiocode, false);
    return Optional.of(new GebruikerId(id));
  }

  /** Maakt een gebruiker aan als de gebruikersnaam nog vrij is. */
  @Transactional
  public boolean zorgVoorGebruiker(
      String gebruikersnaam, String naam, String email, String wachtwoordHash, Rol rol,
      OrganisatieId organisatie, String regiocode, boolean demo) {
    if (repository.bestaatGebruiker(gebruikersnaam)) return false;
    repository.voegGebruikerToe(
        UUID.randomUUID(), gebruikersnaam, naam, email, wachtwoordHash, rol.name(),
        organisatie == null ? null : organisatie.waarde(), regiocode, demo);
    return true;
  }

  @Override
  public List<GebruikerContact> actieveGebruikers(Rol rol, String regiocode) {
    return repository.actieveGebruikers(rol.name(), regiocode).stream().map(ToegangService::contact).toList();
  }

  @Override
  public Optional<GebruikerContact> gebruikerContact(GebruikerId id) {
    return repository.gebruiker(id.waarde()).filter(GebruikerRecord::actief).map(ToegangService::contact);
  }

  private static GebruikerContact contact(GebruikerRecord r) {
    String email = r.email() != null && !r.email().isBlank() ? r.email() : r.gebruikersnaam().contains("@") ? r.gebruikersnaam() : null;
    return new GebruikerContact(new GebruikerId(r.id()), r.naam(), email);
  }
}
