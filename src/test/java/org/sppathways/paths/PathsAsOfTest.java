package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * A person's career path on a day: training that has lapsed by then is planned again along the
 * path, training still in date is not, and training dated later does not count yet.
 *
 * <p>The model: a link worker may become a senior link worker (12 months), who needs
 * safeguarding 3; {@code sg-3} (8 h) teaches it and lapses 36 months after completion.
 */
class PathsAsOfTest {
  static final CompetencyId SG = CompetencyId.of("safeguarding");
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId SENIOR = RoleId.of("senior-link-worker");
  static final CourseId SG3 = CourseId.of("sg-3");
  static final LocalDate DONE = LocalDate.of(2023, 5, 2);
  static final LocalDate LAPSE = LocalDate.of(2026, 5, 2);

  static final WorkforceModel MODEL = WorkforceModel.builder().name("paths on a day")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addCompetency(Competency.builder().id(SG).name("Safeguarding").domain("d").build())
      .addRole(Role.builder().id(LW).title("Link worker").build())
      .addRole(Role.builder().id(SENIOR).title("Senior link worker")
          .addRequirements(Requirement.of(SG, 3)).build())
      .addRoute(ProgressionRoute.builder().from(LW).to(SENIOR).kind(RouteKind.PROMOTION)
          .months(12).build())
      .addCourse(Course.builder().id(SG3).title("Safeguarding 3").hours(8).cost(120)
          .addCover(CompetencyLevel.of(SG, 3)).validForMonths(36).build())
      .build();

  static final CareerPathFinder FINDER = CareerPathFinder.of(MODEL);
  static final WorkerProfile PERSON = WorkerProfile.builder().id(PersonId.of("p1")).role(LW)
      .addCompleted(SG3, DONE).build();

  static CareerPath best(LocalDate day) {
    PathQuery q = PathQuery.builder().by(Criterion.HOURS).asOf(day).build();
    List<CareerPath> paths = FINDER.paths(PERSON, SENIOR, 1, q).paths();
    assertThat(paths).hasSize(1);
    return paths.get(0);
  }

  @Test
  void trainingInDateIsCarriedAlongThePath() {
    CareerPath p = best(LAPSE.minusDays(1));
    assertThat(p.hours()).isZero();
    assertThat(p.courses()).isEmpty();
  }

  @Test
  void trainingLapsedByTheDayIsPlannedAgain() {
    CareerPath p = best(LAPSE);
    assertThat(p.hours()).isEqualTo(8.0);
    assertThat(p.cost()).isEqualTo(120.0);
    assertThat(p.courses()).containsExactly(SG3);
  }

  @Test
  void trainingDatedAfterTheDayDoesNotCountYet() {
    assertThat(best(DONE.minusDays(1)).courses()).containsExactly(SG3);
  }

  @Test
  void theQueryShowsTheDayItWasGiven() {
    assertThat(PathQuery.builder().asOf(LAPSE).build().asOf()).contains(LAPSE);
    assertThat(PathQuery.defaults().asOf()).isEmpty();
    assertThat(PathQuery.builder().asOf(LAPSE).build().toBuilder().build().asOf())
        .contains(LAPSE);
  }
}
