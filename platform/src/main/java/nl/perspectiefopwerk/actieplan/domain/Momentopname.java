package nl.perspectiefopwerk.actieplan.domain;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.Actieplan.Inhoud;
import nl.perspectiefopwerk.actieplan.Onderdeel;

/** Een plan als leesbare tekst per onderdeel: wat een versie bewaart, en waarop het verschil werkt. */
public final class Momentopname {

  private Momentopname() {}

  public static Map<Onderdeel, String> van(Actieplan p) {
    Inhoud i = p.inhoud();
    Map<Onderdeel, String> uit = new EnumMap<>(Onderdeel.class);
    uit.put(Onderdeel.ANALYSE, i.analyse());
    uit.put(Onderdeel.AMBITIE, "Aantal matches in twee jaar: " + (i.ambitieMatches() == null ? "-" : i.ambitieMatches())
        + "\nVerbetering: " + i.ambitieVerbetering() + (i.ambitieKwalitatief().isBlank() ? "" : "\nKwalitatief: " + i.ambitieKwalitatief()));
    uit.put(Onderdeel.AANPAK, i.aanpak()
        + "\nGezamenlijk aanspreekpunt: " + i.wgdAanspreekpunt()
        + "\nZichtbaarheid werkzoekenden: " + i.wgdZichtbaarheid()
        + "\nHarmonisatie instrumenten: " + i.wgdHarmonisatie()
        + p.activiteiten().stream().map(a -> "\nActiviteit " + a.pijler() + ": " + a.thema() + " | " + a.partijen() + " | " + a.planning()
            + " | " + euro(a.budgetCent()) + " | " + a.financieringsvorm()).collect(Collectors.joining())
        + p.arrangementen().stream().map(a -> "\nArrangement: " + a.soortWerk() + " voor " + a.doelgroep() + " | toeleiding: "
            + a.toeleiding() + " | opleiding: " + a.opleiding() + " | " + a.partijen()).collect(Collectors.joining())
        + "\nPraktijkleren-pilot: " + (i.praktijklerenPilot() ? "ja, " + euro(i.praktijklerenBudgetCent()) : "nee"));
    uit.put(Onderdeel.BETROKKENEN, i.betrokkenen()
        + (p.infrastructuur() == null ? "" : "\nAfbeelding infrastructuur: " + p.infrastructuur().bestandsnaam()));
    uit.put(Onderdeel.INSTRUMENTEN, i.instrumenten());
    uit.put(Onderdeel.OVERIGE_AFSPRAKEN, i.overigeAfspraken());
    uit.put(Onderdeel.ONDERTEKENING, p.ondertekenaars().stream()
        .map(o -> o.soort() + ": " + o.naam() + ", " + o.functie() + ", " + o.organisatie() + " | verklaringen a/b/c: "
            + ja(o.verklaringA()) + "/" + ja(o.verklaringB()) + "/" + ja(o.verklaringC()) + " | getekend " + o.getekendOp())
        .collect(Collectors.joining("\n")));
    uit.put(Onderdeel.CONTACTPERSOON, i.contactNaam() + ", " + i.contactEmail() + ", " + i.contactTelefoon());
    uit.put(Onderdeel.SAMENWERKINGSOVEREENKOMST, p.overeenkomst() == null ? "" : p.overeenkomst().bestandsnaam() + " ("
        + p.overeenkomst().grootte() + " bytes)");
    return uit;
  }

  /** Een bedrag in cent als "€ 1.234,56". */
  public static String euro(long cent) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return nl.perspectiefopwerk.actieplan.Bedrag.euro(cent);
  }

  private static String ja(boolean b) {
    return b ? "ja" : "nee";
  }
}
