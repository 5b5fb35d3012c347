package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceModel;

/**
 * The terms of a {@link StructureAnalysis}, settled once when it is built: the model's shared
 * graph and per-role facts, the entry roles, the seniority from which roles are senior, and the
 * support structures checked; with the small helpers every computation of the analysis uses
 * (masks of roles by organisation type, ids of vertices). Vertices are those of the model's
 * {@link RoleGraph} (role-id order); results are translated to role ids at the boundary.
 *
 * <p>Immutable after construction; the arrays are never handed out of the package.
 */
final class Terms {
  final WorkforceModel model;
  final StructureOptions options;
  final RoleGraph graph;
  final RoleFacts facts;
  final int n;
  final boolean[] workforce;
  final boolean[] entry;
  final OptionalInt seniorFrom;
  final List<String> vocabulary;
  final List<String> keySupports;
  final Ladders ladders;

  Terms(WorkforceModel model, StructureOptions options) {
    this.model = model;
    this.options = options;
    this.graph = RoleGraph.of(model);
    this.facts = new RoleFacts(model, graph);
    this.n = graph.n;
    workforce = facts.workforce;
    ladders = new Ladders(facts);
    entry = entryMask(options);
    seniorFrom = options.seniorFrom().isPresent() ? options.seniorFrom() : defaultSeniorFrom();
    TreeSet<String> names = new TreeSet<>();
    for (OrganisationType t : model.organisationTypes()) {
      t.supports().forEach(s -> names.add(s.structure()));
    }
    vocabulary = List.copyOf(names);
    keySupports = options.keySupports().map(l -> List.copyOf(new TreeSet<>(l)))
        .orElseGet(() -> names.stream()
            .filter(s -> s.equals("management-training") || s.endsWith("supervision")).toList());
  }

  private boolean[] entryMask(StructureOptions options) {
    boolean[] in = new boolean[n];
    if (options.entryRoles().isPresent()) {
      for (RoleId id : options.entryRoles().get()) {
        in[facts.vertex(model, id)] = true;
      }
      return in;
    }
    if (options.entryBelowSeniority().isPresent()) {
      int below = options.entryBelowSeniority().getAsInt();
      boolean any = false;
      int lowest = Integer.MAX_VALUE;
      for (int v = 0; v < n; v++) {
        int sen = facts.seniority[v];
        if (workforce[v] && sen >= 0) {
          lowest = Math.min(lowest, sen);
          in[v] = sen < below;
          any |= in[v];
        }
      }
      if (!any) {
        throw new SpPathwaysException("no role of the workforce has a seniority below " + below
            + (lowest == Integer.MAX_VALUE ? " (no role has a seniority)"
                : " (the lowest is " + lowest + "); give a seniority above " + lowest));
      }
      return in;
    }
    // roles entered by an entry route or from an external role
    boolean any = false;
    for (int v = 0; v < n; v++) {
      if (facts.external[v]) {
        continue;
      }
      for (ProgressionRoute r : model.routesTo(facts.ids[v])) {
        in[v] |= r.kind() == RouteKind.ENTRY || model.role(r.from()).external();
      }
      any |= in[v];
    }
    if (any) {
      // with them, the roles no route leads to (people can only enter those from outside)
      for (int v = 0; v < n; v++) {
        in[v] |= workforce[v] && facts.unreached(v);
      }
      return in;
    }
    // a model that records no way in (an imported framework, whose routes join related
    // occupations; which ones no route reaches says little): the lowest seniority
    int lowest = Integer.MAX_VALUE;
    for (int v = 0; v < n; v++) {
      if (workforce[v] && facts.seniority[v] >= 0) {
        lowest = Math.min(lowest, facts.seniority[v]);
      }
    }
    for (int v = 0; v < n; v++) {
      if (workforce[v]) {
        in[v] = lowest == Integer.MAX_VALUE ? facts.unreached(v)
            : facts.seniority[v] == lowest;
        any |= in[v];
      }
    }
    return any ? in : workforce.clone();
  }

  private OptionalInt defaultSeniorFrom() {
    int[] levels = IntStream.range(0, n).filter(v -> workforce[v])
        .map(v -> facts.seniority[v]).filter(s -> s >= 0).distinct().sorted().toArray();
    return levels.length == 0 ? OptionalInt.empty()
        : OptionalInt.of(levels[Math.max(0, levels.length - 2)]);
  }

  /** The senior roles of the workforce. */
  boolean[] seniorMask() {
    boolean[] in = new boolean[n];
    if (seniorFrom.isPresent()) {
      for (int v = 0; v < n; v++) {
        in[v] = workforce[v] && facts.seniority[v] >= seniorFrom.getAsInt();
      }
    }
    return in;
  }

  /**
   * The roles within an organisation type.
   *
   * @throws org.sppathways.model.UnknownIdException if the model has no such type
   */
  boolean[] scope(OrganisationTypeId type) {
    model.organisationType(type);
    return facts.within(type);
  }

  /** The roles in a set (and in a mask, when not null), by id. */
  List<RoleId> roles(boolean[] set, boolean[] mask) {
    List<RoleId> out = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (set[v] && (mask == null || mask[v])) {
        out.add(facts.ids[v]);
      }
    }
    out.sort(Comparator.comparing(RoleId::value));
    return List.copyOf(out);
  }

  /** The id of a vertex. */
  RoleId id(int v) {
    return facts.ids[v];
  }

  /** The vertex of a role. @throws org.sppathways.model.UnknownIdException if there is none */
  int vertex(RoleId role) {
    return facts.vertex(model, role);
  }

  /** The support structures an organisation type offers, by name. */
  static List<String> offered(OrganisationType type) {
    return type.supports().stream().map(SupportStructure::structure).sorted().toList();
  }
}
