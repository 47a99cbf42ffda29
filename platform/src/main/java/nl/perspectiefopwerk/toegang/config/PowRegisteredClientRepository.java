package nl.perspectiefopwerk.toegang.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository.ApiClientRecord;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/** Systeemkoppelingen uit toegang.api_client; alleen de client-credentials-grant. */
@Component
class PowRegisteredClientRepository implements RegisteredClientRepository {

  static final Duration LEVENSDUUR_TOKEN = Duration.ofMinutes(15);

  private final ToegangRepository repository;

  PowRegisteredClientRepository(ToegangRepository repository) {
    this.repository = repository;
  }

  @Override
  public void save(RegisteredClient client) {
    repository.bewaarApiClient(
        new ApiClientRecord(
            UUID.fromString(client.getId()),
            client.getClientId(),
            client.getClientName(),
            client.getClientSecret(),
            null,
            String.join(" ", client.getScopes()),
            true),
        false);
  }

  @Override
  public RegisteredClient findById(String id) {
    try {
      return repository.apiClient(UUID.fromString(id)).filter(ApiClientRecord::actief).map(this::naarClient).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    return repository.apiClient(clientId).filter(ApiClientRecord::actief).map(this::naarClient).orElse(null);
  }

  private RegisteredClient naarClient(ApiClientRecord c) {
    return RegisteredClient.withId(c.id().toString())
        .clientId(c.clientId())
        .clientName(c.naam())
        .clientSecret(c.geheimHash())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .scopes(s -> s.addAll(Arrays.stream(c.scopes().split("\\s+")).filter(x -> !x.isBlank()).toList()))
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(LEVENSDUUR_TOKEN).build())
        .build();
  }
}
