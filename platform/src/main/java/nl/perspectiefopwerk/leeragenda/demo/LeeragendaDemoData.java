package nl.perspectiefopwerk.leeragenda.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.leeragenda.Activiteit;
import nl.perspectiefopwerk.leeragenda.Activiteitvorm;
import nl.perspectiefopwerk.leeragenda.Behoefte;
import nl.perspectiefopwerk.leeragenda.Doelpubliek;
import nl.perspectiefopwerk.leeragenda.EvaluatieInput;
import nl.perspectiefopwerk.leeragenda.Evaluatiecyclus;
import nl.perspectiefopwerk.leeragenda.Item;
import nl.perspectiefopwerk.leeragenda.Itemsoort;
import nl.perspectiefopwerk.leeragenda.Omvang;
import nl.perspectiefopwerk.leeragenda.Pijler;
import nl.perspectiefopwerk.leeragenda.Productvorm;
import nl.perspectiefopwerk.leeragenda.Rapport;
import nl.perspectiefopwerk.leeragenda.Stedelijkheid;
import nl.perspectiefopwerk.leeragenda.Thema;
import nl.perspectiefopwerk.leeragenda.persistence.EvaluatieRepository;
import nl.perspectiefopwerk.leeragenda.persistence.LeeragendaRepository;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * De leeragenda met de producten uit de eindbrief (leergang, video-serie Open Hiring, matchingevents, tools, grote
 * werving, Blauwdrukboek, witboek), activiteiten met aanmeldingen, goede praktijken van regio's met resultaten,
 * lessen (waaronder mislukkingen) met regionale context, een behoeftepeiling per regio en twee evaluatiecycli (de
 * eerste afgerond met lessen en een tussenrapport, de tweede open met invoer). Idempotent.
 */
@Component
@Profile("demo")
class LeeragendaDemoData implements DemoDataBijdrager {

  private static final Logger log = LoggerFactory.getLogger(LeeragendaDemoData.class);
  private static final Set<String> STEDELIJK = Set.of("AM13", "AM18", "AM21", "AM22", "AM28");
  private static final Set<String> LANDELIJK = Set.of("AM02", "AM03", "AM09", "AM24", "AM29", "AM33", "AM35");

  private final LeeragendaRepository repository;
  private final EvaluatieRepository evaluaties;
  private final RegioApi regio;
  private final ToegangApi toegang;

  LeeragendaDemoData(LeeragendaRepository repository, EvaluatieRepository evaluaties, RegioApi regio, ToegangApi toegang) {
    this.repository = repository;
    this.evaluaties = evaluaties;
    this.regio = regio;
    this.toegang = toegang;
  }

  @Override
  public int volgorde() {
    return 750;
  }

