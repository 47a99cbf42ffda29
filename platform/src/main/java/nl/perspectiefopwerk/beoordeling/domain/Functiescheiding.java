package nl.perspectiefopwerk.beoordeling.domain;

import java.util.Collection;

/** Wie over een plan adviseerde, besluit er niet over (en omgekeerd). */
public final class Functiescheiding {

  private Functiescheiding() {}

  public sealed interface Uitkomst {
    record Toegestaan() implements Uitkomst {}

    record Afgewezen(String reden) implements Uitkomst {}
  }

  /** Mag {@code besluiter} besluiten, gegeven wie er adviseerden? */
  public static Uitkomst magBesluiten(String besluiter, Collection<String> adviseurs) {
    return adviseurs.contains(besluiter) ? new Uitkomst.Afgewezen("beoordeling.fout.functiescheiding") : new Uitkomst.Toegestaan();
  }

  /** Mag {@code adviseur} adviseren, gegeven wie er besloten? */
  public static Uitkomst magAdviseren(String adviseur, Collection<String> besluiters) {
    return besluiters.contains(adviseur) ? new Uitkomst.Afgewezen("beoordeling.fout.functiescheiding") : new Uitkomst.Toegestaan();
  }
}
