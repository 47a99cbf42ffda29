package nl.perspectiefopwerk.gedeeld.api;

import java.util.List;
import java.util.function.Function;

/** Eén pagina van een lijst, met het totaal zodat links naar de volgende pagina kunnen. */
public record Pagina<T>(List<T> items, int nummer, int grootte, long totaal) {

  public Pagina {
    items = List.copyOf(items);
    if (nummer < 1) throw new IllegalArgumentException("paginanummer begint bij 1");
    if (grootte < 1) throw new IllegalArgumentException("paginagrootte moet positief zijn");
  }

  public int aantalPaginas() {
    return totaal == 0 ? 1 : (int) ((totaal + grootte - 1) / grootte);
  }

  public boolean heeftVolgende() {
    return nummer < aantalPaginas();
  }

  public boolean heeftVorige() {
    return nummer > 1;
  }

  public <R> Pagina<R> map(Function<T, R> f) {
    return new Pagina<>(items.stream().map(f).toList(), nummer, grootte, totaal);
  }

  /** Pagineert een lijst die al in het geheugen staat. */
  public static <T> Pagina<T> van(List<T> alles, PaginaVerzoek verzoek) {
    int van = Math.min(alles.size(), (verzoek.pagina() - 1) * verzoek.grootte());
    int tot = Math.min(alles.size(), van + verzoek.grootte());
    return new Pagina<>(alles.subList(van, tot), verzoek.pagina(), verzoek.grootte(), alles.size());
  }
}
