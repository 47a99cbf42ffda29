/**
 * Financiering: het programmabudget, de tranches van de impulsfinanciering (decentralisatie-uitkering aan de
 * centrumgemeente via de circulaires van het gemeentefonds), de voorwaarden voor de tweede tranche en de
 * bestedingen per activiteit en financieringsvorm.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Financiering")
package nl.perspectiefopwerk.financiering;
