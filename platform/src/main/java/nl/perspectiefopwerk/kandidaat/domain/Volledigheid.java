package nl.perspectiefopwerk.kandidaat.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Hoe bruikbaar is een profiel voor matching? Zes punten die een werkgever helpen; de score is het
 * percentage dat is ingevuld, met de lijst van wat ontbreekt (zodat de consulent weet wat te doen).
 */
public final class Volledigheid {

  private Volledigheid() {}

  public enum Punt {
    BEROEP,
    VAARDIGHEDEN,
    TALEN,
    WERKVORMWENS,
    CONTACT,
    WERKFITBEOORDELING
  }

  public record Uitkomst(int procent, List<Punt> ontbreekt) {}

  public static Uitkomst bepaal(
      int aantalBeroepen, int aantalVaardigheden, int aantalTalen, int aantalWerkvormwensen, boolean contact, boolean beoordeeld) {
    List<Punt> ontbreekt = new ArrayList<>();
    if (aantalBeroepen == 0) ontbreekt.add(Punt.BEROEP);
    if (aantalVaardigheden < 3) ontbreekt.add(Punt.VAARDIGHEDEN);
    if (aantalTalen == 0) ontbreekt.add(Punt.TALEN);
    if (aantalWerkvormwensen == 0) ontbreekt.add(Punt.WERKVORMWENS);
    if (!contact) ontbreekt.add(Punt.CONTACT);
    if (!beoordeeld) ontbreekt.add(Punt.WERKFITBEOORDELING);
    int totaal = Punt.values().length;
    return new Uitkomst(Math.round(100f * (totaal - ontbreekt.size()) / totaal), List.copyOf(ontbreekt));
  }
}
