package nl.perspectiefopwerk.monitoring.demo;

import java.time.LocalDate;
import java.util.List;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.Vorm;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstRepository;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstService;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: de bijeenkomsten uit de kalender van 2019–2020 (landelijk, stuurgroep, bestuurlijk overleg). */
@Component
@Profile("demo")
class BijeenkomstDemoData implements DemoDataBijdrager {

  record Gepland(BijeenkomstSoort soort, LocalDate datum, String thema, Vorm vorm) {}

  static final List<Gepland> KALENDER = List.of(
      new Gepland(BijeenkomstSoort.LANDELIJK, LocalDate.of(2019, 3, 25), "Eerste landelijke bijeenkomst: start van de doe-agenda's", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.STUURGROEP, LocalDate.of(2019, 5, 21), "Advies over de doe-agenda's van het eerste venster", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.LANDELIJK, LocalDate.of(2019, 6, 20), "Ken je klant: werkzoekenden in beeld", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.BESTUURLIJK_OVERLEG, LocalDate.of(2019, 6, 26), "Bestuurlijk overleg (indien nodig)", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.STUURGROEP, LocalDate.of(2019, 8, 27), "Advies over de doe-agenda's van het tweede venster", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.LANDELIJK, LocalDate.of(2019, 10, 10), "Werkgevers betrekken en werkplekken openen", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.STUURGROEP, LocalDate.of(2019, 11, 19), "Voortgang en voorstellen uit de regio's", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.BESTUURLIJK_OVERLEG, LocalDate.of(2019, 11, 27), "Bestuurlijk overleg: goede voortgang", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.LANDELIJK, LocalDate.of(2020, 2, 6), "Voortgangsevaluatie en de tweede tranche", Vorm.FYSIEK),
      new Gepland(BijeenkomstSoort.LANDELIJK, LocalDate.of(2020, 6, 18), "Matchen in coronatijd", Vorm.ONLINE));

  private final BijeenkomstService service;
  private final BijeenkomstRepository repository;

  BijeenkomstDemoData(BijeenkomstService service, BijeenkomstRepository repository) {
    this.service = service;
    this.repository = repository;
  }

  @Override
  public int volgorde() {
    return 500;
  }

  @Override
  public void vulAan() {
    HuidigeGebruiker ot = landelijk("ondersteuningsteam@nl", Rol.ONDERSTEUNINGSTEAM);
    for (Gepland p : KALENDER) {
      if (repository.bestaat(p.soort(), p.datum())) continue;
      service.plan(ot, p.soort(), p.datum(), p.thema(), p.vorm());
    }
  }

  static HuidigeGebruiker landelijk(String naam, Rol rol) {
    return new HuidigeGebruiker(GebruikerId.nieuw(), naam, "Demo " + rol.name().toLowerCase(java.util.Locale.ROOT), rol, null,
        "Demo " + rol.name().toLowerCase(java.util.Locale.ROOT), OrganisatieType.valueOf(rol.name()), List.of());
  }
}
