package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.PathLengthDistribution;

/** {@code path-lengths}: a {@link PathLengthDistribution}; CSV one row per length. */
final class PathLengthsShape implements ResultShape<PathLengthDistribution> {

  @Override
  public Class<PathLengthDistribution> type() {
    return PathLengthDistribution.class;
  }

  @Override
  public String name() {
    return "path-lengths";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(PathLengthDistribution.class, Mixin.class);
  }

  /** The summary figures first, the lengths last. */
  @JsonPropertyOrder({"metric", "reachablePairs", "unreachablePairs", "mean", "longest",
      "lengths"})
  abstract static class Mixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("length", "pairs");
  }

  @Override
  public List<List<String>> csvRows(PathLengthDistribution d, WorkforceModel model) {
    return d.lengths().stream().map(l -> List.of(CsvNumbers.whole(l.length()),
        CsvNumbers.whole(l.pairs()))).toList();
  }
}
