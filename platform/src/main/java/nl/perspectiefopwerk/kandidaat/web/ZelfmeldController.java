package nl.perspectiefopwerk.kandidaat.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.zelfmelden.Zelfmelding;
import nl.perspectiefopwerk.kandidaat.zelfmelden.Zelfmelding.Beoordelaar;
import nl.perspectiefopwerk.kandidaat.zelfmelden.Zelfmelding.Uitkomst;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Zelfmelden als werkzoekende: openbaar formulier, zonder inloggen. */
@Controller
class ZelfmeldController {

  private final Zelfmelding zelfmelding;
  private final TaxonomieApi taxonomie;
  private final MessageSource berichten;

  ZelfmeldController(Zelfmelding zelfmelding, TaxonomieApi taxonomie, MessageSource berichten) {
    this.zelfmelding = zelfmelding;
    this.taxonomie = taxonomie;
    this.berichten = berichten;
  }

  @GetMapping("/aanmelden")
  String formulier(Model model) {
    model.addAttribute("formulier", AanmeldFormulier.leeg());
    return pagina(model);
  }

  @PostMapping("/aanmelden")
  String meldAan(@ModelAttribute("formulier") AanmeldFormulier formulier, Model model, Locale locale) {
    List<String> beroepen = new ArrayList<>();
    for (String b : List.of(tekst(formulier.beroep1()), tekst(formulier.beroep2()))) {
      if (b.isBlank()) continue;
      beroepen.add(taxonomie.suggestiesBeroepen(b, 1).stream().findFirst().map(r -> r.item().id()).orElse(b.strip()));
    }
    Uitkomst uitkomst = zelfmelding.meldAan(new Zelfmelding.Aanmelding(
        formulier.email(), formulier.wachtwoord(), formulier.wachtwoordHerhaling(), formulier.naarGegevens(beroepen),
        formulier.beoordelaar(), Boolean.TRUE.equals(formulier.bestandstoestemming())));
    return switch (uitkomst) {
      case Uitkomst.Aangemeld a -> "redirect:/inloggen?aangemeld";
      case Uitkomst.Afgekeurd a -> {
        Map<String, String> fouten = new LinkedHashMap<>();
        a.fouten().geordend().forEach((veld, melding) ->
            fouten.put(veld, melding.startsWith(Zelfmelding.SLEUTEL_PREFIX) ? berichten.getMessage(melding, null, locale) : melding));
        model.addAttribute("fouten", fouten);
        model.addAttribute("formulier", formulier.zonderWachtwoord()); // een wachtwoord gaat nooit terug naar de browser
        yield pagina(model);
      }
    };
  }

  private String pagina(Model model) {
    model.addAttribute("niveaus", Opleidingsniveau.values());
    model.addAttribute("beoordelaars", Beoordelaar.values());
    return "kandidaat/aanmelden";
  }

  private static String tekst(String s) {
    return s == null ? "" : s;
  }

  /** Het aanmeldformulier zoals de browser het stuurt. */
  record AanmeldFormulier(
      String email, String wachtwoord, String wachtwoordHerhaling,
      String voornaam, String achternaam, String bsn,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate geboortedatum,
      String straat, String huisnummer, String postcode, String woonplaats, String telefoon,
      Opleidingsniveau opleidingsniveau, Boolean startkwalificatie, String beroep1, String beroep2, String talen,
      Boolean rijbewijs, Integer urenPerWeek, Integer maxReisafstandKm,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beschikbaarVanaf, String sectorwensen,
      Beoordelaar beoordelaar, Boolean bestandstoestemming) {

    static AanmeldFormulier leeg() {
      return new AanmeldFormulier(null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null,
          "Nederlands", false, 32, 25, LocalDate.now(), null, null, false);
    }

    AanmeldFormulier zonderWachtwoord() {
      return new AanmeldFormulier(email, null, null, voornaam, achternaam, bsn, geboortedatum, straat, huisnummer, postcode,
          woonplaats, telefoon, opleidingsniveau, startkwalificatie, beroep1, beroep2, talen, rijbewijs, urenPerWeek,
          maxReisafstandKm, beschikbaarVanaf, sectorwensen, beoordelaar, bestandstoestemming);
    }

    IntakeGegevens naarGegevens(List<String> beroepIds) {
      return new IntakeGegevens(voornaam, achternaam, bsn, geboortedatum, straat, huisnummer, postcode, woonplaats, email, telefoon,
          null, opleidingsniveau, Boolean.TRUE.equals(startkwalificatie), beroepIds, List.of(),
          talen == null ? List.of() : List.of(talen.split("[,;]")), Boolean.TRUE.equals(rijbewijs), urenPerWeek, maxReisafstandKm,
          beschikbaarVanaf, List.of(), sectorwensen, null);
    }
  }
}
