package nl.perspectiefopwerk.financiering;

import java.util.List;

/** De publieke ingang van financiering (geaggregeerd, voor het landelijke dashboard). */
public interface FinancieringApi {

  List<Tranche> tranches(String regiocode);

  /** Geld per circulaire en tranche: toegekend, uitbetaald (circulaire verschenen), en voor de hele regio besteed en onbesteed. */
  List<Geldstroom> geldPerCirculaireEnTranche();

  /** Per regio: toegekend, uitbetaald, besteed, onbesteed (uitbetaald − besteed). */
  List<Regiosaldo> saldoPerRegio();

  record Geldstroom(Circulaire circulaire, int tranche, long aantalRegios, long toegekendCent, long betaaldCent) {}

  record Regiosaldo(String regiocode, long toegekendCent, long betaaldCent, long besteedCent) {
    public long onbesteedCent() {
      return betaaldCent - besteedCent;
    }
  }
}
