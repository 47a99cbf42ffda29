package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.leeragenda.domain.Invoercontrole;
import nl.perspectiefopwerk.leeragenda.persistence.EvaluatieRepository;
import nl.perspectiefopwerk.leeragenda.persistence.LeeragendaRepository;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De lerende evaluatie. Het ondersteuningsteam opent cycli en levert invoer (plannen, voortgangsrapportages,
 * gespreksverslagen), de regiocoördinator de invoer van de eigen regio; de evaluator leest die invoer (alleen lezen),
 * trekt lessen (gepubliceerd in de leeragenda) en slaat tussen- en eindrapporten op (PDF). Stuurgroep en ministerie
 * lezen mee. Invoer bevat geen persoonsgegevens: de tekst wordt daarop gecontroleerd.
 */
@Service
public class EvaluatieService {

  private final EvaluatieRepository repository;
  private final LeeragendaRepository leeragenda;
  private final AuditApi audit;
  private final LeeragendaProperties properties;

  EvaluatieService(EvaluatieRepository repository, LeeragendaRepository leeragenda, AuditApi audit, LeeragendaProperties properties) {
    this.repository = repository;
    this.leeragenda = leeragenda;
    this.audit = audit;
    this.properties = properties;
  }

  public static boolean magLezen(HuidigeGebruiker g) {
    return switch (g.rol()) {
      case ONDERSTEUNINGSTEAM, EVALUATOR, STUURGROEP, MINISTERIE, REGIOCOORDINATOR -> true;
      default -> false;
    };
  }

  public static boolean magInvoerLeveren(HuidigeGebruiker g) {
    return g.rol() == Rol.ONDERSTEUNINGSTEAM || (g.rol() == Rol.REGIOCOORDINATOR && g.hoofdregio() != null);
  }

  public List<Evaluatiecyclus> cycli(HuidigeGebruiker g) {
    lezer(g);
    return repository.cycli();
  }

  public Evaluatiecyclus cyclus(HuidigeGebruiker g, UUID id) {
    lezer(g);
    return repository.cyclus(id).orElseThrow(() -> new NietGevondenException("Deze cyclus bestaat niet."));
  }

  public List<EvaluatieInput> inputs(HuidigeGebruiker g, UUID cyclus) {
    cyclus(g, cyclus);
    return repository.inputs(cyclus);
  }

  public List<Rapport> rapporten(HuidigeGebruiker g, UUID cyclus) {
    cyclus(g, cyclus);
    return repository.rapporten(cyclus);
  }

  public List<Item> lessen(HuidigeGebruiker g, UUID cyclus) {
    cyclus(g, cyclus);
    return leeragenda.vanCyclus(cyclus);
  }

  @Transactional
  public Map<String, String> openCyclus(HuidigeGebruiker g, String naam, LocalDate van, LocalDate tot) {
    if (g.rol() != Rol.ONDERSTEUNINGSTEAM) throw new AccessDeniedException("Alleen het ondersteuningsteam opent een cyclus");
    Map<String, String> fouten = new LinkedHashMap<>();
    String n = naam == null || naam.isBlank() ? null : naam.strip();
    if (n == null || n.length() > 200) fouten.put("naam", "leeragenda.fout.titel");
    if (van == null) fouten.put("van", "leeragenda.fout.datum");
    if (tot == null || (van != null && tot.isBefore(van))) fouten.put("tot", "leeragenda.fout.periode");
    if (!fouten.isEmpty()) return fouten;
    UUID id = UUID.randomUUID();
    repository.voegCyclusToe(new Evaluatiecyclus(id, repository.volgendNummer(), n, van, tot, Evaluatiecyclus.Cyclusstatus.OPEN, 0));
    auditeer(g, Handeling.AANMAKEN, "evaluatiecyclus", id, "Evaluatiecyclus openen");
    return Map.of();
  }

  @Transactional
  public Map<String, String> rondAf(HuidigeGebruiker g, UUID id, int versie) {
    if (g.rol() != Rol.EVALUATOR && g.rol() != Rol.ONDERSTEUNINGSTEAM) throw new AccessDeniedException("Alleen evaluator of ondersteuningsteam");
    Evaluatiecyclus c = cyclus(g, id);
    if (c.status() == Evaluatiecyclus.Cyclusstatus.AFGEROND) return Map.of("status", "leeragenda.fout.alAfgerond");
    if (!repository.rondAf(id, versie)) throw new GelijktijdigGewijzigdException("Iemand anders heeft deze cyclus intussen gewijzigd.");
    auditeer(g, Handeling.WIJZIGEN, "evaluatiecyclus", id, "Evaluatiecyclus afronden");
    return Map.of();
  }

