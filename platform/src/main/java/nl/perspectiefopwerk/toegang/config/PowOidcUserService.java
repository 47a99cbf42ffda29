package nl.perspectiefopwerk.toegang.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.perspectiefopwerk.toegang.persistence.GebruikerRecord;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Koppelt een OIDC-inlog (de identity provider van de organisatie) aan een bestaand account in het
 * platform: eerst op het {@code sub}-kenmerk, anders op e-mail of {@code preferred_username}. Rol,
 * organisatie en regio komen altijd uit het platform, nooit uit het token. Een onbekende persoon
 * komt niet binnen.
 */
@Component
class PowOidcUserService extends OidcUserService {

  static final String NAAM_ATTRIBUUT = "pow_gebruikersnaam";
  private static final Logger log = LoggerFactory.getLogger(PowOidcUserService.class);

  private final ToegangRepository repository;

  PowOidcUserService(ToegangRepository repository) {
    this.repository = repository;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser extern = super.loadUser(request);
    String subject = extern.getSubject();
    Optional<GebruikerRecord> gevonden =
        repository
            .gebruikerMetOidcSubject(subject)
            .or(() -> Optional.ofNullable(extern.getEmail()).flatMap(repository::gebruiker))
            .or(() -> Optional.ofNullable(extern.getPreferredUsername()).flatMap(repository::gebruiker));
    GebruikerRecord g =
        gevonden
            .filter(GebruikerRecord::actief)
            .orElseThrow(
                () -> {
                  log.warn("OIDC-inlog geweigerd: geen actief account voor subject {}", subject);
                  return new OAuth2AuthenticationException(
                      new OAuth2Error("onbekende_gebruiker", "Geen actief account in het platform", null));
                });
    repository.koppelOidcSubject(g.id(), subject);
    repository.registreerInlog(g.id());
    Map<String, Object> claims = new HashMap<>(extern.getClaims());
    claims.put(NAAM_ATTRIBUUT, g.gebruikersnaam());
    return new DefaultOidcUser(
        List.of(new SimpleGrantedAuthority("ROLE_" + g.rol())),
        extern.getIdToken(),
        new OidcUserInfo(claims),
        NAAM_ATTRIBUUT);
  }
}
