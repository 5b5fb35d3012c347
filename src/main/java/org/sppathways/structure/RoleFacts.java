package org.sppathways.structure;

import java.util.List;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * What the structure analytics need to know of each role beyond the routes, in the vertex order
 * of the model's shared {@link RoleGraph} (role-id order): its id, its seniority, whether it is
 * external, and which roles an organisation type offers. Built in O(n) from the graph and the
 * model; the routes themselves are read from the graph.
 *
 * <p>Immutable after construction; the arrays are never handed out of the package.
 */
final class RoleFacts {
  /** Seniority of a role that has none. */
  static final int NO_SENIORITY = -1;

  final RoleGraph graph;
  final int n;
  /** The id of each vertex; vertex order is id order. */
  final RoleId[] ids;
  final int[] seniority;
  final boolean[] external;
  /** Every role of the workforce (not external). */
  final boolean[] workforce;
  private final List<Role> roles;

  RoleFacts(WorkforceModel model, RoleGraph graph) {
    this.graph = graph;
    this.roles = model.roles();
    n = graph.n;
    ids = new RoleId[n];
    seniority = new int[n];
    external = new boolean[n];
    workforce = new boolean[n];
    for (int v = 0; v < n; v++) {
      Role r = roles.get(graph.modelIndex[v]);
      ids[v] = r.id();
      seniority[v] = r.seniority().orElse(NO_SENIORITY);
      external[v] = r.external();
      workforce[v] = !r.external();
    }
  }

  /** The role of a vertex. */
  Role role(int v) {
    return roles.get(graph.modelIndex[v]);
  }

  /** The vertex of a role the model is known to have. */
  int vertex(WorkforceModel model, RoleId id) {
    return graph.vertex[model.roleIndex(id)];
  }

  /** The roles offered by an organisation type (never external ones). */
  boolean[] within(OrganisationTypeId type) {
    boolean[] in = new boolean[n];
    for (int v = 0; v < n; v++) {
      in[v] = !external[v] && role(v).offeredBy().contains(type);
    }
    return in;
  }

  /** Whether no route leads to a vertex. */
  boolean unreached(int v) {
    return graph.inStart[v] == graph.inStart[v + 1];
  }
}
