package nl.perspectiefopwerk.leeragenda;

/** Vormen van leeragenda-activiteiten. */
public enum Activiteitvorm {
  WEBINAR,
  THEMABIJEENKOMST,
  LEERKRING
}
