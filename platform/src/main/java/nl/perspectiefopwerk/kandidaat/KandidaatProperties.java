package nl.perspectiefopwerk.kandidaat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Instellingen van het kandidatenbestand.
 *
 * @param sleutel AES-256-sleutel (base64) voor het BSN; verplicht
 * @param hashSleutel HMAC-sleutel (base64) voor het samenvoegen op BSN en de profielcodes; verplicht
 * @param k minimale klassegrootte voor k-anonimiteit (ondergrens 5)
 * @param werkfitMaanden hoe lang een werkfitbeoordeling geldt
 * @param bevestigingMaanden na hoeveel maanden zonder bevestiging een profiel verdwijnt
 * @param maxInzagenPerUur hoeveel identiteitsinzagen één gebruiker per uur mag doen
 * @param bewaartermijnDagen na hoeveel dagen uit het bestand de identiteit wordt gewist
 * @param toestemmingsversie versie van de toestemmingstekst
 */
@ConfigurationProperties("pow.kandidaat")
public record KandidaatProperties(
    String sleutel,
    String hashSleutel,
    @DefaultValue("10") int k,
    @DefaultValue("6") int werkfitMaanden,
    @DefaultValue("6") int bevestigingMaanden,
    @DefaultValue("30") int maxInzagenPerUur,
    @DefaultValue("90") int bewaartermijnDagen,
    @DefaultValue("2026-1") String toestemmingsversie) {

  public KandidaatProperties {
    if (k < 5) throw new IllegalArgumentException("pow.kandidaat.k moet minstens 5 zijn (ondergrens uit de DPIA)");
  }
}
