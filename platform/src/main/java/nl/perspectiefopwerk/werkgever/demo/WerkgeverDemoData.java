package nl.perspectiefopwerk.werkgever.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Werkgeverprofiel;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import nl.perspectiefopwerk.werkgever.Screeningstatus;
import nl.perspectiefopwerk.werkgever.persistence.ScreeningRepository;
import nl.perspectiefopwerk.werkgever.persistence.WerkgeverRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Een profiel voor elke werkgever (verzonnen KvK-nummers 9xxxxxxx) en twee tot vier werkplekken per
 * werkgever in een postcode van de eigen regio, met echte ESCO-beroepen. Idempotent: een werkgever die
 * al werkplekken heeft, krijgt er geen bij.
 */
@Component
@Profile("demo")
class WerkgeverDemoData implements DemoDataBijdrager {

  private static final Logger log = LoggerFactory.getLogger(WerkgeverDemoData.class);
  private static final List<String> BEROEPEN =
      List.of("magazijnmedewerker", "schoonmaker", "kok", "verkoopmedewerker", "productiemedewerker");
  private static final List<String> SECTOREN = List.of("Logistiek", "Schoonmaak", "Horeca", "Detailhandel", "Industrie");
  private static final Werkplektype[] TYPEN = Werkplektype.values();
  private static final WerkplekStatus[] STATUSSEN = {WerkplekStatus.OPEN, WerkplekStatus.OPEN, WerkplekStatus.VERVULD, WerkplekStatus.GESLOTEN};

  /** Demowerkgevers met deze naam blijven ongescreend (het WSP heeft ze nog te doen). */
  public static final String ONGESCREEND_VOORVOEGSEL = "Nieuw Aangemeld ";
  static final String ONGESCREEND_REGIO = "AM12";

  private final WerkgeverRepository repository;
  private final ScreeningRepository screening;
  private final ToegangApi toegang;
  private final RegioApi regio;
  private final TaxonomieApi taxonomie;
  private final TransactionTemplate transactie;

  WerkgeverDemoData(WerkgeverRepository repository, ScreeningRepository screening, ToegangApi toegang, RegioApi regio,
      TaxonomieApi taxonomie, TransactionTemplate transactie) {
    this.repository = repository;
    this.screening = screening;
    this.toegang = toegang;
    this.regio = regio;
    this.taxonomie = taxonomie;
    this.transactie = transactie;
  }

  @Override
  public int volgorde() {
    return 300;
  }

