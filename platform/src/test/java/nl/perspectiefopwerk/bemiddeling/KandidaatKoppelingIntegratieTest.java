package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Contactgegevens;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** De twee ingangen van kandidaat die de bemiddeling gebruikt: profielcode → kandidaat, en contact alleen met toestemming. */
@PlatformTest
class KandidaatKoppelingIntegratieTest {

  @Autowired KandidaatApi kandidaten;
  @Autowired KandidaatService kandidaatService;
  @Autowired JdbcClient jdbc;

  @Test
  void profielcodeHoortAlleenBijDeKijkerDieHemZiet() {
    HuidigeGebruiker werkgever = gebruiker("werkgever@am25", Rol.WERKGEVER, OrganisatieType.WERKGEVER, "AM25");
    String code = kandidaten.zoekInBestand(werkgever, Zoekfilter.leeg(), new PaginaVerzoek(1, 1)).items().getFirst().profielcode();
    assertThat(kandidaten.kandidaatVoorProfielcode(werkgever, code)).isPresent();
    assertThat(kandidaten.kandidaatVoorProfielcode(gebruiker("werkgever@am01", Rol.WERKGEVER, OrganisatieType.WERKGEVER, "AM01"), code))
        .isEmpty();
    assertThat(kandidaten.kandidaatVoorProfielcode(gebruiker("bemiddelaar@am25", Rol.BEMIDDELAAR, OrganisatieType.BEMIDDELAAR, "AM25"), code))
        .isEmpty();
    assertThat(kandidaten.kandidaatVoorProfielcode(werkgever, "P-BESTAATNIET")).isEmpty();
    assertThatThrownBy(() -> kandidaten.kandidaatVoorProfielcode(
            gebruiker("consulent-gemeente@am25", Rol.CONSULENT, OrganisatieType.GEMEENTE, "AM25"), code))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void contactAlleenMetToestemmingVoorDieWerkgever() {
    HuidigeGebruiker werkgever = gebruiker("werkgever@am25", Rol.WERKGEVER, OrganisatieType.WERKGEVER, "AM25");
    UUID org = werkgever.organisatieId().waarde();
    KandidaatId k = kandidaten.zoekInBestand(werkgever, Zoekfilter.leeg(), new PaginaVerzoek(1, 200)).items().stream()
        .map(p -> kandidaten.kandidaatVoorProfielcode(werkgever, p.profielcode()).orElseThrow())
        .filter(id -> !kandidaatService.heeftIdentiteitstoestemming(id, org)).findFirst().orElseThrow();
    UUID andereWerkgever = organisatieVan("werkgever@am01");

    assertThat(kandidaten.contactVoorWerkgever(k, org)).isEmpty();
    assertThat(kandidaten.geefIdentiteitstoestemmingOpPapier(k, org, "regioloket@am25")).isTrue();
    Contactgegevens c = kandidaten.contactVoorWerkgever(k, org).orElseThrow();
    assertThat(c.naam()).isEqualTo(kandidaatService.vind(k).naam());
    assertThat(kandidaten.contactVoorWerkgever(k, andereWerkgever)).isEmpty();

    kandidaatService.trekIdentiteitstoestemmingIn(k, org, "test");
    assertThat(kandidaten.contactVoorWerkgever(k, org)).isEmpty();
  }

  private HuidigeGebruiker gebruiker(String naam, Rol rol, OrganisatieType type, String regio) {
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), naam, naam, rol, new OrganisatieId(organisatieVan(naam)), naam, type,
        List.of(regio));
  }

  private UUID organisatieVan(String gebruikersnaam) {
    return jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(UUID.class).single();
  }
}
