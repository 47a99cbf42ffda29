package nl.perspectiefopwerk.beoordeling;

import java.time.LocalDate;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.Indienvenster;

/** Het ministerie keurde een doe-agenda goed; de besluitdatum start de looptijd. Financiering kent daarop tranche 1 toe. */
public record ActieplanGoedgekeurd(ActieplanId id, String regiocode, LocalDate besluitdatum, LocalDate looptijdTot, Indienvenster venster) {}
