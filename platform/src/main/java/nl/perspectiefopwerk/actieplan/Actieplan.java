package nl.perspectiefopwerk.actieplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Een doe-agenda met al zijn onderdelen, zoals hij nu is (de ingediende versies staan apart). */
public record Actieplan(
    ActieplanId id,
    String regiocode,
    PlanStatus status,
    Inhoud inhoud,
    List<Activiteit> activiteiten,
    List<Arrangement> arrangementen,
    List<Ondertekenaar> ondertekenaars,
    Overeenkomst overeenkomst,
    Bijlage infrastructuur,
    Instant ingediendOp,
    Indienvenster venster,
    LocalDate goedgekeurdOp,
    LocalDate looptijdTot,
    int versienummer,
    String herzieningReden,
    int versie) {

  public Actieplan {
    activiteiten = List.copyOf(activiteiten);
    arrangementen = List.copyOf(arrangementen);
    ondertekenaars = List.copyOf(ondertekenaars);
  }

  /** De tekstvelden van de onderdelen 1–6 en 8, en de praktijkleren-pilot. */
  public record Inhoud(
      String analyse,
      Integer ambitieMatches,
      String ambitieVerbetering,
      String ambitieKwalitatief,
      String aanpak,
      String wgdAanspreekpunt,
      String wgdZichtbaarheid,
      String wgdHarmonisatie,
      String betrokkenen,
      String instrumenten,
      String overigeAfspraken,
      String contactNaam,
      String contactEmail,
      String contactTelefoon,
      boolean praktijklerenPilot,
      long praktijklerenBudgetCent) {

    public static Inhoud leeg() {
      return new Inhoud("", null, "", "", "", "", "", "", "", "", "", "", "", "", false, 0);
    }
  }

  public record Activiteit(java.util.UUID id, Pijler pijler, String thema, String partijen, String planning, long budgetCent,
      Financieringsvorm financieringsvorm) {}

  public record Arrangement(java.util.UUID id, String soortWerk, String doelgroep, String toeleiding, String opleiding, String partijen) {}

  public record Ondertekenaar(java.util.UUID id, OndertekenaarSoort soort, String naam, String functie, String organisatie,
      boolean verklaringA, boolean verklaringB, boolean verklaringC, LocalDate getekendOp) {

    public boolean alleVerklaringen() {
      return verklaringA && verklaringB && verklaringC;
    }
  }

  public record Overeenkomst(String bestandsnaam, int grootte, Instant geuploadOp) {}

  /** Een optionele bijlage (afbeelding van de regionale infrastructuur bij onderdeel 4). */
  public record Bijlage(String bestandsnaam, String mediatype, int grootte, Instant geuploadOp) {}

  public long totaalBudgetCent() {
    return activiteiten.stream().mapToLong(Activiteit::budgetCent).sum();
  }
}
