package nl.perspectiefopwerk.monitoring.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.BemiddelingApi;
import nl.perspectiefopwerk.kandidaat.Bestandstelling;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.stereotype.Component;

/**
 * Haalt de vastgelegde feiten op bij de modules die ze bezitten, uitsluitend via hun facades en
 * uitsluitend als tellingen: er komt geen persoon in deze module.
 */
@Component
class FeitenVerzamelaar {

  private final RegioApi regio;
  private final KandidaatApi kandidaat;
  private final BemiddelingApi bemiddeling;
  private final ToegangApi toegang;
  private final Clock klok;

  FeitenVerzamelaar(
      RegioApi regio, KandidaatApi kandidaat, BemiddelingApi bemiddeling, ToegangApi toegang, java.util.Optional<Clock> klok) {
    this.regio = regio;
    this.toegang = toegang;
    this.kandidaat = kandidaat;
    this.bemiddeling = bemiddeling;
    this.klok = klok.orElse(Clock.systemDefaultZone());
  }

  /** Per inbrengende organisatie in één regio; zelfmeldingen zonder organisatie onder "zelfmelding". */
  List<OrganisatieFeiten> perOrganisatie(String regiocode, String zelfmelding) {
    List<OrganisatieFeiten> uit = new ArrayList<>();
    for (Bestandstelling b : kandidaat.bestandstellingenPerOrganisatie(regiocode)) {
      String naam = b.groep().isEmpty()
          ? zelfmelding
          : toegang.organisatie(new OrganisatieId(UUID.fromString(b.groep()))).map(Organisatie::naam).orElse(b.groep());
      uit.add(new OrganisatieFeiten(naam, b.geidentificeerd(), b.werkfit(), b.inBestand(), b.verouderd()));
    }
    uit.sort(java.util.Comparator.comparing(OrganisatieFeiten::organisatie));
    return uit;
  }

  Feiten verzamel() {
    Instant nu = klok.instant();
    LocalDate peildatum = LocalDate.now(klok);
    Map<String, Bestandstelling> bestand =
        kandidaat.bestandstellingen().stream().collect(Collectors.toMap(Bestandstelling::groep, Function.identity()));
    List<RegioFeiten> regios = new ArrayList<>();
    for (Arbeidsmarktregio r : regio.regios()) {
      Bestandstelling b = bestand.getOrDefault(r.code(), new Bestandstelling(r.code(), 0, 0, 0, 0));
      long belangstellingen = 0;
      long gesprekken = 0;
      long matches = 0;
      for (BelangstellingStatus s : BelangstellingStatus.values()) {
        long n = bemiddeling.aantal(r.code(), s);
        belangstellingen += n;
        if (s == BelangstellingStatus.GESPREK_GEPLAND || s == BelangstellingStatus.MATCH || s == BelangstellingStatus.GEEN_MATCH
            || s == BelangstellingStatus.VERVOLG) {
          gesprekken += n;
        }
        if (s == BelangstellingStatus.MATCH) matches += n;
      }
      regios.add(new RegioFeiten(r.code(), r.naam(), b.geidentificeerd(), b.werkfit(), b.inBestand(), b.verouderd(),
          belangstellingen, gesprekken, matches, 0, 0, null, null, null, null, 0, 0, 0, 0, 0, java.util.Set.of(), java.util.Set.of()));
    }
    return new Feiten(nu, peildatum, regios, List.of(), List.of());
  }
}
