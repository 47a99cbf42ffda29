package nl.perspectiefopwerk.actieplan.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.Actieplan.Inhoud;
import nl.perspectiefopwerk.actieplan.Actieplan.Ondertekenaar;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.OndertekenaarSoort;
import nl.perspectiefopwerk.actieplan.Pijler;

/**
 * Wat er per onderdeel nog ontbreekt (sleutels van meldingen), en de woordenrichtlijn. Een plan is pas
 * in te dienen als geen enkel onderdeel iets mist; een te lang onderdeel is een waarschuwing, geen blokkade.
 */
public final class Volledigheid {

  private Volledigheid() {}

  public static Map<Onderdeel, List<String>> ontbrekend(Actieplan plan) {
    Inhoud i = plan.inhoud();
    Map<Onderdeel, List<String>> uit = new EnumMap<>(Onderdeel.class);
    for (Onderdeel o : Onderdeel.values()) uit.put(o, new ArrayList<>());
    if (leeg(i.analyse())) uit.get(Onderdeel.ANALYSE).add("actieplan.ontbreekt.analyse");
    if (i.ambitieMatches() == null || i.ambitieMatches() < 1) uit.get(Onderdeel.AMBITIE).add("actieplan.ontbreekt.ambitieMatches");
    if (leeg(i.ambitieVerbetering())) uit.get(Onderdeel.AMBITIE).add("actieplan.ontbreekt.ambitieVerbetering");
    if (leeg(i.aanpak())) uit.get(Onderdeel.AANPAK).add("actieplan.ontbreekt.aanpak");
    for (Pijler p : Pijler.values()) {
      if (plan.activiteiten().stream().noneMatch(a -> a.pijler() == p)) uit.get(Onderdeel.AANPAK).add("actieplan.ontbreekt.pijler." + p.name());
    }
    if (leeg(i.wgdAanspreekpunt()) || leeg(i.wgdZichtbaarheid()) || leeg(i.wgdHarmonisatie())) {
      uit.get(Onderdeel.AANPAK).add("actieplan.ontbreekt.werkgeversdienstverlening");
    }
    if (leeg(i.betrokkenen())) uit.get(Onderdeel.BETROKKENEN).add("actieplan.ontbreekt.betrokkenen");
    if (leeg(i.instrumenten())) uit.get(Onderdeel.INSTRUMENTEN).add("actieplan.ontbreekt.instrumenten");
    if (leeg(i.overigeAfspraken())) uit.get(Onderdeel.OVERIGE_AFSPRAKEN).add("actieplan.ontbreekt.overigeAfspraken");
    for (OndertekenaarSoort s : List.of(OndertekenaarSoort.WETHOUDER, OndertekenaarSoort.WERKGEVER)) {
      List<Ondertekenaar> van = plan.ondertekenaars().stream().filter(o -> o.soort() == s).toList();
      if (van.isEmpty()) uit.get(Onderdeel.ONDERTEKENING).add("actieplan.ontbreekt.ondertekenaar." + s.name());
      else if (van.stream().noneMatch(o -> o.alleVerklaringen() && o.getekendOp() != null)) {
        uit.get(Onderdeel.ONDERTEKENING).add("actieplan.ontbreekt.verklaringen." + s.name());
      }
    }
    if (leeg(i.contactNaam()) || leeg(i.contactEmail())) uit.get(Onderdeel.CONTACTPERSOON).add("actieplan.ontbreekt.contactpersoon");
    if (plan.overeenkomst() == null) uit.get(Onderdeel.SAMENWERKINGSOVEREENKOMST).add("actieplan.ontbreekt.overeenkomst");
    return uit;
  }

  public static boolean volledig(Actieplan plan) {
    return ontbrekend(plan).values().stream().allMatch(List::isEmpty);
  }

  /** Aantal woorden per onderdeel met een paginamaximum (de tekst van het onderdeel). */
  public static Map<Onderdeel, Integer> woorden(Actieplan plan) {
    Inhoud i = plan.inhoud();
    Map<Onderdeel, Integer> uit = new EnumMap<>(Onderdeel.class);
    uit.put(Onderdeel.ANALYSE, Woorden.tel(i.analyse()));
    uit.put(Onderdeel.AMBITIE, Woorden.tel(i.ambitieVerbetering()) + Woorden.tel(i.ambitieKwalitatief()));
    uit.put(Onderdeel.AANPAK, Woorden.tel(i.aanpak()) + Woorden.tel(i.wgdAanspreekpunt()) + Woorden.tel(i.wgdZichtbaarheid())
        + Woorden.tel(i.wgdHarmonisatie()));
    uit.put(Onderdeel.BETROKKENEN, Woorden.tel(i.betrokkenen()));
    uit.put(Onderdeel.INSTRUMENTEN, Woorden.tel(i.instrumenten()));
    uit.put(Onderdeel.OVERIGE_AFSPRAKEN, Woorden.tel(i.overigeAfspraken()));
    return uit;
  }

  private static boolean leeg(String s) {
    return s == null || s.isBlank();
  }
}
