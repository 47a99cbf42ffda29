package nl.perspectiefopwerk.kandidaat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Wat een consulent bij de intake vastlegt (of wat een import aanlevert). Wordt gecontroleerd door
 * {@link KandidaatApi#neemIn}; fouten komen terug per veld.
 *
 * @param postcode volledige postcode (1234 AB); de eerste vier cijfers bepalen gemeente en regio
 * @param beroepen ESCO-beroep-ids (werkervaring)
 * @param vaardigheden ESCO-vaardigheid-ids
 * @param sectorwensen vrije tekst: alleen voor de consulent, nooit in een profiel
 */
public record IntakeGegevens(
    String voornaam,
    String achternaam,
    String bsn,
    LocalDate geboortedatum,
    String straat,
    String huisnummer,
    String postcode,
    String woonplaats,
    String email,
    String telefoon,
    Set<Doelgroep> doelgroepen,
    Opleidingsniveau opleidingsniveau,
    boolean startkwalificatie,
    List<String> beroepen,
    List<String> vaardigheden,
    List<String> talen,
    boolean rijbewijs,
    Integer urenPerWeek,
    Integer maxReisafstandKm,
    LocalDate beschikbaarVanaf,
    List<Werkvorm> werkvormwensen,
    String sectorwensen,
    Ondersteuningsbehoefte ondersteuning) {

  public IntakeGegevens {
    doelgroepen = doelgroepen == null ? Set.of() : Set.copyOf(doelgroepen);
    beroepen = beroepen == null ? List.of() : List.copyOf(beroepen);
    vaardigheden = vaardigheden == null ? List.of() : List.copyOf(vaardigheden);
    talen = talen == null ? List.of() : List.copyOf(talen);
    werkvormwensen = werkvormwensen == null ? List.of() : List.copyOf(werkvormwensen);
    ondersteuning = ondersteuning == null ? Ondersteuningsbehoefte.GEEN : ondersteuning;
  }

  /** Bijzondere persoonsgegevens: alleen zichtbaar voor de consulent van de eigen organisatie. */
  public record Ondersteuningsbehoefte(boolean mobiliteit, boolean kinderopvang, boolean schulden, boolean gezondheid) {
    public static final Ondersteuningsbehoefte GEEN = new Ondersteuningsbehoefte(false, false, false, false);
  }
}
