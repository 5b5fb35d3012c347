package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.CliRun;
import org.sppathways.gaps.FitFilter;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NextRoles;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.Transfers;
import org.sppathways.io.CourseCatalogueReader;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.Course;
import org.sppathways.model.Population;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.training.Commissioner;
import org.sppathways.training.CommissioningPlan;
import org.sppathways.training.CoverageAnalysis;
import org.sppathways.training.CoverageReport;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanReport;
import org.sppathways.training.TrainingPlanner;

/**
 * The results of {@code fit}, {@code next}, {@code transfers}, {@code needs}, {@code coverage},
 * {@code plan} and {@code commission}: a Java user writing the result gets exactly what the command
 * prints, and the fields a person reads mean what results.md says.
 */
class GapAndTrainingResultsTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final String PROFILES = ResultSchemaTest.PROFILES;
  static final Population PEOPLE = ProfileReader.of(SP).read(Path.of(PROFILES));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GapAnalysis GAPS = GapAnalysis.of(SP);

  static WorkerProfile person(String id) {
    return PEOPLE.people().stream().filter(p -> p.id().value().equals(id)).findFirst()
        .orElseThrow();
  }

  static String printed(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    return run.out();
  }

  static JsonNode tree(String json) throws IOException {
    return JSON.readTree(json);
  }

  static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  @Test
  void fitIsWhatTheCommandPrints() {
    assertThat(ResultWriter.json().write(GAPS.fit(PEOPLE, RoleId.of("link-worker"),
        FitFilter.all()))).isEqualTo(printed("fit", "--profiles", PROFILES, "--role",
            "link-worker", "--format", "json"));
    assertThat(ResultWriter.csv(SP).write(GAPS.fit(PEOPLE, RoleId.of("link-worker"))))
        .isEqualTo(printed("fit", "--profiles", PROFILES, "--role", "link-worker", "--format",
            "csv"));
  }

  /** The person's current role and the step limit asked for are part of the answer. */
  @Test
  void nextSaysFromWhereAndHowFar() throws IOException {
    WorkerProfile p = person("demo-01");
    NextRoles next = NextRoles.of(p, 2, GAPS.nextRoles(p, 2));
    String json = ResultWriter.json().write(next);
    assertThat(json).isEqualTo(printed("next", "--profiles", PROFILES, "--person", "demo-01",
        "--steps", "2", "--format", "json"));
    JsonNode doc = tree(json);
    assertThat(doc.path("from").asText()).isEqualTo(p.role().orElseThrow().value());
    assertThat(doc.path("maxSteps").asInt()).isEqualTo(2);
    assertThat(list(doc.path("roles"))).allSatisfy(r ->
        assertThat(r.path("steps").asInt()).isBetween(1, 2));
    assertThat(tree(ResultWriter.json().write(NextRoles.of(p, GAPS.nextRoles(p)))).has("maxSteps"))
        .as("no step limit").isFalse();
  }

  /** A person without a current role has no {@code from} and no steps (never {@code null}). */
  @Test
  void nextForAPersonWithoutARoleLeavesFromAndStepsOut() throws IOException {
    JsonNode doc = tree(printed("next", "--profiles", PROFILES, "--person", "demo-12",
        "--format", "json"));
    assertThat(doc.has("from")).isFalse();
    assertThat(list(doc.path("roles"))).isNotEmpty().allSatisfy(r ->
        assertThat(r.has("steps")).isFalse());
  }

  @Test
  void aStepLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new NextRoles(person("demo-01").id(), Optional.empty(),
        OptionalInt.of(0), List.of(), java.util.Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSteps must be 1 or more");
  }

  /** The question asked (one source, one target, or every external profession) is kept. */
  @Test
  void transfersSayWhichQuestionTheyAnswer() throws IOException {
    RoleId lw = RoleId.of("link-worker");
    Transfers to = new Transfers(Optional.empty(), Optional.of(lw), GAPS.backgroundsFor(lw));
    String json = ResultWriter.json().write(to);
    assertThat(json).isEqualTo(printed("transfers", "--to", "link-worker", "--format", "json"));
    JsonNode doc = tree(json);
    assertThat(doc.path("to").asText()).isEqualTo("link-worker");
    assertThat(doc.has("from")).isFalse();
    assertThat(list(doc.path("transfers"))).allSatisfy(t -> {
      assertThat(t.path("to").asText()).isEqualTo("link-worker");
      assertThat(t.path("overlap").asDouble())
          .isEqualTo((double) t.path("met").asInt() / t.path("total").asInt());
    });
    JsonNode all = tree(printed("transfers", "--format", "json"));
    assertThat(all.has("from") || all.has("to")).isFalse();
    assertThatThrownBy(() -> new Transfers(Optional.of(lw), Optional.of(lw), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** {@code --top N} keeps the N most common needs and every count of people. */
  @Test
  void theMostCommonNeedsKeepThePeopleCounted() {
    PopulationNeeds all = org.sppathways.gaps.NeedsAnalysis.of(GAPS).needs(
        ProfileSource.of(PEOPLE.people()), RoleId.of("link-worker"));
    PopulationNeeds top = all.mostCommon(3);
    assertThat(top.competencies()).containsExactlyElementsOf(all.competencies().subList(0, 3));
    assertThat(top.people()).isEqualTo(all.people());
    assertThat(top.assessed()).isEqualTo(all.assessed());
    assertThat(top.readiness()).isEqualTo(all.readiness());
    assertThat(all.mostCommon(all.competencies().size() + 5)).isSameAs(all);
    assertThatThrownBy(() -> all.mostCommon(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ResultWriter.json().write(top)).isEqualTo(printed("needs", "--profiles", PROFILES,
        "--role", "link-worker", "--top", "3", "--format", "json"));
  }

  /**
   * A role's {@code closable} is a count of requirements, as in CSV and {@code RoleCoverage};
   * the share is {@code closableShare}; with {@code onTheJob} the counts say whether the role is
   * reachable.
   */
  @Test
  void coverageClosableIsACountAndClosableShareItsShare() throws IOException {
    CoverageReport report = CoverageAnalysis.of(SP).report(5);
    String json = ResultWriter.json().write(report);
    assertThat(json).isEqualTo(printed("coverage", "--format", "json"));
    for (JsonNode r : list(tree(json).path("roles"))) {
      int requirements = r.path("requirements").asInt();
      int closable = r.path("closable").asInt();
      int onTheJob = r.path("onTheJob").asInt();
      assertThat(r.path("closable").isInt()).isTrue();
      assertThat(closable + onTheJob).isLessThanOrEqualTo(requirements);
      assertThat(r.path("closableShare").asDouble())
          .isEqualTo(requirements == 0 ? 1.0 : (double) closable / requirements);
      assertThat(r.path("fullyReachable").asBoolean()).isEqualTo(closable == requirements);
      assertThat(r.path("reachableWithPractice").asBoolean())
          .isEqualTo(closable + onTheJob == requirements);
    }
  }

  /**
   * No command line on the bundled model lists best additions (every role is reachable with the
   * model's courses and practice), so the schema of an addition is checked on the reference
   * catalogue less the first course whose absence leaves something worth adding.
   */
  @Test
  void bestAdditionsMatchTheSchema() throws IOException {
    CoverageReport withAdditions = null;
    for (Course dropped : SP.courses()) {
      List<Course> catalogue = SP.courses().stream().filter(c -> !c.equals(dropped)
          && !c.prerequisites().contains(dropped.id())).toList();
      CoverageReport report = CoverageAnalysis.of(SP, catalogue).report(3);
      if (!report.bestAdditions().isEmpty()) {
        withAdditions = report;
        break;
      }
    }
    assertThat(withAdditions).as("a catalogue with something worth adding").isNotNull();
    JsonNode doc = tree(ResultWriter.json().write(withAdditions));
    assertThat(doc.has("noAdditions")).isFalse();
    assertThat(list(doc.path("bestAdditions"))).isNotEmpty().allSatisfy(a ->
        assertThat(a.path("roles").size()).isPositive());
    assertThat(ResultSchemaTest.errors("coverage", doc)).isEmpty();
  }

  /** Whose gap and which role are in the plan; the totals are the sums over its courses. */
  @Test
  void aPlanSaysWhoseGapItClosesAndItsTotalsAddUp() throws IOException {
    TrainingPlanner planner = TrainingPlanner.of(SP);
    GapReport gap = GAPS.gap(RoleId.of("link-worker"), RoleId.of("sp-manager"));
    TrainingPlanReport report = TrainingPlanReport.of(gap, planner.plan(gap, Objective.COST),
        planner.catalogue());
    String json = ResultWriter.json().write(report);
    assertThat(json).isEqualTo(printed("plan", "--from", "link-worker", "--role", "sp-manager",
        "--objective", "cost", "--format", "json"));
    JsonNode doc = tree(json);
    assertThat(doc.path("from").asText()).isEqualTo("link-worker");
    assertThat(doc.has("person")).isFalse();
    assertThat(doc.path("role").asText()).isEqualTo("sp-manager");
    assertThat(doc.path("objective").asText()).isEqualTo("cost");
    assertThat(doc.path("cost").asDouble())
        .isEqualTo(report.courses().stream().mapToDouble(Course::cost).sum());
    assertThat(doc.path("hours").asDouble())
        .isEqualTo(report.courses().stream().mapToDouble(Course::hours).sum());
    assertThat(list(doc.path("courses")).stream().map(JsonNode::asText).toList())
        .isEqualTo(report.plan().courses().stream().map(Object::toString).toList());
    assertThat(report.toString()).isEqualTo("TrainingPlanReport{from=link-worker, "
        + "role=sp-manager, " + report.courses().size() + " courses}");
  }

  /** CSV titles, hours and costs come from the catalogue planned with, not only the model. */
  @Test
  void aPlanFromAnotherCatalogueListsThatCataloguesCourses() {
    List<Course> catalogue = CourseCatalogueReader.of(SP)
        .read(Path.of(ResultSchemaTest.EXTRA_COURSES));
    TrainingPlanner planner = TrainingPlanner.of(SP, catalogue);
    WorkerProfile p = person("demo-02");
    GapReport gap = GAPS.gap(p, RoleId.of("link-worker"));
    TrainingPlanReport report = TrainingPlanReport.of(gap, planner.plan(p, gap, Objective.HOURS),
        planner.catalogue());
    assertThat(report.courses()).isNotEmpty()
        .allSatisfy(c -> assertThat(SP.findCourse(c.id())).isEmpty());
    String csv = ResultWriter.csv(SP).write(report);
    assertThat(csv).isEqualTo(printed("plan", "--courses", ResultSchemaTest.EXTRA_COURSES,
        "--profiles", PROFILES, "--person", "demo-02", "--role", "link-worker", "--format",
        "csv"));
    assertThat(csv).contains("\"Building trust and rapport\",12.00,240.00");
    assertThat(report.toString()).isEqualTo("TrainingPlanReport{person=demo-02, "
        + "role=link-worker, " + report.courses().size() + " courses}");
  }

  @Test
  void aPlanWhoseCoursesAreNotInTheCatalogueIsRefused() {
    TrainingPlanner planner = TrainingPlanner.of(SP);
    GapReport gap = GAPS.gap(RoleId.of("link-worker"), RoleId.of("sp-manager"));
    TrainingPlan plan = planner.plan(gap, Objective.HOURS);
    assertThat(plan.courses()).isNotEmpty();
    assertThatThrownBy(() -> TrainingPlanReport.of(gap, plan, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the catalogue");
    assertThatThrownBy(() -> new TrainingPlanReport(gap.person(), gap.from(), gap.role(), plan,
        List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Every person-gap is closed or remains: the remaining {@code peopleShort} add up to the
   * person-gaps not closed (the unclosable ones included).
   */
  @Test
  void commissionRemainingAddsUpToThePersonGapsNotClosed() throws IOException {
    CommissioningPlan plan = Commissioner.of(SP).commission(ProfileSource.of(PEOPLE.people()),
        RoleId.of("link-worker"), 5000);
    String json = ResultWriter.json().write(plan);
    assertThat(json).isEqualTo(printed("commission", "--profiles", PROFILES, "--budget", "5000",
        "--role", "link-worker", "--format", "json"));
    JsonNode doc = tree(json);
    assertThat(doc.path("role").asText()).isEqualTo("link-worker");
    long open = list(doc.path("remaining")).stream().mapToLong(r -> r.path("peopleShort").asLong())
        .sum();
    assertThat(open).isEqualTo(doc.path("personGaps").asLong() - doc.path("closed").asLong());
    assertThat(list(doc.path("remaining"))).allSatisfy(r ->
        assertThat(SP.findCompetency(org.sppathways.model.CompetencyId.of(r.path("key").asText())))
            .isPresent());
    assertThat(doc.path("spent").asDouble()).isLessThanOrEqualTo(doc.path("budget").asDouble())
        .isEqualTo(list(doc.path("courses")).stream().mapToDouble(c -> c.path("cost").asDouble())
            .sum());
    assertThat(tree(printed("commission", "--profiles", PROFILES, "--budget", "3000", "--format",
        "json")).has("role")).as("each person's current role").isFalse();
  }
}
