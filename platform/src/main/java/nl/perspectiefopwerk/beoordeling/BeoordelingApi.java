package nl.perspectiefopwerk.beoordeling;

import java.util.List;
import java.util.Optional;
import nl.perspectiefopwerk.actieplan.ActieplanId;

/** De publieke ingang van beoordeling. */
public interface BeoordelingApi {

  List<Volledigheidstoets> toetsen(ActieplanId plan);

  List<Advies> adviezen(ActieplanId plan);

  /** Het laatste besluit over het plan, als dat er is. */
  Optional<Besluit> besluit(ActieplanId plan);
}
