package nl.perspectiefopwerk.taxonomie;

import java.util.List;
import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;

/**
 * De publieke ingang van de module taxonomie: ESCO-beroepen en -vaardigheden zoeken en opvragen.
 * Elke gecodeerde waarde draagt haar codesysteem en versie ({@value #CODE_SYSTEEM} {@value #VERSIE}).
 */
public interface TaxonomieApi {

  String CODE_SYSTEEM = "ESCO";
  String VERSIE = "v1.1.1";

  /** Of er een taxonomie is geïmporteerd (anders zijn alle zoekresultaten leeg). */
  boolean isGeladen();

  long aantalBeroepen();

  long aantalVaardigheden();

  long aantalRelaties();

  long aantalIscoGroepen();

  /**
   * Per vaardigheid het aantal beroepen dat haar essentieel of optioneel noemt (alleen vaardigheden met
   * minstens één beroep). Matching leidt hier de specificiteit van een vaardigheid uit af.
   */
  java.util.Map<String, Integer> beroepenPerVaardigheid();

  /**
   * Zoekt in de Nederlandse namen en synoniemen: exacte overeenkomst, dan begint met, dan een woord
   * begint met, dan bevat; de voorkeursnaam gaat voor een synoniem. Zonder zoekterm: alles op naam.
   */
  Pagina<ZoekResultaat<Beroep>> zoekBeroepen(String zoek, PaginaVerzoek verzoek);

  /** De beste {@code max} treffers voor typeahead; leeg bij een lege zoekterm. */
  List<ZoekResultaat<Beroep>> suggestiesBeroepen(String zoek, int max);

  Optional<Beroep> beroepKort(String id);

  Optional<BeroepDetail> beroep(String id);

  /** Zoekt in de (Engelse) namen en synoniemen van vaardigheden, met dezelfde rangorde. */
  Pagina<ZoekResultaat<Vaardigheid>> zoekVaardigheden(String zoek, PaginaVerzoek verzoek);

  List<ZoekResultaat<Vaardigheid>> suggestiesVaardigheden(String zoek, int max);

  Optional<Vaardigheid> vaardigheidKort(String id);

  Optional<VaardigheidDetail> vaardigheid(String id);
}
