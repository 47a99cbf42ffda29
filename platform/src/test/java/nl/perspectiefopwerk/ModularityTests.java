package nl.perspectiefopwerk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** De modulegrenzen uit ARCHITECTURE §3: geen cycli, geen toegang tot interne pakketten van andere modules. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(PlatformApplication.class);

  @Test
  void modulegrenzenWordenGerespecteerd() {
    MODULES.verify();
  }

  @Test
  void documentatieWordtGeschreven() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
  }
}
