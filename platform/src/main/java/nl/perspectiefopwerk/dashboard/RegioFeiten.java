package nl.perspectiefopwerk.dashboard;

import java.time.LocalDate;
import java.util.Set;

/**
 * Alle vastgelegde feiten van één regio waaruit de dashboards worden afgeleid. Tellingen zijn hier nog
 * exact; onderdrukking gebeurt pas bij weergave ({@link Onderdrukking}).
 *
 * @param ambitie het aantal matches uit het goedgekeurde plan, of null zonder goedgekeurd plan
 * @param planstatus de status van het plan (sleutel), of null zonder plan
 * @param termijnStart begin van de tweejarige termijn (goedkeuringsdatum), of null
 * @param bijeenkomsten aantal landelijke bijeenkomsten tot nu toe
 * @param bijgewoond waarvan de regio er aanwezig was
 */
public record RegioFeiten(
    String regiocode,
    String naam,
    long geidentificeerd,
    long werkfit,
    long inBestand,
    long verouderd,
    long belangstellingen,
    long eersteGesprekken,
    long plaatsingen,
    long duurzaam,
    long uitval,
    Integer ambitie,
    String planstatus,
    LocalDate termijnStart,
    LocalDate termijnEinde,
    long toegekendCent,
    long betaaldCent,
    long bestedCent,
    int bijeenkomsten,
    int bijgewoond,
    Set<String> themas,
    Set<String> pijlers) {

  public RegioFeiten {
    themas = themas == null ? Set.of() : Set.copyOf(themas);
    pijlers = pijlers == null ? Set.of() : Set.copyOf(pijlers);
  }

  /** Een regio waarvan alleen code en naam bekend zijn. */
  public static RegioFeiten leeg(String regiocode, String naam) {
    return new RegioFeiten(regiocode, naam, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, 0, 0, 0, 0, 0, Set.of(), Set.of());
  }
}
