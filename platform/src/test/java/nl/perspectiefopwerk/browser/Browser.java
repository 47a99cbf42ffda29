package nl.perspectiefopwerk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * JUnit-extensie voor browsertests met Playwright op de systeem-Chromium.
 *
 * <p>Gebruik in een {@code @PlatformTest}-klasse:
 *
 * <pre>{@code
 * @RegisterExtension static Browser browser = new Browser();
 * }</pre>
 *
 * <p>Per testklasse één Playwright en één Chromium (gestart in {@code beforeAll}, gesloten in {@code
 * afterAll}); per test een verse {@link BrowserContext} (eigen cookies, dus eigen sessie) met de
 * basis-URL van de draaiende applicatie, zodat {@code page.navigate("/regios")} werkt. Ontbreekt
 * Chromium, dan faalt de test hard: browsertests worden nooit stil overgeslagen.
 *
 * <p>De context omzeilt de Content-Security-Policy van de applicatie ({@code script-src 'self'}),
 * alleen om axe-core te kunnen injecteren; de pagina's zelf laden precies wat de applicatie stuurt.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  /** Het standaardwachtwoord van alle demo-accounts. */
  public static final String DEMO_WACHTWOORD = "demo";

  private static final Path CHROMIUM = Path.of(System.getProperty("pow.chromium", "/usr/bin/chromium"));
  private static final List<String> VLAGGEN =
      List.of(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
          "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic");
  private static final String AXE_BRON = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  private static final String AXE_RUN =
      """
      async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
            target: v.nodes.map(n => n.target.join(' ')).slice(0,3).join(' | ')}));
      }""";
  private static final Path SCHERMAFDRUKKEN = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
  /** Maximale wachttijd van Playwright per actie; ruim voor een trage CI, kort genoeg om snel te falen. */
  private static final double WACHTTIJD_MS = 10_000;

  private static String axeScript;

  private Playwright playwright;
  private com.microsoft.playwright.Browser chromium;
  private BrowserContext context;
  private Page pagina;
  private final List<String> scriptfouten = new ArrayList<>();

  // ---------------------------------------------------------------- levenscyclus

  @Override
  public void beforeAll(ExtensionContext ctx) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "Chromium ontbreekt op " + CHROMIUM + ": installeer het (apt-get install -y chromium) of geef -Dpow.chromium=<pad>."
              + " Browsertests worden niet overgeslagen.");
    }
    playwright = Playwright.create();
    chromium =
        playwright
            .chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(VLAGGEN));
  }

  @Override
  public void beforeEach(ExtensionContext ctx) {
    Integer poort =
        SpringExtension.getApplicationContext(ctx).getEnvironment().getProperty("local.server.port", Integer.class);
    if (poort == null) {
      throw new IllegalStateException("Geen local.server.port: gebruik @PlatformTest (webEnvironment = RANDOM_PORT).");
    }
    scriptfouten.clear();
    context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + poort)
                .setBypassCSP(true)
                .setLocale("nl-NL")
                .setViewportSize(1280, 800));
    context.setDefaultTimeout(WACHTTIJD_MS);
    context.setDefaultNavigationTimeout(WACHTTIJD_MS);
    context.onPage(p -> p.onPageError(fout -> scriptfouten.add(p.url() + ": " + fout)));
    pagina = context.newPage();
  }

  @Override
  public void afterEach(ExtensionContext ctx) {
    try {
      if (ctx.getExecutionException().isPresent() && pagina != null && !pagina.isClosed()) {
        screenshot(pagina, "FOUT-" + ctx.getRequiredTestClass().getSimpleName() + "-" + ctx.getRequiredTestMethod().getName());
      }
    } finally {
      if (context != null) context.close();
      context = null;
      pagina = null;
    }
    assertThat(scriptfouten).as("JavaScript-fouten in de pagina").isEmpty();
  }

  @Override
  public void afterAll(ExtensionContext ctx) {
    try {
      if (chromium != null) chromium.close();
    } finally {
      if (playwright != null) playwright.close();
      chromium = null;
      playwright = null;
    }
  }

  // ---------------------------------------------------------------- pagina's

  /** De pagina (tabblad) van deze test. */
  public Page pagina() {
    if (pagina == null) throw new IllegalStateException("Geen pagina: alleen binnen een test te gebruiken.");
    return pagina;
  }

  /** Een extra tabblad in dezelfde context, dus met dezelfde sessie (bijvoorbeeld twee formulieren tegelijk). */
  public Page nieuwePagina() {
    return context.newPage();
  }

  // ---------------------------------------------------------------- handelingen

  /** Logt in met het formulier op {@code /inloggen} met het demo-wachtwoord en wacht op de startpagina. */
  public void inloggen(Page page, String gebruikersnaam) {
    inloggen(page, gebruikersnaam, DEMO_WACHTWOORD);
    page.waitForURL(url -> url.endsWith("/"));
  }

  /** Vult het inlogformulier in en verstuurt het; wacht niet op een bepaalde uitkomst. */
  public void inloggen(Page page, String gebruikersnaam, String wachtwoord) {
    page.navigate("/inloggen");
    page.locator("#gebruikersnaam").fill(gebruikersnaam);
    page.locator("#wachtwoord").fill(wachtwoord);
    page.locator("main form.formulier button[type=submit]").click();
  }

  /** Voert axe-core (WCAG 2.0/2.1/2.2 A en AA) uit op de huidige pagina en geeft de overtredingen terug. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> axe(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
    return (List<Map<String, Object>>) page.evaluate(AXE_RUN);
  }

  /** Controleert dat axe geen overtredingen met impact "serious" of "critical" vindt; meldt anders de lijst. */
  public void assertToegankelijk(Page page) {
    List<Map<String, Object>> overtredingen = axe(page);
    List<Map<String, Object>> ernstig =
        overtredingen.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    assertThat(ernstig)
        .as(() -> "Ernstige axe-overtredingen op " + page.url() + ":\n" + beschrijf(ernstig)
            + (overtredingen.size() > ernstig.size() ? "\nOverige overtredingen:\n" + beschrijf(overtredingen) : ""))
        .isEmpty();
  }

  /** Schrijft een schermafdruk van de hele pagina naar {@code platform/target/screenshots/<naam>.png}. */
  public Path screenshot(Page page, String naam) {
    Path bestand = SCHERMAFDRUKKEN.resolve(naam + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(bestand).setFullPage(true));
    return bestand;
  }

  // ---------------------------------------------------------------- intern

  private static String beschrijf(List<Map<String, Object>> overtredingen) {
    return overtredingen.stream()
        .map(v -> "  - " + v.get("id") + " [" + v.get("impact") + "] " + v.get("help") + " (" + v.get("nodes") + "x): " + v.get("target"))
        .collect(Collectors.joining("\n"));
  }

  private static synchronized String axeScript() {
    if (axeScript == null) {
      try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE_BRON)) {
        if (in == null) throw new IllegalStateException("axe-core niet op het classpath: " + AXE_BRON);
        axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeScript;
  }
}
