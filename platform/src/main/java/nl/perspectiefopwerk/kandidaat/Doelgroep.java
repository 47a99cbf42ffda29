package nl.perspectiefopwerk.kandidaat;

/** Doelgroepen uit de oproep (Bijlage II). Persoonsgegeven: nooit in het anonieme profiel. */
public enum Doelgroep {
  BIJSTAND,
  WW,
  ARBEIDSBEPERKING_BANENAFSPRAAK,
  WAJONG,
  NIET_UITKERINGSGERECHTIGD,
  STATUSHOUDER,
  VIJFTIG_PLUS,
  JONGERE_ZONDER_STARTKWALIFICATIE
}