  @Override
  @Transactional
  public void vulAan() {
    long start = System.nanoTime();
    List<Arbeidsmarktregio> regios = regio.regios();
    for (int i = 0; i < regios.size(); i++) behoefte(regios.get(i).code(), new Random(7500L + i));
    if (repository.aantalItems() > 0) return;
    UUID webinar = activiteit(Thema.OPEN_HIRING, Activiteitvorm.WEBINAR, "Webinar Open Hiring in de praktijk", 20, null, "Open Hiring Foundation");
    UUID leerkring = activiteit(Thema.WERKENDE_SAMENWERKING, Activiteitvorm.LEERKRING, "Leerkring Werkende samenwerking (Erasmus Universiteit)", -40,
        null, "Erasmus Universiteit Rotterdam");
    UUID brabant = activiteit(Thema.MATCHINGEVENTS, Activiteitvorm.THEMABIJEENKOMST, "Themabijeenkomst matchingevents West-Brabant", -25, "AM25",
        "Werkgeversservicepunt West-Brabant");
    UUID werving = activiteit(Thema.AANPAK_GROTE_WERVING, Activiteitvorm.THEMABIJEENKOMST, "Grote werving distributiecentrum Rijnmond", -60,
        "AM22", "UWV Rijnmond");
    activiteit(Thema.COMPETENTIEGERICHT_WERKEN, Activiteitvorm.WEBINAR, "Webinar competentiegericht matchen met ESCO", 35, null, "UWV");
    activiteit(Thema.MATCHINGTOOLS_APPS, Activiteitvorm.LEERKRING, "Leerkring matchingtools en apps", 50, null, "Divosa");
    deelnames(brabant, List.of("AM25", "AM26", "AM24"), true);
    deelnames(leerkring, List.of("AM03", "AM13", "AM18", "AM25", "AM30"), true);
    deelnames(webinar, List.of("AM01", "AM22", "AM25"), false);
    deelnames(werving, List.of("AM22", "AM23"), true);

    Instant nu = Instant.now();
    product("Leergang Werkende samenwerking", "Vijf modules over governance en samenwerking in de arbeidsmarktregio, ontwikkeld met de Erasmus Universiteit.",
        Thema.WERKENDE_SAMENWERKING, Pijler.ROUTE, Productvorm.DOCUMENT, null, nu.minus(Duration.ofDays(120)), Doelpubliek.PUBLIEK);
    product("Video-serie Open Hiring (4 afleveringen)", "Vier werkgevers vertellen hoe zij mensen zonder sollicitatiegesprek aannamen en wat dat opleverde.",
        Thema.OPEN_HIRING, Pijler.VRAAG, Productvorm.VIDEO, "https://www.perspectiefopwerk.info/leeragenda/open-hiring", nu.minus(Duration.ofDays(12)),
        Doelpubliek.PRIVAAT);
    product("Organisatie en opbrengst van matchingevents", "Wat een speeddate, banenmarkt of online ontmoeting oplevert en hoe u het nabellen organiseert.",
        Thema.MATCHINGEVENTS, Pijler.ROUTE, Productvorm.DOCUMENT, null, nu.minus(Duration.ofDays(90)), Doelpubliek.BEIDE);
    product("Overzicht van matchingtools en -apps", "Welke digitale hulpmiddelen regio's gebruiken om kandidaten en vacatures te matchen, met ervaringen.",
        Thema.MATCHINGTOOLS_APPS, Pijler.ROUTE, Productvorm.LINK, "https://www.perspectiefopwerk.info/leeragenda/matchingtools", nu.minus(Duration.ofDays(5)),
        Doelpubliek.BEIDE);
    product("Voorbeelden en adviezen voor grote wervingen", "Zo plaatst u tientallen kandidaten tegelijk bij een nieuwe vestiging: planning, selectie en nazorg.",
        Thema.AANPAK_GROTE_WERVING, Pijler.VRAAG, Productvorm.DOCUMENT, null, nu.minus(Duration.ofDays(40)), Doelpubliek.PRIVAAT);
    product("Blauwdrukboek voor werkgevers", "Werkgeversorganisaties over inclusief werkgeverschap: van werkplek aanpassen tot jobcarving.",
        Thema.COMPETENTIEGERICHT_WERKEN, Pijler.VRAAG, Productvorm.DOCUMENT, null, nu.minus(Duration.ofDays(200)), Doelpubliek.PRIVAAT);
    product("Witboek De ervaringen Perspectief op Werk", "Wat de regio's in drie jaar Perspectief op Werk leerden, in hun eigen woorden.",
        Thema.WERKENDE_SAMENWERKING, Pijler.AANBOD, Productvorm.DOCUMENT, null, nu.minus(Duration.ofDays(8)), Doelpubliek.BEIDE);

    praktijk("Speeddaten in de logistiek West-Brabant", "Werkgevers en kandidaten spraken elkaar tien minuten; een consulent belde iedereen binnen twee dagen na.",
        Thema.MATCHINGEVENTS, Pijler.ROUTE, "AM25", brabant, "64 kandidaten, 18 werkgevers, 21 gesprekken en 9 plaatsingen binnen drie maanden.",
        Stedelijkheid.GEMENGD, Omvang.MIDDEL, "logistiek, bouw", nu.minus(Duration.ofDays(20)));
    praktijk("Grote werving voor een nieuw distributiecentrum", "UWV en gemeente Rotterdam selecteerden samen op competenties in plaats van cv's.",
        Thema.AANPAK_GROTE_WERVING, Pijler.VRAAG, "AM22", werving, "120 mensen aangenomen, waarvan 45 uit de bijstand; na zes maanden nog 88 % in dienst.",
        Stedelijkheid.STEDELIJK, Omvang.GROOT, "logistiek", nu.minus(Duration.ofDays(55)));
    praktijk("Open hiring bij een bakkerijketen", "Wie zich aanmeldde, kon beginnen; een werkbegeleider vingt de eerste weken op.",
        Thema.OPEN_HIRING, Pijler.VRAAG, "AM26", null, "30 plekken vervuld, uitval na drie maanden lager dan bij reguliere werving.",
        Stedelijkheid.GEMENGD, Omvang.MIDDEL, "voedingsmiddelen", nu.minus(Duration.ofDays(3)));

    les("Online matchingevent zonder nabellen leverde bijna niets op",
        "In een dunbevolkte regio organiseerden we een online banenmarkt. Veel aanmeldingen, maar zonder persoonlijk nabellen kwam er geen enkel gesprek van.",
        "Plan vooraf wie elke kandidaat binnen twee dagen belt. Online werkt alleen als eerste kennismaking; in een landelijke regio is reisafstand naar de werkgever de echte drempel.",
        Thema.MATCHINGEVENTS, Pijler.ROUTE, "AM24", true, Stedelijkheid.LANDELIJK, Omvang.KLEIN, "zorg, recreatie, landbouw", null, nu.minus(Duration.ofDays(15)));
    les("Eén kandidatenbestand voor de hele regio kwam niet van de grond",
        "Gemeenten en UWV werkten met verschillende systemen; het gezamenlijke bestand raakte verouderd omdat niemand het bijhield.",
        "Spreek eigenaarschap en een bevestigingsritme af voordat u een gedeeld bestand opzet, en begin klein met één doelgroep.",
        Thema.MATCHINGTOOLS_APPS, Pijler.AANBOD, "AM03", true, Stedelijkheid.LANDELIJK, Omvang.KLEIN, "zorg, industrie", null, nu.minus(Duration.ofDays(70)));
    les("Werkgevers betrekken via bestaande netwerken",
        "Losse leeragenda-bijeenkomsten trokken weinig werkgevers; aansluiten bij het ondernemersontbijt van de gemeente wel.",
        "Koppel activiteiten aan wat al loopt in de regio in plaats van iets nieuws te organiseren.",
        Thema.WERKENDE_SAMENWERKING, Pijler.VRAAG, "AM13", false, Stedelijkheid.STEDELIJK, Omvang.GROOT, "zakelijke dienstverlening, zorg", null,
        nu.minus(Duration.ofDays(25)));

    // evaluatiecycli
    UUID eerste = UUID.randomUUID();
    evaluaties.voegCyclusToe(new Evaluatiecyclus(eerste, 1, "Feedbackloop 1: plannen en eerste uitvoering", LocalDate.of(2019, 12, 1),
        LocalDate.of(2020, 6, 30), Evaluatiecyclus.Cyclusstatus.OPEN, 0));
    evaluaties.voegInputToe(new EvaluatieInput(UUID.randomUUID(), eerste, EvaluatieInput.Inputsoort.GESPREKSVERSLAG,
        "Verslag voortgangsgesprekken voorjaar 2020", null,
        "Regio's noemen beleidsvrijheid als stimulans; de coronacrisis vertraagt uitvoering. Matchingevents gaan online.", null, null, false,
        "ondersteuningsteam@nl", nu), null);
    les("Beleidsvrijheid stimuleert samenwerking en vernieuwend denken",
        "Regio's die hun eigen plan mochten maken, betrokken meer partijen en probeerden meer nieuwe aanpakken.",
        "Geef ruimte in de opdracht en vraag om korte verantwoording; leg de nadruk op leren.",
        Thema.WERKENDE_SAMENWERKING, Pijler.ROUTE, null, false, null, null, null, eerste, nu.minus(Duration.ofDays(300)));
    les("Fouten delen moet actief gestimuleerd worden",
        "Regio's deelden vooral successen; over wat niet werkte werd weinig gesproken, terwijl daar het meeste van te leren viel.",
        "Vraag in elke bijeenkomst expliciet naar een mislukking en publiceer die in de leeragenda met de regionale context.",
        Thema.WERKENDE_SAMENWERKING, Pijler.ROUTE, null, true, null, null, null, eerste, nu.minus(Duration.ofDays(290)));
    byte[] pdf = tussenrapport();
    evaluaties.voegRapportToe(new Rapport(UUID.randomUUID(), eerste, Rapport.Rapportsoort.TUSSENRAPPORT, "Tussenrapport lerende evaluatie",
        "tussenrapport-lerende-evaluatie.pdf", pdf.length, "evaluator@nl", nu), pdf);
    evaluaties.rondAf(eerste, 0);
    UUID tweede = UUID.randomUUID();
    evaluaties.voegCyclusToe(new Evaluatiecyclus(tweede, 2, "Feedbackloop 2: uitvoering en borging", LocalDate.of(2020, 7, 1),
        LocalDate.of(2021, 10, 31), Evaluatiecyclus.Cyclusstatus.OPEN, 0));
    evaluaties.voegInputToe(new EvaluatieInput(UUID.randomUUID(), tweede, EvaluatieInput.Inputsoort.VOORTGANGSRAPPORTAGE,
        "Voortgangsrapportage West-Brabant 2021", "AM25",
        "Drie matchingevents gehouden, 40 plaatsingen, samenwerking met het leerwerkloket versterkt.", null, null, false,
        "coordinator@am25", nu), null);
    log.info("Demodata leeragenda: {} items in {} ms", repository.aantalItems(), (System.nanoTime() - start) / 1_000_000);
  }

