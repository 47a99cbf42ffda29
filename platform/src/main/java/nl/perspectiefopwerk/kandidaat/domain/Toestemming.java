package nl.perspectiefopwerk.kandidaat.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Eén toestemming in het register: waarvoor (soort en doeltekst met versie), wanneer, hoe en door wie
 * vastgelegd, en of en wanneer ze is ingetrokken. Een toestemming wordt nooit gewijzigd; intrekken
 * zet alleen het intrekmoment.
 *
 * @param werkgever bij {@link Soort#IDENTITEIT}: de organisatie die de identiteit mag zien
 */
public record Toestemming(
    UUID id,
    Soort soort,
    UUID werkgever,
    String doel,
    String tekstversie,
    Instant gegevenOp,
    Wijze wijze,
    String vastgelegdDoor,
    Instant ingetrokkenOp,
    String ingetrokkenDoor) {

  public enum Soort {
    /** Opname van het anonieme profiel in het regionale bestand. */
    BESTAND,
    /** Vrijgave van de identiteit aan één genoemde werkgever. */
    IDENTITEIT
  }

  public enum Wijze {
    DOOR_KANDIDAAT,
    OP_PAPIER_DOOR_CONSULENT
  }

  public Toestemming {
    Objects.requireNonNull(id);
    Objects.requireNonNull(soort);
    Objects.requireNonNull(gegevenOp);
    Objects.requireNonNull(wijze);
    if (soort == Soort.IDENTITEIT && werkgever == null) throw new IllegalArgumentException("identiteit wordt aan één werkgever vrijgegeven");
    if (doel == null || doel.isBlank() || tekstversie == null || tekstversie.isBlank()) {
      throw new IllegalArgumentException("doeltekst en versie zijn verplicht");
    }
  }

  public boolean isActief() {
    return ingetrokkenOp == null;
  }

  Toestemming ingetrokken(Instant op, String door) {
    return new Toestemming(id, soort, werkgever, doel, tekstversie, gegevenOp, wijze, vastgelegdDoor, op, door);
  }
}