  /** Invoer: tekst en/of een document (PDF of .txt), zonder persoonsgegevens. */
  @Transactional
  public Map<String, String> voegInputToe(HuidigeGebruiker g, UUID cyclus, EvaluatieInput.Inputsoort soort, String titel, String tekst,
      String bestandsnaam, byte[] inhoud, boolean zonderPersoonsgegevens) {
    if (!magInvoerLeveren(g)) throw new AccessDeniedException("De evaluator leest de invoer alleen");
    Evaluatiecyclus c = cyclus(g, cyclus);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (c.status() != Evaluatiecyclus.Cyclusstatus.OPEN) fouten.put("cyclus", "leeragenda.fout.alAfgerond");
    if (soort == null) fouten.put("soort", "leeragenda.fout.inputsoort");
    String t = titel == null || titel.isBlank() ? null : titel.strip();
    if (t == null || t.length() > 200) fouten.put("titel", "leeragenda.fout.titel");
    String tk = tekst == null || tekst.isBlank() ? null : tekst.strip();
    boolean bestand = inhoud != null && inhoud.length > 0;
    if (tk == null && !bestand) fouten.put("tekst", "leeragenda.fout.tekstOfBestand");
    if (tk != null && tk.length() > 20000) fouten.put("tekst", "leeragenda.fout.inhoud");
    String pg = Invoercontrole.persoonsgegevens(tk);
    if (pg != null) fouten.put("tekst", pg);
    if (bestand) {
      String f = Invoercontrole.invoerdocument(bestandsnaam, inhoud, properties.maxInvoerMb());
      if (f != null) fouten.put("bestand", f);
    }
    if (!zonderPersoonsgegevens) fouten.put("zonderPersoonsgegevens", "leeragenda.fout.verklaring");
    if (!fouten.isEmpty()) return fouten;
    String naam = bestand ? veiligeNaam(bestandsnaam) : null;
    String type = !bestand ? null : naam.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "application/pdf" : "text/plain";
    UUID id = UUID.randomUUID();
    repository.voegInputToe(new EvaluatieInput(id, cyclus, soort, t, g.rol() == Rol.REGIOCOORDINATOR ? g.hoofdregio() : null, tk, naam, type,
        bestand, g.gebruikersnaam(), Instant.now()), bestand ? inhoud : null);
    auditeer(g, Handeling.AANMAKEN, "evaluatie-invoer", id, "Invoer voor de lerende evaluatie: " + soort);
    return Map.of();
  }

  public Object[] inputBestand(HuidigeGebruiker g, UUID cyclus, UUID input) {
    cyclus(g, cyclus);
    return repository.inputBestand(cyclus, input).orElseThrow(() -> new NietGevondenException("Dit document bestaat niet."));
  }

  /** Een tussen- of eindrapport (alleen de evaluator): echte PDF, niet groter dan ingesteld. */
  @Transactional
  public Map<String, String> slaRapportOp(HuidigeGebruiker g, UUID cyclus, Rapport.Rapportsoort soort, String titel, String bestandsnaam,
      byte[] inhoud) {
    if (g.rol() != Rol.EVALUATOR) throw new AccessDeniedException("Alleen de evaluator slaat rapporten op");
    cyclus(g, cyclus);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (soort == null) fouten.put("rapportsoort", "leeragenda.fout.rapportsoort");
    String t = titel == null || titel.isBlank() ? null : titel.strip();
    if (t == null || t.length() > 200) fouten.put("rapporttitel", "leeragenda.fout.titel");
    String f = Invoercontrole.rapport(bestandsnaam, inhoud, properties.maxRapportMb());
    if (f != null) fouten.put("rapport", f);
    if (!fouten.isEmpty()) return fouten;
    UUID id = UUID.randomUUID();
    repository.voegRapportToe(new Rapport(id, cyclus, soort, t, veiligeNaam(bestandsnaam), inhoud.length, g.gebruikersnaam(), Instant.now()), inhoud);
    auditeer(g, Handeling.AANMAKEN, "evaluatierapport", id, "Rapport van de lerende evaluatie opslaan: " + soort);
    return Map.of();
  }

  public byte[] rapportInhoud(HuidigeGebruiker g, UUID cyclus, UUID rapport) {
    cyclus(g, cyclus);
    return repository.rapportInhoud(cyclus, rapport).orElseThrow(() -> new NietGevondenException("Dit rapport bestaat niet."));
  }

  static String veiligeNaam(String naam) {
    String n = naam == null ? "bestand" : naam.replaceAll("^.*[\\\\/]", "").replaceAll("[^A-Za-z0-9._ -]", "_");
    return n.length() > 120 ? n.substring(n.length() - 120) : n;
  }

  private static void lezer(HuidigeGebruiker g) {
    if (!magLezen(g)) throw new AccessDeniedException("Geen toegang tot de lerende evaluatie");
  }

  private void auditeer(HuidigeGebruiker g, Handeling h, String soort, UUID id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, "lerende-evaluatie", soort,
        id.toString(), doel, null));
  }
}
