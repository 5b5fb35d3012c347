package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceFixtures;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * The example files of {@code docs/how-to/keep-mandatory-training-in-date.md} are the model and
 * six people that {@link ComplianceFixtures} builds in code and that the compliance tests work by
 * hand, so the guide's outputs (produced from the files by {@code DocsOutputTest}) are the
 * hand-worked answers: the same people with the same dated evidence, and the same rows and
 * counts on the guide's day.
 */
class KeepTrainingInDateDocTest {
  static final Path MODEL = Path.of("docs/examples/mandatory-training.yaml");
  static final Path PEOPLE = Path.of("docs/examples/mandatory-training-people.yaml");

  @Test
  void theGuidesFilesHoldTheHandWorkedPeople() {
    WorkforceModel model = ModelReader.of().read(MODEL);
    List<WorkerProfile> people = ProfileReader.of(model).read(PEOPLE).people();

    assertThat(people).isEqualTo(ComplianceFixtures.everyone());
  }

  @Test
  void theGuidesFilesGiveTheHandWorkedAnswers() {
    WorkforceModel model = ModelReader.of().read(MODEL);
    List<WorkerProfile> people = ProfileReader.of(model).read(PEOPLE).people();
    ComplianceAnalysis fromFiles = ComplianceAnalysis.of(model);
    ComplianceAnalysis inCode = ComplianceAnalysis.of(ComplianceFixtures.model());

    assertThat(fromFiles.summarise(people, ComplianceFixtures.AS_OF))
        .isEqualTo(inCode.summarise(ComplianceFixtures.everyone(), ComplianceFixtures.AS_OF));
    assertThat(fromFiles.register(ProfileSource.of(people), ComplianceFixtures.AS_OF).items())
        .isEqualTo(inCode.register(ProfileSource.of(ComplianceFixtures.everyone()),
            ComplianceFixtures.AS_OF).items());
    assertThat(model.role(ComplianceFixtures.LINK_WORKER).requirements())
        .isEqualTo(ComplianceFixtures.model().role(ComplianceFixtures.LINK_WORKER).requirements());
  }
}
