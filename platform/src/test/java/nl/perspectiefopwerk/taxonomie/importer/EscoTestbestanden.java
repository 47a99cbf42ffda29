package nl.perspectiefopwerk.taxonomie.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Een kleine ESCO-map in een tijdelijke directory, in het echte formaat (meerregelige velden, zips),
 * met opzettelijk foute rijen op bekende regels.
 */
public final class EscoTestbestanden {

  public static final String LASSER = "11111111-1111-4111-8111-111111111111";
  public static final String INSPICIENT = "22222222-2222-4222-8222-222222222222";
  public static final String KOK = "33333333-3333-4333-8333-333333333333";
  public static final String WELDING = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  public static final String SAFETY = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
  public static final String COOKING = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String SKILL = "http://data.europa.eu/esco/skill/";

  /** Regel 6 (na een rij van drie regels) heeft een ongeldige URI; regel 7 een onbekende ISCO-groep. */
  public static final String BEROEPEN =
      "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n"
          + "Occupation," + OCC + LASSER + ",7212,lasser,\"metaallasser\n"
          + "booglasser\n"
          + "lasser\",,released,2016-07-05T13:58:41Z,,,,,\"Lassers verbinden metalen, \"\"veilig\"\".\",7212.1\n"
          + "Occupation," + OCC + INSPICIENT + ",2654,inspiciënt,toneelmeester,,released,2016-07-05T13:58:41Z,,,,,Regelt de voorstelling.,2654.1.7\n"
          + "Occupation,http://example.org/geen-esco,7212,fout beroep,,,released,2016-07-05T13:58:41Z,,,,,Kapot.,7212.9\n"
          + "Occupation," + OCC + "44444444-4444-4444-8444-444444444444,9999,onbekende groep,,,released,2016-07-05T13:58:41Z,,,,,X,9999.1\n"
          + "Occupation," + OCC + KOK + ",5120,kok,\"chef-kok\ncuisinier\",,released,2016-07-05T13:58:41Z,,,,,Kookt.,5120.1\n";

  public static final String ISCO =
      "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\n"
          + "ISCOGroup,http://data.europa.eu/esco/isco/C7212,7212,Welders and flamecutters,released,,\"a,\nb\",Welders.\n"
          + "ISCOGroup,http://data.europa.eu/esco/isco/C2654,2654,\"Film, stage and related directors and producers\",released,,x,Directors.\n"
          + "ISCOGroup,http://data.europa.eu/esco/isco/C5120,5120,Cooks,released,,x,Cooks.\n";

  public static final String VAARDIGHEDEN =
      "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n"
          + "KnowledgeSkillCompetence," + SKILL + WELDING + ",knowledge,sector-specific,welding techniques,\"arc welding\ngas welding\",,released,2016-12-20T17:43:43Z,,,x,Welding.\n"
          + "KnowledgeSkillCompetence," + SKILL + SAFETY + ",skill/competence,cross-sector,apply safety rules,,,released,2016-12-20T17:43:43Z,,,x,Safety.\n"
          + "KnowledgeSkillCompetence," + SKILL + COOKING + ",,transversal,cook meals,,,released,2016-12-20T17:43:43Z,,,x,Cooking.\n";

  /** Regel 5: onbekend beroep; regel 6: onbekend relatietype; regel 7: dubbel. */
  public static final String RELATIES =
      "occupationUri,relationType,skillType,skillUri\n"
          + OCC + LASSER + ",essential,knowledge," + SKILL + WELDING + "\n"
          + OCC + LASSER + ",optional,skill/competence," + SKILL + SAFETY + "\n"
          + OCC + KOK + ",essential,," + SKILL + COOKING + "\n"
          + OCC + "99999999-9999-4999-8999-999999999999,essential,knowledge," + SKILL + WELDING + "\n"
          + OCC + KOK + ",sometimes,skill/competence," + SKILL + SAFETY + "\n"
          + OCC + LASSER + ",essential,knowledge," + SKILL + WELDING + "\n";

  private EscoTestbestanden() {}

  /** Schrijft de map (met submap esco-v1.1.1) en geeft de map terug. */
  public static Path schrijf(Path map) {
    try {
      Path esco = Files.createDirectories(map.resolve("esco-v1.1.1"));
      Files.writeString(esco.resolve("occupations_nl.csv"), BEROEPEN, StandardCharsets.UTF_8);
      zip(esco.resolve("esco-v1.1.1-classification-en-csv.zip"), Map.of("ISCOGroups_en.csv", ISCO, "skills_en.csv", VAARDIGHEDEN));
      zip(esco.resolve("esco-v1.1.1-relations-csv.zip"), Map.of("occupationSkillRelations.csv", RELATIES));
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void zip(Path bestand, Map<String, String> inhoud) throws IOException {
    try (OutputStream out = Files.newOutputStream(bestand);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : inhoud.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
