package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.training.CommissionerTest.base;
import static org.sppathways.training.CommissionerTest.c;
import static org.sppathways.training.CommissionerTest.course;
import static org.sppathways.training.CommissionerTest.k;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.PersonId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Commissioning details each worked out by hand: what is left open and in which order, how
 * ties between equally good places are broken, and when the best single place replaces the
 * greedy selection.
 */
class CommissionerTiesTest {

  private static Role role(String id, String... competencies) {
    Role.Builder b = Role.builder().id(RoleId.of(id)).title(id);
    for (String competency : competencies) {
      b.addRequirement(Requirement.of(c(competency), 1));
    }
    return b.build();
  }

  private static WorkerProfile person(String id, String role, String... held) {
    WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of(id)).role(RoleId.of(role));
    for (String competency : held) {
      b.putHold(c(competency), 1);
    }
    return b.build();
  }

  private static CommissioningPlan commission(WorkforceModel model, double budget,
      WorkerProfile... people) {
    return Commissioner.of(model).commission(ProfileSource.of(List.of(people)),
        budget);
  }

  /**
   * Role r needs a:2 and u:3; only ka teaches a, nothing teaches u. p1 holds u:1; p2 holds a:1
   * and u:2; p3 holds u:3 and has completed ka, so holds a:2 (a completed course counts as
   * holding what it teaches) and has no gap at all.
   */
  @Test
  void unclosableGapsCountTheirMissingLevelsInWhatRemains() {
    WorkforceModel m = base("a", "u")
        .addRole(Role.builder().id(RoleId.of("r")).title("R")
            .addRequirement(Requirement.of(c("a"), 2)).addRequirement(Requirement.of(c("u"), 3))
            .build())
        .addCourse(course("ka", 10, List.of(), CompetencyLevel.of(c("a"), 2)))
        .build();
    WorkerProfile p1 = WorkerProfile.builder().id(PersonId.of("p1")).role(RoleId.of("r"))
        .putHold(c("u"), 1).build();
    WorkerProfile p2 = WorkerProfile.builder().id(PersonId.of("p2")).role(RoleId.of("r"))
        .putHold(c("a"), 1).putHold(c("u"), 2).build();
    WorkerProfile p3 = WorkerProfile.builder().id(PersonId.of("p3")).role(RoleId.of("r"))
        .putHold(c("u"), 3).addCompleted(k("ka")).build();

    CommissioningPlan plan = commission(m, 0, p1, p2, p3);

    assertThat(plan.personGaps()).isEqualTo(4);
    assertThat(plan.unclosable()).as("u for p1 and p2: no course teaches it").isEqualTo(2);
    // a: 2 (p1) + 1 (p2) steps; u: 2 (p1) + 1 (p2); equal counts, so by competency id
    assertThat(plan.remaining()).containsExactly(new NeedSplit("a", 2, 3),
        new NeedSplit("u", 2, 3));
  }

  @Test
  void whatRemainsComesMostPeopleShortFirst() {
    WorkforceModel m = base("a", "b").addRole(role("r", "a", "b"))
        .addCourse(course("ka", 10, List.of(), CompetencyLevel.of(c("a"), 1)))
        .addCourse(course("kb", 10, List.of(), CompetencyLevel.of(c("b"), 1))).build();

    CommissioningPlan plan = commission(m, 0, person("p1", "r", "a"), person("p2", "r"));

    assertThat(plan.remaining()).containsExactly(new NeedSplit("b", 2, 2),
        new NeedSplit("a", 1, 1));
  }

  /** Equal places (one gap for 100 each): the earlier person goes first, whatever the course id. */
  @Test
  void equalPlacesGoToTheEarlierPersonFirst() {
    WorkforceModel m = base("a", "b").addRole(role("r", "a", "b"))
        .addCourse(course("kz", 100, List.of(), CompetencyLevel.of(c("a"), 1)))
        .addCourse(course("ka", 100, List.of(), CompetencyLevel.of(c("b"), 1))).build();

    CommissioningPlan plan = commission(m, 100, person("p1", "r", "b"), person("p2", "r", "a"));

    assertThat(plan.courses()).containsExactly(new CourseSeats(k("kz"), 1, 100, 1));
  }

  @Test
  void equalPlacesOfOnePersonGoToTheSmallerCourseIdFirst() {
    WorkforceModel m = base("a", "b").addRole(role("r", "a", "b"))
        .addCourse(course("kb", 100, List.of(), CompetencyLevel.of(c("b"), 1)))
        .addCourse(course("ka", 100, List.of(), CompetencyLevel.of(c("a"), 1))).build();

    CommissioningPlan plan = commission(m, 100, person("p", "r"));

    assertThat(plan.courses()).containsExactly(new CourseSeats(k("ka"), 1, 100, 1));
  }

  /**
   * q's cheap place (20 for one gap) is funded first and leaves 80, too little for r1's big1
   * (90 for three) or r2's big2 (95 for three): the best single place replaces it, and of the two
   * equal in gaps the better value, big1.
   */
  @Test
  void theBestSinglePlaceIsTheBetterValueAmongEqualGains() {
    WorkforceModel m = base("a", "b", "c", "d", "e", "f", "g")
        .addRole(role("ra", "a", "b", "c", "d")).addRole(role("rb", "e", "f", "g"))
        .addCourse(course("cheap", 20, List.of(), CompetencyLevel.of(c("d"), 1)))
        .addCourse(course("big1", 90, List.of(), CompetencyLevel.of(c("a"), 1),
            CompetencyLevel.of(c("b"), 1), CompetencyLevel.of(c("c"), 1)))
        .addCourse(course("big2", 95, List.of(), CompetencyLevel.of(c("e"), 1),
            CompetencyLevel.of(c("f"), 1), CompetencyLevel.of(c("g"), 1)))
        .build();

    CommissioningPlan plan = commission(m, 100, person("q", "ra", "a", "b", "c"),
        person("r1", "ra", "d"), person("r2", "rb"));

    assertThat(plan.closed()).isEqualTo(3);
    assertThat(plan.spent()).isEqualTo(90);
    assertThat(plan.courses()).containsExactly(new CourseSeats(k("big1"), 1, 90, 3));
  }

  /** The greedy closes 3 for 30; the best single place closes 3 too, for 100: the greedy stays. */
  @Test
  void theGreedyStaysWhenTheBestSinglePlaceClosesNoMore() {
    WorkforceModel m = base("a", "b", "c", "e", "f", "g")
        .addRole(role("ra", "a", "b", "c")).addRole(role("rb", "e", "f", "g"))
        .addCourse(course("ca", 10, List.of(), CompetencyLevel.of(c("a"), 1)))
        .addCourse(course("cb", 10, List.of(), CompetencyLevel.of(c("b"), 1)))
        .addCourse(course("cc", 10, List.of(), CompetencyLevel.of(c("c"), 1)))
        .addCourse(course("big", 100, List.of(), CompetencyLevel.of(c("e"), 1),
            CompetencyLevel.of(c("f"), 1), CompetencyLevel.of(c("g"), 1)))
        .build();

    CommissioningPlan plan = commission(m, 100, person("a1", "ra"), person("b1", "rb"));

    assertThat(plan.closed()).isEqualTo(3);
    assertThat(plan.spent()).isEqualTo(30);
    assertThat(plan.courses()).extracting(CourseSeats::course)
        .containsExactly(k("ca"), k("cb"), k("cc"));
  }

  /**
   * The greedy funds small with its prerequisite pre (11), then cannot afford big (80 more). The
   * best single place, big with pre (90, three gaps), replaces it: pre is funded again as part of
   * it, as if the greedy had never run.
   */
  @Test
  void theBestSinglePlaceCarriesItsOwnPrerequisites() {
    WorkforceModel m = base("a", "b", "c", "d").addRole(role("r", "a", "b", "c", "d"))
        .addCourse(course("pre", 10, List.of()))
        .addCourse(course("small", 1, List.of("pre"), CompetencyLevel.of(c("d"), 1)))
        .addCourse(course("big", 80, List.of("pre"), CompetencyLevel.of(c("a"), 1),
            CompetencyLevel.of(c("b"), 1), CompetencyLevel.of(c("c"), 1)))
        .build();

    CommissioningPlan plan = commission(m, 90, person("p", "r"));

    assertThat(plan.closed()).isEqualTo(3);
    assertThat(plan.spent()).isEqualTo(90);
    assertThat(plan.courses()).containsExactly(new CourseSeats(k("big"), 1, 80, 3),
        new CourseSeats(k("pre"), 1, 10, 0));
  }
}
