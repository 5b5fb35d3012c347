package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.CourseId;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CourseCapacity;

/**
 * {@link CourseCapacityReader} on the small hand-made model: CSV, YAML and JSON give the same
 * capacities, and every problem is placed at its line and column with a suggestion.
 */
class CourseCapacityReaderTest {

  private static final WorkforceModel MODEL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));
  private static final String HEAD = "format: sp-pathways-capacity/1\n";
  private static final CourseCapacity EXPECTED = CourseCapacity.of(Map.of(
      CourseId.of("pci-core-skills"), 40.0, CourseId.of("safeguarding-level-3"), 12.5));

  private static List<String> problems(String text, String name, FileFormat format) {
    return TestFiles.problems(() -> CourseCapacityReader.of(MODEL).read(text, name, format))
        .stream().map(Problem::toString).toList();
  }

  @Test
  void everyFormatGivesTheSameCapacities(@TempDir Path dir) throws Exception {
    CourseCapacityReader reader = CourseCapacityReader.of(MODEL);
    Path csv = dir.resolve("c.csv");
    Files.writeString(csv, "course,placesPerYear\npci-core-skills,40\nsafeguarding-level-3,12.5\n");
    CourseCapacity yaml = reader.read(HEAD + "description: places\nsources: [provider]\n"
        + "capacity:\n  - {course: pci-core-skills, placesPerYear: 40}\n"
        + "  - {course: safeguarding-level-3, placesPerYear: 12.5, notes: two cohorts}\n",
        "c.yaml", FileFormat.YAML);
    CourseCapacity json = reader.read("{\"format\": \"sp-pathways-capacity/1\", \"capacity\": ["
        + "{\"course\": \"pci-core-skills\", \"placesPerYear\": 40},"
        + "{\"course\": \"safeguarding-level-3\", \"placesPerYear\": 12.5}]}", "c.json",
        FileFormat.JSON);
    assertThat(reader.read(csv)).isEqualTo(EXPECTED);
    assertThat(yaml).isEqualTo(EXPECTED);
    assertThat(json).isEqualTo(EXPECTED);
  }

  @Test
  void csvProblemsArePlaced() {
    assertThat(problems("course,placesPerYear\npci-core-skills,40\npci-core-skills,3\n"
        + "pci-core-skils,1\nsafeguarding-level-3,-2\nsafeguarding-level-3,\n"
        + "a b,1\n", "c.csv", FileFormat.CSV))
        .anySatisfy(p -> assertThat(p).startsWith("c.csv:3").contains("given twice, first at "
            + "line 2"))
        .anySatisfy(p -> assertThat(p).startsWith("c.csv:4").contains("unknown course "
            + "'pci-core-skils' (did you mean 'pci-core-skills'?)"))
        .anySatisfy(p -> assertThat(p).startsWith("c.csv:5").contains("-2 is out of range"))
        .anySatisfy(p -> assertThat(p).startsWith("c.csv:6").contains("'placesPerYear' is "
            + "empty"))
        .anySatisfy(p -> assertThat(p).startsWith("c.csv:7").contains("whitespace"));
    assertThat(problems("course,places\nx,1\n", "c.csv", FileFormat.CSV))
        .containsExactly("c.csv:1: placesPerYear: the header has no column 'placesPerYear' (the "
            + "first line names the columns: course,placesPerYear)",
            "c.csv:1:2: places: unknown column 'places' (known columns: course,placesPerYear)");
  }

  @Test
  void yamlProblemsArePlaced() {
    assertThat(problems(HEAD + "capacity:\n"
        + "  - {course: pci-core-skills, placesPerYear: 40}\n"
        + "  - {course: pci-core-skils, placesPerYear: 1}\n"
        + "  - {course: safeguarding-level-3}\n"
        + "  - {course: safeguarding-level-3, placesPerYear: 1, colour: red}\n",
        "c.yaml", FileFormat.YAML))
        .anySatisfy(p -> assertThat(p).startsWith("c.yaml:4:").contains("capacity[1].course: "
            + "unknown course 'pci-core-skils' (did you mean 'pci-core-skills'?)"))
        .anySatisfy(p -> assertThat(p).startsWith("c.yaml:5:").contains("capacity[2]"
            + ".placesPerYear: missing required field"))
        .anySatisfy(p -> assertThat(p).startsWith("c.yaml:6:").contains("colour"));
    assertThat(problems("format: sp-pathways-headcounts/1\n", "c.yaml", FileFormat.YAML))
        .singleElement().asString().contains("not an sp-pathways capacity file");
  }
}
