package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.kid;
import static org.sppathways.model.ModelFixtures.problems;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Courses that must each be completed before another can be entered: a loop no one could begin,
 * reported at the first course's entry rule. The fixture's courses: 0 core-skills, 1
 * safeguarding-3 (needs core-skills); the tests add 2 a and 3 b.
 */
class EntryLoopValidationTest {

  private static WorkforceModel.Builder with(Course a, Course b) {
    return ModelFixtures.valid().addCourse(a).addCourse(b);
  }

  private static Course.Builder course(String id) {
    return Course.builder().id(kid(id)).title(id).hours(1).cost(0);
  }

  @Test
  void twoCoursesWhoseEntryNeedsTheOtherCompletedAreALoop() {
    List<Problem> found = problems(with(
        course("a").addEntry(EntryRule.HeldLevel.of(cid("listening"), 1),
            EntryRule.CompletedCourse.of(kid("b"))).build(),
        course("b").addEntry(EntryRule.CompletedCourse.of(kid("a"))).build()));
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("courses[2].entry[1]");
      assertThat(p.message()).isEqualTo("courses ['a', 'b'] must each be completed before "
          + "another of them can be entered, so no one could begin any of them");
      assertThat(p.suggestion()).contains("remove one entry rule or prerequisite to break the "
          + "loop, or offer an alternative with anyOf");
    });
  }

  @Test
  void anEntryRuleAndAPrerequisiteCanCloseALoopTogether() {
    List<Problem> found = problems(with(
        course("a").addPrerequisite(kid("b")).build(),
        course("b").addEntry(EntryRule.AnyOf.of(List.of(EntryRule.CompletedCourse.of(kid("a")))))
            .build()));
    assertThat(found).extracting(Problem::location).containsExactly("courses[2].entry");
  }

  @Test
  void anAlternativeBreaksTheLoop() {
    with(course("a").addEntry(EntryRule.CompletedCourse.of(kid("b"))).build(),
        course("b").addEntry(EntryRule.AnyOf.of(List.of(EntryRule.CompletedCourse.of(kid("a")),
            EntryRule.HeldLevel.of(cid("listening"), 2)))).build()).build();
  }

  @Test
  void aChainWithoutALoopIsFine() {
    with(course("a").addEntry(EntryRule.CompletedCourse.of(kid("core-skills"))).build(),
        course("b").addEntry(EntryRule.CompletedCourse.of(kid("a"))).build()).build();
  }
}
