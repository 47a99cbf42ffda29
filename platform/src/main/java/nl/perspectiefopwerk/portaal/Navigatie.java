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
    // bemiddeling (route) en werkgever (werkgeversservicepunt)
    if (rol == Rol.REGIOLOKET) items.add(new NavigatieItem("/wsp", "werkgever.menu.wsp", "werkgever.menu.wsp.omschrijving"));
    if (rol == Rol.REGIOLOKET || rol == Rol.CONSULENT || rol == Rol.JOBCOACH) {
      items.add(new NavigatieItem("/plaatsingen", "bemiddeling.menu.plaatsingen", "bemiddeling.menu.plaatsingen.omschrijving"));
    }
    if (rol == Rol.REGIOLOKET || rol == Rol.WERKGEVER) {
      items.add(new NavigatieItem("/matchingevents", "bemiddeling.menu.events", "bemiddeling.menu.events.omschrijving"));
    }
    if (rol == Rol.REGIOLOKET || rol == Rol.REGIOCOORDINATOR) {
      items.add(new NavigatieItem("/bemiddelingscijfers", "bemiddeling.menu.cijfers", "bemiddeling.menu.cijfers.omschrijving"));
    }
    // monitoring
    if (rol == Rol.ONDERSTEUNINGSTEAM || rol == Rol.STUURGROEP || rol == Rol.MINISTERIE || rol == Rol.EVALUATOR) {
      items.add(new NavigatieItem("/monitoring", "monitoring.menu.landelijk", "monitoring.menu.landelijk.omschrijving"));
    }
    if (rol == Rol.REGIOCOORDINATOR) {
      items.add(new NavigatieItem("/monitoring/mijn-regio", "monitoring.menu.regionaal", "monitoring.menu.regionaal.omschrijving"));
    }
    // scholing, leeragenda, mobiliteit
    boolean landelijk = rol.isNationaal() && rol != Rol.BEHEERDER;
    if (rol == Rol.CONSULENT || rol == Rol.REGIOLOKET || rol == Rol.ONDERWIJS) {
      items.add(new NavigatieItem("/scholing", "scholing.menu", "scholing.menu.omschrijving"));
    } else if (rol == Rol.REGIOCOORDINATOR || landelijk) {
      items.add(new NavigatieItem("/scholing/kengetallen", "scholing.menu.kengetallen", "scholing.menu.kengetallen.omschrijving"));
    }
    if (rol != Rol.KANDIDAAT) {
      items.add(new NavigatieItem("/leeragenda", "leeragenda.menu", "leeragenda.menu.omschrijving"));
    }
    if (rol == Rol.ONDERSTEUNINGSTEAM || rol == Rol.EVALUATOR) {
      items.add(new NavigatieItem("/evaluatie", "leeragenda.menu.evaluatie", "leeragenda.menu.evaluatie.omschrijving"));
    }
    if (rol == Rol.CONSULENT || rol == Rol.REGIOCOORDINATOR) {
      items.add(new NavigatieItem("/rmt", "mobiliteit.menu", "mobiliteit.menu.omschrijving"));
    } else if (landelijk) {
      items.add(new NavigatieItem("/rmt/monitor", "mobiliteit.menu.monitor", "mobiliteit.menu.monitor.omschrijving"));
    }
    // actieplan, beoordeling, financiering, monitoring (programmacyclus)
    if (rol == Rol.REGIOCOORDINATOR || rol == Rol.ONDERSTEUNINGSTEAM || rol == Rol.STUURGROEP || rol == Rol.MINISTERIE
        || rol == Rol.EVALUATOR) {
      items.add(new NavigatieItem("/actieplannen", "menu.actieplannen", "menu.actieplannen.omschrijving"));
      if (rol == Rol.ONDERSTEUNINGSTEAM || rol == Rol.STUURGROEP || rol == Rol.MINISTERIE) {
        items.add(new NavigatieItem("/beoordeling", "menu.beoordeling", "menu.beoordeling.omschrijving"));
      }
      items.add(new NavigatieItem("/financiering", "menu.financiering", "menu.financiering.omschrijving"));
      items.add(new NavigatieItem("/bijeenkomsten", "menu.bijeenkomsten", "menu.bijeenkomsten.omschrijving"));
      items.add(new NavigatieItem("/voortgang", "menu.voortgang", "menu.voortgang.omschrijving"));
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