  @Override
  public void vulAan() {
    long start = System.nanoTime();
    Map<String, Optional<BeroepDetail>> beroepen = new HashMap<>();
    Map<String, List<String>> postcodes = new HashMap<>();
    int[] aantal = {0, 0};
    // Eén werkgever in de demoregio die het werkgeversservicepunt nog moet screenen.
    regio.regio(new Regiocode(ONGESCREEND_REGIO)).ifPresent(r -> toegang.zorgVoorOrganisatie(
        ONGESCREEND_VOORVOEGSEL + "Installatiebedrijf " + r.naam(), OrganisatieType.WERKGEVER, null, List.of(r.code()), true));
    List<Organisatie> werkgevers = toegang.organisatiesVanType(OrganisatieType.WERKGEVER).stream()
        .filter(o -> !o.regiocodes().isEmpty()).toList();
    transactie.executeWithoutResult(s -> {
      for (int i = 0; i < werkgevers.size(); i++) {
        Organisatie o = werkgevers.get(i);
        int nr = Math.abs(o.id().waarde().hashCode());
        if (repository.voegProfielToe(new Werkgeverprofiel(o.id().waarde(), String.format("9%07d", nr % 10_000_000),
            SECTOREN.get(nr % SECTOREN.size()), "Contactpersoon " + o.naam(), "contact" + (nr % 100_000) + "@voorbeeld.invalid",
            "010-0000" + String.format("%03d", nr % 1000), nr % 2 == 0, 1 + nr % 5, 0), "demo")) {
          aantal[0]++;
        }
        if (!o.naam().startsWith(ONGESCREEND_VOORVOEGSEL)) screenDoorWsp(o);
        if (repository.aantalVanWerkgever(o.id().waarde()) > 0) continue;
        String regiocode = o.regiocodes().getFirst();
        List<String> pc = postcodes.computeIfAbsent(regiocode, this::postcodesIn);
        if (pc.isEmpty()) continue;
        int werkplekken = 2 + nr % 3;
        for (int w = 0; w < werkplekken; w++) {
          String naam = BEROEPEN.get((nr + w) % BEROEPEN.size());
          Optional<BeroepDetail> beroep = beroepen.computeIfAbsent(naam,
              n -> taxonomie.suggestiesBeroepen(n, 1).stream().findFirst().flatMap(r -> taxonomie.beroep(r.item().id())));
          if (beroep.isEmpty()) continue;
          BeroepDetail b = beroep.get();
          String postcode = pc.get((nr + w) % pc.size()) + " " + (char) ('A' + w) + (char) ('B' + (nr % 20));
          repository.voegWerkplekToe(new Werkplek(WerkplekId.nieuw(), o.id().waarde(), regiocode, TYPEN[(nr + w) % TYPEN.length],
              Character.toUpperCase(naam.charAt(0)) + naam.substring(1), b.beroep().id(), b.beroep().naam(),
              b.essentieleVaardigheden().stream().map(Vaardigheid::id).toList(), 16 + 8 * ((nr + w) % 4), postcode,
              LocalDate.now().plusWeeks(1 + w), 1 + w, w % 2 == 0 ? null : Opleidingsniveau.MBO1, "Nederlands", w == 1, w % 2 == 0,
              w % 2 == 0 ? "Vaste werkplek en een vaste collega als aanspreekpunt." : null,
              List.of(Instrument.values()[(nr + w) % Instrument.values().length]),
              STATUSSEN[w % STATUSSEN.length], 0), "demo");
          aantal[1]++;
        }
      }
    });
    koppelBemiddelaars();
    log.info("Demodata werkgever: {} profielen en {} werkplekken toegevoegd in {} ms", aantal[0], aantal[1],
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Het WSP (regioloket) heeft de demowerkgever gescreend, tenzij er al een besluit is. */
  private void screenDoorWsp(Organisatie o) {
    screening.stand(o.id().waarde()).filter(s -> s.door() == null && s.status() == Screeningstatus.NIET_GESCREEND)
        .ifPresent(s -> screening.wijzig(o.id().waarde(), Screeningstatus.NIET_GESCREEND, Screeningstatus.GESCREEND,
            "KvK-nummer gecontroleerd (demo)", "demo", s.versie()));
  }

  /** Elke demobemiddelaar is gekoppeld aan het WSP (het regioloket) van zijn regio. */
  private void koppelBemiddelaars() {
    Map<String, Organisatie> loketten = new HashMap<>();
    toegang.organisatiesVanType(OrganisatieType.REGIOLOKET).forEach(l -> l.regiocodes().forEach(r -> loketten.putIfAbsent(r, l)));
    transactie.executeWithoutResult(t -> {
      for (Organisatie b : toegang.organisatiesVanType(OrganisatieType.BEMIDDELAAR)) {
        for (String r : b.regiocodes()) {
          Organisatie loket = loketten.get(r);
          if (loket != null) screening.koppel(b.id().waarde(), r, loket.id().waarde(), "demo");
        }
      }
    });
  }

  private List<String> postcodesIn(String regiocode) {
    List<String> pc = new ArrayList<>();
    for (Gemeente g : regio.gemeenten(new Regiocode(regiocode))) {
      pc.addAll(regio.postcodesVanGemeente(g.code()));
      if (pc.size() >= 10) break;
    }
    return pc;
  }
}
