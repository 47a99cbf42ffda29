package nl.perspectiefopwerk.portaal;

import java.util.ArrayList;
import java.util.List;
import nl.perspectiefopwerk.toegang.Rol;

/** Welke onderdelen elke rol in het menu ziet. Een module voegt hier zijn pagina's toe als ze er zijn. */
public final class Navigatie {

  private Navigatie() {}

  public static List<NavigatieItem> voor(Rol rol) {
    List<NavigatieItem> items = new ArrayList<>();
    items.add(new NavigatieItem("/", "menu.start", "menu.start.omschrijving"));
    if (rol == Rol.BEHEERDER) {
      items.add(new NavigatieItem("/beheer/gebruikers", "menu.gebruikers", "menu.gebruikers.omschrijving"));
      items.add(new NavigatieItem("/beheer/organisaties", "menu.organisaties", "menu.organisaties.omschrijving"));
      items.add(new NavigatieItem("/beheer/referentiedata", "menu.referentiedata", "menu.referentiedata.omschrijving"));
      items.add(new NavigatieItem("/beheer/audit", "menu.audit", "menu.audit.omschrijving"));
    }
    switch (rol) {
      case CONSULENT, REGIOLOKET -> items.add(new NavigatieItem("/kandidaten", "menu.kandidaten", "menu.kandidaten.omschrijving"));
      case KANDIDAAT -> items.add(new NavigatieItem("/mijn-gegevens", "menu.mijnGegevens", "menu.mijnGegevens.omschrijving"));
      default -> { }
    }
    if (rol == Rol.WERKGEVER || rol == Rol.BEMIDDELAAR || rol == Rol.REGIOLOKET) {
      items.add(new NavigatieItem("/bestand", "menu.bestand", "menu.bestand.omschrijving"));
      items.add(new NavigatieItem("/bestand/zoekopdrachten", "zoekopdracht.menu", "zoekopdracht.menu.omschrijving"));
    }
    if (rol == Rol.WERKGEVER || rol == Rol.REGIOLOKET) {
      items.add(new NavigatieItem("/werkplekken", "menu.werkplekken", "menu.werkplekken.omschrijving"));
    }
    if (rol == Rol.WERKGEVER || rol == Rol.BEMIDDELAAR) {
      items.add(new NavigatieItem("/belangstelling", "bemiddeling.menu.belangstelling", "bemiddeling.menu.belangstelling.omschrijving"));
    }
    if (rol == Rol.REGIOLOKET) {
      items.add(new NavigatieItem("/regioloket/taken", "bemiddeling.menu.taken", "bemiddeling.menu.taken.omschrijving"));
    }
    if (rol == Rol.WERKGEVER) {
      items.add(new NavigatieItem("/werkgever/profiel", "menu.werkgeverprofiel", "menu.werkgeverprofiel.omschrijving"));
    }
    // matching
    if (rol == Rol.REGIOLOKET) {
      items.add(new NavigatieItem("/matching/werving", "matching.menu.werving", "matching.menu.werving.omschrijving"));
    }
    if (rol == Rol.KANDIDAAT) {
      items.add(new NavigatieItem("/mijn-gegevens/suggesties", "matching.menu.mijnSuggesties", "matching.menu.mijnSuggesties.omschrijving"));
    }
    if (rol == Rol.ONDERSTEUNINGSTEAM) {
      items.add(new NavigatieItem("/matching/fairness", "matching.menu.fairness", "matching.menu.fairness.omschrijving"));
    }
    items.add(new NavigatieItem("/regios", "menu.regios", "menu.regios.omschrijving"));
    if (rol != Rol.KANDIDAAT) {
      items.add(new NavigatieItem("/beroepen", "menu.beroepen", "menu.beroepen.omschrijving"));
    }
    return List.copyOf(items);
  }
}
