package nl.perspectiefopwerk.bemiddeling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** De afhandeltermijn van het regioloket in werkdagen (maandag tot en met vrijdag; feestdagen tellen mee). */
public final class Termijn {

  private Termijn() {}

  /** De datum die {@code werkdagen} werkdagen na {@code aanvraag} ligt; een aanvraag in het weekend telt vanaf maandag. */
  public static LocalDate deadline(LocalDate aanvraag, int werkdagen) {
    if (aanvraag == null) throw new IllegalArgumentException("aanvraagdatum is verplicht");
    if (werkdagen < 0) throw new IllegalArgumentException("werkdagen mag niet negatief zijn");
    LocalDate d = aanvraag;
    int over = werkdagen;
    while (over > 0) {
      d = d.plusDays(1);
      if (isWerkdag(d)) over--;
    }
    return d;
  }

  public static boolean isWerkdag(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
