package nl.perspectiefopwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Alle tekst staat in de berichtenbundels (nl als standaard, en): dezelfde sleutels in beide talen,
 * elke sleutel die een template letterlijk noemt bestaat, en templates bevatten geen losse tekst.
 */
class I18nTest {

  static final Path BUNDELS = Path.of("src/main/resources/i18n");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Pattern SLEUTEL = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

  @Test
  void nederlandsEnEngelsHebbenDezelfdeSleutels() throws IOException {
    List<String> verschillen = new ArrayList<>();
    try (Stream<Path> bestanden = Files.list(BUNDELS)) {
      for (Path nl : bestanden.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
        Path en = nl.resolveSibling(nl.getFileName().toString().replace(".properties", "_en.properties"));
        assertThat(en).as("Engelse bundel bij " + nl.getFileName()).exists();
        Set<String> nlSleutels = sleutels(nl);
        Set<String> enSleutels = sleutels(en);
        Set<String> alleenNl = new TreeSet<>(nlSleutels);
        alleenNl.removeAll(enSleutels);
        Set<String> alleenEn = new TreeSet<>(enSleutels);
        alleenEn.removeAll(nlSleutels);
        if (!alleenNl.isEmpty()) verschillen.add(nl.getFileName() + " zonder Engels: " + alleenNl);
        if (!alleenEn.isEmpty()) verschillen.add(en.getFileName() + " zonder Nederlands: " + alleenEn);
      }
    }
    assertThat(verschillen).isEmpty();
  }

  @Test
  void elkeLetterlijkeSleutelInEenTemplateBestaat() throws IOException {
    Set<String> bekend = alleSleutels();
    List<String> ontbrekend = new ArrayList<>();
    for (Path t : templates()) {
      Matcher m = SLEUTEL.matcher(Files.readString(t));
      while (m.find()) {
        if (!bekend.contains(m.group(1))) ontbrekend.add(TEMPLATES.relativize(t) + ": " + m.group(1));
      }
    }
    assertThat(ontbrekend).isEmpty();
  }

  @Test
  void templatesBevattenGeenLosseTekst() throws IOException {
    List<String> losseTekst = new ArrayList<>();
    for (Path t : templates()) {
      Document doc = Jsoup.parse(Files.readString(t), "", Parser.htmlParser());
      for (Element e : doc.getAllElements()) {
        if (vervangen(e)) continue;
        for (TextNode tekst : e.textNodes()) {
          String s = tekst.text().strip();
          if (s.chars().anyMatch(Character::isLetter) && !e.tagName().equals("script") && !e.tagName().equals("style")) {
            losseTekst.add(TEMPLATES.relativize(t) + " <" + e.tagName() + ">: " + s);
          }
        }
      }
    }
    assertThat(losseTekst).isEmpty();
  }

  /** Tekst in een element waarvan de inhoud door Thymeleaf wordt vervangen, is alleen een voorbeeld. */
  private static boolean vervangen(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.hasAttr("th:text") || x.hasAttr("th:utext") || x.hasAttr("th:replace") || x.hasAttr("th:insert")) return true;
    }
    return false;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(TEMPLATES)) {
      return s.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }

  private static Set<String> alleSleutels() throws IOException {
    Set<String> alle = new HashSet<>();
    try (Stream<Path> s = Files.list(BUNDELS)) {
      for (Path p : s.toList()) alle.addAll(sleutels(p));
    }
    return alle;
  }

  private static Set<String> sleutels(Path bestand) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(bestand)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }
}
