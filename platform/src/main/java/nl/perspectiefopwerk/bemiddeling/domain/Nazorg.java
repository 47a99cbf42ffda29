package nl.perspectiefopwerk.bemiddeling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.perspectiefopwerk.bemiddeling.Nazorgcontact;
import nl.perspectiefopwerk.bemiddeling.Nazorgstatus;
import nl.perspectiefopwerk.bemiddeling.PlaatsingStatus;

/**
 * De regels van de nazorg. Contactmomenten liggen een vast aantal maanden na de start (standaard 1, 3 en 6;
 * zie {@code pow.bemiddeling.nazorg-maanden}). Ze worden op volgorde vastgelegd; "in werk" kan vanaf de
 * geplande datum, "uitgevallen" (met reden) altijd. Bevestigt het laatste contact het werk, dan is de plaatsing
 * duurzaam; uitval beëindigt haar en laat de overige contacten vervallen.
 */
public final class Nazorg {

  private Nazorg() {}

  /** Een gepland contactmoment. */
  public record Moment(int maand, LocalDate geplandOp) {}

  /** De contactmomenten voor een plaatsing met deze startdatum; maanden oplopend en uniek. */
  public static List<Moment> plan(LocalDate start, List<Integer> maanden) {
    if (start == null) throw new IllegalArgumentException("startdatum is verplicht");
    if (maanden == null || maanden.isEmpty()) throw new IllegalArgumentException("minstens één nazorgmaand");
    List<Moment> uit = new ArrayList<>();
    for (int m : new TreeSet<>(maanden)) {
      if (m < 1 || m > 36) throw new IllegalArgumentException("nazorgmaand tussen 1 en 36: " + m);
      uit.add(new Moment(m, start.plusMonths(m)));
    }
    return uit;
  }

  /** Het besluit over het vastleggen van één contact. */
  public sealed interface Besluit {
    /** @param gevolg de nieuwe status van de plaatsing, of null als die gelijk blijft */
    record Vastleggen(Nazorgstatus uitkomst, PlaatsingStatus gevolg) implements Besluit {}

    /** @param reden sleutel van de melding */
    record Afgewezen(String reden) implements Besluit {}
  }

  /** De overgangen van één contact: alleen vanuit OPEN, naar IN_WERK, UITGEVALLEN of VERVALLEN. */
  public static boolean magOvergaan(Nazorgstatus van, Nazorgstatus naar) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    return van == Nazorgstatus.OPEN && naar != Nazorgstatus.OPEN;
  }

  /**
   * Beoordeelt het vastleggen van contact {@code maand} met {@code uitkomst} (IN_WERK of UITGEVALLEN) voor een
   * plaatsing in {@code plaatsing} met deze contacten.
   */
  public static Besluit beoordeel(PlaatsingStatus plaatsing, List<Nazorgcontact> contacten, int maand, Nazorgstatus uitkomst,
      String reden, LocalDate vandaag) {
    if (plaatsing != PlaatsingStatus.GESTART) return new Besluit.Afgewezen("bemiddeling.nazorg.nietLopend");
    if (uitkomst != Nazorgstatus.IN_WERK && uitkomst != Nazorgstatus.UITGEVALLEN) return new Besluit.Afgewezen("bemiddeling.nazorg.kiesUitkomst");
    Nazorgcontact contact = contacten.stream().filter(c -> c.maand() == maand).findFirst().orElse(null);
    if (contact == null) return new Besluit.Afgewezen("bemiddeling.nazorg.onbekend");
    if (!magOvergaan(contact.status(), uitkomst)) return new Besluit.Afgewezen("bemiddeling.nazorg.alVastgelegd");
    boolean eerderOpen = contacten.stream().anyMatch(c -> c.maand() < maand && c.status() == Nazorgstatus.OPEN);
    if (uitkomst == Nazorgstatus.IN_WERK) {
      if (eerderOpen) return new Besluit.Afgewezen("bemiddeling.nazorg.volgorde");
      if (vandaag.isBefore(contact.geplandOp())) return new Besluit.Afgewezen("bemiddeling.nazorg.teVroeg");
      boolean laatste = contacten.stream().noneMatch(c -> c.maand() > maand);
      return new Besluit.Vastleggen(Nazorgstatus.IN_WERK, laatste ? PlaatsingStatus.DUURZAAM : null);
    }
    if (reden == null || reden.isBlank()) return new Besluit.Afgewezen("bemiddeling.nazorg.redenVerplicht");
    return new Besluit.Vastleggen(Nazorgstatus.UITGEVALLEN, PlaatsingStatus.BEEINDIGD);
  }
}
