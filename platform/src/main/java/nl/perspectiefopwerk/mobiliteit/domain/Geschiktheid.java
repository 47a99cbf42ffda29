package nl.perspectiefopwerk.mobiliteit.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Wie bij het RMT terecht kan (001 l.224-238): wie sinds de start van de coronacrisis, 12 maart 2020, de baan verloor
 * of dreigt te verliezen. Een datum in de toekomst kan bij "dreigt te verliezen" (aangekondigd ontslag), tot een
 * jaar vooruit. Jongere = jonger dan 27 op de dag van aanmelden (Aanpak Jeugdwerkloosheid).
 */
public final class Geschiktheid {

  public static final LocalDate PEILDATUM = LocalDate.of(2020, 3, 12);
  public static final int JONGERE_TOT = 27;

  private Geschiktheid() {}

  public sealed interface Uitkomst {
    record Toegestaan() implements Uitkomst {}

    /** @param reden sleutel van de melding */
    record Afgewezen(String reden) implements Uitkomst {}
  }

  public static Uitkomst beoordeel(LocalDate datumBaanverlies, boolean bedreigd, LocalDate vandaag) {
    if (datumBaanverlies == null) return new Uitkomst.Afgewezen("mobiliteit.fout.datum");
    if (datumBaanverlies.isBefore(PEILDATUM)) return new Uitkomst.Afgewezen("mobiliteit.fout.voorPeildatum");
    if (!bedreigd && datumBaanverlies.isAfter(vandaag)) return new Uitkomst.Afgewezen("mobiliteit.fout.datumToekomst");
    if (datumBaanverlies.isAfter(vandaag.plusYears(1))) return new Uitkomst.Afgewezen("mobiliteit.fout.datumToekomst");
    return new Uitkomst.Toegestaan();
  }

  public static boolean isJongere(LocalDate geboortedatum, LocalDate vandaag) {
    return geboortedatum != null && Period.between(geboortedatum, vandaag).getYears() < JONGERE_TOT;
  }
}
