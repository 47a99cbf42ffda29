package nl.perspectiefopwerk.bemiddeling;

public enum Matchingeventtype {
  SPEEDDATE,
  BANENMARKT,
  INSPIRATIETOUR,
  ONLINE
}
