package nl.perspectiefopwerk.kandidaat.importeren;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Een lopende of afgeronde CSV-import; de pagina vraagt de voortgang op. Veilig tussen threads. */
public final class ImportJob {

  public enum Toestand { BEZIG, KLAAR, MISLUKT }

  private final UUID id;
  private final String eigenaar;
  private final Instant gestart;
  private final AtomicInteger verwerkt = new AtomicInteger();
  private volatile int totaal;
  private volatile Toestand toestand = Toestand.BEZIG;
  private volatile ImportRapport rapport;
  private volatile String melding;

  ImportJob(UUID id, String eigenaar, Instant gestart) {
    this.id = id;
    this.eigenaar = eigenaar;
    this.gestart = gestart;
  }

  public UUID getId() {
    return id;
  }

  public String getEigenaar() {
    return eigenaar;
  }

  public Instant getGestart() {
    return gestart;
  }

  public int getVerwerkt() {
    return verwerkt.get();
  }

  public int getTotaal() {
    return totaal;
  }

  public Toestand getToestand() {
    return toestand;
  }

  public boolean isBezig() {
    return toestand == Toestand.BEZIG;
  }

  public boolean isKlaar() {
    return toestand == Toestand.KLAAR;
  }

  public boolean isMislukt() {
    return toestand == Toestand.MISLUKT;
  }

  /** Het rapport als de import klaar is, anders null. */
  public ImportRapport getRapport() {
    return rapport;
  }

  /** Waarom het hele bestand is afgewezen, als de import mislukt is. */
  public String getMelding() {
    return melding;
  }

  public int getProcent() {
    if (!isBezig()) return 100;
    int t = totaal;
    return t <= 0 ? 0 : (int) Math.min(100, verwerkt.get() * 100L / t);
  }

  void totaal(int n) {
    totaal = n;
  }

  void regelVerwerkt() {
    verwerkt.incrementAndGet();
  }

  void klaar(ImportRapport r) {
    rapport = r;
    verwerkt.set(Math.max(verwerkt.get(), totaal));
    toestand = Toestand.KLAAR;
  }

  void mislukt(String reden) {
    melding = reden;
    toestand = Toestand.MISLUKT;
  }
}
