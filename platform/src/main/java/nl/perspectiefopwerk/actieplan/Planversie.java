package nl.perspectiefopwerk.actieplan;

import java.time.Instant;
import java.util.Map;

/** Een ingediende versie: per onderdeel de tekst zoals ingediend. */
public record Planversie(int versienummer, Instant ingediendOp, String reden, Map<Onderdeel, String> inhoud) {}
