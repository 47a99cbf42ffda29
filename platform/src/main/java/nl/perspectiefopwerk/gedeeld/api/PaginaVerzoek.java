package nl.perspectiefopwerk.gedeeld.api;

/** Gevraagde pagina (vanaf 1) en paginagrootte (1 tot en met {@value #MAX_GROOTTE}). */
public record PaginaVerzoek(int pagina, int grootte) {

  public static final int STANDAARD_GROOTTE = 50;
  public static final int MAX_GROOTTE = 200;

  public PaginaVerzoek {
    if (pagina < 1) {
      throw new OngeldigVerzoekException("pagina", "De pagina moet 1 of hoger zijn.");
    }
    if (grootte < 1 || grootte > MAX_GROOTTE) {
      throw new OngeldigVerzoekException(
          "paginaGrootte", "De paginagrootte moet tussen 1 en " + MAX_GROOTTE + " liggen.");
    }
  }

  public static PaginaVerzoek eerste(int grootte) {
    return new PaginaVerzoek(1, grootte);
  }

  public int offset() {
    return (pagina - 1) * grootte;
  }
}
