package nl.perspectiefopwerk.monitoring.regels;

import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;

/** Gedeelde hulp voor de monitoringservices: vastleggen in het verwerkingenlog en de melding bij gelijktijdig wijzigen. */
public final class Vastlegging {

  private Vastlegging() {}

  public static void registreer(AuditApi audit, HuidigeGebruiker g, Handeling h, String betrokkene, String id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, "programmacyclus-monitoring",
        betrokkene, id, doel, "Publieke taak Perspectief op Werk"));
  }

  public static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }
}
