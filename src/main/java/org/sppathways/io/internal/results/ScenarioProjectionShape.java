package org.sppathways.io.internal.results;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.flow.ScenarioProjection;
import org.sppathways.model.WorkforceModel;

/**
 * {@code scenario-projection}: a {@link ScenarioProjection} (both projections written as in
 * {@code projection}); CSV the rows of both, labelled. Reads back.
 */
final class ScenarioProjectionShape implements ResultShape<ScenarioProjection> {

  @Override
  public Class<ScenarioProjection> type() {
    return ScenarioProjection.class;
  }

  @Override
  public String name() {
    return "scenario-projection";
  }

  @Override
  public boolean readable() {
    return true;
  }

  /** Version 2: both projections gained their flow parameters and staff cost. */
  @Override
  public int version() {
    return 2;
  }

  @Override
  public void setUp(SimpleModule module) {
    // A record of projections: the components in order, each projection by ProjectionShape.
  }

  @Override
  public List<String> csvHeader() {
    List<String> header = new ArrayList<>(ProjectionShape.HEADER);
    header.add(0, "projection");
    return header;
  }

  @Override
  public List<List<String>> csvRows(ScenarioProjection s, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>(ProjectionShape.rows(s.base(), model, "base"));
    rows.addAll(ProjectionShape.rows(s.projection(), model, "scenario"));
    return rows;
  }
}
