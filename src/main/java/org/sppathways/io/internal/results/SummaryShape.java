package org.sppathways.io.internal.results;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.model.ModelSummary;
import org.sppathways.model.WorkforceModel;

/** {@code summary}: a {@link ModelSummary}; CSV one row per kind of entity. */
final class SummaryShape implements ResultShape<ModelSummary> {

  @Override
  public Class<ModelSummary> type() {
    return ModelSummary.class;
  }

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public void setUp(SimpleModule module) {
    // A record: its components in order.
  }

  @Override
  public List<String> csvHeader() {
    return List.of("kind", "count");
  }

  @Override
  public List<List<String>> csvRows(ModelSummary s, WorkforceModel model) {
    return List.of(
        List.of("competencies", CsvNumbers.whole(s.competencies())),
        List.of("organisationTypes", CsvNumbers.whole(s.organisationTypes())),
        List.of("roles", CsvNumbers.whole(s.roles())),
        List.of("externalRoles", CsvNumbers.whole(s.externalRoles())),
        List.of("routes", CsvNumbers.whole(s.routes())),
        List.of("courses", CsvNumbers.whole(s.courses())));
  }
}
