package org.sppathways.io.internal.results;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.sppathways.flow.ReachProbabilityReport;
import org.sppathways.model.WorkforceModel;

/**
 * {@code reach-probability}: a {@link ReachProbabilityReport}; CSV one row per organisation type
 * (when split) and one for the role.
 */
final class ReachProbabilityShape implements ResultShape<ReachProbabilityReport> {

  @Override
  public Class<ReachProbabilityReport> type() {
    return ReachProbabilityReport.class;
  }

  @Override
  public String name() {
    return "reach-probability";
  }

  @Override
  public void setUp(SimpleModule module) {
    // A record: its components in order.
  }

  @Override
  public List<String> csvHeader() {
    // part: "role" is the whole role (its types weighted by their shares); with
    // --by-organisation-type, "organisationType" rows come first, one per type.
    return List.of("part", "from", "fromTitle", "organisationType", "to", "toTitle",
        "probability", "expectedYears");
  }

  @Override
  public List<List<String>> csvRows(ReachProbabilityReport r, WorkforceModel model) {
    String from = r.from().value();
    String fromTitle = model.role(r.from()).title();
    String to = r.to().value();
    String toTitle = model.role(r.to()).title();
    List<List<String>> rows = new ArrayList<>();
    for (ReachProbabilityReport.TypeReach t : r.byOrganisationType()) {
      rows.add(List.of("organisationType", from, fromTitle,
          t.organisationType().map(Object::toString).orElse(""), to, toTitle,
          CsvNumbers.share(t.probability()), amount(t.expectedYears())));
    }
    rows.add(List.of("role", from, fromTitle, "", to, toTitle, CsvNumbers.share(r.probability()),
        amount(r.expectedYears())));
    return rows;
  }

  private static String amount(OptionalDouble value) {
    return value.isPresent() ? CsvNumbers.amount(value.getAsDouble()) : "";
  }
}
