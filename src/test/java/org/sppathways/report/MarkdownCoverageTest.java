package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * The Markdown summary's course section on two one-role models: the link worker needs listening
 * at level 2, and the one course teaches it to level 1 or to level 2.
 */
class MarkdownCoverageTest {
  private static final CompetencyId LISTENING = CompetencyId.of("listening");

  private static WorkforceModel model(int taughtLevel) {
    return WorkforceModel.builder().name("one role")
        .scale(ProficiencyScale.of("Awareness", "Working"))
        .addCompetency(Competency.builder().id(LISTENING).name("Listening").domain("d").build())
        .addRole(Role.builder().id(RoleId.of("lw")).title("Link worker")
            .addRequirements(Requirement.of(LISTENING, 2)).build())
        .addCourse(Course.builder().id(CourseId.of("k")).title("Course").hours(1).cost(1)
            .addCovers(CompetencyLevel.of(LISTENING, taughtLevel)).build())
        .build();
  }

  private static String markdown(WorkforceModel model) {
    StringWriter out = new StringWriter();
    MarkdownReport.write(Reports.of(model), out);
    return out.toString();
  }

  @Test
  void aLevelNoCourseReachesIsListedWithTheCourseWorthAdding() {
    String md = markdown(model(1));

    assertThat(md).contains("| Listening | 2 | 1 | no |\n")
        .contains("Courses worth adding:\n\n- Listening up to level 2: completes Link worker\n")
        .doesNotContain("Every required level is taught by some course.");
  }

  @Test
  void whenEveryLevelIsTaughtTheSummarySaysSo() {
    String md = markdown(model(2));

    assertThat(md).contains("Every required level is taught by some course.\n")
        .doesNotContain("Courses worth adding:")
        .doesNotContain("| Competency | Level needed |");
  }
}
