package org.sppathways.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sppathways.model.RoleId;
import org.sppathways.paths.CareerPath;
import org.sppathways.query.Queries;
import org.sppathways.reference.ReferenceModels;

/**
 * The JShell session in "Script many queries" is typed by hand; this test asks the same
 * questions and checks that every answer the page shows, in the transcript and in the sentence
 * after it, is the library's answer today.
 */
class JShellTranscriptTest {
  @Test
  void theTranscriptsAnswersAreTheLibrarysAnswers() throws IOException {
    String page = Files.readString(Path.of("docs/how-to/script-many-queries.md"),
        StandardCharsets.UTF_8);
    Queries q = Queries.of(ReferenceModels.socialPrescribing());
    CareerPath best = q.paths(RoleId.of("link-worker"), RoleId.of("sp-manager"), 1).paths()
        .get(0);
    double readiness = q.gaps(RoleId.of("nurse"), RoleId.of("link-worker")).readiness();
    int reached = q.reach(RoleId.of("care-coordinator")).roles().size();

    assertThat(page)
        .contains(String.format(Locale.ROOT, "hours=%s, cost=%s]", best.hours(), best.cost()))
        .contains("$6 ==> " + best.roles())
        .contains("$7 ==> " + best.months() + "\n")
        .contains("$8 ==> " + readiness + "\n")
        .contains("$9 ==> " + reached + "\n")
        .contains("takes " + best.months() + " months through the "
            + best.roles().get(1).value().replace('-', ' ') + " post")
        .contains(String.format(Locale.ROOT, "with %d hours of training", Math.round(best.hours())))
        .contains(String.format(Locale.ROOT, "meets %d %% of a link worker's requirements",
            Math.round(100 * readiness)))
        .contains("can reach " + reached + " other roles");
  }
}
