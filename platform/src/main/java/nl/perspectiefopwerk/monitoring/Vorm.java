package nl.perspectiefopwerk.monitoring;

public enum Vorm {
  FYSIEK,
  ONLINE
}
