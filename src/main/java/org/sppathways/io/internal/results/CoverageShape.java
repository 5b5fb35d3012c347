package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CompetencyCoverage;
import org.sppathways.training.CoverageAddition;
import org.sppathways.training.CoverageReport;
import org.sppathways.training.RoleCoverage;

/** {@code coverage}: a {@link CoverageReport}; CSV one row per role, in model order. */
final class CoverageShape implements ResultShape<CoverageReport> {

  @Override
  public Class<CoverageReport> type() {
    return CoverageReport.class;
  }

  @Override
  public String name() {
    return "coverage";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(CoverageReport.class, Mixin.class);
    module.setMixInAnnotation(CompetencyCoverage.class, CompetencyMixin.class);
    module.setMixInAnnotation(RoleCoverage.class, RoleMixin.class);
    module.setMixInAnnotation(CoverageAddition.class, AdditionMixin.class);
  }

  @JsonPropertyOrder({"competencies", "uncovered", "roles", "bestAdditions", "noAdditions"})
  abstract static class Mixin {}

  @JsonPropertyOrder({"competency", "maxLevel", "courses", "coursesCovering", "requiredLevel",
      "learnedOnTheJob"})
  abstract static class CompetencyMixin {}

  @JsonPropertyOrder({"role", "requirements", "closable", "closableShare", "onTheJob",
      "fullyReachable", "reachableWithPractice"})
  @JsonIgnoreProperties(value = {"closableShare", "fullyReachable", "reachableWithPractice"},
      allowGetters = true)
  abstract static class RoleMixin {
    @JsonProperty("closableShare")
    abstract double closableShare();

    @JsonProperty("fullyReachable")
    abstract boolean fullyReachable();

    @JsonProperty("reachableWithPractice")
    abstract boolean reachableWithPractice();
  }

  @JsonPropertyOrder({"competency", "level", "roles", "requirementsClosed"})
  abstract static class AdditionMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("role", "roleTitle", "requirements", "closable", "closableShare",
        "fullyReachable", "reachableWithPractice");
  }

  @Override
  public List<List<String>> csvRows(CoverageReport report, WorkforceModel model) {
    return report.roles().stream().map(r -> List.of(r.role().value(),
        model.findRole(r.role()).map(Role::title).orElse(""), CsvNumbers.whole(r.requirements()),
        CsvNumbers.whole(r.closable()), CsvNumbers.share(r.closableShare()),
        String.valueOf(r.fullyReachable()), String.valueOf(r.reachableWithPractice()))).toList();
  }
}
