package nl.perspectiefopwerk.actieplan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Woordverschil tussen twee teksten (langste gemeenschappelijke deelrij, O(n·m) met een begrenzing): een
 * lijst stukken die gelijk bleven, weg zijn of erbij kwamen. Witruimte telt als scheiding, regeleinden blijven
 * als eigen "woord" behouden zodat alinea's zichtbaar blijven.
 */
public final class Verschil {

  /** Boven dit aantal woordparen (n·m) valt het verschil terug op "alles weg, alles erbij". */
  static final long MAX_CELLEN = 4_000_000L;

  public enum Soort { GELIJK, WEG, ERBIJ }

  public record Stuk(Soort soort, String tekst) {}

  private Verschil() {}

  public static List<Stuk> woorden(String oud, String nieuw) {
    List<String> a = splits(oud);
    List<String> b = splits(nieuw);
    List<Stuk> uit = new ArrayList<>();
    if ((long) a.size() * b.size() > MAX_CELLEN) {
      if (!a.isEmpty()) voegToe(uit, Soort.WEG, String.join(" ", a));
      if (!b.isEmpty()) voegToe(uit, Soort.ERBIJ, String.join(" ", b));
      return uit;
    }
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        voegToe(uit, Soort.GELIJK, a.get(i));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        voegToe(uit, Soort.WEG, a.get(i++));
      } else {
        voegToe(uit, Soort.ERBIJ, b.get(j++));
      }
    }
    while (i < n) voegToe(uit, Soort.WEG, a.get(i++));
    while (j < m) voegToe(uit, Soort.ERBIJ, b.get(j++));
    return uit;
  }

  /** Of er iets veranderde. */
  public static boolean gewijzigd(List<Stuk> stukken) {
    return stukken.stream().anyMatch(s -> s.soort() != Soort.GELIJK);
  }

  private static void voegToe(List<Stuk> uit, Soort soort, String woord) {
    if (!uit.isEmpty() && uit.getLast().soort() == soort) {
      Stuk vorige = uit.removeLast();
      String scheiding = vorige.tekst().endsWith("\n") || woord.equals("\n") ? "" : " ";
      uit.add(new Stuk(soort, vorige.tekst() + scheiding + woord));
    } else {
      uit.add(new Stuk(soort, woord));
    }
  }

  static List<String> splits(String tekst) {
    List<String> uit = new ArrayList<>();
    if (tekst == null || tekst.isBlank()) return uit;
    String[] regels = tekst.strip().split("\\R", -1);
    for (int r = 0; r < regels.length; r++) {
      if (r > 0) uit.add("\n");
      for (String w : regels[r].strip().split("\\s+")) if (!w.isEmpty()) uit.add(w);
    }
    return uit;
  }
}
