package nl.perspectiefopwerk.audit;

import java.util.Objects;

/**
 * Eén te registreren verwerking, met de velden van Logius' Logboek Dataverwerkingen.
 *
 * @param verwerkingsactiviteit de activiteit uit het verwerkingsregister, bijv. "beheer-gebruikers"
 * @param betrokkeneType soort record, bijv. "gebruiker" of "kandidaat"
 * @param betrokkeneId id van het record (nooit een BSN)
 * @param doel waarom, in gewone taal
 * @param grondslag optioneel: de wettelijke grondslag of toestemming
 */
public record Dataverwerking(
    Actor actor,
    Handeling handeling,
    String verwerkingsactiviteit,
    String betrokkeneType,
    String betrokkeneId,
    String doel,
    String grondslag) {

  public Dataverwerking {
    Objects.requireNonNull(actor);
    Objects.requireNonNull(handeling);
    if (verwerkingsactiviteit == null || verwerkingsactiviteit.isBlank()) throw new IllegalArgumentException("verwerkingsactiviteit is verplicht");
    if (betrokkeneType == null || betrokkeneType.isBlank()) throw new IllegalArgumentException("betrokkeneType is verplicht");
    if (betrokkeneId == null || betrokkeneId.isBlank()) throw new IllegalArgumentException("betrokkeneId is verplicht");
    if (doel == null || doel.isBlank()) throw new IllegalArgumentException("doel is verplicht");
  }
}
