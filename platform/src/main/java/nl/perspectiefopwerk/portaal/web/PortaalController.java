package nl.perspectiefopwerk.portaal.web;

import java.util.List;
import nl.perspectiefopwerk.portaal.Navigatie;
import nl.perspectiefopwerk.portaal.NavigatieItem;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Startpagina (per rol), de pagina "Over dit platform" en de API-informatiepagina. */
@Controller
class PortaalController {

  private final ToegangApi toegang;

  PortaalController(ToegangApi toegang) {
    this.toegang = toegang;
  }

  @GetMapping("/")
  String start(Model model) {
    var gebruiker = toegang.huidigeGebruiker();
    if (gebruiker.isEmpty()) return "portaal/welkom";
    HuidigeGebruiker g = gebruiker.get();
    List<NavigatieItem> tegels = Navigatie.voor(g.rol()).stream().filter(i -> !i.pad().equals("/")).toList();
    model.addAttribute("tegels", tegels);
    model.addAttribute("rolSleutel", g.rol().name());
    return "portaal/start";
  }

  @GetMapping("/over")
  String over() {
    return "portaal/over";
  }

  @GetMapping("/api")
  String api() {
    return "portaal/api";
  }
}
