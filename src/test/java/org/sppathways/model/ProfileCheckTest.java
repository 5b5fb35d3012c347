package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.model.ProfileSource;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.PathQuery;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.training.Commissioner;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlanner;

/**
 * Profiles built in code are checked like profiles read from a file: located problems with "did
 * you mean" suggestions, and every analysis that takes a profile rejects an invalid one up front
 * with that message, never a late {@link UnknownIdException}, and never with a held level in it.
 */
class ProfileCheckTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final ProfileCheck CHECK = ProfileCheck.of(SP);

  /** A misspelt competency held at a distinctive level, a level above the scale, and a typo'd course. */
  static final WorkerProfile ODD = WorkerProfile.builder().id(PersonId.of("p-0042"))
      .role(RoleId.of("link-worker"))
      .putHold(CompetencyId.of("safegaurding-adults"), 3)
      .putHold(CompetencyId.of("raising-concerns"), 7)
      .addCompleted(CourseId.of("safeguarding-adults-l9"))
      .build();

  @Test
  void aProfileThatFitsHasNoProblems() {
    WorkerProfile fine = WorkerProfile.builder().id(PersonId.of("p-1")).role(RoleId.of("link-worker"))
        .organisationType(OrganisationTypeId.of("pcn"))
        .putHold(CompetencyId.of("safeguarding-adults"), 2)
        .putHold(CompetencyId.of("raising-concerns"), 0)
        .addCompleted(CourseId.of("safeguarding-adults-l1")).build();
    assertThat(CHECK.problems(fine)).isEmpty();
    assertThat(CHECK.require(fine)).isSameAs(fine);
  }

  @Test
  void everyProblemIsLocatedNamesThePersonAndSuggests() {
    List<Problem> problems = CHECK.problems(ODD);
    assertThat(problems).extracting(Problem::location).containsExactlyInAnyOrder(
        "holds.safegaurding-adults", "holds.raising-concerns", "completed[0]");
    assertThat(problems).filteredOn(p -> p.location().equals("holds.safegaurding-adults"))
        .singleElement().satisfies(p -> {
          assertThat(p.message())
              .isEqualTo("person 'p-0042': unknown competency 'safegaurding-adults'");
          assertThat(p.suggestion()).contains("did you mean 'safeguarding-adults'?");
        });
    assertThat(problems).filteredOn(p -> p.location().equals("holds.raising-concerns"))
        .singleElement().satisfies(p -> {
          assertThat(p.message()).isEqualTo("person 'p-0042': the level is outside the scale 0..4");
          assertThat(p.suggestion()).contains("use a level from 0 to 4 (0 = not held)");
        });
    assertThat(problems).filteredOn(p -> p.location().equals("completed[0]"))
        .singleElement().satisfies(p ->
            assertThat(p.message()).isEqualTo("person 'p-0042': unknown course 'safeguarding-adults-l9'"));
  }

  @Test
  void unknownRoleAndOrganisationTypeSuggestTheClosest() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p-2")).role(RoleId.of("lnk-worker"))
        .organisationType(OrganisationTypeId.of("pcnn")).build();
    assertThat(CHECK.problems(p)).extracting(Problem::toString).containsExactly(
        "role: person 'p-2': unknown role 'lnk-worker' (did you mean 'link-worker'?)",
        "organisationType: person 'p-2': unknown organisation type 'pcnn' (did you mean 'pcn'?)");
  }

  @Test
  void aPopulationsProblemsAreLocatedAtEachPerson() {
    WorkerProfile fine = WorkerProfile.builder().id(PersonId.of("p-1")).build();
    Population people = Population.of(List.of(fine, ODD));
    assertThat(CHECK.problems(people)).extracting(Problem::location).containsExactlyInAnyOrder(
        "people[1].holds.safegaurding-adults", "people[1].holds.raising-concerns",
        "people[1].completed[0]");
    assertThatThrownBy(() -> CHECK.require(people)).isInstanceOf(ModelException.class)
        .hasMessageStartingWith("the profiles do not fit the model: 3 problems");
  }

  /** The level held above the scale (7) appears nowhere in what is thrown. */
  @Test
  void everyAnalysisRejectsTheProfileUpFrontWithTheLocatedMessage() {
    GapAnalysis gaps = GapAnalysis.of(SP);
    CareerPathFinder finder = CareerPathFinder.of(SP);
    List<Runnable> analyses = List.of(
        () -> gaps.gap(ODD, RoleId.of("senior-link-worker")),
        () -> gaps.nextRoles(ODD),
        () -> RoleScorer.of(gaps).score(ODD),
        () -> gaps.fit(Population.of(List.of(ODD)), RoleId.of("link-worker")),
        () -> TrainingPlanner.of(SP).plan(ODD,
            gaps.gap(RoleId.of("link-worker"), RoleId.of("senior-link-worker")), Objective.HOURS),
        () -> finder.paths(ODD, RoleId.of("sp-manager"), 1, PathQuery.defaults()),
        () -> finder.pareto(ODD, RoleId.of("sp-manager"), PathQuery.defaults()),
        () -> finder.reach(ODD, PathQuery.defaults()),
        () -> NeedsAnalysis.of(gaps).needs(ProfileSource.of(List.of(ODD))),
        () -> Commissioner.of(SP).commission(ProfileSource.of(List.of(ODD)), 100));
    for (Runnable analysis : analyses) {
      assertThatThrownBy(analysis::run).isInstanceOf(ModelException.class)
          .isNotInstanceOf(UnknownIdException.class)
          .hasMessageContaining("person 'p-0042': unknown competency 'safegaurding-adults'")
          .hasMessageContaining("did you mean 'safeguarding-adults'?")
          .hasMessageContaining("the level is outside the scale 0..4")
          .hasMessageNotContaining("7");
    }
  }
}
