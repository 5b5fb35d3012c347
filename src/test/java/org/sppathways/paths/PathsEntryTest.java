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
import org.sppathways.model.EntryRule;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.UnclosableTarget;

/**
 * Career paths honour course entry rules: a person's path plans only courses they can enter, with
 * what makes them eligible at or before the step that needs it.
 *
 * <p>The model: a link worker may become a community health and wellbeing worker (CHWW), who
 * needs community health 3 and safeguarding 3. {@code chww-apprenticeship} (100 h) teaches
 * community health 3 and needs a contract of at least 30 hours a week; {@code sg-3} (8 h) needs
 * safeguarding 2, which {@code sg-2} (3 h) teaches; {@code sg-3-open} (40 h) has no rule.
 */
class PathsEntryTest {
  static final CompetencyId HEALTH = CompetencyId.of("community-health");
  static final CompetencyId SG = CompetencyId.of("safeguarding");
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId CHWW = RoleId.of("chww");
  static final CourseId APPRENTICESHIP = CourseId.of("chww-apprenticeship");
  static final CourseId SG2 = CourseId.of("sg-2");
  static final CourseId SG3 = CourseId.of("sg-3");
  static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  static final WorkforceModel MODEL = WorkforceModel.builder().name("paths with entry rules")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addCompetency(Competency.builder().id(HEALTH).name("Community health").domain("d").build())
      .addCompetency(Competency.builder().id(SG).name("Safeguarding").domain("d").build())
      .addRole(Role.builder().id(LW).title("Link worker").build())
      .addRole(Role.builder().id(CHWW).title("CHWW")
          .addRequirements(Requirement.of(HEALTH, 3), Requirement.of(SG, 3)).build())
      .addRoute(ProgressionRoute.builder().from(LW).to(CHWW).kind(RouteKind.LATERAL)
          .months(0).build())
      .addCourse(Course.builder().id(APPRENTICESHIP).title("CHWW apprenticeship").hours(100)
          .cost(0).addCover(CompetencyLevel.of(HEALTH, 3))
          .addEntry(EntryRule.MinContractedHours.of(30)).build())
      .addCourse(Course.builder().id(SG2).title("Safeguarding 2").hours(3).cost(0)
          .addCover(CompetencyLevel.of(SG, 2)).build())
      .addCourse(Course.builder().id(SG3).title("Safeguarding 3").hours(8).cost(0)
          .addCover(CompetencyLevel.of(SG, 3)).addEntry(EntryRule.HeldLevel.of(SG, 2)).build())
      .addCourse(Course.builder().id(CourseId.of("sg-3-open")).title("Safeguarding 3, open")
          .hours(40).cost(0).addCover(CompetencyLevel.of(SG, 3)).build())
      .build();

  static final CareerPathFinder FINDER = CareerPathFinder.of(MODEL);

  static CareerPath best(double hours) {
    WorkerProfile person = WorkerProfile.builder().id(PersonId.of("p1")).role(LW)
        .contractedHours(hours).build();
    PathQuery q = PathQuery.builder().by(Criterion.HOURS).asOf(DAY).build();
    List<CareerPath> paths = FINDER.paths(person, CHWW, 1, q).paths();
    assertThat(paths).hasSize(1);
    return paths.get(0);
  }

  @Test
  void forSomeoneContractedFor20HoursTheApprenticeshipIsNotPlannedAndItsGapIsUnclosable() {
    CareerPath p = best(20);
    assertThat(p.courses()).containsExactly(SG2, SG3);
    assertThat(p.hours()).isEqualTo(11.0);
    PathStep step = p.steps().get(0);
    assertThat(step.courses()).containsExactly(SG2, SG3);
    assertThat(step.unclosable()).containsExactly(CompetencyLevel.of(HEALTH, 3));
    assertThat(step.unclosableTargets()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnclosableTarget.Reason.NOT_ELIGIBLE);
      assertThat(u.detail()).isEqualTo(
          "course 'chww-apprenticeship' needs a contract of at least 30 hours a week");
    });
  }

  @Test
  void forSomeoneContractedFor37AndAHalfHoursTheApprenticeshipIsPlanned() {
    CareerPath p = best(37.5);
    assertThat(p.courses()).containsExactlyInAnyOrder(APPRENTICESHIP, SG2, SG3);
    assertThat(p.courses()).containsSubsequence(SG2, SG3);
    assertThat(p.hours()).isEqualTo(111.0);
    assertThat(p.steps().get(0).unclosable()).isEmpty();
  }

  @Test
  void aPathBetweenRolesKnowsNoContractSoTheApprenticeshipIsNotPlanned() {
    CareerPath p = FINDER.paths(LW, CHWW, 1, PathQuery.builder().by(Criterion.HOURS).build())
        .paths().get(0);
    assertThat(p.courses()).containsExactly(SG2, SG3);
    assertThat(p.steps().get(0).unclosable()).containsExactly(CompetencyLevel.of(HEALTH, 3));
    assertThat(p.steps().get(0).unclosableTargets().get(0).detail())
        .isEqualTo("course 'chww-apprenticeship' needs a contract of at least 30 hours a week");
  }
}
