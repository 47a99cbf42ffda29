package nl.perspectiefopwerk.scholing;

import java.util.List;

/** De publieke ingang van de module scholing: kengetallen (geaggregeerd, zonder personen). */
public interface ScholingApi {

  Kengetallen kengetallen(String regiocode);

  /** Kengetallen van alle regio's met ten minste één traject. */
  List<Kengetallen> kengetallenPerRegio();
}
