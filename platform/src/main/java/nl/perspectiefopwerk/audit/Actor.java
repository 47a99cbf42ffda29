package nl.perspectiefopwerk.audit;

import java.util.Objects;

/** Wie de verwerking deed: gebruikersnaam, organisatie (naam) en rol. */
public record Actor(String gebruikersnaam, String organisatie, String rol) {
  public Actor {
    Objects.requireNonNull(gebruikersnaam, "gebruikersnaam is verplicht");
    Objects.requireNonNull(rol, "rol is verplicht");
  }
}
