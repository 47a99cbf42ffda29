package nl.perspectiefopwerk.kandidaat;

import java.util.Optional;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;

/**
 * Een extra voorwaarde voordat een werkgever of bemiddelaar in het bestand zoekt, bepaald door een andere
 * module (de module werkgever: screening door het werkgeversservicepunt). Het bestand vraagt elke poort
 * bij elke zoekopdracht, profielinzage en koppeling van een profielcode; zo is de voorwaarde niet te
 * omzeilen via de API, en hangt kandidaat niet af van de module die de voorwaarde stelt.
 */
public interface Zoekpoort {

  /** Leeg als deze gebruiker mag zoeken; anders de reden, in het Nederlands, voor de gebruiker zelf. */
  Optional<String> weigering(HuidigeGebruiker zoeker);
}
