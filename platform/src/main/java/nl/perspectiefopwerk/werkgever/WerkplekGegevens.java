package nl.perspectiefopwerk.werkgever;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Een werkplek zoals formulier of API hem aanlevert; de service valideert en zoekt het beroep op.
 *
 * @param werkgeverId alleen voor het regioloket (namens welke werkgever); een werkgever maakt altijd
 *     voor de eigen organisatie aan
 * @param beroep de naam van het beroep; het beste ESCO-beroep wordt gekozen
 * @param vaardigheden de gekozen vaardigheid-ids, of null om de essentiële vaardigheden van het beroep over
 *     te nemen
 */
public record WerkplekGegevens(
    UUID werkgeverId,
    Werkplektype type,
    String titel,
    String beroep,
    List<String> vaardigheden,
    Integer urenPerWeek,
    String postcode,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startdatum,
    Integer aantalPlaatsen,
    Opleidingsniveau minOpleiding,
    String taal,
    Boolean rijbewijs,
    Boolean jobcarving,
    String aanpassingen,
    List<Instrument> instrumenten) {

  public WerkplekGegevens metVaardigheden(List<String> nieuw) {
    return new WerkplekGegevens(werkgeverId, type, titel, beroep, nieuw, urenPerWeek, postcode, startdatum, aantalPlaatsen,
        minOpleiding, taal, rijbewijs, jobcarving, aanpassingen, instrumenten);
  }

  public static WerkplekGegevens leeg() {
    return leegVoor(null);
  }

  /** Een leeg formulier met de werkgever al gekozen (het WSP voert een werkplek in namens die werkgever). */
  public static WerkplekGegevens leegVoor(UUID werkgeverId) {
    return new WerkplekGegevens(werkgeverId, Werkplektype.REGULIERE_BAAN, null, null, null, 32, null, LocalDate.now().plusWeeks(2), 1,
        null, "Nederlands", false, false, null, List.of());
  }

  public static WerkplekGegevens van(Werkplek w) {
    return new WerkplekGegevens(w.werkgeverId(), w.type(), w.titel(), w.beroepNaam(), w.vaardigheden(), w.urenPerWeek(),
        w.postcode(), w.startdatum(), w.aantalPlaatsen(), w.minOpleiding(), w.taal(), w.rijbewijs(), w.jobcarving(),
        w.aanpassingen(), w.instrumenten());
  }
}
