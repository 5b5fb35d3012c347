package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.ModelException;
import org.sppathways.model.Population;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.PathStep;
import org.sppathways.reference.ReferenceModels;

/**
 * Stored career paths read back: everything equal except that each step's route holds only what
 * the document stores (its ends, kind and the step's months); a wrong document is refused with
 * its place and without its values.
 */
class PathsReadBackTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final CareerPathFinder FINDER = CareerPathFinder.of(SP);

  /** What a stored result reads back as: each route reduced to its ends, kind and months. */
  static CareerPaths stored(CareerPaths found) {
    List<CareerPath> paths = found.paths().stream().map(p -> new CareerPath(p.roles(),
        p.steps().stream().map(s -> new PathStep(ProgressionRoute.builder().from(s.from())
            .to(s.to()).kind(s.route().kind()).months(s.months()).build(), s.months(),
            s.hours(), s.cost(), s.gaps(), s.courses(), s.unclosableTargets(), s.optimal(),
            s.personal(), s.planned())).toList(), p.months(), p.hours(), p.cost())).toList();
    return new CareerPaths(found.from(), found.to(), found.by(), paths, found.complete());
  }

  private static CareerPaths roundTrip(CareerPaths found) {
    String json = ResultWriter.json().write(found);
    CareerPaths read = ResultReader.of().read(new StringReader(json), CareerPaths.class);
    assertThat(ResultWriter.json().write(read)).as("written again").isEqualTo(json);
    return read;
  }

  @Test
  void theBestPathsBetweenRolesReadBackEqual() {
    CareerPaths found = FINDER.paths(RoleId.of("link-worker"), RoleId.of("sp-manager"), 3);
    CareerPaths read = roundTrip(found);
    assertThat(read).isEqualTo(stored(found));
    // the route of a stored step is the model's route between the same roles, by its ends
    PathStep step = read.paths().get(0).steps().get(0);
    ProgressionRoute model = SP.route(step.from(), step.to()).orElseThrow();
    assertThat(step.route().kind()).isEqualTo(model.kind());
    assertThat(step.route().months()).isEqualTo(model.months());
  }

  @Test
  void everyCriterionAndTheTradeOffsReadBackEqual() {
    for (Criterion by : Criterion.values()) {
      CareerPaths found = FINDER.paths(RoleId.of("care-coordinator"), RoleId.of("sp-manager"), 2,
          PathQuery.by(by));
      assertThat(roundTrip(found)).as(by.toString()).isEqualTo(stored(found));
    }
    CareerPaths pareto = FINDER.pareto(RoleId.of("link-worker"), RoleId.of("sp-manager"),
        PathQuery.by(Criterion.MONTHS));
    assertThat(roundTrip(pareto)).isEqualTo(stored(pareto));
    CareerPaths none = FINDER.paths(RoleId.of("link-worker"), RoleId.of("link-worker"), 1);
    assertThat(roundTrip(none)).isEqualTo(none);
  }

  @Test
  void aPersonsPathsReadBackEqualWithTheirReducedMonths() {
    Population people = ProfileReader.of(SP).read(Path.of(ResultSchemaTest.PROFILES));
    CareerPaths found = FINDER.paths(people.people().get(0), RoleId.of("sp-manager"), 2,
        PathQuery.by(Criterion.MONTHS));
    CareerPaths read = roundTrip(found);
    assertThat(read).isEqualTo(stored(found));
    assertThat(read.paths().get(0).steps().get(0).personal()).isTrue();
  }

  @Test
  void aPathsCountsAndCoursesAreDerivedFromItsSteps() {
    CareerPath p = FINDER.paths(RoleId.of("link-worker"), RoleId.of("sp-manager"), 1).paths()
        .get(0);
    String json = ResultWriter.json().write(new CareerPaths(java.util.Optional.of(p.start()),
        p.end(), Criterion.MONTHS, List.of(p), true));
    assertThat(json).contains("\"steps\" : 2,");
    assertThat(p.courses()).hasSize((int) p.steps().stream()
        .mapToLong(s -> s.courses().size()).sum());
  }

  @Test
  void anotherResultIsRefused() {
    String json = ResultWriter.json().write(FINDER.paths(RoleId.of("link-worker"),
        RoleId.of("sp-manager"), 1)).replaceFirst("\"paths\",", "\"gaps\",");
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(json), CareerPaths.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("result: expected \"paths\", found \"gaps\"");
  }

  @Test
  void aBadStepIsLocatedWithoutRepeatingIt() {
    String good = ResultWriter.json().write(FINDER.paths(RoleId.of("link-worker"),
        RoleId.of("sp-manager"), 1));
    String badKind = good.replaceFirst("\"kind\" : \"promotion\"", "\"kind\" : \"secret-kind\"");
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(badKind), CareerPaths.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("paths[0].detail[0].kind")
        .hasMessageNotContaining("secret-kind");
    String noMonths = good.replaceFirst("\"months\" : 24,", "");
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(noMonths), CareerPaths.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("paths[0].detail[0]")
        .hasMessageContaining("missing");
    String unknown = good.replaceFirst("\"personal\" :", "\"secretField\" : 1, \"personal\" :");
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(unknown), CareerPaths.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("paths[0].detail[0]")
        .hasMessageContaining("unknown field");
  }

  @Test
  void aPathWhoseRolesDoNotMatchItsStepsIsRefused() {
    String good = ResultWriter.json().write(FINDER.paths(RoleId.of("link-worker"),
        RoleId.of("sp-manager"), 1));
    String bad = good.replaceFirst("\"roles\" : \\[ \"link-worker\", ", "\"roles\" : [ ");
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(bad), CareerPaths.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("paths[0]");
  }
}
