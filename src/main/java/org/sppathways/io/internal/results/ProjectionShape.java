package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sppathways.flow.FlowParameter;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.flow.StaffCost;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * {@code projection}: a {@link Projection} with its staff cost and flow parameters; CSV one row
 * per year and state, with the state's staff cost (empty when not costed). Reads back.
 */
final class ProjectionShape implements ResultShape<Projection> {

  @Override
  public Class<Projection> type() {
    return Projection.class;
  }

  @Override
  public String name() {
    return "projection";
  }

  @Override
  public boolean readable() {
    return true;
  }

  /** Version 2 added the flow parameters and the staff cost, both required when reading. */
  @Override
  public int version() {
    return 2;
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(Projection.class, ProjectionMixin.class);
    module.setMixInAnnotation(ProjectionYear.class, YearMixin.class);
    module.setMixInAnnotation(FlowParameter.class, ParameterMixin.class);
    module.setMixInAnnotation(StaffCost.class, StaffCostMixin.class);
    module.setMixInAnnotation(StaffCost.Year.class, CostYearMixin.class);
    module.setMixInAnnotation(StaffCost.Pay.class, PayMixin.class);
    module.setMixInAnnotation(StaffCost.Line.class, LineMixin.class);
  }

  @JsonPropertyOrder({"splitByOrganisationType", "years", "staffCost", "parameters", "notes"})
  abstract static class ProjectionMixin {
    @JsonCreator
    static Projection of(@JsonProperty(value = "splitByOrganisationType", required = true)
        boolean splitByOrganisationType,
        @JsonProperty(value = "years", required = true) List<ProjectionYear> years,
        @JsonProperty(value = "notes", required = true) List<String> notes,
        @JsonProperty(value = "parameters", required = true) List<FlowParameter> parameters,
        @JsonProperty(value = "staffCost", required = true) StaffCost staffCost) {
      return null;
    }

    @JsonProperty("parameters")
    abstract List<FlowParameter> parameters();

    @JsonProperty("staffCost")
    abstract java.util.Optional<StaffCost> staffCost();

    @JsonProperty("splitByOrganisationType")
    abstract boolean isSplitByOrganisationType();

    @JsonProperty("years")
    abstract List<ProjectionYear> years();

    @JsonProperty("notes")
    abstract List<String> notes();
  }

  @JsonPropertyOrder({"year", "headcount", "recruits", "leavers", "moves", "headcountByRole",
      "states"})
  @JsonIgnoreProperties(value = {"headcount", "recruits", "leavers", "moves", "headcountByRole"},
      allowGetters = true)
  abstract static class YearMixin {
    @JsonCreator
    static ProjectionYear of(@JsonProperty(value = "year", required = true) int year,
        @JsonProperty(value = "states", required = true) List<ProjectionYear.StateYear> states) {
      return null;
    }

    @JsonProperty("year")
    abstract int year();

    @JsonProperty("headcount")
    abstract double headcount();

    @JsonProperty("recruits")
    abstract double recruits();

    @JsonProperty("leavers")
    abstract double leavers();

    @JsonProperty("moves")
    abstract double moves();

    @JsonProperty("headcountByRole")
    abstract Map<RoleId, Double> headcountByRole();

    @JsonProperty("states")
    abstract List<ProjectionYear.StateYear> states();
  }

  /** {@code {kind, role, to, organisationType, value, confidence, sources, notes}}. */
  @JsonPropertyOrder({"kind", "role", "to", "organisationType", "value", "confidence", "sources",
      "notes"})
  @JsonIgnoreProperties({"assumed"})
  abstract static class ParameterMixin {
    @JsonIgnore
    abstract boolean isAssumed();
  }

  @JsonPropertyOrder({"currency", "pay", "uncosted", "years"})
  abstract static class StaffCostMixin {
    @JsonCreator
    static StaffCost of(@JsonProperty(value = "currency", required = true) String currency,
        @JsonProperty(value = "pay", required = true) List<StaffCost.Pay> pay,
        @JsonProperty(value = "uncosted", required = true) List<RoleId> uncosted,
        @JsonProperty(value = "years", required = true) List<StaffCost.Year> years) {
      return null;
    }

    @JsonProperty("currency")
    abstract String currency();

    @JsonProperty("pay")
    abstract List<StaffCost.Pay> pay();

    @JsonProperty("uncosted")
    abstract List<RoleId> uncosted();

    @JsonProperty("years")
    abstract List<StaffCost.Year> years();
  }

  @JsonPropertyOrder({"year", "total", "lines"})
  @JsonIgnoreProperties(value = {"total"}, allowGetters = true)
  abstract static class CostYearMixin {
    @JsonProperty("total")
    abstract double total();
  }

  @JsonPropertyOrder({"role", "organisationType", "year", "annual", "basis", "confidence",
      "sources"})
  abstract static class PayMixin {}

  @JsonPropertyOrder({"role", "organisationType", "headcount", "cost"})
  abstract static class LineMixin {}

  static final List<String> HEADER = List.of("year", "role", "roleTitle", "organisationType",
      "headcount", "recruits", "leavers", "staffCost");

  @Override
  public List<String> csvHeader() {
    return HEADER;
  }

  @Override
  public List<List<String>> csvRows(Projection p, WorkforceModel model) {
    return rows(p, model, null);
  }

  /** A role's title, or empty for a role the model lacks (one a scenario added). */
  static String title(WorkforceModel model, RoleId role) {
    return model.findRole(role).map(r -> r.title()).orElse("");
  }

  /** One row per year and state, led by {@code label} when it is not null. */
  static List<List<String>> rows(Projection p, WorkforceModel model, String label) {
    List<List<String>> rows = new ArrayList<>();
    for (ProjectionYear y : p.years()) {
      java.util.Map<java.util.List<Object>, Double> costs = new java.util.HashMap<>();
      p.staffCost().ifPresent(c -> c.year(y.year()).lines().forEach(l ->
          costs.put(List.of(l.role(), l.organisationType()), l.cost())));
      for (ProjectionYear.StateYear s : y.states()) {
        Double cost = costs.get(List.of(s.role(), s.organisationType()));
        List<String> row = new ArrayList<>(List.of(CsvNumbers.whole(y.year()), s.role().value(),
            title(model, s.role()), s.organisationType().map(Object::toString).orElse(""),
            CsvNumbers.amount(s.headcount()), CsvNumbers.amount(s.recruits()),
            CsvNumbers.amount(s.leavers()), cost == null ? "" : CsvNumbers.amount(cost)));
        if (label != null) {
          row.add(0, label);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
