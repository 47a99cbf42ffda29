package nl.perspectiefopwerk.scholing;

/** Soorten scholingstrajecten. */
public enum Trajecttype {
  PRAKTIJKLEREN,
  BBL,
  MBO_CERTIFICAAT,
  MBO_DEELCERTIFICAAT,
  BRANCHEOPLEIDING,
  TAAL
}
