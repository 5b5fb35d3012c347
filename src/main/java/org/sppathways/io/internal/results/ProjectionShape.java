package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/** {@code projection}: a {@link Projection}; CSV one row per year and state. Reads back. */
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

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(Projection.class, ProjectionMixin.class);
    module.setMixInAnnotation(ProjectionYear.class, YearMixin.class);
  }

  @JsonPropertyOrder({"splitByOrganisationType", "years", "notes"})
  abstract static class ProjectionMixin {
    @JsonCreator
    static Projection of(@JsonProperty(value = "splitByOrganisationType", required = true)
        boolean splitByOrganisationType,
        @JsonProperty(value = "years", required = true) List<ProjectionYear> years,
        @JsonProperty(value = "notes", required = true) List<String> notes) {
      return null;
    }

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

  static final List<String> HEADER = List.of("year", "role", "roleTitle", "organisationType",
      "headcount", "recruits", "leavers");

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
      for (ProjectionYear.StateYear s : y.states()) {
        List<String> row = new ArrayList<>(List.of(CsvNumbers.whole(y.year()), s.role().value(),
            title(model, s.role()), s.organisationType().map(Object::toString).orElse(""),
            CsvNumbers.amount(s.headcount()), CsvNumbers.amount(s.recruits()),
            CsvNumbers.amount(s.leavers())));
        if (label != null) {
          row.add(0, label);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
