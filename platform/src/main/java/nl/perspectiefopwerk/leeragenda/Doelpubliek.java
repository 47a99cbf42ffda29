package nl.perspectiefopwerk.leeragenda;

/** Voor wie een item vooral bedoeld is; ook private partijen moeten iets vinden (P20). */
public enum Doelpubliek {
  PUBLIEK,
  PRIVAAT,
  BEIDE
}
