package nl.perspectiefopwerk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Een momentopname van alle feiten, met het moment waarop ze verzameld zijn ("berekend op"). */
public record Feiten(Instant berekendOp, LocalDate peildatum, List<RegioFeiten> regios, List<Maandfeit> maanden, List<GeldFeit> geld) {
  public Feiten {
    regios = List.copyOf(regios);
    maanden = List.copyOf(maanden);
    geld = List.copyOf(geld);
  }
}
