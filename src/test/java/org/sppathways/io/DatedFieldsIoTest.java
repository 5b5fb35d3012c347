package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Completion;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.Problem;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Reading and writing the dated and conditional fields of issue 19 — {@code validForMonths},
 * {@code entry}, {@code variants}, {@code firstYear}, dated {@code completed} and
 * {@code holds.until} — in YAML, JSON and CSV: the example of the format reference, a round trip
 * of every field, and a located message for each kind of bad value.
 */
class DatedFieldsIoTest {

  static final String MODEL_YAML = """
      format: sp-pathways/1
      name: Dated
      scale: [{level: 1, name: Awareness}, {level: 2, name: Working}, {level: 3, name: Practitioner}]
      competencies:
        - {id: safeguarding-adults, name: Safeguarding adults, domain: Safety}
        - {id: lone-working, name: Lone working, domain: Safety}
        - {id: clinical-systems, name: Clinical systems, domain: Tools}
        - {id: coaching, name: Coaching, domain: Practice}
      organisationTypes:
        - {id: pcn, name: PCN, sector: nhs}
        - {id: nhs-trust, name: Trust, sector: nhs}
        - {id: vcse-charity, name: Charity, sector: vcse}
      roles:
        - id: link-worker
          title: Link worker
          offeredBy: [pcn, vcse-charity]
          requires:
            - {competency: safeguarding-adults, level: 3}
            - {competency: clinical-systems, level: 2}
            - {competency: coaching, level: 3, essential: false}
          variants:
            vcse-charity: {add: [{competency: lone-working, level: 3}], remove: [clinical-systems]}
            pcn: {}
          firstYear: [{competency: coaching, level: 2}]
      courses:
        - id: care-certificate
          title: Care certificate
          hours: 40
          cost: 0
        - id: safeguarding-adults-l3
          title: Safeguarding adults level 3
          hours: 8
          cost: 0
          covers: [{competency: safeguarding-adults, level: 3}]
          validForMonths: 36
          entry:
            - {competency: safeguarding-adults, level: 2}
            - {course: care-certificate}
            - {anyOf: [{competency: coaching, level: 2}, {course: care-certificate}]}
            - {organisationTypes: [pcn, nhs-trust]}
            - {minContractedHours: 30}
      """;

  static final WorkforceModel MODEL = ModelReader.of().read(MODEL_YAML, "dated.yaml",
      FileFormat.YAML);

  static CompetencyId cid(String id) {
    return CompetencyId.of(id);
  }

  static List<Problem> modelProblems(String yaml) {
    return TestFiles.problems(() -> ModelReader.of().read(yaml, "m.yaml", FileFormat.YAML));
  }

  /** The example model with the second course's validForMonths line replaced. */
  static String withCourseField(String field) {
    return MODEL_YAML.replace("    validForMonths: 36\n", "    " + field + "\n");
  }

  @Nested
  class Model {
    @Test
    void theFormatExampleReadsAsDocumented() {
      Course l3 = MODEL.course(CourseId.of("safeguarding-adults-l3"));
      assertThat(l3.validForMonths()).hasValue(36);
      assertThat(l3.entry()).containsExactly(
          EntryRule.HeldLevel.of(cid("safeguarding-adults"), 2),
          EntryRule.CompletedCourse.of(CourseId.of("care-certificate")),
          EntryRule.AnyOf.of(List.of(EntryRule.HeldLevel.of(cid("coaching"), 2),
              EntryRule.CompletedCourse.of(CourseId.of("care-certificate")))),
          EntryRule.OrganisationTypes.of(Set.of(OrganisationTypeId.of("pcn"),
              OrganisationTypeId.of("nhs-trust"))),
          EntryRule.MinContractedHours.of(30));
      Role lw = MODEL.role(RoleId.of("link-worker"));
      assertThat(lw.variants()).containsEntry(OrganisationTypeId.of("vcse-charity"),
          RoleVariant.builder().addAdd(Requirement.of(cid("lone-working"), 3))
              .addRemove(cid("clinical-systems")).build());
      assertThat(lw.variants().get(OrganisationTypeId.of("pcn"))).isEqualTo(
          RoleVariant.builder().build());
      assertThat(lw.firstYear()).containsExactly(CompetencyLevel.of(cid("coaching"), 2));
      assertThat(lw.requirementsFor(OrganisationTypeId.of("vcse-charity"), 3))
          .containsExactly(Requirement.of(cid("safeguarding-adults"), 3),
              Requirement.desirable(cid("coaching"), 2), Requirement.of(cid("lone-working"), 3));
    }

