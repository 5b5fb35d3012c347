package org.sppathways.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ReadLimits;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.PersonId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProfileCheck;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.reference.ReferenceModels;

/**
 * The messages of {@code docs/reference/errors.md} that no command can show on an example file
 * (they need {@link ReadLimits} of one's own, a thousand problems, or a profile built in code)
 * are, character for character, what the library produces, so the catalogue cannot drift from
 * the code. The page's other examples are command outputs checked by {@link DocsOutputTest}.
 */
class ErrorCatalogueTest {
  private static final Path PAGE = Path.of("docs/reference/errors.md");
  private static final ModelReader SMALL =
      ModelReader.of(ReadLimits.defaults().withMaxDocumentChars(100));

  @Test
  void aDocumentOverTheLimitIsReportedAsCatalogued() throws IOException {
    String padded = "format: sp-pathways/1\n" + "# padding\n".repeat(20);

    assertThat(page()).contains(only(() -> SMALL.read(padded, "model.yaml", FileFormat.YAML)));
  }

  @Test
  void aJsonTextOverTheLimitIsReportedAsCatalogued() throws IOException {
    String longName = "{\"format\": \"sp-pathways/1\", \"name\": \"" + "x".repeat(150) + "\"}";

    assertThat(page()).contains(only(() -> SMALL.read(longName, "model.json", FileFormat.JSON)));
  }

  @Test
  void aYamlLineOverTheLimitIsReportedAsCatalogued() throws IOException {
    String longLine = "format: sp-pathways/1\n" + "#\n".repeat(10) + "name: " + "x".repeat(120)
        + "\n";

    assertThat(page()).contains(only(() -> SMALL.read(longLine, "model.yaml", FileFormat.YAML)));
  }

  @Test
  void theProblemLimitIsTheLastProblemAsCatalogued() throws IOException {
    StringBuilder unknownFields = new StringBuilder("format: sp-pathways/1\n");
    for (int i = 0; i < 1_100; i++) {
      unknownFields.append("field").append(i).append(": 1\n");
    }

    List<Problem> problems = catchThrowableOfType(ModelException.class, () ->
        ModelReader.of().read(unknownFields.toString(), "model.yaml", FileFormat.YAML))
        .problems();

    assertThat(problems).hasSize(1_001);
    assertThat(page()).contains("\n" + problems.get(1_000) + "\n");
  }

  @Test
  void aProfileBuiltInCodeIsRejectedAsCatalogued() throws IOException {
    WorkerProfile person = WorkerProfile.builder().id(PersonId.of("p-0042"))
        .role(RoleId.of("link-worker"))
        .putHold(CompetencyId.of("safegaurding-adults"), 3)
        .putHold(CompetencyId.of("raising-concerns"), 7)
        .build();

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> ProfileCheck.of(ReferenceModels.socialPrescribing()).require(person));

    assertThat(page()).contains("```\n" + e.getMessage().strip() + "\n```");
  }

  /** The single problem a read reports, as printed, on a line of its own. */
  private static String only(Runnable read) {
    ModelException e = catchThrowableOfType(ModelException.class, read::run);
    assertThat(e.problems()).hasSize(1);
    return "\n" + e.problems().get(0) + "\n";
  }

  private static String page() throws IOException {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }
}
