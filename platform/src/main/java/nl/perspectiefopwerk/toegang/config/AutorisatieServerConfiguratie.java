package nl.perspectiefopwerk.toegang.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * OAuth2 client credentials (RFC 6749 §4.4) voor systeemkoppelingen: {@code POST /oauth2/token}
 * geeft een kortlevend JWT-toegangstoken dat de API als resource server controleert.
 */
@Configuration(proxyBeanMethods = false)
class AutorisatieServerConfiguratie {

  @Bean
  @Order(1)
  SecurityFilterChain autorisatieServerKeten(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> {})
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()));
    return http.build();
  }

  /** Sleutel per start: tokens leven kort (15 min), een herstart vraagt alleen een nieuw token. */
  @Bean
  JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    KeyPair paar = generator.generateKeyPair();
    RSAKey sleutel =
        new RSAKey.Builder((RSAPublicKey) paar.getPublic())
            .privateKey((RSAPrivateKey) paar.getPrivate())
            .keyID(UUID.randomUUID().toString())
            .build();
    return new ImmutableJWKSet<>(new JWKSet(sleutel));
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims() {
    return context ->
        context.getClaims().claim("client_naam", context.getRegisteredClient().getClientName());
  }
}
