package nl.perspectiefopwerk.matching;

import java.util.List;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.werkgever.WerkplekId;

/** De publieke ingang van de module matching. */
public interface MatchingApi {

  /**
   * De beste kandidaten voor een werkplek, anoniem, voor de werkgever van de werkplek en het regioloket
   * van de regio.
   */
  List<KandidaatSuggestie> kandidatenVoorWerkplek(HuidigeGebruiker kijker, WerkplekId werkplek, int aantal);

  /** De beste werkplekken voor een kandidaat, voor de consulent van de eigen organisatie en het regioloket. */
  List<WerkplekSuggestie> werkplekkenVoorKandidaat(HuidigeGebruiker kijker, KandidaatId kandidaat, int aantal);

  /**
   * Haalt een kandidaat direct uit elke suggestie en elke toewijzing, bijvoorbeeld bij een plaatsing.
   * Haak voor de module die plaatsingen bijhoudt: roep dit aan (of publiceer een gebeurtenis waarop
   * matching luistert). De uitsluiting blijft gelden na een herstart.
   */
  void sluitKandidaatUit(KandidaatId kandidaat, String reden);

  Indexstatus status();
}
