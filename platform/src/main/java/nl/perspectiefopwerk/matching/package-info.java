/**
 * Matching: uitlegbare suggesties (kandidaten bij een werkplek, werkplekken bij een kandidaat) uit een
 * compacte index in het geheugen, en de optimale toewijzing voor grote werving. De kern
 * ({@code domain}) is gewoon Java zonder Spring: scoring als som van benoemde onderdelen met een
 * Nederlandse uitleg, harde filters, de index, een bewust naïeve referentie en een eigen
 * min-cost-flow-oplosser.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package nl.perspectiefopwerk.matching;
