package nl.perspectiefopwerk.actieplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;

/** De publieke ingang van de module actieplan voor beoordeling, financiering en monitoring. */
public interface ActieplanApi {

  Optional<Actieplan> plan(ActieplanId id);

  Optional<Actieplan> planVanRegio(String regiocode);

  /** Alle plannen, op regiocode. */
  List<Actieplan> plannen();

  List<Statusovergang> geschiedenis(ActieplanId id);

  /**
   * Een overgang door de beoordeling (volledig, teruggestuurd, geadviseerd, afgewezen): gecontroleerd tegen de
   * levensloop, vastgelegd in de geschiedenis en het verwerkingenlog, als event gepubliceerd.
   *
   * @return false als de overgang vanuit de huidige status niet mag (of de status intussen veranderde)
   */
  boolean verwerkBeoordeling(ActieplanId id, PlanStatus naar, HuidigeGebruiker door, String toelichting, Instant op);

  /** Goedkeuring: de besluitdatum start de looptijd (standaard twee jaar). */
  boolean keurGoed(ActieplanId id, HuidigeGebruiker door, String toelichting, LocalDate besluitdatum, Instant op);

  /**
   * De regio dient het plan in op moment {@code op} (regiocoördinator van de regio): alleen volledig, binnen de
   * kalender en vanuit concept, teruggestuurd of afgewezen. Leeg resultaat = gelukt, anders veld → meldingsleutel.
   */
  Map<String, String> dienInOp(HuidigeGebruiker g, ActieplanId id, int versie, Instant op);

  // --- geaggregeerd, voor het landelijke dashboard ---

  Map<PlanStatus, Long> aantalPerStatus();

  /** De goedgekeurde ambitie per regio: aantal matches en looptijd. */
  List<Ambitie> ambities();

  /** Aantal activiteiten en begroting per regio, pijler en thema. */
  List<ActiviteitenTelling> activiteitenPerPijlerEnThema();

  record Ambitie(String regiocode, int matches, LocalDate looptijdVan, LocalDate looptijdTot) {}

  record ActiviteitenTelling(String regiocode, Pijler pijler, String thema, long aantal, long budgetCent) {}
}
