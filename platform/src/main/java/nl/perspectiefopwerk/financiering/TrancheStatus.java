package nl.perspectiefopwerk.financiering;

public enum TrancheStatus {
  TOEGEKEND,
  GEWEIGERD
}
