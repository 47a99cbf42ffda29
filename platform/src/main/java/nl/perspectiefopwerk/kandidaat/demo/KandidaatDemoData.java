package nl.perspectiefopwerk.kandidaat.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.kandidaat.Doelgroep;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeUitkomst;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.kandidaat.domain.Werkfitbeoordeling;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Zo'n 200 verzonnen kandidaten per regio: echte ESCO-beroepen en -vaardigheden, een mix van
 * doelgroepen, de meesten werkfit en met toestemming, sommigen niet werkfit, zonder toestemming of met
 * een verouderd profiel. De BSN's liggen in de testreeks 9999xxxxx en kloppen met de elfproef.
 * Het account kandidaat@amXX hoort bij de eerste kandidaat van de regio.
 */
@Component
@Profile("demo")
class KandidaatDemoData implements DemoDataBijdrager {

  static final int PER_REGIO = 200;
  private static final Logger log = LoggerFactory.getLogger(KandidaatDemoData.class);

  private static final List<String> BEROEPEN =
      List.of("magazijnmedewerker", "schoonmaker", "verkoopmedewerker", "heftruckchauffeur", "kok", "productiemedewerker",
          "verzorgende", "administratief medewerker", "buschauffeur", "hovenier", "elektricien", "lasser",
          "callcentermedewerker", "kassamedewerker", "timmerman", "metselaar", "bakker", "kapper", "beveiliger", "postbode");
  private static final List<String> VOORNAMEN =
      List.of("Sanne", "Daan", "Fatima", "Jeroen", "Noor", "Mohamed", "Lotte", "Bram", "Yara", "Kees", "Ilse", "Ahmed",
          "Femke", "Ruben", "Aylin", "Pieter", "Mila", "Thijs", "Esra", "Joost", "Anouk", "Milan", "Sevda", "Wouter");
  private static final List<String> ACHTERNAMEN =
      List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "El Amrani", "de Boer", "Mulder", "Yilmaz",
          "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Koç");
  private static final List<String> STRATEN =
      List.of("Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Beukenlaan", "Lindelaan", "Julianastraat");

  private final KandidaatApi api;
  private final KandidaatService service;
  private final KandidaatRepository repository;
  private final RegioApi regio;
  private final TaxonomieApi taxonomie;
  private final ToegangApi toegang;
  private final TransactionTemplate transactie;

  private final int perRegio;

  KandidaatDemoData(KandidaatApi api, KandidaatService service, KandidaatRepository repository, RegioApi regio,
      TaxonomieApi taxonomie, ToegangApi toegang, TransactionTemplate transactie,
      @org.springframework.beans.factory.annotation.Value("${pow.demo.kandidaten-per-regio:" + PER_REGIO + "}") int perRegio) {
    this.perRegio = perRegio;
    this.api = api;
    this.service = service;
    this.repository = repository;
    this.regio = regio;
    this.taxonomie = taxonomie;
    this.toegang = toegang;
    this.transactie = transactie;
  }

  @Override
  public int volgorde() {
    return 200;
  }

  @Override
  public void vulAan() {
    if (perRegio <= 0) return;
    if (!taxonomie.isGeladen()) {
      log.warn("Geen demokandidaten: de ESCO-taxonomie is niet geïmporteerd");
      return;
    }
    List<BeroepDetail> beroepen = new ArrayList<>();
    for (String naam : BEROEPEN) {
      taxonomie.suggestiesBeroepen(naam, 1).stream().findFirst().flatMap(r -> taxonomie.beroep(r.item().id())).ifPresent(beroepen::add);
    }
    List<Arbeidsmarktregio> regios = regio.regios();
    for (int i = 0; i < regios.size(); i++) {
      Arbeidsmarktregio r = regios.get(i);
      if (repository.aantalInRegio(r.code()) > 0) continue;
      int index = i;
      transactie.executeWithoutResult(s -> vulRegio(r, beroepen, new Random(1000L + index)));
    }
  }

  private void vulRegio(Arbeidsmarktregio r, List<BeroepDetail> beroepen, Random rnd) {
    List<Gemeente> gemeenten = regio.gemeenten(new Regiocode(r.code()));
    if (gemeenten.isEmpty()) return;
    List<Organisatie> eigenaren = toegang.organisatiesInRegio(r.code()).stream()
        .filter(o -> o.type() == OrganisatieType.UWV || (o.type() == OrganisatieType.GEMEENTE
            && r.centrumgemeente() != null && r.centrumgemeente().code().equals(o.gemeentecode())))
        .toList();
    LocalDate vandaag = LocalDate.now();
    for (int n = 0; n < perRegio; n++) {
      // Grote gemeenten vaker: kies gewogen naar inwoners.
      Gemeente g = gewogen(gemeenten, rnd);
      List<String> pc4s = regio.postcodesVanGemeente(g.code());
      if (pc4s.isEmpty()) continue;
      String pc4 = pc4s.get(rnd.nextInt(pc4s.size()));
      BeroepDetail beroep = beroepen.get(rnd.nextInt(beroepen.size()));
      List<String> vaardigheden = beroep.essentieleVaardigheden().stream().limit(2 + rnd.nextInt(4)).map(Vaardigheid::id).toList();
      Organisatie eigenaar = eigenaren.get(n % eigenaren.size());
      IntakeGegevens gegevens = new IntakeGegevens(
          VOORNAMEN.get(rnd.nextInt(VOORNAMEN.size())), ACHTERNAMEN.get(rnd.nextInt(ACHTERNAMEN.size())),
          testBsn(r.code(), n), vandaag.minusYears(18 + rnd.nextInt(47)).minusDays(rnd.nextInt(365)),
          STRATEN.get(rnd.nextInt(STRATEN.size())), String.valueOf(1 + rnd.nextInt(180)),
          pc4 + " " + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26)), g.naam(),
          null, null, doelgroepen(rnd), Opleidingsniveau.values()[1 + rnd.nextInt(8)], rnd.nextInt(3) > 0,
          List.of(beroep.beroep().id()), vaardigheden, rnd.nextInt(4) == 0 ? List.of("Nederlands", "Engels") : List.of("Nederlands"),
          rnd.nextBoolean(), 16 + 4 * rnd.nextInt(7), 10 + 5 * rnd.nextInt(7), vandaag.plusDays(rnd.nextInt(60) - 20),
          List.of(Werkvorm.REGULIER), null, IntakeGegevens.Ondersteuningsbehoefte.GEEN);
      IntakeUitkomst uitkomst = api.neemIn(gegevens,
          new KandidaatApi.Herkomst(eigenaar.id().waarde(), eigenaar.type() == OrganisatieType.UWV ? "uwv" : "gemeente:" + eigenaar.gemeentecode(),
              "DEMO-" + r.code() + "-" + n, "demo"));
      if (!(uitkomst instanceof IntakeUitkomst.Aangemaakt a)) {
        log.warn("Demokandidaat {} in {} niet aangemaakt: {}", n, r.code(), uitkomst);
        continue;
      }
      var id = a.id();
      if (n == 0) repository.koppelGebruiker(id.waarde(), "kandidaat@" + r.code().toLowerCase());
      int soort = rnd.nextInt(20);
      WerkfitGraad graad = soort < 15 || n == 0 ? WerkfitGraad.WERKFIT : soort < 17 ? WerkfitGraad.NOG_NIET_WERKFIT : WerkfitGraad.IN_WERKFITTRAJECT;
      LocalDate beoordeeld = soort == 14 ? vandaag.minusMonths(7) : vandaag.minusDays(rnd.nextInt(90));
      List<Werkvorm> werkvormen = switch (rnd.nextInt(4)) {
        case 0 -> List.of(Werkvorm.REGULIER);
        case 1 -> List.of(Werkvorm.REGULIER, Werkvorm.LEERWERKPLEK);
        case 2 -> List.of(Werkvorm.LEERWERKPLEK, Werkvorm.BASISBAAN);
        default -> List.of(Werkvorm.BASISBAAN);
      };
      List<Instrument> instrumenten = rnd.nextBoolean() ? List.of(Instrument.NO_RISK_POLIS, Instrument.JOBCOACHING)
          : rnd.nextBoolean() ? List.of(Instrument.LOONKOSTENSUBSIDIE) : List.of(Instrument.PROEFPLAATSING);
      service.beoordeelWerkfit(id, Werkfitbeoordeling.op(graad, graad == WerkfitGraad.WERKFIT ? werkvormen : List.of(),
          instrumenten, graad == WerkfitGraad.WERKFIT ? null : "Taaltraining en werkritme opbouwen", "demo", beoordeeld, 6));
      if (soort != 19 || n == 0) {
        service.geefBestandstoestemming(id, n % 3 == 0 ? Toestemming.Wijze.OP_PAPIER_DOOR_CONSULENT : Toestemming.Wijze.DOOR_KANDIDAAT, "demo");
      }
      if (soort == 18 && n != 0) repository.zetBevestigd(id.waarde(), vandaag.minusMonths(8));
    }
  }

  private static Gemeente gewogen(List<Gemeente> gemeenten, Random rnd) {
    long totaal = gemeenten.stream().mapToLong(g -> g.inwoners() == null ? 20_000 : g.inwoners()).sum();
    long r = (long) (rnd.nextDouble() * totaal);
    for (Gemeente g : gemeenten) {
      r -= g.inwoners() == null ? 20_000 : g.inwoners();
      if (r < 0) return g;
    }
    return gemeenten.getLast();
  }

  private static Set<Doelgroep> doelgroepen(Random rnd) {
    Set<Doelgroep> d = EnumSet.noneOf(Doelgroep.class);
    d.add(rnd.nextInt(3) == 0 ? Doelgroep.WW : Doelgroep.BIJSTAND);
    if (rnd.nextInt(6) == 0) d.add(Doelgroep.ARBEIDSBEPERKING_BANENAFSPRAAK);
    if (rnd.nextInt(8) == 0) d.add(Doelgroep.STATUSHOUDER);
    if (rnd.nextInt(7) == 0) d.add(Doelgroep.VIJFTIG_PLUS);
    return d;
  }

  /** Een BSN uit de testreeks 999xxxxxx dat klopt met de elfproef, uniek per regio en volgnummer. */
  static String testBsn(String regiocode, int n) {
    int volgnummer = Integer.parseInt(regiocode.substring(2)) * PER_REGIO + n; // < 10.000
    for (String voorvoegsel : List.of("9999", "9998", "9997", "9996")) {
      String acht = voorvoegsel + String.format("%04d", volgnummer);
      int som = 0;
      for (int i = 0; i < 8; i++) som += (9 - i) * (acht.charAt(i) - '0');
      int controle = som % 11;
      if (controle <= 9) return acht + controle;
    }
    throw new IllegalStateException("geen test-BSN voor " + volgnummer);
  }


}
