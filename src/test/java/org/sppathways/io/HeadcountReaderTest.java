package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.flow.Headcounts;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * {@link HeadcountReader} on the small hand-made model: YAML, JSON and CSV give the same
 * headcounts, and every problem is placed at its line and column.
 */
class HeadcountReaderTest {

  private static final WorkforceModel MODEL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));
  private static final String HEAD = "format: sp-pathways-headcounts/1\n";
  private static final RoleId LW = RoleId.of("link-worker");
  private static final RoleId SENIOR = RoleId.of("senior-link-worker");
  private static final Headcounts START = Headcounts.builder()
      .put(LW, OrganisationTypeId.of("pcn"), 30).put(LW, OrganisationTypeId.of("vcse"), 12.5)
      .put(SENIOR, 4).build();

  private static List<String> problems(String text, String name, FileFormat format) {
    return TestFiles.problems(() -> HeadcountReader.of(MODEL).read(text, name, format))
        .stream().map(Problem::toString).toList();
  }

  @Test
  void everyFormatGivesTheSameHeadcounts(@TempDir Path dir) throws Exception {
    HeadcountReader reader = HeadcountReader.of(MODEL);
    Headcounts yaml = reader.read(HEAD + "description: start\nsources: [survey]\n"
        + "confidence: assumed\nnotes: n\nheadcounts:\n"
        + "  - {role: link-worker, organisationType: pcn, headcount: 30, sources: [a]}\n"
        + "  - {role: link-worker, organisationType: vcse, headcount: 12.5, confidence: assumed}\n"
        + "  - {role: senior-link-worker, headcount: 4, notes: guess}\n", "h.yaml", FileFormat.YAML);
    Headcounts json = reader.read("{\"format\": \"sp-pathways-headcounts/1\", \"headcounts\": ["
        + "{\"role\": \"link-worker\", \"organisationType\": \"pcn\", \"headcount\": 30},"
        + "{\"role\": \"link-worker\", \"organisationType\": \"vcse\", \"headcount\": 12.5},"
        + "{\"role\": \"senior-link-worker\", \"headcount\": 4}]}", "h.json", FileFormat.JSON);
    Path csv = dir.resolve("h.csv");
    Files.writeString(csv, "role,headcount,organisationType\nlink-worker,30,pcn\n"
        + "link-worker,12.5,vcse\nsenior-link-worker,4,\n");
    assertThat(yaml).isEqualTo(START);
    assertThat(json).isEqualTo(START);
    assertThat(reader.read(csv)).isEqualTo(START);
    assertThat(reader.read("role,headcount\nsenior-link-worker,0\n", "z.csv", FileFormat.CSV)
        .entries()).hasSize(1).containsValue(0.0);
  }

  @Test
  void yamlProblemsArePlaced() {
    assertThat(problems(HEAD + "headcounts:\n"
        + "  - {role: link-worker, organisationType: pcn, headcount: 30}\n"
        + "  - {role: link-worker, organisationType: pcn, headcount: 3}\n"
        + "  - {role: nurse, headcount: 1}\n"
        + "  - {role: senior-link-worker, organisationType: vcse, headcount: 1}\n"
        + "  - {role: link-wroker, headcount: 1}\n"
        + "  - {role: link-worker, organisationType: pnc, headcount: 1}\n"
        + "  - {role: senior-link-worker}\n"
        + "  - {role: senior-link-worker, headcount: -2}\n"
        + "  - {role: 'a b', headcount: 1}\n"
        + "  - [x]\n"
        + "  - {role: senior-link-worker, headcount: 1, colour: red}\n", "h.yaml", FileFormat.YAML))
        .containsExactly(
            "h.yaml:4:12: headcounts[1].role: the headcount of 'link-worker@pcn' is given twice, "
                + "first at headcounts[0] (give each role (and organisation type) once)",
            "h.yaml:5:12: headcounts[2].role: role 'nurse' is external: it has no headcount in the "
                + "workforce (list workforce roles only; people enter from 'nurse' through "
                + "recruits on its entry routes)",
            "h.yaml:6:50: headcounts[3].organisationType: organisation type 'vcse' does not offer "
                + "role 'senior-link-worker' (use one of: pcn; or leave the type out)",
            "h.yaml:7:12: headcounts[4].role: unknown role 'link-wroker' (did you mean "
                + "'link-worker'?)",
            "h.yaml:8:43: headcounts[5].organisationType: unknown organisation type 'pnc'",
            "h.yaml:9:5: headcounts[6].headcount: missing required field 'headcount' (add e.g. "
                + "'headcount: 3300')",
            // an entry with a bad headcount still lists its role: a second entry is a duplicate
            "h.yaml:10:12: headcounts[7].role: the headcount of 'senior-link-worker' is given "
                + "twice, first at headcounts[6] (give each role (and organisation type) once)",
            "h.yaml:10:43: headcounts[7].headcount: the number -2 is out of range (use a number "
                + "from 0 up)",
            "h.yaml:11:12: headcounts[8].role: the id 'a b' contains whitespace or a control "
                + "character at position 2; use '-' instead of spaces (ids are single words such "
                + "as 'link-worker')",
            "h.yaml:12:5: headcounts[9]: expected a map of fields, found a list",
            "h.yaml:13:12: headcounts[10].role: the headcount of 'senior-link-worker' is given "
                + "twice, first at headcounts[6] (give each role (and organisation type) once)",
            "h.yaml:13:46: headcounts[10].colour: unknown field 'colour' (known fields here: "
                + "confidence, headcount, notes, organisationType, role, sources; prefix your own "
                + "fields with 'x-')");
  }

  @Test
  void notAHeadcountsFile() {
    assertThat(problems("format: sp-pathways/1\n", "m.yaml", FileFormat.YAML)).containsExactly(
        "m.yaml:1:9: format: this is not an sp-pathways headcounts file: it has format the text "
            + "'sp-pathways/1' (a headcounts file starts with 'format: sp-pathways-headcounts/1' "
            + "and lists 'headcounts')");
    assertThat(problems("[1]", "l.json", FileFormat.JSON)).singleElement().asString()
        .startsWith("l.json:1:1: format: this is not an sp-pathways headcounts file: it has no "
            + "'format' field");
    assertThat(problems("", "e.yaml", FileFormat.YAML)).singleElement().asString()
        .isEqualTo("e.yaml: the file is empty (a headcounts file starts with 'format: "
            + "sp-pathways-headcounts/1')");
  }

  @Test
  void csvProblemsArePlaced() {
    assertThat(problems("role,organisationType,headcount\nsenior-link-worker,,\n"
        + ",pcn,3\nlink-worker,a b,3\nsenior-link-worker,,x\n", "h.csv", FileFormat.CSV))
        .containsExactly(
            "h.csv:2:3: headcount: the column 'headcount' is empty (fill it in)",
            "h.csv:3:1: role: the column 'role' is empty (fill it in)",
            "h.csv:4:2: organisationType: the id 'a b' contains whitespace or a control character "
                + "at position 2; use '-' instead of spaces",
            "h.csv:5:1: role: the headcount of 'senior-link-worker' is given twice, first at line "
                + "2 (give each role (and organisation type) once)",
            "h.csv:5:3: headcount: expected a number, found 'x' (write a number such as 12.5)");
  }
}
