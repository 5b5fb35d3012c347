package org.sppathways.structure;

import java.util.List;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

/**
 * The model's roles and routes as int arrays in compressed sparse row form, both ways, with each
 * role's seniority and whether it is external. Role {@code i} is {@code model.roles().get(i)}.
 *
 * <p>Immutable after construction; the arrays are never handed out of the package.
 */
final class RouteGraph {
  /** Seniority of a role that has none. */
  static final int NO_SENIORITY = -1;

  final int n;
  /** Out-routes of role v are {@code outStart[v] .. outStart[v+1]-1}. */
  final int[] outStart;
  final int[] outTarget;
  final int[] outMonths;
  /** The index in {@code model.routes()} of each out-route. */
  final int[] outRoute;
  /** In-routes of role v are {@code inStart[v] .. inStart[v+1]-1}. */
  final int[] inStart;
  final int[] inSource;
  final int[] seniority;
  final boolean[] external;

  RouteGraph(WorkforceModel model) {
    List<Role> roles = model.roles();
    List<ProgressionRoute> routes = model.routes();
    n = roles.size();
    int m = routes.size();
    seniority = new int[n];
    external = new boolean[n];
    for (int i = 0; i < n; i++) {
      Role r = roles.get(i);
      seniority[i] = r.seniority().orElse(NO_SENIORITY);
      external[i] = r.external();
    }
    int[] from = new int[m];
    int[] to = new int[m];
    outStart = new int[n + 1];
    inStart = new int[n + 1];
    for (int e = 0; e < m; e++) {
      ProgressionRoute route = routes.get(e);
      from[e] = model.roleIndex(route.from());
      to[e] = model.roleIndex(route.to());
      outStart[from[e] + 1]++;
      inStart[to[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      outStart[v + 1] += outStart[v];
      inStart[v + 1] += inStart[v];
    }
    outTarget = new int[m];
    outMonths = new int[m];
    outRoute = new int[m];
    inSource = new int[m];
    int[] outFill = outStart.clone();
    int[] inFill = inStart.clone();
    for (int e = 0; e < m; e++) {
      int o = outFill[from[e]]++;
      outTarget[o] = to[e];
      outMonths[o] = routes.get(e).months();
      outRoute[o] = e;
      inSource[inFill[to[e]]++] = from[e];
    }
  }

  int routeCount() {
    return outTarget.length;
  }

  /** The largest months of any route, 0 when there is none. */
  int maxMonths() {
    int max = 0;
    for (int months : outMonths) {
      max = Math.max(max, months);
    }
    return max;
  }

  /** The roles offered by an organisation type (never external ones). */
  static boolean[] within(WorkforceModel model, OrganisationTypeId type) {
    List<Role> roles = model.roles();
    boolean[] in = new boolean[roles.size()];
    for (int i = 0; i < in.length; i++) {
      Role r = roles.get(i);
      in[i] = !r.external() && r.offeredBy().contains(type);
    }
    return in;
  }

  /** Every role of the workforce (not external). */
  boolean[] workforce() {
    boolean[] in = new boolean[n];
    for (int i = 0; i < n; i++) {
      in[i] = !external[i];
    }
    return in;
  }
}
