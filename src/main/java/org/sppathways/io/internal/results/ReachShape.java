package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.Reach;
import org.sppathways.paths.ReachableRole;

/**
 * {@code reach}: a {@link Reach}; each role with its best path's totals and roles (the path's
 * steps are not written: ask {@code paths} for them). CSV one row per role.
 */
final class ReachShape implements ResultShape<Reach> {

  @Override
  public Class<Reach> type() {
    return Reach.class;
  }

  @Override
  public String name() {
    return "reach";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(Reach.class, ReachMixin.class);
    module.setMixInAnnotation(ReachableRole.class, RoleMixin.class);
  }

  @JsonPropertyOrder({"from", "by", "maxSteps", "maxMonths", "complete", "roles"})
  abstract static class ReachMixin {}

  @JsonSerialize(converter = RowOut.class)
  abstract static class RoleMixin {}

  /** A role reached: its best path's totals and roles. */
  @JsonPropertyOrder({"role", "steps", "months", "hours", "cost", "path"})
  record Row(RoleId role, int steps, long months, double hours, double cost, List<RoleId> path) {}

  static final class RowOut extends StdConverter<ReachableRole, Row> {
    @Override
    public Row convert(ReachableRole r) {
      CareerPath p = r.path();
      return new Row(r.role(), p.stepCount(), p.months(), p.hours(), p.cost(), p.roles());
    }
  }

  @Override
  public List<String> csvHeader() {
    return List.of("role", "roleTitle", "steps", "months", "hours", "cost", "path", "pathTitles");
  }

  /** One row per role: its title beside it, the path's ids and then titles joined by " > ". */
  @Override
  public List<List<String>> csvRows(Reach reach, WorkforceModel model) {
    return reach.roles().stream().map(r -> {
      CareerPath p = r.path();
      return List.of(r.role().value(), title(model, r.role()),
          CsvNumbers.whole(p.stepCount()), CsvNumbers.whole(p.months()),
          CsvNumbers.amount(p.hours()), CsvNumbers.amount(p.cost()),
          String.join(" > ", p.roles().stream().map(RoleId::value).toList()),
          String.join(" > ", p.roles().stream().map(id -> title(model, id)).toList()));
    }).toList();
  }

  private static String title(WorkforceModel model, RoleId id) {
    return model.findRole(id).map(Role::title).orElse("");
  }
}
