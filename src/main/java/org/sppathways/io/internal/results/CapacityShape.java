package org.sppathways.io.internal.results;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.flow.CapacityNeed;
import org.sppathways.flow.CapacityReport;
import org.sppathways.model.WorkforceModel;

/** {@code capacity}: a {@link CapacityReport}; CSV one row, course columns when a course is named. */
final class CapacityShape implements ResultShape<CapacityReport> {
  private static final List<String> HEADER = List.of("role", "roleTitle", "target",
      "recruitsNeeded", "currentRecruits", "movedInPerYear", "movedOutPerYear", "leaversPerYear",
      "headcountWithoutRecruits", "course", "courseTitle", "takeUp", "internalEntrantsToo",
      "courseCompletionsNeeded");

  @Override
  public Class<CapacityReport> type() {
    return CapacityReport.class;
  }

  @Override
  public String name() {
    return "capacity";
  }

  @Override
  public void setUp(SimpleModule module) {
    // Records: their components in order (CapacityNeed's derived figures are not written).
  }

  @Override
  public List<String> csvHeader() {
    return HEADER;
  }

  @Override
  public List<List<String>> csvRows(CapacityReport r, WorkforceModel model) {
    CapacityNeed need = r.need();
    List<String> row = new ArrayList<>(List.of(need.role().value(),
        model.role(need.role()).title(), CsvNumbers.amount(need.target()),
        CsvNumbers.amount(need.recruitsNeeded()), CsvNumbers.amount(need.currentRecruits()),
        CsvNumbers.amount(need.movedInPerYear()), CsvNumbers.amount(need.movedOutPerYear()),
        CsvNumbers.amount(need.leaversPerYear()),
        CsvNumbers.amount(need.headcountWithoutRecruits())));
    if (r.training().isPresent()) {
      CapacityReport.Training t = r.training().get();
      row.addAll(List.of(t.course().value(), model.course(t.course()).title(),
          CsvNumbers.share(t.takeUp()), String.valueOf(t.internalEntrantsToo()),
          CsvNumbers.amount(t.courseCompletionsNeeded())));
    } else {
      row.addAll(List.of("", "", "", "", ""));
    }
    return List.of(row);
  }
}
