package nl.perspectiefopwerk.toegang.web;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** De inlogpagina: lokaal account en, als ingesteld, de identity provider van de organisatie (OIDC). */
@Controller
class InlogController {

  private static final Set<String> FOUTEN = Set.of("onjuist", "geblokkeerd", "uitgeschakeld", "oidc");

  private final ObjectProvider<ClientRegistrationRepository> oidc;

  InlogController(ObjectProvider<ClientRegistrationRepository> oidc) {
    this.oidc = oidc;
  }

  @GetMapping("/inloggen")
  String inloggen(@RequestParam(required = false) String fout, Model model) {
    if (fout != null) model.addAttribute("fout", FOUTEN.contains(fout) ? fout : "onjuist");
    ClientRegistrationRepository registraties = oidc.getIfAvailable();
    if (registraties instanceof InMemoryClientRegistrationRepository r) {
      java.util.List<ClientRegistration> lijst = new java.util.ArrayList<>();
      r.forEach(lijst::add);
      model.addAttribute("oidcRegistraties", lijst);
    }
    return "toegang/inloggen";
  }
}
