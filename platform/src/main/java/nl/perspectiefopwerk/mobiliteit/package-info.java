/**
 * Mobiliteit: de regionale mobiliteitsteams (RMT) als regionale voordeur voor mensen die sinds 12 maart 2020 hun baan
 * verloren of dreigen te verliezen: het team met leden (gemeenten, UWV, vakbonden) en partners, de intake (ook
 * zelfmelden), categorie en jongerenvlag, casusbesprekingen, diensten, uitkomsten en de tweemaandelijkse monitor per
 * regio en landelijk. Naam en contact van een client blijven in de regio; elke inzage wordt vastgelegd.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobiliteit (RMT)")
package nl.perspectiefopwerk.mobiliteit;
