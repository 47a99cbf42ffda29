package nl.perspectiefopwerk.kandidaat;

public enum WerkfitGraad {
  WERKFIT,
  NOG_NIET_WERKFIT,
  IN_WERKFITTRAJECT
}
