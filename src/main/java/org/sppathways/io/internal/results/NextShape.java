package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.gaps.NextRoles;
import org.sppathways.gaps.RoleOption;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

/** {@code next}: {@link NextRoles}; CSV one row per role, best first. */
final class NextShape implements ResultShape<NextRoles> {

  @Override
  public Class<NextRoles> type() {
    return NextRoles.class;
  }

  @Override
  public String name() {
    return "next";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(NextRoles.class, Mixin.class);
    module.setMixInAnnotation(RoleOption.class, RoleOptionMixin.class);
  }

  @JsonPropertyOrder({"person", "from", "maxSteps", "roles"})
  abstract static class Mixin {}

  @JsonPropertyOrder({"role", "readiness", "essentialMet", "shortfall", "steps"})
  abstract static class RoleOptionMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("role", "roleTitle", "readiness", "essentialMet", "shortfall", "steps");
  }

  @Override
  public List<List<String>> csvRows(NextRoles next, WorkforceModel model) {
    return next.roles().stream().map(o -> List.of(o.role().value(),
        model.findRole(o.role()).map(Role::title).orElse(""), CsvNumbers.share(o.readiness()),
        String.valueOf(o.essentialMet()), CsvNumbers.whole(o.shortfall()),
        o.steps().isPresent() ? CsvNumbers.whole(o.steps().getAsInt()) : "")).toList();
  }
}
