package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.CriticalRole;
import org.sppathways.structure.CrossingGain;
import org.sppathways.structure.DeadEnd;
import org.sppathways.structure.MinimumCut;
import org.sppathways.structure.RoleSupport;
import org.sppathways.structure.StructureReport;
import org.sppathways.structure.SupportGap;

/**
 * {@code structure}: a {@link StructureReport}, the parts asked for; CSV prints its first part
 * (in the order of {@link StructureReport.Part}), with role titles beside role ids.
 */
final class StructureShape implements ResultShape<StructureReport> {

  @Override
  public Class<StructureReport> type() {
    return StructureReport.class;
  }

  @Override
  public String name() {
    return "structure";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(StructureReport.class, ReportMixin.class);
    module.setMixInAnnotation(Ceiling.class, CeilingMixin.class);
    module.setMixInAnnotation(CrossingGain.class, CrossingGainMixin.class);
    module.setMixInAnnotation(DeadEnd.class, DeadEndMixin.class);
    module.setMixInAnnotation(Bottleneck.class, BottleneckMixin.class);
    module.setMixInAnnotation(CriticalRole.class, CriticalRoleMixin.class);
    module.setMixInAnnotation(MinimumCut.class, MinimumCutMixin.class);
    module.setMixInAnnotation(SupportGap.class, SupportGapMixin.class);
    module.setMixInAnnotation(RoleSupport.class, RoleSupportMixin.class);
  }

  @JsonPropertyOrder({"model", "byOrganisationType", "metric", "monthsTies", "seniorFrom",
      "entryRoles", "seniorRoles", "ceilings", "crossingGains", "deadEnds", "bottlenecks",
      "criticalRoles", "minimumCut", "supportGaps", "support"})
  abstract static class ReportMixin {}

  @JsonPropertyOrder({"organisationType", "entryRole", "highestRole", "seniority", "steps",
      "months"})
  abstract static class CeilingMixin {}

  @JsonPropertyOrder({"organisationType", "entryRole", "withinType", "crossingTypes",
      "seniorityGain"})
  abstract static class CrossingGainMixin {
    @JsonProperty("seniorityGain")
    abstract OptionalInt seniorityGain();
  }

  @JsonPropertyOrder({"organisationType", "role", "seniority", "topOfScope",
      "onlyByChangingType", "nearestHigher"})
  abstract static class DeadEndMixin {}

  @JsonPropertyOrder({"role", "betweenness", "normalised"})
  abstract static class BottleneckMixin {}

  @JsonPropertyOrder({"organisationType", "role", "cutsOff"})
  abstract static class CriticalRoleMixin {}

  @JsonPropertyOrder({"organisationType", "entryRoles", "seniorRoles", "connected", "routes",
      "roleCutExists", "roles"})
  abstract static class MinimumCutMixin {
    @JsonSerialize(contentConverter = RouteEnds.class)
    abstract List<ProgressionRoute> routes();
  }

  /** A route of a cut, by its ends. */
  @JsonPropertyOrder({"from", "to"})
  record Ends(RoleId from, RoleId to) {}

  static final class RouteEnds extends StdConverter<ProgressionRoute, Ends> {
    @Override
    public Ends convert(ProgressionRoute route) {
      return new Ends(route.from(), route.to());
    }
  }

  @JsonPropertyOrder({"role", "seniority", "organisationType", "lacks"})
  abstract static class SupportGapMixin {}

  @JsonPropertyOrder({"role", "organisationType", "has", "lacks"})
  abstract static class RoleSupportMixin {}

  // ---------------------------------------------------------------- CSV

  private static final List<String> CEILING = List.of("organisationType", "entryRole",
      "entryRoleTitle", "highestRole", "highestRoleTitle", "seniority", "steps", "months");

  @Override
  public List<String> csvHeader() {
    return CEILING;
  }

