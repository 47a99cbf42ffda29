package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Testgegevens voor de route in één regio, opgebouwd via de echte services: een vrij profiel, een verzoek in een
 * gevraagde status, een match. Elke testklasse gebruikt een eigen regio, zodat tests elkaar niet raken.
 */
final class RouteFixture {

  final String regio;
  private final JdbcClient jdbc;
  private final KandidaatApi kandidaten;
  private final WerkgeverApi werkgevers;
  private final BemiddelingService bemiddeling;

  RouteFixture(String regio, JdbcClient jdbc, KandidaatApi kandidaten, WerkgeverApi werkgevers, BemiddelingService bemiddeling) {
    this.regio = regio;
    this.jdbc = jdbc;
    this.kandidaten = kandidaten;
    this.werkgevers = werkgevers;
    this.bemiddeling = bemiddeling;
  }

  String account(String rol) {
    return rol + "@" + regio.toLowerCase(Locale.ROOT);
  }

  HuidigeGebruiker gebruiker(String rolAccount, Rol rol, OrganisatieType type) {
    String naam = account(rolAccount);
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), naam, naam, rol, new OrganisatieId(organisatieVan(naam)), naam, type,
        List.of(regio));
  }

  HuidigeGebruiker werkgever() {
    return gebruiker("werkgever", Rol.WERKGEVER, OrganisatieType.WERKGEVER);
  }

  HuidigeGebruiker regioloket() {
    return gebruiker("regioloket", Rol.REGIOLOKET, OrganisatieType.REGIOLOKET);
  }

  HuidigeGebruiker jobcoach() {
    return gebruiker("jobcoach", Rol.JOBCOACH, OrganisatieType.GEMEENTE);
  }

  UUID organisatieVan(String gebruikersnaam) {
    return jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(UUID.class).single();
  }

  /** Een profiel dat de werkgever ziet en waarvoor nog geen enkel verzoek bestaat. */
  String vrijProfiel() {
    Set<UUID> alGevraagd = new HashSet<>(jdbc.sql("select kandidaat_id from bemiddeling.belangstelling").query(UUID.class).list());
    HuidigeGebruiker w = werkgever();
    for (AnoniemProfiel p : kandidaten.zoekInBestand(w, Zoekfilter.leeg(), new PaginaVerzoek(1, 200)).items()) {
      UUID k = kandidaten.kandidaatVoorProfielcode(w, p.profielcode()).orElseThrow().waarde();
      if (!alGevraagd.contains(k)) return p.profielcode();
    }
    throw new AssertionError("geen vrij profiel in " + regio);
  }

  Werkplek eigenOpenWerkplek() {
    UUID org = werkgever().organisatieId().waarde();
    return werkgevers.openWerkplekken(regio).stream().filter(w -> w.werkgeverId().equals(org)).findFirst().orElseThrow();
  }

  BelangstellingId verzoek(String code, Belangstellingssoort soort) {
    var r = bemiddeling.toonBelangstelling(werkgever(), code, eigenOpenWerkplek().id().waarde(), "Graag maken wij kennis.", soort);
    return ((BemiddelingService.Resultaat.Gelukt) r).id();
  }

  /** Een verzoek dat via de echte stappen in deze status is gekomen. */
  BelangstellingId inStatus(BelangstellingStatus doel) {
    BelangstellingId id = verzoek(vrijProfiel(), Belangstellingssoort.BELANGSTELLING);
    if (doel == BelangstellingStatus.AANGEVRAAGD) return id;
    if (doel == BelangstellingStatus.INGETROKKEN) {
      bemiddeling.trekIn(werkgever(), id, 0);
      return id;
    }
    bemiddeling.legAntwoordVast(regioloket(), id, doel != BelangstellingStatus.KANDIDAAT_WEIGERT, 0);
    if (doel == BelangstellingStatus.KANDIDAAT_AKKOORD || doel == BelangstellingStatus.KANDIDAAT_WEIGERT) return id;
    bemiddeling.planGesprek(regioloket(), id, LocalDateTime.now().minusDays(1).withNano(0), null, true, 1);
    if (doel == BelangstellingStatus.GESPREK_GEPLAND) return id;
    bemiddeling.legUitkomstVast(regioloket(), id, doel, doel == BelangstellingStatus.GEEN_MATCH ? "Past niet" : null, 2);
    return id;
  }

  int versieVan(BelangstellingId id) {
    return bemiddeling.zichtbaar(regioloket(), id).versie();
  }
}
