package nl.perspectiefopwerk.bemiddeling.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.BemiddelingProperties;
import nl.perspectiefopwerk.bemiddeling.domain.Termijn;
import nl.perspectiefopwerk.bemiddeling.persistence.BelangstellingRepository;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per regio een handvol verzoeken van de eerste werkgever met open werkplekken, in verschillende stappen
 * (waaronder verzoeken waarvan de termijn verstreken is). Idempotent: een regio met verzoeken wordt overgeslagen.
 */
@Component
@Profile("demo")
class BemiddelingDemoData implements DemoDataBijdrager {

  private static final Logger log = LoggerFactory.getLogger(BemiddelingDemoData.class);
  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  private static final String[] BERICHTEN = {
    "Wij zoeken iemand die graag met de handen werkt; een vaste collega begeleidt de eerste weken.",
    "Past goed bij ons team. We bieden een proefplaatsing met jobcoaching.",
    "De uren sluiten aan bij onze roosters. Graag maken we kennis.",
    "Wij hebben ervaring met aangepast werk en denken dat dit een goede match is.",
    "We willen graag vrijblijvend kennismaken op de werkvloer."
  };

  private final BelangstellingRepository repository;
  private final KandidaatApi kandidaten;
  private final WerkgeverApi werkgevers;
  private final ToegangApi toegang;
  private final BemiddelingProperties properties;
  private final TransactionTemplate transactie;

  BemiddelingDemoData(BelangstellingRepository repository, KandidaatApi kandidaten, WerkgeverApi werkgevers, ToegangApi toegang,
      BemiddelingProperties properties, TransactionTemplate transactie) {
    this.repository = repository;
    this.kandidaten = kandidaten;
    this.werkgevers = werkgevers;
    this.toegang = toegang;
    this.properties = properties;
    this.transactie = transactie;
  }

  @Override
  public int volgorde() {
    return 400;
  }

  @Override
  public void vulAan() {
    long start = System.nanoTime();
    Map<String, Organisatie> perRegio = new LinkedHashMap<>();
    for (Organisatie o : toegang.organisatiesVanType(OrganisatieType.WERKGEVER)) {
      if (o.regiocodes().isEmpty() || o.naam().startsWith("Nieuw Aangemeld ")) continue; // nog niet gescreend: zoekt niet
      perRegio.putIfAbsent(o.regiocodes().getFirst(), o);
    }
    int[] aantal = {0};
    perRegio.forEach((regio, o) -> transactie.executeWithoutResult(s -> aantal[0] += vul(regio, o)));
    log.info("Demodata bemiddeling: {} verzoeken in {} ms", aantal[0], (System.nanoTime() - start) / 1_000_000);
  }

  private int vul(String regio, Organisatie o) {
    if (repository.aantalInRegio(regio) > 0) return 0;
    List<Werkplek> open = werkgevers.openWerkplekken(regio).stream().filter(w -> w.werkgeverId().equals(o.id().waarde())).toList();
    if (open.isEmpty()) return 0;
    HuidigeGebruiker kijker = new HuidigeGebruiker(new GebruikerId(new UUID(0, 0)), "demo", "Demo", Rol.WERKGEVER, o.id(), o.naam(),
        OrganisatieType.WERKGEVER, List.of(regio));
    List<AnoniemProfiel> profielen = kandidaten.zoekInBestand(kijker, Zoekfilter.leeg(), new PaginaVerzoek(1, 5)).items();
    BelangstellingStatus[] stappen = {BelangstellingStatus.AANGEVRAAGD, BelangstellingStatus.AANGEVRAAGD,
        BelangstellingStatus.KANDIDAAT_WEIGERT, BelangstellingStatus.GESPREK_GEPLAND, BelangstellingStatus.AANGEVRAAGD};
    int[] dagenGeleden = {10, 1, 6, 8, 7};
    List<Belangstelling> nieuw = new ArrayList<>();
    for (int i = 0; i < profielen.size() && i < stappen.length; i++) {
      String code = profielen.get(i).profielcode();
      Optional<KandidaatId> k = kandidaten.kandidaatVoorProfielcode(kijker, code);
      if (k.isEmpty()) continue;
      Werkplek w = open.get(i % open.size());
      LocalDate aangevraagd = LocalDate.now(TIJDZONE).minusDays(dagenGeleden[i]);
      BelangstellingStatus status = stappen[i];
      Belangstelling b = new Belangstelling(BelangstellingId.nieuw(), regio, k.get(), code, w.id(), w.werkgeverId(), o.id().waarde(),
          "werkgever@" + regio.toLowerCase(java.util.Locale.ROOT), BERICHTEN[i], status,
          Termijn.deadline(aangevraagd, properties.termijnWerkdagen()), status == BelangstellingStatus.KANDIDAAT_WEIGERT ? "NEE" : null,
          null, null, false, null, null, aangevraagd.atStartOfDay(TIJDZONE).toInstant(), 0, null, null, null);
      repository.voegToe(b);
      if (status == BelangstellingStatus.GESPREK_GEPLAND) {
        kandidaten.geefIdentiteitstoestemmingOpPapier(k.get(), w.werkgeverId(), "demo");
        Instant op = LocalDate.now(TIJDZONE).plusDays(3).atTime(10, 0).atZone(TIJDZONE).toInstant();
        repository.planGesprek(b.id(), 0, BelangstellingStatus.GESPREK_GEPLAND, op, null, true);
      }
      nieuw.add(b);
    }
    return nieuw.size();
  }
}
