package nl.perspectiefopwerk.scholing.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.PilotAanmelding;
import nl.perspectiefopwerk.scholing.PilotStatus;
import nl.perspectiefopwerk.scholing.Traject;
import nl.perspectiefopwerk.scholing.TrajectId;
import nl.perspectiefopwerk.scholing.TrajectStatus;
import nl.perspectiefopwerk.scholing.Trajecttype;
import nl.perspectiefopwerk.scholing.persistence.ScholingRepository;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per regio zes trajecten die het regioloket vastlegde voor kandidaten uit het bestand, met de school van de regio als
 * onderwijspartner: lopend praktijkleren, afgerond met praktijkverklaring, BBL, deelcertificaat, taal en een gestopt
 * traject. De eerste twaalf regio's staan in tranche 1 van de pilot (toegekend), de volgende tien hebben zich voor
 * tranche 2 aangemeld. Idempotent: een regio met trajecten wordt overgeslagen.
 */
@Component
@Profile("demo")
class ScholingDemoData implements DemoDataBijdrager {

  private static final Logger log = LoggerFactory.getLogger(ScholingDemoData.class);
  private static final String[] LEERBEDRIJVEN = {"Zorggroep Verzonnen Zorg", "Logistiek Proefpakket", "Bouwbedrijf Denkbeeldig",
      "Groenbedrijf Schijnblad", "Hotel Het Bedachte Anker"};

  private final ScholingRepository repository;
  private final KandidaatApi kandidaten;
  private final ToegangApi toegang;
  private final RegioApi regio;
  private final TransactionTemplate transactie;

  ScholingDemoData(ScholingRepository repository, KandidaatApi kandidaten, ToegangApi toegang, RegioApi regio, TransactionTemplate transactie) {
    this.repository = repository;
    this.kandidaten = kandidaten;
    this.toegang = toegang;
    this.regio = regio;
    this.transactie = transactie;
  }

  @Override
  public int volgorde() {
    return 700;
  }

  @Override
  public void vulAan() {
    long start = System.nanoTime();
    int[] aantal = {0};
    List<Arbeidsmarktregio> regios = regio.regios();
    for (int i = 0; i < regios.size(); i++) {
      Arbeidsmarktregio r = regios.get(i);
      int index = i;
      transactie.executeWithoutResult(s -> aantal[0] += vul(r.code(), index));
    }
    log.info("Demodata scholing: {} trajecten in {} ms", aantal[0], (System.nanoTime() - start) / 1_000_000);
  }

  private int vul(String regiocode, int index) {
    if (index < 12) pilot(regiocode, 1, PilotStatus.TOEGEKEND);
    else if (index < 22) pilot(regiocode, 2, PilotStatus.AANGEMELD);
    if (repository.aantalInRegio(regiocode) > 0) return 0;
    List<Organisatie> orgs = toegang.organisatiesInRegio(regiocode);
    Optional<Organisatie> loket = orgs.stream().filter(o -> o.type() == OrganisatieType.REGIOLOKET).findFirst();
    Optional<Organisatie> school = orgs.stream().filter(o -> o.type() == OrganisatieType.ONDERWIJS).findFirst();
    if (loket.isEmpty()) return 0;
    HuidigeGebruiker kijker = new HuidigeGebruiker(new GebruikerId(new UUID(0, 0)), "demo", "Demo", Rol.REGIOLOKET, loket.get().id(),
        loket.get().naam(), OrganisatieType.REGIOLOKET, List.of(regiocode));
    List<AnoniemProfiel> profielen = kandidaten.zoekInBestand(kijker, Zoekfilter.leeg(), new PaginaVerzoek(1, 6)).items();
    LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    record Opzet(Trajecttype type, String opleiding, TrajectStatus status, Opleidingsuitkomst uitkomst, int maandenGeleden) {}
    List<Opzet> opzet = List.of(
        new Opzet(Trajecttype.PRAKTIJKLEREN, "Medewerker logistiek (mbo 2), werkprocessen orderpicken", TrajectStatus.LOPEND, null, 3),
        new Opzet(Trajecttype.PRAKTIJKLEREN, "Helpende zorg en welzijn (mbo 2)", TrajectStatus.AFGEROND, Opleidingsuitkomst.PRAKTIJKVERKLARING, 10),
        new Opzet(Trajecttype.BBL, "Timmerman (mbo 2, BBL)", TrajectStatus.LOPEND, null, 6),
        new Opzet(Trajecttype.MBO_DEELCERTIFICAAT, "Deelcertificaat hovenier", TrajectStatus.AFGEROND, Opleidingsuitkomst.CERTIFICAAT, 8),
        new Opzet(Trajecttype.TAAL, "Nederlands op de werkvloer (B1)", TrajectStatus.GEPLAND, null, 0),
        new Opzet(Trajecttype.PRAKTIJKLEREN, "Medewerker bediening (mbo 1)", TrajectStatus.GESTOPT, Opleidingsuitkomst.GESTOPT, 5));
    int n = 0;
    for (int i = 0; i < profielen.size() && i < opzet.size(); i++) {
      Optional<KandidaatId> k = kandidaten.kandidaatVoorProfielcode(kijker, profielen.get(i).profielcode());
      if (k.isEmpty()) continue;
      Opzet o = opzet.get(i);
      boolean praktijk = o.type() == Trajecttype.PRAKTIJKLEREN || o.type() == Trajecttype.BBL;
      LocalDate startdatum = vandaag.minusMonths(o.maandenGeleden()).minusDays(index % 20);
      if (o.status() == TrajectStatus.GEPLAND) startdatum = vandaag.plusDays(14);
      boolean einde = o.status() == TrajectStatus.AFGEROND || o.status() == TrajectStatus.GESTOPT;
      repository.voegToe(new Traject(TrajectId.nieuw(), regiocode, loket.get().id().waarde(), k.get(), o.type(), o.opleiding(),
          praktijk ? LEERBEDRIJVEN[(index + i) % LEERBEDRIJVEN.length] + " " + regiocode : null, praktijk ? "Praktijkopleider Demo" : null,
          school.map(s -> s.id().waarde()).orElse(null), startdatum, startdatum.plusMonths(9), o.type() != Trajecttype.TAAL, null, o.status(),
          o.uitkomst(), einde ? vandaag.minusDays(10 + index % 30) : null, "regioloket@" + regiocode.toLowerCase(Locale.ROOT), 0));
      n++;
    }
    return n;
  }

  private void pilot(String regiocode, int tranche, PilotStatus status) {
    UUID id = UUID.randomUUID();
    if (repository.voegPilotToe(new PilotAanmelding(id, regiocode, tranche, PilotStatus.AANGEMELD,
        tranche == 1 ? "Deelname aan de eerste tranche met SBB" : "Aanmelding via SBB voor de tweede tranche", "demo", null, null, null, 0))
        && status != PilotStatus.AANGEMELD) {
      repository.besluitPilot(id, 0, status, "ministerie@nl");
    }
  }
}