  private void behoefte(String regiocode, Random rnd) {
    if (repository.behoefte(regiocode).isPresent()) return;
    Map<Thema, Integer> p = new EnumMap<>(Thema.class);
    for (Thema t : Thema.values()) p.put(t, 1 + rnd.nextInt(5));
    Stedelijkheid s = STEDELIJK.contains(regiocode) ? Stedelijkheid.STEDELIJK : LANDELIJK.contains(regiocode) ? Stedelijkheid.LANDELIJK : Stedelijkheid.GEMENGD;
    Omvang o = STEDELIJK.contains(regiocode) ? Omvang.GROOT : LANDELIJK.contains(regiocode) ? Omvang.KLEIN : Omvang.MIDDEL;
    if (LANDELIJK.contains(regiocode)) p.put(Thema.MATCHINGEVENTS, 5);
    repository.voegBehoefteToe(new Behoefte(regiocode, p, s, o, null, null, "demo", null, 0));
  }

  private UUID activiteit(Thema thema, Activiteitvorm vorm, String titel, int dagen, String regiocode, String partner) {
    UUID id = UUID.randomUUID();
    repository.voegActiviteitToe(new Activiteit(id, thema, vorm, titel, null, LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(dagen), regiocode,
        partner, List.of(), 0), "ondersteuningsteam@nl");
    return id;
  }

