package nl.perspectiefopwerk.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * De bewust naïeve referentie: elk paar apart beoordelen met {@link Scoring}, alles sorteren, de
 * eerste k nemen. Traag maar overduidelijk goed; de differentiële tests vergelijken de snelle index
 * hiermee.
 */
public final class NaieveMatcher {

  private final List<MatchKandidaat> kandidaten;
  private final List<MatchWerkplek> werkplekken;
  private final Locaties locaties;
  private final Gewichten gewichten;
  private final Specificiteit specificiteit;

  public NaieveMatcher(Collection<MatchKandidaat> kandidaten, Collection<MatchWerkplek> werkplekken, Locaties locaties, Gewichten gewichten,
      Specificiteit specificiteit) {
    this.kandidaten = new ArrayList<>(kandidaten);
    this.werkplekken = new ArrayList<>(werkplekken);
    this.locaties = locaties;
    this.gewichten = gewichten;
    this.specificiteit = specificiteit;
  }

  /** De beste k kandidaten voor een werkplek in dezelfde regio (score > 0). */
  public List<Treffer> kandidatenVoor(MatchWerkplek w, int k) {
    return kandidatenVoor(w, kandidaten, k, true);
  }

  /** De beste k kandidaten uit een gekozen pool, zonder regiofilter (voor de toewijzing). */
  public List<Treffer> kandidatenVoor(MatchWerkplek w, Collection<MatchKandidaat> pool, int k, boolean regioFilter) {
    List<Treffer> alle = new ArrayList<>();
    for (MatchKandidaat c : pool) {
      if (Scoring.afwijzing(c, w, locaties, gewichten, regioFilter) != null) continue;
      int s = Scoring.score(c, w, locaties, gewichten, specificiteit);
      if (s > 0) alle.add(new Treffer(c.id(), s));
    }
    alle.sort(Treffer.VOLGORDE);
    return List.copyOf(alle.subList(0, Math.min(k, alle.size())));
  }

  /** De beste k werkplekken voor een kandidaat in dezelfde regio (score > 0). */
  public List<Treffer> werkplekkenVoor(MatchKandidaat c, int k) {
    List<Treffer> alle = new ArrayList<>();
    for (MatchWerkplek w : werkplekken) {
      if (Scoring.afwijzing(c, w, locaties, gewichten, true) != null) continue;
      int s = Scoring.score(c, w, locaties, gewichten, specificiteit);
      if (s > 0) alle.add(new Treffer(w.id(), s));
    }
    alle.sort(Treffer.VOLGORDE);
    return List.copyOf(alle.subList(0, Math.min(k, alle.size())));
  }

  public void verwijderKandidaat(java.util.UUID id) {
    kandidaten.removeIf(c -> c.id().equals(id));
  }
}
