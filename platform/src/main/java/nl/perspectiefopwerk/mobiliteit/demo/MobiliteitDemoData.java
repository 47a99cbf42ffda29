package nl.perspectiefopwerk.mobiliteit.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.mobiliteit.Casusbespreking;
import nl.perspectiefopwerk.mobiliteit.Categorie;
import nl.perspectiefopwerk.mobiliteit.Client;
import nl.perspectiefopwerk.mobiliteit.ClientId;
import nl.perspectiefopwerk.mobiliteit.Clientstatus;
import nl.perspectiefopwerk.mobiliteit.Clientuitkomst;
import nl.perspectiefopwerk.mobiliteit.Dienst;
import nl.perspectiefopwerk.mobiliteit.Dienstsoort;
import nl.perspectiefopwerk.mobiliteit.Herkomst;
import nl.perspectiefopwerk.mobiliteit.Lidsoort;
import nl.perspectiefopwerk.mobiliteit.Situatie;
import nl.perspectiefopwerk.mobiliteit.persistence.MobiliteitRepository;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per regio een RMT (operationeel tussen voorjaar en 16 september 2021) met gemeente, UWV en twee vakbonden als leden
 * en vier partners, en 20 tot 35 verzonnen clients over de afgelopen twaalf maanden: gelijk verdeeld over de vier
 * categorieën, een deel jongeren en zelfmelders, met besprekingen, diensten en uitkomsten. Idempotent per regio.
 */
@Component
@Profile("demo")
class MobiliteitDemoData implements DemoDataBijdrager {

  private static final Logger log = LoggerFactory.getLogger(MobiliteitDemoData.class);
  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  private static final List<String> VOORNAMEN = List.of("Anouk", "Bram", "Chantal", "Dennis", "Esra", "Frank", "Gerda", "Hamza", "Iris", "Jeroen",
      "Karin", "Lars", "Mila", "Noah", "Olga", "Pieter", "Rachid", "Sanne", "Tim", "Yara");
  private static final List<String> ACHTERNAMEN = List.of("Proef", "Voorbeeld", "Testers", "Fictief", "Demo", "Oefening", "Bedacht", "Schets");

  private final MobiliteitRepository repository;
  private final RegioApi regio;
  private final TransactionTemplate transactie;

  MobiliteitDemoData(MobiliteitRepository repository, RegioApi regio, TransactionTemplate transactie) {
    this.repository = repository;
    this.regio = regio;
    this.transactie = transactie;
  }

  @Override
  public int volgorde() {
    return 790;
  }

  @Override
  public void vulAan() {
    long start = System.nanoTime();
    int[] aantal = {0};
    List<Arbeidsmarktregio> regios = regio.regios();
    for (int i = 0; i < regios.size(); i++) {
      Arbeidsmarktregio r = regios.get(i);
      int index = i;
      transactie.executeWithoutResult(s -> aantal[0] += vul(r, new Random(7000L + index)));
    }
    log.info("Demodata mobiliteit: {} clients in {} ms", aantal[0], (System.nanoTime() - start) / 1_000_000);
  }