  private void deelnames(UUID activiteit, List<String> regios, boolean aanwezig) {
    List<UUID> aanwezigen = new java.util.ArrayList<>();
    for (String r : regios) {
      Optional<Organisatie> o = toegang.organisatiesInRegio(r).stream().filter(x -> x.type() == OrganisatieType.GEMEENTE).findFirst();
      o.ifPresent(org -> {
        repository.meldAan(activiteit, org.id().waarde(), org.naam(), r, "coordinator@" + r.toLowerCase(java.util.Locale.ROOT));
        aanwezigen.add(org.id().waarde());
      });
    }
    if (aanwezig) repository.zetAanwezigheid(activiteit, aanwezigen);
  }

  private void product(String titel, String samenvatting, Thema thema, Pijler pijler, Productvorm vorm, String url, Instant op, Doelpubliek doel) {
    repository.voegItemToe(new Item(UUID.randomUUID(), Itemsoort.PRODUCT, titel, samenvatting, null, thema, pijler, null, vorm, url, null, null, null,
        null, null, null, false, doel, "ondersteuningsteam@nl", op, 0));
  }

  private void praktijk(String titel, String samenvatting, Thema thema, Pijler pijler, String regiocode, UUID activiteit, String resultaten,
      Stedelijkheid s, Omvang o, String sectoren, Instant op) {
    repository.voegItemToe(new Item(UUID.randomUUID(), Itemsoort.GOEDE_PRAKTIJK, titel, samenvatting, null, thema, pijler, regiocode, null, null,
        resultaten, activiteit, null, s, o, sectoren, false, Doelpubliek.BEIDE, "coordinator@" + regiocode.toLowerCase(java.util.Locale.ROOT), op, 0));
  }

  private void les(String titel, String samenvatting, String inhoud, Thema thema, Pijler pijler, String regiocode, boolean mislukt, Stedelijkheid s,
      Omvang o, String sectoren, UUID cyclus, Instant op) {
    repository.voegItemToe(new Item(UUID.randomUUID(), Itemsoort.LES, titel, samenvatting, inhoud, thema, pijler, regiocode, null, null, null, null,
        cyclus, s, o, sectoren, mislukt, Doelpubliek.BEIDE,
        cyclus != null ? "evaluator@nl" : "coordinator@" + regiocode.toLowerCase(java.util.Locale.ROOT), op, 0));
  }

  private static byte[] tussenrapport() {
    return Pdf.nieuw("Tussenrapport lerende evaluatie Perspectief op Werk")
        .kop("Samenvatting")
        .alinea("De eerste feedbackloop laat zien dat beleidsvrijheid regionale samenwerking stimuleert en dat het delen van fouten actief gestimuleerd moet worden.")
        .kop("Lessen")
        .tabel(List.of("Nr.", "Les"), List.of(List.of("1", "Beleidsvrijheid stimuleert samenwerking"), List.of("2", "Fouten delen stimuleren")))
        .klaar();
  }
}
