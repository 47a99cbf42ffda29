package nl.perspectiefopwerk.mobiliteit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.mobiliteit.Categorie;
import nl.perspectiefopwerk.mobiliteit.Clientstatus;
import nl.perspectiefopwerk.mobiliteit.Clientuitkomst;
import nl.perspectiefopwerk.mobiliteit.Dienstsoort;
import nl.perspectiefopwerk.mobiliteit.Monitorregel;
import nl.perspectiefopwerk.mobiliteit.Periode;

/**
 * De tweemaandelijkse monitor als zuivere functie van vastgelegde feiten: aanmeldingen, categorieën, jongeren en
 * zelfmelders in de periode; wie aan het eind van de periode in behandeling is; besprekingen, diensten en
 * afsluitingen in de periode. Kleine aantallen worden bij het tonen onderdrukt ({@link #toon}).
 */
public final class MonitorBerekening {

  private MonitorBerekening() {}

  public record ClientFeit(String regiocode, LocalDate aangemeldOp, Categorie categorie, boolean jongere, boolean zelfmelding,
      Clientstatus status, LocalDate inBehandelingOp, LocalDate afgeslotenOp, Clientuitkomst uitkomst) {}

  public record DienstFeit(String regiocode, Dienstsoort soort, LocalDate startdatum) {}

  public record CasusFeit(String regiocode, LocalDate datum) {}

  /** De monitor voor één regio, of landelijk als {@code regiocode} null is (alle feiten tellen dan). */
  public static Monitorregel bereken(String regiocode, Periode p, Collection<ClientFeit> clients, Collection<DienstFeit> diensten,
      Collection<CasusFeit> casussen) {
    Map<Categorie, Long> perCategorie = new EnumMap<>(Categorie.class);
    for (Categorie c : Categorie.values()) perCategorie.put(c, 0L);
    Map<Dienstsoort, Long> perDienst = new EnumMap<>(Dienstsoort.class);
    for (Dienstsoort d : Dienstsoort.values()) perDienst.put(d, 0L);
    Map<Clientuitkomst, Long> perUitkomst = new EnumMap<>(Clientuitkomst.class);
    for (Clientuitkomst u : Clientuitkomst.values()) perUitkomst.put(u, 0L);
    long aangemeld = 0, jongeren = 0, zelf = 0, niet = 0, inBehandeling = 0, besprekingen = 0;
    for (ClientFeit c : clients) {
      if (regiocode != null && !regiocode.equals(c.regiocode())) continue;
      if (p.bevat(c.aangemeldOp())) {
        aangemeld++;
        perCategorie.merge(c.categorie(), 1L, Long::sum);
        if (c.jongere()) jongeren++;
        if (c.zelfmelding()) zelf++;
        if (c.status() == Clientstatus.NIET_IN_AANMERKING) niet++;
      }
      if (c.inBehandelingOp() != null && !c.inBehandelingOp().isAfter(p.einde())
          && (c.afgeslotenOp() == null || c.afgeslotenOp().isAfter(p.einde()))) {
        inBehandeling++;
      }
      if (c.status() == Clientstatus.AFGESLOTEN && c.uitkomst() != null && p.bevat(c.afgeslotenOp())) {
        perUitkomst.merge(c.uitkomst(), 1L, Long::sum);
      }
    }
    for (DienstFeit d : diensten) {
      if ((regiocode == null || regiocode.equals(d.regiocode())) && p.bevat(d.startdatum())) perDienst.merge(d.soort(), 1L, Long::sum);
    }
    for (CasusFeit c : casussen) {
      if ((regiocode == null || regiocode.equals(c.regiocode())) && p.bevat(c.datum())) besprekingen++;
    }
    return new Monitorregel(regiocode, p, aangemeld, perCategorie, jongeren, zelf, niet, inBehandeling, besprekingen, perDienst, perUitkomst);
  }

  /** Per regio (in de gegeven volgorde). */
  public static List<Monitorregel> perRegio(List<String> regiocodes, Periode p, Collection<ClientFeit> clients,
      Collection<DienstFeit> diensten, Collection<CasusFeit> casussen) {
    return regiocodes.stream().map(r -> bereken(r, p, clients, diensten, casussen)).toList();
  }

  /** Aantallen van 1 tot en met 9 worden "< 10" (zoals het CBS voor kleine gebieden doet); 0 en 10+ blijven zichtbaar. */
  public static String toon(long aantal) {
    return aantal > 0 && aantal < 10 ? "< 10" : Long.toString(aantal);
  }
}
