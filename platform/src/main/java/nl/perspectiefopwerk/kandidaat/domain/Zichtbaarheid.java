package nl.perspectiefopwerk.kandidaat.domain;

import java.time.LocalDate;

/**
 * Wanneer staat een profiel in het anonieme regionale bestand? Alleen als de kandidaat in het bestand
 * staat, werkfit is (niet verlopen), toestemming heeft gegeven en zijn gegevens recent bevestigd zijn.
 */
public final class Zichtbaarheid {

  private Zichtbaarheid() {}

  public enum Reden {
    UIT_BESTAND,
    GEEN_TOESTEMMING,
    NIET_WERKFIT,
    WERKFIT_VERLOPEN,
    NIET_BEVESTIGD
  }

  public sealed interface Uitkomst {
    record Zichtbaar() implements Uitkomst {}

    record Verborgen(Reden reden) implements Uitkomst {}
  }

  /**
   * @param laatstBevestigd wanneer de gegevens voor het laatst zijn bevestigd (intake, wijziging of bevestiging)
   * @param bevestigingMaanden na hoeveel maanden zonder bevestiging het profiel verdwijnt
   */
  public static Uitkomst beoordeel(
      boolean inBestand, Werkfitbeoordeling werkfit, boolean toestemming, LocalDate laatstBevestigd,
      LocalDate vandaag, int bevestigingMaanden) {
    if (!inBestand) return new Uitkomst.Verborgen(Reden.UIT_BESTAND);
    if (!toestemming) return new Uitkomst.Verborgen(Reden.GEEN_TOESTEMMING);
    if (werkfit == null || werkfit.graad() != nl.perspectiefopwerk.kandidaat.WerkfitGraad.WERKFIT) {
      return new Uitkomst.Verborgen(Reden.NIET_WERKFIT);
    }
    if (werkfit.isVerlopenOp(vandaag)) return new Uitkomst.Verborgen(Reden.WERKFIT_VERLOPEN);
    if (laatstBevestigd == null || !vandaag.isBefore(laatstBevestigd.plusMonths(bevestigingMaanden))) {
      return new Uitkomst.Verborgen(Reden.NIET_BEVESTIGD);
    }
    return new Uitkomst.Zichtbaar();
  }
}