    @Test
    void everyNewFieldSurvivesYamlAndJson() {
      String yaml = ModelWriter.yaml().toString(MODEL);
      assertThat(yaml).contains("validForMonths: 36", "variants:", "firstYear:", "entry:",
          "anyOf:", "organisationTypes:", "minContractedHours: 30", "remove:");
      assertThat(ModelReader.of().read(yaml, "back.yaml", FileFormat.YAML)).isEqualTo(MODEL);
      String json = ModelWriter.json().toString(MODEL);
      assertThat(ModelReader.of().read(json, "back.json", FileFormat.JSON)).isEqualTo(MODEL);
    }

    @Test
    void aModelWithoutTheNewFieldsWritesNoneOfThem() {
      WorkforceModel small = ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));
      assertThat(ModelWriter.yaml().toString(small)).doesNotContain("validForMonths", "entry:",
          "variants", "firstYear");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "validForMonths: 0|courses[1].validForMonths|the number 0 is out of range|use a whole number from 1 up",
        "validForMonths: -12|courses[1].validForMonths|the number -12 is out of range|use a whole number from 1 up",
        "validForMonths: soon|courses[1].validForMonths|expected a whole number, found the text 'soon'|write a number such as 1 without quotes",
    })
    void validForMonthsIsAWholeNumberAboveZero(String field, String location, String message,
        String suggestion) {
      List<Problem> problems = modelProblems(withCourseField(field));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo(location);
        assertThat(p.message()).isEqualTo(message);
        assertThat(p.suggestion()).contains(suggestion);
      });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{anyOf: []}|courses[1].entry[5].anyOf|anyOf lists no rules, so no one could meet it",
        "{}|courses[1].entry[5]|the entry rule says nothing",
        "{course: care-certificate, minContractedHours: 30}|courses[1].entry[5]|the entry rule mixes course and minContractedHours",
        "{course: care-certificate, level: 2}|courses[1].entry[5].level|'level' goes with 'competency' only",
        "{competency: coaching}|courses[1].entry[5].level|missing required field 'level'",
        "{organisationTypes: []}|courses[1].entry[5].organisationTypes|organisationTypes lists no types, so no one could meet it",
        "{organisationTypes: [pcn, pcn]}|courses[1].entry[5].organisationTypes|organisationTypes lists a type twice",
        "{minContractedHours: 0}|courses[1].entry[5].minContractedHours|minContractedHours is 0, which every contract meets",
        "{minContractedHours: 200}|courses[1].entry[5].minContractedHours|the number 200 is out of range",
        "{anyOf: [{course: care-certificat}]}|courses[1].entry[5].anyOf[0].course|unknown course 'care-certificat'",
        "{organisationTypes: [vcse]}|courses[1].entry[5].organisationTypes[0]|unknown organisation type 'vcse'",
        "{competency: coachin, level: 1}|courses[1].entry[5].competency|unknown competency 'coachin'",
        "{competency: coaching, level: 4}|courses[1].entry[5].level|level 4 is above the scale's highest level 3 (Practitioner)",
        "{colour: red}|courses[1].entry[5].colour|unknown field 'colour'",
    })
    void badEntryRulesAreLocated(String rule, String location, String message) {
      String yaml = MODEL_YAML.replace("      - {minContractedHours: 30}\n",
          "      - {minContractedHours: 30}\n      - " + rule + "\n");
      List<Problem> problems = modelProblems(yaml);
      assertThat(problems).anySatisfy(p -> {
        assertThat(p.location()).isEqualTo(location);
        assertThat(p.message()).isEqualTo(message);
        assertThat(p.line()).isPresent();
      });
    }

    @Test
    void unknownIdsInEntryRulesGetSuggestions() {
      String yaml = MODEL_YAML.replace("{course: care-certificate}]}",
          "{course: care-certificat}]}");
      assertThat(modelProblems(yaml)).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo("courses[1].entry[2].anyOf[1].course");
        assertThat(p.suggestion()).contains("did you mean 'care-certificate'?");
      });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "variants: [pcn]|roles[0].variants|expected a map of organisation type to variant, found a list",
        "variants: {pcn: [x]}|roles[0].variants.pcn|expected a map of fields, found a list",
        "variants: {pcn: {add: x}}|roles[0].variants.pcn.add|expected a list, found the text 'x'",
        "variants: {pcn: {remove: [coaching], add: [{competency: coaching, level: 1}]}}|roles[0].variants.pcn|the variant both adds and removes competency 'coaching'; keep one",
        "variants: {nhs-trust: {}}|roles[0].variants.nhs-trust|organisation type 'nhs-trust' does not offer role 'link-worker'",
        "variants: {pcn: {remove: [lone-working]}}|roles[0].variants.pcn.remove[0]|the variant for 'pcn' removes competency 'lone-working', which role 'link-worker' does not require",
        "firstYear: [{competency: coaching, level: 3}, {competency: lone-working, level: 1}]|roles[0].firstYear[1].competency|the first-year target names competency 'lone-working', which role 'link-worker' does not require",
        "firstYear: [{competency: safeguarding-adults, level: 0}]|roles[0].firstYear[0].level|the number 0 is out of range",
        "firstYear: [{competency: safeguarding-adults, level: 4}]|roles[0].firstYear[0].level|the first-year target on 'safeguarding-adults' is level 4, above the level 3 the role requires",
    })
    void badVariantsAndFirstYearTargetsAreLocated(String field, String location, String message) {
      String yaml = MODEL_YAML
          .replace("    variants:\n      vcse-charity: {add: [{competency: lone-working, level: 3}], remove: [clinical-systems]}\n      pcn: {}\n", "")
          .replace("    firstYear: [{competency: coaching, level: 2}]\n", "    " + field + "\n");
      List<Problem> problems = modelProblems(yaml);
      assertThat(problems).as(problems.toString()).isNotEmpty();
      assertThat(problems.get(0).location()).isEqualTo(location);
      assertThat(problems.get(0).message()).isEqualTo(message);
    }
  }

  @Nested
  class Profiles {
    static final String PEOPLE_YAML = """
        format: sp-pathways-profiles/1
        people:
          - id: p1
            organisationType: pcn
            contractedHours: 30
            completed: [{course: safeguarding-adults-l3, date: 2023-05-02}, care-certificate]
            holds: {safeguarding-adults: {level: 3, until: 2026-05-02}, coaching: 3, lone-working: {level: 1}}
        """;

    static final WorkerProfile P1 = WorkerProfile.builder().id(PersonId.of("p1"))
        .organisationType(OrganisationTypeId.of("pcn")).contractedHours(30)
        .addCompleted(CourseId.of("safeguarding-adults-l3"), LocalDate.of(2023, 5, 2))
        .addCompleted(CourseId.of("care-certificate"))
        .putHold(cid("safeguarding-adults"), 3, LocalDate.of(2026, 5, 2))
        .putHold(cid("coaching"), 3).putHold(cid("lone-working"), 1).build();

    static List<Problem> problems(String text, FileFormat format) {
      return TestFiles.problems(() -> ProfileReader.of(MODEL).read(text, "people", format));
    }

    @Test
    void theFormatExampleReadsAsDocumentedInYamlAndJson() {
      Population people = ProfileReader.of(MODEL).read(PEOPLE_YAML, "p.yaml", FileFormat.YAML);
      assertThat(people.people()).containsExactly(P1);
      assertThat(P1.completions()).containsExactly(
          Completion.of(CourseId.of("safeguarding-adults-l3"), LocalDate.of(2023, 5, 2)),
          Completion.of(CourseId.of("care-certificate")));
      String json = """
          {"format": "sp-pathways-profiles/1", "people": [{"id": "p1", "organisationType": "pcn",
           "contractedHours": 30, "completed": [{"course": "safeguarding-adults-l3",
           "date": "2023-05-02"}, "care-certificate"], "holds": {"safeguarding-adults":
           {"level": 3, "until": "2026-05-02"}, "coaching": 3, "lone-working": {"level": 1}}}]}
          """;
      assertThat(ProfileReader.of(MODEL).read(json, "p.json", FileFormat.JSON).people())
          .containsExactly(P1);
    }

    @Test
    void datesAndCompletionsSurviveACsvRoundTrip() {
      WorkerProfile again = WorkerProfile.builder().from(P1).contractedHours(
          java.util.OptionalDouble.empty())
          .addCompleted(CourseId.of("safeguarding-adults-l3"), LocalDate.of(2020, 2, 29)).build();
      WorkerProfile bare = WorkerProfile.builder().id(PersonId.of("p2"))
          .addCompleted(CourseId.of("care-certificate"), LocalDate.of(2024, 1, 1)).build();
      StringWriter out = new StringWriter();
      try (ProfileWriter w = ProfileWriter.csv(out)) {
        w.write(again);
        w.write(bare);
      }
      assertThat(out.toString()).contains(
          "p1,,pcn,0,safeguarding-adults,3,2026-05-02,\n",
          "p1,,pcn,0,,,,\"safeguarding-adults-l3@2023-05-02\"\n",
          "p1,,pcn,0,,,,care-certificate\n", "p2,,,0,,,,\"care-certificate@2024-01-01\"\n");
      assertThat(ProfileReader.of(MODEL).read(out.toString(), "p.csv", FileFormat.CSV).people())
          .containsExactly(again, bare);
    }

    @Test
    void aCsvRowMayCarryACompetencyAndACompletedCourse() {
      String csv = "person,role,organisationType,monthsInRole,competency,level,until,completed\n"
          + "p1,,,0,coaching,2,2027-01-31,care-certificate@2023-01-31\n";
      WorkerProfile p = ProfileReader.of(MODEL).read(csv, "p.csv", FileFormat.CSV).people().get(0);
      assertThat(p.holdsUntil()).isEqualTo(Map.of(cid("coaching"), LocalDate.of(2027, 1, 31)));
      assertThat(p.completions()).containsExactly(
          Completion.of(CourseId.of("care-certificate"), LocalDate.of(2023, 1, 31)));
    }

    @Test
    void aCsvFileWithoutTheNewColumnsReadsAsBefore() {
      String csv = "person,role,organisationType,monthsInRole,competency,level\np1,,,0,coaching,2\n";
      assertThat(ProfileReader.of(MODEL).read(csv, "p.csv", FileFormat.CSV).people().get(0)
          .holds()).isEqualTo(Map.of(cid("coaching"), 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{course: care-certificate, date: 2023-13-45}|people[0].completed[0].date",
        "{course: care-certificate, date: secret-day}|people[0].completed[0].date",
        "{course: care-certificate, date: 20230502}|people[0].completed[0].date",
        "{course: care-certificate, date: 2023-5-2}|people[0].completed[0].date",
    })
    void aCompletionDayThatIsNotADayIsLocatedWithoutQuotingIt(String entry, String location) {
      String yaml = "format: sp-pathways-profiles/1\npeople:\n  - id: p1\n    completed: [" + entry
          + "]\n";
      assertThat(problems(yaml, FileFormat.YAML)).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo(location);
        assertThat(p.message())
            .isEqualTo("person 'p1': the value is not a day in the form YYYY-MM-DD");
        assertThat(p.suggestion()).contains("write the day as YYYY-MM-DD, e.g. 2023-05-02");
        assertThat(p.toString()).doesNotContain("secret", "2023-13-45", "20230502", "2023-5-2");
      });
    }

    @Test
    void otherBadDatedEntriesAreLocated() {
      String yaml = "format: sp-pathways-profiles/1\npeople:\n  - id: p1\n"
          + "    completed: [{date: 2023-01-01}, {course: care-certificat, date: 2023-01-01}]\n"
          + "    holds: {coaching: {level: 2, until: 31/12/2026}, lone-working: {until: 2026-01-01},"
          + " clinical-systems: {level: 2, since: 2020-01-01}}\n";
      List<Problem> found = problems(yaml, FileFormat.YAML);
      assertThat(found).extracting(Problem::location).containsExactly(
          "people[0].completed[0].course", "people[0].completed[1].course",
          "people[0].holds.coaching.until", "people[0].holds.lone-working.level",
          "people[0].holds.clinical-systems.since");
      assertThat(found).extracting(Problem::message).containsExactly(
          "person 'p1': missing required field 'course'",
          "person 'p1': unknown course 'care-certificat'",
          "person 'p1': the value is not a day in the form YYYY-MM-DD",
          "person 'p1': missing required field 'level'", "unknown field 'since'");
      assertThat(found.toString()).doesNotContain("31/12/2026");
    }

    @Test
    void badCsvDatesAreLocatedWithoutQuotingThem() {
      String csv = "person,role,organisationType,monthsInRole,competency,level,until,completed\n"
          + "p1,,,0,coaching,2,31/12/2026,\n"
          + "p2,,,0,,,2026-01-01,\n"
          + "p3,,,0,,,,care-certificate@2023-02-30\n"
          + "p4,,,0,,,,care-certificat@2023-02-01\n";
      List<Problem> found = problems(csv, FileFormat.CSV);
      assertThat(found).extracting(Problem::location)
          .containsExactly("until", "until", "completed", "completed");
      assertThat(found).extracting(p -> p.line().getAsInt()).containsExactly(2, 3, 4, 5);
      assertThat(found).extracting(Problem::message).containsExactly(
          "person 'p1': the value is not a day in the form YYYY-MM-DD",
          "a lapse day is given without a competency",
          "person 'p3': the completion day is not a day in the form YYYY-MM-DD",
          "person 'p4': unknown course 'care-certificat'");
      assertThat(found.get(3).suggestion()).contains("did you mean 'care-certificate'?");
      assertThat(found.toString()).doesNotContain("31/12/2026", "2023-02-30");
    }
  }
}
