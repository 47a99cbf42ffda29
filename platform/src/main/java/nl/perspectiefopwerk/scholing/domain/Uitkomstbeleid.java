package nl.perspectiefopwerk.scholing.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.Trajecttype;

/**
 * Welke uitkomst bij welk soort traject past (003 l.579-592, 002 l.1714-1798): praktijkleren in de derde leerweg
 * eindigt met een praktijkverklaring, een mbo-certificaat of een diploma; BBL met een diploma of certificaat;
 * (deel)certificaten en branche-opleidingen met een certificaat; een taaltraject met een certificaat.
 */
public final class Uitkomstbeleid {

  private Uitkomstbeleid() {}

  public static Set<Opleidingsuitkomst> mogelijk(Trajecttype type) {
    return switch (type) {
      case PRAKTIJKLEREN -> EnumSet.of(Opleidingsuitkomst.PRAKTIJKVERKLARING, Opleidingsuitkomst.CERTIFICAAT, Opleidingsuitkomst.DIPLOMA);
      case BBL -> EnumSet.of(Opleidingsuitkomst.DIPLOMA, Opleidingsuitkomst.CERTIFICAAT);
      case MBO_CERTIFICAAT, MBO_DEELCERTIFICAAT, BRANCHEOPLEIDING, TAAL -> EnumSet.of(Opleidingsuitkomst.CERTIFICAAT);
    };
  }

  public static boolean past(Trajecttype type, Opleidingsuitkomst uitkomst) {
    return uitkomst != null && mogelijk(type).contains(uitkomst);
  }

  /** Leidt dit type standaard tot een landelijk erkend bewijs (een branche- of taalcursus niet altijd). */
  public static boolean standaardErkend(Trajecttype type) {
    return type != Trajecttype.BRANCHEOPLEIDING && type != Trajecttype.TAAL;
  }
}
