package nl.perspectiefopwerk.kandidaat;

/** Hoogst afgeronde opleiding, op het niveau dat werkgevers gebruiken. */
public enum Opleidingsniveau {
  GEEN,
  BASISONDERWIJS,
  VMBO,
  MBO1,
  MBO2,
  MBO3,
  MBO4,
  HAVO_VWO,
  HBO,
  WO
}
