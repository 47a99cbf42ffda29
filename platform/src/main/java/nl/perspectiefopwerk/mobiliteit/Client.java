package nl.perspectiefopwerk.mobiliteit;

import java.time.Instant;
import java.time.LocalDate;

/** Een client van het RMT. Naam, e-mail en telefoon zijn persoonsgegevens die in de regio blijven. */
public record Client(
    ClientId id, String regiocode, String naam, String email, String telefoon, Situatie situatie, LocalDate datumBaanverlies,
    Categorie categorie, boolean jongere, boolean schoolverlater, Herkomst herkomst, String vraag, Clientstatus status,
    Clientuitkomst uitkomst, Instant aangemeldOp, Instant inBehandelingOp, Instant afgeslotenOp, String behandelaar, int versie) {}