  @Override
  public List<String> csvHeader(StructureReport r) {
    if (r.ceilings().isPresent()) {
      return CEILING;
    }
    if (r.crossingGains().isPresent()) {
      List<String> header = new ArrayList<>(CEILING);
      header.addAll(List.of("crossingHighestRole", "crossingHighestRoleTitle",
          "crossingSeniority", "crossingSteps", "crossingMonths", "seniorityGain"));
      return header;
    }
    if (r.deadEnds().isPresent()) {
      return List.of("organisationType", "role", "roleTitle", "seniority", "topOfScope",
          "onlyByChangingType", "nearestHigher", "nearestHigherTitle");
    }
    if (r.bottlenecks().isPresent()) {
      return List.of("role", "roleTitle", "betweenness", "normalised");
    }
    if (r.criticalRoles().isPresent()) {
      return List.of("organisationType", "role", "roleTitle", "cutsOff", "cutsOffTitles");
    }
    if (r.minimumCut().isPresent()) {
      return List.of("kind", "from", "fromTitle", "to", "toTitle");
    }
    if (r.supportGaps().isPresent()) {
      return List.of("role", "roleTitle", "seniority", "organisationType", "lacks");
    }
    return List.of("role", "roleTitle", "organisationType", "has", "lacks");
  }

  @Override
  public List<List<String>> csvRows(StructureReport r, WorkforceModel m) {
    List<List<String>> rows = new ArrayList<>();
    if (r.ceilings().isPresent()) {
      r.ceilings().get().forEach(c -> rows.add(ceiling(c, m)));
    } else if (r.crossingGains().isPresent()) {
      for (CrossingGain g : r.crossingGains().get()) {
        List<String> row = new ArrayList<>(ceiling(g.withinType(), m));
        Ceiling x = g.crossingTypes();
        row.addAll(List.of(x.highestRole().value(), title(m, x.highestRole()),
            whole(x.seniority()), CsvNumbers.whole(x.steps()), CsvNumbers.whole(x.months()),
            whole(g.seniorityGain())));
        rows.add(row);
      }
    } else if (r.deadEnds().isPresent()) {
      r.deadEnds().get().forEach(d -> rows.add(List.of(type(d.organisationType()),
          d.role().value(), title(m, d.role()), CsvNumbers.whole(d.seniority()),
          String.valueOf(d.topOfScope()), String.valueOf(d.onlyByChangingType()),
          d.nearestHigher().map(RoleId::value).orElse(""),
          d.nearestHigher().map(h -> title(m, h)).orElse(""))));
    } else if (r.bottlenecks().isPresent()) {
      r.bottlenecks().get().forEach(b -> rows.add(List.of(b.role().value(), title(m, b.role()),
          CsvNumbers.amount(b.betweenness()), CsvNumbers.share(b.normalised()))));
    } else if (r.criticalRoles().isPresent()) {
      r.criticalRoles().get().forEach(c -> rows.add(List.of(type(c.organisationType()),
          c.role().value(), title(m, c.role()), ids(c.cutsOff()), titles(m, c.cutsOff()))));
    } else if (r.minimumCut().isPresent()) {
      MinimumCut cut = r.minimumCut().get();
      cut.routes().forEach(x -> rows.add(List.of("route", x.from().value(), title(m, x.from()),
          x.to().value(), title(m, x.to()))));
      cut.roles().forEach(x -> rows.add(List.of("role", x.value(), title(m, x), "", "")));
    } else if (r.supportGaps().isPresent()) {
      r.supportGaps().get().forEach(g -> rows.add(List.of(g.role().value(), title(m, g.role()),
          CsvNumbers.whole(g.seniority()), g.organisationType().value(),
          String.join(";", g.lacks()))));
    } else if (r.support().isPresent()) {
      r.support().get().forEach(s -> rows.add(List.of(s.role().value(), title(m, s.role()),
          s.organisationType().value(), String.join(";", s.has()),
          String.join(";", s.lacks()))));
    }
    return rows;
  }

  private static List<String> ceiling(Ceiling c, WorkforceModel m) {
    return List.of(type(c.organisationType()), c.entryRole().value(), title(m, c.entryRole()),
        c.highestRole().value(), title(m, c.highestRole()), whole(c.seniority()),
        CsvNumbers.whole(c.steps()), CsvNumbers.whole(c.months()));
  }

  private static String type(Optional<OrganisationTypeId> type) {
    return type.map(OrganisationTypeId::value).orElse("");
  }

  private static String whole(OptionalInt value) {
    return value.isPresent() ? CsvNumbers.whole(value.getAsInt()) : "";
  }

  private static String title(WorkforceModel m, RoleId id) {
    return m.findRole(id).map(Role::title).orElse("");
  }

  private static String ids(List<RoleId> ids) {
    return String.join(";", ids.stream().map(RoleId::value).toList());
  }

  private static String titles(WorkforceModel m, List<RoleId> ids) {
    return String.join(";", ids.stream().map(id -> title(m, id)).toList());
  }
}
