package nl.perspectiefopwerk.taxonomie;

import java.util.List;
import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.taxonomie.persistence.TaxonomieRepository;
import nl.perspectiefopwerk.taxonomie.zoeken.TaxonomieIndex;
import nl.perspectiefopwerk.taxonomie.zoeken.ZoekIndex;
import org.springframework.stereotype.Service;

@Service
class TaxonomieService implements TaxonomieApi {

  private final TaxonomieIndex index;
  private final TaxonomieRepository repository;

  TaxonomieService(TaxonomieIndex index, TaxonomieRepository repository) {
    this.index = index;
    this.repository = repository;
  }

  @Override
  public boolean isGeladen() {
    return index.stand().isGeladen();
  }

  @Override
  public long aantalBeroepen() {
    return index.stand().beroepen().aantal();
  }

  @Override
  public long aantalVaardigheden() {
    return index.stand().vaardigheden().aantal();
  }

  @Override
  public long aantalRelaties() {
    return repository.aantalRelaties();
  }

  @Override
  public long aantalIscoGroepen() {
    return repository.aantalIscoGroepen();
  }

  @Override
  public java.util.Map<String, Integer> beroepenPerVaardigheid() {
    return repository.beroepenPerVaardigheid();
  }

  @Override
  public Pagina<ZoekResultaat<Beroep>> zoekBeroepen(String zoek, PaginaVerzoek verzoek) {
    return pagina(index.stand().beroepen(), zoek, verzoek);
  }

  @Override
  public List<ZoekResultaat<Beroep>> suggestiesBeroepen(String zoek, int max) {
    return suggesties(index.stand().beroepen(), zoek, max);
  }

  @Override
  public Optional<Beroep> beroepKort(String id) {
    return index.beroep(id);
  }

  @Override
  public Optional<BeroepDetail> beroep(String id) {
    return repository.beroepDetail(id);
  }

  @Override
  public Pagina<ZoekResultaat<Vaardigheid>> zoekVaardigheden(String zoek, PaginaVerzoek verzoek) {
    return pagina(index.stand().vaardigheden(), zoek, verzoek);
  }

  @Override
  public List<ZoekResultaat<Vaardigheid>> suggestiesVaardigheden(String zoek, int max) {
    return suggesties(index.stand().vaardigheden(), zoek, max);
  }

  @Override
  public Optional<Vaardigheid> vaardigheidKort(String id) {
    return index.vaardigheid(id);
  }

  @Override
  public Optional<VaardigheidDetail> vaardigheid(String id) {
    return repository.vaardigheidDetail(id);
  }

  private static <T> Pagina<ZoekResultaat<T>> pagina(ZoekIndex<T> index, String zoek, PaginaVerzoek verzoek) {
    ZoekIndex.Deel<T> deel = index.zoek(zoek, verzoek.offset(), verzoek.grootte());
    return new Pagina<>(deel.items(), verzoek.pagina(), verzoek.grootte(), deel.totaal());
  }

  private static <T> List<ZoekResultaat<T>> suggesties(ZoekIndex<T> index, String zoek, int max) {
    if (zoek == null || zoek.isBlank() || max < 1) return List.of();
    return index.zoek(zoek, Math.min(max, 50));
  }
}
