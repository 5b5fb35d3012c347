package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.CliRun;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.DistanceMatrix;
import org.sppathways.structure.StructureAnalysis;

/**
 * {@code matrix --format csv} (the wide layout) prints through the one writer: a Java user with
 * {@link ResultWriter#csvWide} gets the same bytes, one row per source role and one column per
 * role, an empty cell where there is no path.
 */
class MatrixWideCsvTest {
  private static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  private static final DistanceMatrix STEPS =
      StructureAnalysis.of(SP).distances(Criterion.STEPS);

  private static String printed(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void theWideLayoutIsWhatTheCommandPrints() throws IOException {
    String wide = ResultWriter.csvWide(SP).write(STEPS);
    assertThat(wide).isEqualTo(printed("matrix", "--format", "csv"));
    assertThat(wide.replace("\r\n", "\n")).isEqualTo(Files.readString(
        Path.of("src", "test", "resources", "golden", "structure", "matrix-steps.csv"))
        .replace("\r\n", "\n"));
  }

  @Test
  void aRowIsOneSourceRoleAndAnEmptyCellIsNoPath() {
    List<String> lines = ResultWriter.csvWide(SP).write(STEPS).lines().toList();
    assertThat(lines).hasSize(STEPS.size() + 1);
    assertThat(lines.get(0)).startsWith("role,roleTitle,link-worker,");
    // link-worker reaches itself in 0 moves and sp-manager in 2; cyp-link-worker has no way back
    String linkWorker = lines.get(1 + STEPS.roles().indexOf(
        RoleId.of("link-worker")));
    assertThat(linkWorker).startsWith("link-worker,\"Social prescribing link worker\",0,");
    String cyp = lines.get(1 + STEPS.roles().indexOf(
        RoleId.of("cyp-link-worker")));
    assertThat(cyp).startsWith("cyp-link-worker,");
    assertThat(cyp.split(",", -1)[2]).isEmpty();
  }

  @Test
  void otherResultsAndTheLongLayoutAreUnchanged() {
    assertThat(ResultWriter.csv(SP).write(STEPS))
        .isEqualTo(printed("matrix", "--layout", "long", "--format", "csv"));
    assertThat(ResultWriter.csvWide(SP).write(STEPS.distribution()))
        .isEqualTo(ResultWriter.csv(SP).write(STEPS.distribution()));
  }
}
