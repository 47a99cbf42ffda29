package nl.perspectiefopwerk.audit;

import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;

/** De publieke ingang van het verwerkingenlog. */
public interface AuditApi {

  /** Legt een verwerking vast; geeft het trace-id terug. Hoort in dezelfde transactie als de verwerking. */
  UUID registreer(Dataverwerking verwerking);

  Pagina<VastgelegdeVerwerking> zoek(AuditFilter filter, PaginaVerzoek verzoek);

  /** Voor een export: hoogstens {@code maximum} regels die aan het filter voldoen, nieuwste eerst. */
  List<VastgelegdeVerwerking> exporteer(AuditFilter filter, int maximum);

  /** Hoeveel verwerkingen binnen deze verwerkingsactiviteit deze gebruiker sinds {@code sinds} deed (voor begrenzing). */
  long aantal(String gebruiker, String verwerkingsactiviteit, java.time.Instant sinds);

  /** Legt dezelfde verwerking vast voor een reeks betrokkenen (bijv. alle namen op een lijstpagina). */
  void registreerVoorElk(Dataverwerking sjabloon, List<String> betrokkeneIds);

  /** Meldt iets aan de beheerder (bijv. massaal inzien); staat bovenaan het verwerkingenlog. */
  void signaleer(String gebruiker, String melding);

  /** De nieuwste signaleringen. */
  List<Signalering> signaleringen(int maximum);

  record Signalering(java.time.Instant tijdstip, String gebruiker, String melding) {}

  /** Alle verwerkingen over één betrokkene, nieuwste eerst (voor de kandidaat zelf). */
  List<VastgelegdeVerwerking> voorBetrokkene(String betrokkeneType, String betrokkeneId);
}
