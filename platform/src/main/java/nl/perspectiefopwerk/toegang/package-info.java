/**
 * Toegang: organisaties, gebruikers, rollen en regioscope; inloggen (lokaal en OIDC), OAuth2 client
 * credentials voor systeemkoppelingen en de beveiliging van web en API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toegang")
package nl.perspectiefopwerk.toegang;