  private int vul(Arbeidsmarktregio r, Random rnd) {
    if (repository.team(r.code()).isEmpty()) {
      UUID team = UUID.randomUUID();
      repository.voegTeamToe(team, r.code(), "RMT " + r.naam(), LocalDate.of(2021, 4 + rnd.nextInt(5), 1 + rnd.nextInt(15)));
      String centrum = r.centrumgemeente() == null ? r.naam() : r.centrumgemeente().naam();
      repository.voegLidToe(team, "Gemeente " + centrum, Lidsoort.GEMEENTE, false);
      repository.voegLidToe(team, "UWV " + r.naam(), Lidsoort.UWV, false);
      repository.voegLidToe(team, "FNV regio " + r.naam(), Lidsoort.VAKBOND, false);
      repository.voegLidToe(team, "CNV regio " + r.naam(), Lidsoort.VAKBOND, false);
      repository.voegLidToe(team, "Werkgeversservicepunt " + r.naam(), Lidsoort.WERKGEVERSORGANISATIE, true);
      repository.voegLidToe(team, "SBB", Lidsoort.SBB, true);
      repository.voegLidToe(team, "Leerwerkloket " + r.naam(), Lidsoort.LEERWERKLOKET, true);
      repository.voegLidToe(team, "Vakcollege Oefenstad " + r.naam(), Lidsoort.ONDERWIJS, true);
    }
    if (repository.aantalClients(r.code()) > 0) return 0;
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    int aantal = 20 + rnd.nextInt(16);
    for (int n = 0; n < aantal; n++) {
      Categorie categorie = Categorie.values()[n % 4];
      LocalDate aangemeld = vandaag.minusDays(rnd.nextInt(360));
      if (n < 12) aangemeld = vandaag.minusDays(rnd.nextInt(Math.max(1, vandaag.getDayOfMonth() + (vandaag.getMonthValue() % 2 == 0 ? 28 : 0))));
      boolean zelf = categorie == Categorie.ZELFSTANDIG_ONDERNEMER || categorie == Categorie.NIET_UITKERINGSGERECHTIGD ? rnd.nextInt(3) > 0 : rnd.nextInt(5) == 0;
      Herkomst herkomst = zelf ? Herkomst.ZELFMELDING : List.of(Herkomst.GEMEENTE, Herkomst.UWV, Herkomst.VAKBOND).get(rnd.nextInt(3));
      int stap = rnd.nextInt(10);
      Clientstatus status = stap < 2 ? Clientstatus.AANGEMELD : stap < 3 ? Clientstatus.NIET_IN_AANMERKING : stap < 7 ? Clientstatus.IN_BEHANDELING
          : Clientstatus.AFGESLOTEN;
      if (n == 0) status = Clientstatus.AANGEMELD;
      Instant aangemeldOp = aangemeld.atTime(9 + rnd.nextInt(8), 0).atZone(TIJDZONE).toInstant();
      LocalDate behandeld = aangemeld.plusDays(3 + rnd.nextInt(10));
      if (behandeld.isAfter(vandaag)) behandeld = vandaag;
      LocalDate afgesloten = behandeld.plusDays(20 + rnd.nextInt(90));
      if (afgesloten.isAfter(vandaag)) afgesloten = vandaag;
      boolean inBehandelingGeweest = status == Clientstatus.IN_BEHANDELING || status == Clientstatus.AFGESLOTEN;
      Clientuitkomst uitkomst = status == Clientstatus.AFGESLOTEN ? Clientuitkomst.values()[rnd.nextInt(10) < 5 ? 0 : rnd.nextInt(5)] : null;
      ClientId id = ClientId.nieuw();
      String naam = VOORNAMEN.get(rnd.nextInt(VOORNAMEN.size())) + " " + ACHTERNAMEN.get(rnd.nextInt(ACHTERNAMEN.size()));
      repository.voegClientToe(new Client(id, r.code(), naam, naam.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@voorbeeld.invalid",
          null, rnd.nextInt(3) == 0 ? Situatie.BAAN_BEDREIGD : Situatie.BAAN_VERLOREN, aangemeld.minusDays(rnd.nextInt(60)).isBefore(LocalDate.of(2020, 3, 12))
              ? LocalDate.of(2020, 3, 12) : aangemeld.minusDays(rnd.nextInt(60)),
          categorie, rnd.nextInt(4) == 0, rnd.nextInt(12) == 0, herkomst, null, status, uitkomst, aangemeldOp,
          inBehandelingGeweest ? behandeld.atTime(10, 0).atZone(TIJDZONE).toInstant() : null,
          status == Clientstatus.AFGESLOTEN ? afgesloten.atTime(15, 0).atZone(TIJDZONE).toInstant()
              : status == Clientstatus.NIET_IN_AANMERKING ? aangemeldOp : null,
          inBehandelingGeweest ? "consulent-gemeente@" + r.code().toLowerCase(java.util.Locale.ROOT) : null, 0));
      if (inBehandelingGeweest) {
        repository.voegCasusToe(new Casusbespreking(UUID.randomUUID(), id, behandeld, "Gemeente, UWV, FNV",
            "Persoonlijke ondersteuning en verkenning van zij-instroom in de zorg en techniek.", "demo"));
        repository.voegDienstToe(new Dienst(UUID.randomUUID(), id, Dienstsoort.PERSOONLIJKE_ONDERSTEUNING, behandeld, "demo"));
        if (rnd.nextBoolean()) {
          Dienstsoort extra = Dienstsoort.values()[1 + rnd.nextInt(3)];
          repository.voegDienstToe(new Dienst(UUID.randomUUID(), id, extra, behandeld.plusDays(7).isAfter(vandaag) ? vandaag : behandeld.plusDays(7), "demo"));
        }
      }
    }
    return aantal;
  }
}
