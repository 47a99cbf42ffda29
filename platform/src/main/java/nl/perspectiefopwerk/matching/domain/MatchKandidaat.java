package nl.perspectiefopwerk.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;

/**
 * Wat matching van een kandidaat weet (nooit naam, BSN, adres of doelgroep).
 *
 * @param pc4 de vier cijfers van de postcode (voor de afstand), of null
 * @param werkvormen passende werkvormen in volgorde van voorkeur
 * @param instrumenten de instrumenten die de kandidaat nodig heeft (uit de werkfitbeoordeling)
 * @param beroepen ESCO-beroepen uit de werkervaring
 * @param iscoGroepen de ISCO-eenheidsgroepen van die beroepen
 * @param vaardigheden zelf opgegeven vaardigheden
 * @param vaardighedenUitBeroepen vaardigheden die ESCO aan de eerdere beroepen koppelt
 * @param werkfit een geldige werkfitbeoordeling (graad WERKFIT, niet verlopen)
 * @param toestemming actieve toestemming voor het bestand
 * @param inBestand staat in het regionale bestand
 * @param geplaatst is (al) geplaatst
 */
public record MatchKandidaat(
    UUID id,
    String regiocode,
    String pc4,
    int uren,
    int maxKm,
    Opleidingsniveau opleiding,
    boolean startkwalificatie,
    List<Werkvorm> werkvormen,
    List<Instrument> instrumenten,
    LocalDate beschikbaarVanaf,
    List<String> beroepen,
    List<String> iscoGroepen,
    List<String> vaardigheden,
    List<String> vaardighedenUitBeroepen,
    boolean werkfit,
    boolean toestemming,
    boolean inBestand,
    boolean geplaatst) {

  public MatchKandidaat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regiocode, "regiocode");
    Objects.requireNonNull(opleiding, "opleiding");
    Objects.requireNonNull(beschikbaarVanaf, "beschikbaarVanaf");
    werkvormen = werkvormen.stream().distinct().toList();
    instrumenten = instrumenten.stream().distinct().toList();
    beroepen = List.copyOf(beroepen);
    iscoGroepen = List.copyOf(iscoGroepen);
    vaardigheden = List.copyOf(vaardigheden);
    vaardighedenUitBeroepen = List.copyOf(vaardighedenUitBeroepen);
  }

  /** De harde filters op de kandidaat zelf: werkfit, toestemming, in het bestand en niet geplaatst. */
  public boolean isBemiddelbaar() {
    return werkfit && toestemming && inBestand && !geplaatst;
  }

  public MatchKandidaat alsGeplaatst() {
    return new MatchKandidaat(id, regiocode, pc4, uren, maxKm, opleiding, startkwalificatie, werkvormen, instrumenten, beschikbaarVanaf,
        beroepen, iscoGroepen, vaardigheden, vaardighedenUitBeroepen, werkfit, toestemming, inBestand, true);
  }
}
