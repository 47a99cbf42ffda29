package nl.perspectiefopwerk.actieplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan.Activiteit;
import nl.perspectiefopwerk.actieplan.Actieplan.Inhoud;
import nl.perspectiefopwerk.actieplan.Actieplan.Ondertekenaar;
import nl.perspectiefopwerk.actieplan.Actieplan.Overeenkomst;
import nl.perspectiefopwerk.actieplan.domain.Volledigheid;
import nl.perspectiefopwerk.actieplan.domain.Woorden;
import org.junit.jupiter.api.Test;

class VolledigheidTest {

  static Inhoud inhoud() {
    return new Inhoud("Analyse", 250, "Verdubbeling", "", "Aanpak", "WSP", "Eén bestand", "Gelijke instrumenten", "Partijen",
        "Instrumenten", "Afspraken", "Naam", "naam@example.nl", "", false, 0);
  }

  static Actieplan plan(Inhoud inhoud, List<Activiteit> activiteiten, List<Ondertekenaar> ondertekenaars, Overeenkomst overeenkomst) {
    return new Actieplan(ActieplanId.nieuw(), "AM12", PlanStatus.CONCEPT, inhoud, activiteiten, List.of(), ondertekenaars, overeenkomst, null,
        null, null, null, null, 0, null, 0);
  }

  static List<Activiteit> vierPijlers() {
    List<Activiteit> a = new ArrayList<>();
    for (Pijler p : Pijler.values()) a.add(new Activiteit(UUID.randomUUID(), p, "Thema", "Partijen", "2019", 100, Financieringsvorm.SUBSIDIE));
    return a;
  }

  static List<Ondertekenaar> tweeOndertekenaars(boolean verklaringen) {
    LocalDate d = LocalDate.of(2019, 4, 1);
    return List.of(new Ondertekenaar(UUID.randomUUID(), OndertekenaarSoort.WETHOUDER, "W", "Wethouder", "Gemeente", true, true, verklaringen, d),
        new Ondertekenaar(UUID.randomUUID(), OndertekenaarSoort.WERKGEVER, "V", "Voorzitter", "VNO-NCW", true, true, true, d));
  }

  @Test
  void eenVolledigPlanMistNiets() {
    Actieplan p = plan(inhoud(), vierPijlers(), tweeOndertekenaars(true), new Overeenkomst("o.pdf", 10, Instant.now()));
    assertThat(Volledigheid.volledig(p)).isTrue();
    assertThat(Volledigheid.ontbrekend(p)).hasSize(9).allSatisfy((o, l) -> assertThat(l).isEmpty());
  }

  @Test
  void eenLeegPlanMistIetsInElkOnderdeel() {
    Actieplan p = plan(Inhoud.leeg(), List.of(), List.of(), null);
    assertThat(Volledigheid.volledig(p)).isFalse();
    assertThat(Volledigheid.ontbrekend(p)).allSatisfy((o, l) -> assertThat(l).as(o.name()).isNotEmpty());
    assertThat(Volledigheid.ontbrekend(p).get(Onderdeel.AANPAK)).contains("actieplan.ontbreekt.pijler.SCHOLING",
        "actieplan.ontbreekt.werkgeversdienstverlening");
  }

  @Test
  void eenOntbrekendeVerklaringMaaktDeOndertekeningOnvolledig() {
    Actieplan p = plan(inhoud(), vierPijlers(), tweeOndertekenaars(false), new Overeenkomst("o.pdf", 10, Instant.now()));
    assertThat(Volledigheid.ontbrekend(p).get(Onderdeel.ONDERTEKENING)).containsExactly("actieplan.ontbreekt.verklaringen.WETHOUDER");
  }

  @Test
  void eenPijlerZonderActiviteitIsOnvolledig() {
    Actieplan p = plan(inhoud(), vierPijlers().subList(0, 3), tweeOndertekenaars(true), new Overeenkomst("o.pdf", 10, Instant.now()));
    assertThat(Volledigheid.ontbrekend(p).get(Onderdeel.AANPAK)).containsExactly("actieplan.ontbreekt.pijler.SCHOLING");
  }

  @Test
  void woordenrichtlijn() {
    assertThat(Woorden.tel("  een  twee\ndrie ")).isEqualTo(3);
    assertThat(Woorden.tel(null)).isZero();
    assertThat(Onderdeel.ANALYSE.maxWoorden()).isEqualTo(1000);
    assertThat(Onderdeel.AMBITIE.maxWoorden()).isEqualTo(500);
    assertThat(Onderdeel.ONDERTEKENING.maxWoorden()).isZero();
    Inhoud lang = new Inhoud("woord ".repeat(1200), 1, "", "", "", "", "", "", "", "", "", "", "", "", false, 0);
    assertThat(Volledigheid.woorden(plan(lang, List.of(), List.of(), null)).get(Onderdeel.ANALYSE)).isEqualTo(1200);
  }
}
