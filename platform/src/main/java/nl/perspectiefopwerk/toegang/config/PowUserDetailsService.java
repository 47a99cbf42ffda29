package nl.perspectiefopwerk.toegang.config;

import java.util.List;
import nl.perspectiefopwerk.toegang.persistence.GebruikerRecord;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lokale accounts (formulierinlog). Geblokkeerde accounts komen terug als 'locked'. */
@Component
class PowUserDetailsService implements UserDetailsService {

  private final ToegangRepository repository;
  private final InlogBeperking beperking;

  PowUserDetailsService(ToegangRepository repository, InlogBeperking beperking) {
    this.repository = repository;
    this.beperking = beperking;
  }

  @Override
  public UserDetails loadUserByUsername(String gebruikersnaam) {
    GebruikerRecord g =
        repository
            .gebruiker(gebruikersnaam.trim())
            .filter(r -> r.wachtwoordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    return User.withUsername(g.gebruikersnaam())
        .password(g.wachtwoordHash())
        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + g.rol())))
        .disabled(!g.actief())
        .accountLocked(beperking.isGeblokkeerd(g.gebruikersnaam()))
        .build();
  }
}
