package nl.perspectiefopwerk.werkgever;

/** Het profielformulier zoals de werkgever het invult; de service valideert. */
public record ProfielGegevens(
    String kvkNummer,
    String sector,
    String contactNaam,
    String contactEmail,
    String contactTelefoon,
    Boolean erkendLeerbedrijf,
    Integer begeleidingscapaciteit) {

  public static ProfielGegevens van(Werkgeverprofiel p) {
    return new ProfielGegevens(p.kvkNummer(), p.sector(), p.contactNaam(), p.contactEmail(), p.contactTelefoon(),
        p.erkendLeerbedrijf(), p.begeleidingscapaciteit());
  }

  public static ProfielGegevens leeg() {
    return new ProfielGegevens(null, null, null, null, null, false, 0);
  }
}
