package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.Problem;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Reading worker profiles (YAML, JSON, CSV) against the small test model
 * ({@code models/valid/small.yaml}: scale 1..4; roles link-worker, senior-link-worker, nurse;
 * organisation types pcn, vcse; courses pci-core-skills, safeguarding-level-3).
 */
class ProfileReaderTest {

  private static final WorkforceModel MODEL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));

  private static final String CSV_HEADER =
      "person,role,organisationType,monthsInRole,competency,level\n";

  private static final String YAML_HEAD = "format: sp-pathways-profiles/1\npeople:\n";

  private static ProfileReader reader() {
    return ProfileReader.of(MODEL);
  }

  private static Population read(String resource) {
    return reader().read(TestFiles.path(resource));
  }

  private static List<Problem> problemsIn(String text, FileFormat format) {
    return TestFiles.problems(() -> reader().read(text, "people." + format, format));
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static void assertProblem(Problem p, String location, int line, int column,
      String message) {
    assertThat(p.location()).as("location of %s", p).isEqualTo(location);
    assertThat(p.line()).as("line of %s", p).hasValue(line);
    assertThat(p.column()).as("column of %s", p).hasValue(column);
    assertThat(p.message()).as("message of %s", p).contains(message);
  }

  @Nested
  class ValidFiles {

    @Test
    void yamlProfiles() {
      Population people = read("profiles/valid/people.yaml");

      assertThat(people.size()).isEqualTo(3);
      WorkerProfile alex = people.person(PersonId.of("p-0001"));
      assertThat(alex.role()).contains(RoleId.of("link-worker"));
      assertThat(alex.organisationType()).contains(OrganisationTypeId.of("vcse"));
      assertThat(alex.monthsInRole()).isEqualTo(14);
      assertThat(alex.contractedHours()).hasValue(37.5);
      assertThat(alex.workedHours()).hasValue(41);
      assertThat(alex.level(CompetencyId.of("what-matters-conversations"))).isEqualTo(3);
      assertThat(alex.completed()).containsExactly(CourseId.of("pci-core-skills"));
      WorkerProfile sam = people.person(PersonId.of("p-0002"));
      assertThat(sam.holds()).containsEntry(CompetencyId.of("staff-management"), 0);
      WorkerProfile nobody = people.person(PersonId.of("p-0003"));
      assertThat(nobody.role()).isEmpty();
      assertThat(nobody.holds()).isEmpty();
      assertThat(nobody.monthsInRole()).isZero();
    }

    @Test
    void jsonEqualsYaml() {
      assertThat(read("profiles/valid/people.json")).isEqualTo(read("profiles/valid/people.yaml"));
    }

    @Test
    void csvProfiles() {
      Population people = read("profiles/valid/people.csv");

      assertThat(people.people()).extracting(p -> p.id().value())
          .containsExactly("p-0001", "p-0002", "p-0003");
      WorkerProfile alex = people.person(PersonId.of("p-0001"));
      assertThat(alex.holds()).containsOnly(
          org.assertj.core.api.Assertions.entry(CompetencyId.of("safeguarding-adults"), 2),
          org.assertj.core.api.Assertions.entry(CompetencyId.of("what-matters-conversations"), 3));
      assertThat(alex.monthsInRole()).isEqualTo(14);
      assertThat(people.person(PersonId.of("p-0002")).organisationType()).isEmpty();
      assertThat(people.person(PersonId.of("p-0003")).holds()).isEmpty();
    }

    @Test
    void csvAgreesWithYamlOnWhatCsvCanSay() {
      Population csv = read("profiles/valid/people.csv");
      Population yaml = read("profiles/valid/people.yaml");

      for (WorkerProfile p : yaml.people()) {
        WorkerProfile c = csv.person(p.id());
        assertThat(c.role()).isEqualTo(p.role());
        assertThat(c.holds()).isEqualTo(p.holds());
        assertThat(c.monthsInRole()).isEqualTo(p.monthsInRole());
      }
    }

    @Test
    void extensionColumnsAndBlankLinesAreIgnored() {
      Population people = reader().read("person,x-note,role,organisationType,monthsInRole,"
          + "competency,level\np-1,anything,nurse,,,,\n\n", "x.csv", FileFormat.CSV);

      assertThat(people.person(PersonId.of("p-1")).role()).contains(RoleId.of("nurse"));
    }

    @Test
    void fileWithoutPeopleIsAnEmptyPopulation() {
      assertThat(reader().read("format: sp-pathways-profiles/1\npeople: []\n", "none.yaml",
          FileFormat.YAML).size()).isZero();
    }

    @Test
    void unknownPersonIsUnknownId() {
      assertThatThrownBy(() -> read("profiles/valid/people.yaml").person(PersonId.of("p-9")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("'p-9'");
      assertThat(read("profiles/valid/people.yaml").findPerson(PersonId.of("p-9"))).isEmpty();
    }

    @Test
    void populationToStringShowsOnlyTheCount() {
      assertThat(read("profiles/valid/people.yaml")).hasToString("Population{3 people}");
    }
  }

  @Nested
  class YamlAndJsonProblems {

    @Test
    void everyProblemInTheFileWithItsPlace() {
      List<Problem> problems = TestFiles.problems(() -> read("profiles/invalid/problems.yaml"));

      assertThat(problems).extracting(Problem::location).containsExactly(
          "people[0].role",
          "people[0].organisationType",
          "people[0].hold",
          "people[1].id",
          "people[1].holds.safegaurding-adults",
          "people[1].holds.staff-management",
          "people[1].contractedHours",
          "people[2].completed[0]");
      assertProblem(problems.get(0), "people[0].role", 4, 11, "unknown role 'link-wroker'");
      assertThat(problems.get(0).suggestion()).contains("did you mean 'link-worker'?");
      assertThat(problems.get(1).suggestion()).contains("did you mean 'vcse'?");
      assertThat(problems.get(2).suggestion()).contains("did you mean 'holds'?");
      assertProblem(problems.get(3), "people[1].id", 7, 9, "duplicate person id 'p-0001'");
      assertThat(problems.get(4).suggestion()).contains("did you mean 'safeguarding-adults'?");
      assertThat(problems.get(4).line()).hasValue(8);
      assertThat(problems.get(5).message()).contains("outside the scale 0..4");
      assertProblem(problems.get(6), "people[1].contractedHours", 9, 22, "out of range");
      assertProblem(problems.get(7), "people[2].completed[0]", 11, 17,
          "unknown course 'pci-core-skils'");
      assertThat(problems.get(7).suggestion()).contains("did you mean 'pci-core-skills'?");
    }

    @Test
    void problemsNeverShowAHeldLevel() {
      Problem p = only(problemsIn(YAML_HEAD + "  - {id: p, holds: {staff-management: 7}}\n",
          FileFormat.YAML));

      assertThat(p.message()).doesNotContain("7");
      assertThat(p.suggestion().orElse("")).doesNotContain("7");
    }

    @Test
    void wrongFormat() {
      Problem p = only(problemsIn("format: sp-pathways/1\npeople: []\n", FileFormat.YAML));

      assertThat(p.location()).isEqualTo("format");
      assertThat(p.message()).contains("not an sp-pathways profiles file");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s)
          .contains("sp-pathways-profiles/1"));
    }

    @Test
    void missingFormat() {
      assertThat(only(problemsIn("people: []\n", FileFormat.YAML)).location()).isEqualTo("format");
    }

    @Test
    void jsonSyntaxError() {
      Problem p = only(problemsIn("{\"format\": \"sp-pathways-profiles/1\",\n\"people\": [}",
          FileFormat.JSON));

      assertThat(p.line()).hasValue(2);
      assertThat(p.message()).contains("syntax");
    }

    @Test
    void holdsMustBeAMap() {
      Problem p = only(problemsIn(YAML_HEAD + "  - {id: p, holds: [safeguarding]}\n",
          FileFormat.YAML));

      assertThat(p.location()).isEqualTo("people[0].holds");
      assertThat(p.message()).contains("expected a map of competency to level");
    }

    @Test
    void negativeLevelAndMonths() {
      List<Problem> problems = problemsIn(YAML_HEAD
          + "  - {id: p, monthsInRole: -1, holds: {staff-management: -1}}\n", FileFormat.YAML);

      assertThat(problems).extracting(Problem::location)
          .containsExactly("people[0].monthsInRole", "people[0].holds.staff-management");
    }

    @Test
    void personIdWithWhitespace() {
      Problem p = only(problemsIn(YAML_HEAD + "  - {id: p 1}\n", FileFormat.YAML));

      assertThat(p.location()).isEqualTo("people[0].id");
      assertThat(p.message()).contains("whitespace");
    }

    @Test
    void unknownCourseAfterAnInvalidEntryIsPlacedAtItsOwnIndex() {
      List<Problem> problems = problemsIn(YAML_HEAD
          + "  - id: p\n    completed:\n      - bad id\n      - pci-core-skils\n", FileFormat.YAML);

      assertThat(problems).extracting(Problem::location)
          .containsExactly("people[0].completed[0]", "people[0].completed[1]");
      assertThat(problems.get(1).line()).hasValue(6);
    }

    @Test
    void personWithProblemsPastTheLimitIsNotPassedOn() {
      // The second unknown field fills the problem limit, so the unknown role is not kept; the
      // person still has problems and must not reach the action.
      ProfileReader limited = ProfileReader.of(MODEL, ReadLimits.defaults().withMaxProblems(1));
      List<PersonId> passedOn = new ArrayList<>();

      List<Problem> problems = TestFiles.problems(() -> limited.forEach(
          new StringReader(YAML_HEAD + "  - {id: p-1, x1: a, x2: b, role: nope}\n"),
          "people.yaml", FileFormat.YAML, person -> passedOn.add(person.id())));

      assertThat(problems).extracting(Problem::message)
          .containsExactly("unknown field 'x1'", "stopped after 1 problems");
      assertThat(passedOn).isEmpty();
    }
  }

  @Nested
  class CsvProblems {

    @Test
    void everyProblemInTheFileWithLineAndColumn() {
      List<Problem> problems = TestFiles.problems(() -> read("profiles/invalid/problems.csv"));

      assertThat(problems).hasSize(10);
      assertProblem(problems.get(0), "role", 2, 2, "unknown role 'link-wroker'");
      assertThat(problems.get(0).suggestion()).contains("did you mean 'link-worker'?");
      assertProblem(problems.get(1), "competency", 2, 5,
          "unknown competency 'safegaurding-adults'");
      assertThat(problems.get(1).suggestion()).contains("did you mean 'safeguarding-adults'?");
      assertProblem(problems.get(2), "role", 3, 2, "person 'p-0001'");
      assertProblem(problems.get(3), "organisationType", 3, 3, "person 'p-0001'");
      assertProblem(problems.get(4), "level", 3, 6, "outside the scale 0..4");
      assertProblem(problems.get(5), "competency", 4, 5, "a level is given without a competency");
      assertProblem(problems.get(6), "level", 5, 6, "the level of 'staff-management' is empty");
      assertProblem(problems.get(7), "person", 6, 1, "the rows of person 'p-0001' are not together");
      assertProblem(problems.get(8), "monthsInRole", 7, 4, "expected a whole number");
      assertThat(problems.get(9).line()).hasValue(8);
      assertThat(problems.get(9).message()).contains("7 fields but the header names 6");
    }

    @Test
    void rowsThatDisagreeDoNotShowEachOthersValues() {
      List<Problem> problems = problemsIn(CSV_HEADER
          + "p-1,link-worker,vcse,14,,\np-1,nurse,vcse,14,,\n", FileFormat.CSV);

      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).location()).isEqualTo("role");
      assertThat(problems.get(0).line()).hasValue(3);
    }

    @Test
    void headerProblems() {
      List<Problem> problems = problemsIn(
          "person,rol,organisationType,competency,level,x-note,person\n", FileFormat.CSV);

      assertThat(problems).extracting(Problem::location)
          .containsExactlyInAnyOrder("rol", "person", "role", "monthsInRole");
      assertThat(problems).filteredOn(p -> p.location().equals("rol")).singleElement()
          .satisfies(p -> assertThat(p.suggestion()).contains("did you mean 'role'?"));
      assertThat(problems).allSatisfy(p -> assertThat(p.line()).hasValue(1));
    }

    @Test
    void emptyFile() {
      Problem p = only(problemsIn("", FileFormat.CSV));

      assertThat(p.message()).isEqualTo("the file is empty");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains(CSV_HEADER.strip()));
    }

    @Test
    void unclosedQuote() {
      Problem p = only(problemsIn(CSV_HEADER + "p1,\"link-worker,vcse,14,,\n", FileFormat.CSV));

      assertThat(p.message()).contains("CSV syntax error");
      assertThat(p.line()).isPresent();
    }

    @Test
    void twoRowsForOneCompetency() {
      Problem p = only(problemsIn(CSV_HEADER
          + "p-1,,,,staff-management,1\np-1,,,,staff-management,2\n", FileFormat.CSV));

      assertProblem(p, "competency", 3, 5, "two rows for competency 'staff-management'");
    }

    @Test
    void csvWithWindowsLineEnds() {
      Population people = reader().read(CSV_HEADER.replace("\n", "\r\n")
          + "p-1,nurse,,,staff-management,1\r\n", "crlf.csv", FileFormat.CSV);

      assertThat(people.person(PersonId.of("p-1")).level(CompetencyId.of("staff-management")))
          .isEqualTo(1);
    }
  }

  @Nested
  class CallerActions {

    /** Thrown by the caller's action; must reach the caller unchanged. */
    private final IllegalStateException stop = new IllegalStateException("the caller stopped");

    private void failOnSecondPerson(String resource) {
      List<PersonId> seen = new ArrayList<>();
      assertThatThrownBy(() -> reader().forEach(TestFiles.path(resource), person -> {
        seen.add(person.id());
        if (seen.size() == 2) {
          throw stop;
        }
      })).isSameAs(stop);
      assertThat(seen).hasSize(2);
    }

    @Test
    void exceptionFromTheActionOnCsvReachesTheCallerUnchanged() {
      // The action runs while the CSV parser is still open (for every person but the last), so
      // it must not be taken for a failure to read the file.
      failOnSecondPerson("profiles/valid/people.csv");
    }

    @Test
    void exceptionFromTheActionOnYamlReachesTheCallerUnchanged() {
      failOnSecondPerson("profiles/valid/people.yaml");
    }
  }

  @Nested
  class FileAccess {

    @Test
    void unknownExtension() {
      assertThatThrownBy(() -> reader().read(Path.of("people.txt")))
          .isExactlyInstanceOf(SpPathwaysException.class)
          .hasMessageContaining("cannot tell the format of 'people.txt'")
          .hasMessageContaining(".csv");
    }

    @Test
    void fileNotFound() {
      assertThatThrownBy(() -> reader().read(Path.of("no-such-people.csv")))
          .isExactlyInstanceOf(SpPathwaysException.class)
          .hasMessageContaining("file not found");
    }

    @Test
    void modelIsRequired() {
      assertThatThrownBy(() -> ProfileReader.of(null)).isInstanceOf(NullPointerException.class);
    }
  }
}
