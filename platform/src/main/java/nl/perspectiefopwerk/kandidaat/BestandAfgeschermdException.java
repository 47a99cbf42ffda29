package nl.perspectiefopwerk.kandidaat;

import org.springframework.security.access.AccessDeniedException;

/** Een zoekpoort weigert deze gebruiker het bestand; de melding is voor de gebruiker bedoeld (403). */
public class BestandAfgeschermdException extends AccessDeniedException {

  public BestandAfgeschermdException(String melding) {
    super(melding);
  }
}
