package org.sppathways.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProfileCheck;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.internal.KShortestPaths;
import org.sppathways.paths.internal.LabelSearches;
import org.sppathways.paths.internal.SearchSpec;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;

/**
 * The machinery of {@link CareerPathFinder}: one model's shared {@link RoleGraph}, the training
 * planner along paths and the packed base weights, and {@link Search}, the state and execution of
 * one query (its weights, filters and starts, the k best paths, the Pareto set and reach). The
 * finder validates arguments and hands each query here; the algorithms and their complexity are
 * described on the finder.
 *
 * <p>Thread-safe: the packings are memoised in a concurrent map, and a {@link Search} belongs to
 * one query on one thread.
 */
final class PathEngine {

  /** A component of an additive key. */
  enum Comp { STEPS, MONTHS }

  final WorkforceModel model;
  final RoleGraph graph;
  private final PathTraining training;
  private final long[] ones;
  private final long[] months;
  private final Map<String, Optional<Packing>> packings = new ConcurrentHashMap<>();

  PathEngine(WorkforceModel model) {
    this.model = model;
    this.graph = RoleGraph.of(model);
    this.training = new PathTraining(model, graph);
    this.ones = new long[graph.m];
    Arrays.fill(ones, 1);
    this.months = new long[graph.m];
    for (int e = 0; e < graph.m; e++) {
      months[e] = graph.months[e];
    }
  }

  /** A search for one query: by steps or months when {@code comps} is given, else accumulating. */
  Search search(PathQuery q, Comp[] comps, Origin origin, WorkerProfile person) {
    return new Search(q, comps, origin, person);
  }

  /** Where a search from a role starts. */
  Origin role(RoleId role) {
    return Origin.role(vertexOf(role));
  }

  /** The key components of an additive search by steps or months; null for hours or cost. */
  static Comp[] order(Criterion by) {
    switch (by) {
      case STEPS:
        return new Comp[] {Comp.STEPS, Comp.MONTHS};
      case MONTHS:
        return new Comp[] {Comp.MONTHS, Comp.STEPS};
      default:
        return null;
    }
  }

  int vertexOf(RoleId role) {
    return graph.vertex[model.roleIndex(Objects.requireNonNull(role, "role"))];
  }

  Origin origin(WorkerProfile person) {
    // A profile that does not fit the model: a located ModelException with suggestions.
    ProfileCheck.of(model).require(Objects.requireNonNull(person, "person"));
    return person.role().isPresent() ? Origin.role(vertexOf(person.role().get())) : Origin.ENTRY;
  }

  /** Where a search starts: a role's vertex, or every entry route. */
  record Origin(int vertex) {
    static final Origin ENTRY = new Origin(-1);

    static Origin role(int vertex) {
      return new Origin(vertex);
    }
  }

  /** One start of a search: a source vertex and what precedes it. */
  private record Start(int source, long[][] first, int forbidden, long[] offset, int entry) {}

  /**
   * A layout of key components in one long: each field twice as wide as the largest sum of n + 1
   * base weights needs, so that a personal first step or entry step of up to half the field
   * still fits; and the base weights packed.
   */
  private record Packing(int[] shift, long[] max, long[] capacity, long[] packed) {}

  /** The packing of these components' base weights, or null when they do not fit in 62 bits. */
  private Packing packing(Comp[] comps, long[][] w) {
    String key = Arrays.toString(comps);
    Optional<Packing> cached = packings.get(key);
    if (cached == null) {
      cached = Optional.ofNullable(layout(w));
      packings.putIfAbsent(key, cached);
    }
    return cached.orElse(null);
  }

  private Packing layout(long[][] w) {
    int c = w.length;
    int[] bits = new int[c];
    long[] max = new long[c];
    long[] capacity = new long[c];
    int total = 0;
    for (int i = 0; i < c; i++) {
      for (long x : w[i]) {
        max[i] = Math.max(max[i], x);
      }
      if (max[i] > (Long.MAX_VALUE >> 3) / (graph.n + 1L)) {
        return null;
      }
      bits[i] = 65 - Long.numberOfLeadingZeros(Math.max(1, max[i] * (graph.n + 1L)));
      capacity[i] = (1L << bits[i]) - 1;
      total += bits[i];
    }
    if (total > 62) {
      return null;
    }
    int[] shift = new int[c];
    for (int i = c - 1, at = 0; i >= 0; at += bits[i], i--) {
      shift[i] = at;
    }
    long[] packed = new long[graph.m];
    for (int e = 0; e < graph.m; e++) {
      for (int i = 0; i < c; i++) {
        packed[e] |= w[i][e] << shift[i];
      }
    }
    return new Packing(shift, max, capacity, packed);
  }

  // ---------------------------------------------------------------- one query

  /** The state of one query: weights, filters, starts and the shared work counter. */
  final class Search {
    final PathQuery q;
    /** The additive key (steps, months); for a search by hours or cost or Pareto, unused. */
    final Comp[] comps;
    /** Whether the search keys on accumulated training (by hours or cost, or Pareto). */
    final boolean accumulating;
    final WorkerProfile person;
    final Objective objective;
    long[][] w;
    final boolean[] vertexOk;
    final boolean[] edgeOk;
    final SearchSpec.Work work;
    final List<Start> starts = new ArrayList<>();
    int stepsComp;
    int monthsComp;
    final boolean personalRole;
    final boolean planned;
    final PathTraining.Start held;
    final Map<Object, TrainingPlan> plans = new HashMap<>();
    boolean complete = true;

    private Search(PathQuery q, Comp[] comps, Origin origin, WorkerProfile person) {
      this.q = Objects.requireNonNull(q, "query");
      this.accumulating = comps == null;
      this.comps = comps == null ? new Comp[] {Comp.MONTHS, Comp.STEPS} : comps;
      this.person = person;
      this.objective = q.trainingObjective();
      this.planned = q.detail() || accumulating;
      if (q.qualifiedOnly() && person == null) {
        throw new IllegalArgumentException("qualifiedOnly needs a person: search from a "
            + "WorkerProfile, or leave qualifiedOnly off");
      }
      for (RoleId r : q.avoid()) {
        model.roleIndex(r);
      }
      for (OrganisationTypeId o : q.within()) {
        model.organisationType(o);
      }
      this.work = new SearchSpec.Work(q.maxWork());
      this.w = new long[this.comps.length][];
      int steps = -1;
      int monthsAt = -1;
      for (int i = 0; i < this.comps.length; i++) {
        if (this.comps[i] == Comp.STEPS) {
          w[i] = ones;
          steps = i;
        } else {
          w[i] = months;
          monthsAt = i;
        }
      }
      this.stepsComp = steps;
      this.monthsComp = monthsAt;
      this.vertexOk = vertexMask();
      this.edgeOk = edgeMask();
      this.personalRole = person != null && origin.vertex() >= 0;
      // the query's organisation type, else the person's: each step's role is asked for in it
      q.organisationType().ifPresent(model::organisationType);
      Optional<OrganisationTypeId> type = q.organisationType().isPresent() || person == null
          ? q.organisationType() : person.organisationType();
      PathTraining.Needs needs = training.needs(type);
      this.held = person != null
          ? training.personStart(person, q.asOf().orElseGet(java.time.LocalDate::now), needs)
          : training.roleStart(origin.vertex(), needs);
      if (origin.vertex() >= 0) {
        starts.add(new Start(origin.vertex(), personalRole ? personalFirst(origin.vertex()) : null,
            -1, new long[this.comps.length], -1));
      } else {
        for (int e = 0; e < graph.m; e++) {
          if (graph.kind[e] == RouteKind.ENTRY.ordinal() && (edgeOk == null || edgeOk[e])
              && (vertexOk == null || vertexOk[graph.head[e]]) && enterableSource(graph.tail[e])) {
            long[] offset = personalKey(e, false);
            starts.add(new Start(graph.head[e], null, graph.tail[e], offset, e));
          }
        }
      }
      if (!accumulating && q.maxSteps().isEmpty() && q.maxMonths().isEmpty()) {
        pack();
      }
    }

    /** The best-first search over accumulated training, for this query's starts. */
    private TrainingSearch trainingSearch() {
      List<TrainingSearch.Origin> origins = new ArrayList<>();
      for (Start start : starts) {
        origins.add(new TrainingSearch.Origin(start.source(), start.entry()));
      }
      long maxSteps = q.maxSteps().isPresent() ? q.maxSteps().getAsInt() : Long.MAX_VALUE;
      long maxMonths = q.maxMonths().isPresent() ? q.maxMonths().getAsInt() : Long.MAX_VALUE;
      return new TrainingSearch(graph, training, held, objective, vertexOk, edgeOk, origins,
          personalRole ? person.monthsInRole() : 0, maxSteps, maxMonths, work);
    }

    /**
     * Packs the key components into one long, most significant first, when every sum a simple
     * path can reach fits its bit field: the searches then compare one long instead of a vector
     * (the same order, as no field can carry into the next). Needs no limits, which read the
     * steps and months of a key. The base weights are packed once per finder.
     */
    private void pack() {
      Packing packing = packing(comps, w);
      if (packing == null) {
        return;
      }
      int c = w.length;
      for (Start start : starts) {
        for (int i = 0; i < c; i++) {
          long max = start.offset()[i];
          if (start.first() != null) {
            for (long x : start.first()[i]) {
              max = Math.max(max, x);
            }
          }
          // a path: the offset, one first step, then at most n - 1 steps of the base weights
          if (max > packing.capacity()[i] / 2 - packing.max()[i] * (graph.n + 1L)) {
            return;
          }
        }
      }
      int[] shift = packing.shift();
      List<Start> packedStarts = new ArrayList<>();
      for (Start start : starts) {
        long[][] first = null;
        if (start.first() != null) {
          first = new long[1][start.first()[0].length];
          for (int j = 0; j < first[0].length; j++) {
            first[0][j] = pack(start.first(), j, shift);
          }
        }
        long[] offset = {0};
        for (int i = 0; i < c; i++) {
          offset[0] |= start.offset()[i] << shift[i];
        }
        packedStarts.add(new Start(start.source(), first, start.forbidden(), offset, start.entry()));
      }
      w = new long[][] {packing.packed()};
      starts.clear();
      starts.addAll(packedStarts);
      stepsComp = 0;
      monthsComp = 0;
    }

    private long pack(long[][] values, int at, int[] shift) {
      long key = 0;
      for (int i = 0; i < values.length; i++) {
        key |= values[i][at] << shift[i];
      }
      return key;
    }

    boolean complete() {
      return complete && !work.exhausted();
    }

    private boolean enterableSource(int v) {
      Role role = model.roles().get(graph.modelIndex[v]);
      return !q.avoid().contains(role.id()) && q.roleFilter().test(role);
    }

    private boolean[] vertexMask() {
      if (q.within().isEmpty() && q.avoid().isEmpty() && q.roleFilter() == PathQuery.ANY_ROLE) {
        return null;
      }
      boolean[] ok = new boolean[graph.n];
      for (int v = 0; v < graph.n; v++) {
        Role role = model.roles().get(graph.modelIndex[v]);
        boolean offered = q.within().isEmpty();
        for (OrganisationTypeId o : role.offeredBy()) {
          offered |= q.within().contains(o);
        }
        ok[v] = offered && !q.avoid().contains(role.id()) && q.roleFilter().test(role);
      }
      return ok;
    }

    private boolean[] edgeMask() {
      if (q.kinds().isEmpty() && !q.qualifiedOnly() && q.routeFilter() == PathQuery.ANY_ROUTE) {
        return null;
      }
      boolean[] ok = new boolean[graph.m];
      for (int e = 0; e < graph.m; e++) {
        ProgressionRoute route = model.routes().get(graph.route[e]);
        ok[e] = (q.kinds().isEmpty() || q.kinds().contains(route.kind()))
            && (!q.qualifiedOnly() || qualified(route)) && q.routeFilter().test(route);
      }
      return ok;
    }

    private boolean qualified(ProgressionRoute route) {
      for (Requirement r : route.requirements()) {
        if (r.essential() && person.level(r.competency()) < r.level()) {
          return false;
        }
      }
      return true;
    }

    /** The key of a personal step along edge e (months reduced by months in role if asked). */
    private long[] personalKey(int e, boolean reduceMonths) {
      long[] key = new long[comps.length];
      for (int i = 0; i < comps.length; i++) {
        key[i] = comps[i] == Comp.STEPS ? 1 : personalMonths(e, reduceMonths);
      }
      return key;
    }

    private int personalMonths(int e, boolean reduce) {
      return reduce ? Math.max(0, graph.months[e] - person.monthsInRole()) : graph.months[e];
    }

    private long[][] personalFirst(int source) {
      int from = graph.outStart[source];
      int deg = graph.outStart[source + 1] - from;
      long[][] first = new long[comps.length][deg];
      for (int j = 0; j < deg; j++) {
        if (edgeOk != null && !edgeOk[from + j]) {
          continue;
        }
        long[] key = personalKey(from + j, true);
        for (int i = 0; i < comps.length; i++) {
          first[i][j] = key[i];
        }
      }
      return first;
    }

    private SearchSpec spec(Start start) {
      long maxSteps = q.maxSteps().isPresent() ? q.maxSteps().getAsInt() : Long.MAX_VALUE;
      long maxMonths = q.maxMonths().isPresent() ? q.maxMonths().getAsInt() : Long.MAX_VALUE;
      return new SearchSpec(graph, w, start.source(), start.first(), vertexOk, edgeOk,
          start.forbidden(), start.offset(), stepsComp, monthsComp, maxSteps, maxMonths, work);
    }

    /** A path found: its edges (entry included), key and vertices. */
    private final class Found {
      final int[] edges;
      final long[] key;
      final int[] verts;

      Found(Start start, int[] tail, long[] key) {
        this.key = key;
        if (start.entry() >= 0) {
          edges = new int[tail.length + 1];
          edges[0] = start.entry();
          System.arraycopy(tail, 0, edges, 1, tail.length);
        } else {
          edges = tail;
        }
        verts = new int[edges.length + 1];
        verts[0] = edges.length == 0 ? start.source() : graph.tail[edges[0]];
        for (int i = 0; i < edges.length; i++) {
          verts[i + 1] = graph.head[edges[i]];
        }
      }

      Found(int[] edges, int[] verts, long[] key) {
        this.edges = edges;
        this.verts = verts;
        this.key = key;
      }
    }

    private long[] keyOf(Start start, int[] tail) {
      long[] key = start.offset().clone();
      for (int i = 0; i < tail.length; i++) {
        for (int j = 0; j < w.length; j++) {
          key[j] += i == 0 && start.first() != null
              ? start.first()[j][tail[0] - graph.outStart[start.source()]] : w[j][tail[i]];
        }
      }
      return key;
    }

    private Comparator<Found> order(int[] perm) {
      return (a, b) -> {
        for (int j : perm) {
          int cmp = Long.compare(a.key[j], b.key[j]);
          if (cmp != 0) {
            return cmp;
          }
        }
        return Arrays.compare(a.verts, b.verts);
      };
    }

    private int[] identity() {
      int[] perm = new int[w.length];
      for (int i = 0; i < perm.length; i++) {
        perm[i] = i;
      }
      return perm;
    }

    List<CareerPath> kBest(int target, int k) {
      if (accumulating) {
        TrainingSearch search = trainingSearch();
        List<CareerPath> out = new ArrayList<>();
        for (TrainingSearch.Found f : search.kBest(target, k, q.by() == Criterion.HOURS)) {
          out.add(path(f.edges(), f.verts()));
        }
        complete &= search.complete();
        return out;
      }
      List<Found> found = new ArrayList<>();
      for (Start start : starts) {
        SearchSpec spec = spec(start);
        if (!spec.within(start.offset(), 0)) {
          continue;
        }
        KShortestPaths search = new KShortestPaths(spec, target);
        for (int[] tail : search.paths(k)) {
          found.add(new Found(start, tail, keyOf(start, tail)));
        }
        complete &= search.complete();
        if (work.exhausted()) {
          break;
        }
      }
      if (starts.size() > 1) {
        found.sort(order(identity()));
      }
      return paths(found.subList(0, Math.min(k, found.size())));
    }

    List<CareerPath> pareto(int target) {
      TrainingSearch search = trainingSearch();
      List<Found> front = new ArrayList<>();
      for (TrainingSearch.Found f : search.pareto(target)) {
        front.add(new Found(f.edges(), f.verts(), f.key()));
      }
      complete &= search.complete();
      // the Pareto key is (months, hours, cost, steps): the criterion first, then the others
      int lead = List.of(Criterion.MONTHS, Criterion.HOURS, Criterion.COST, Criterion.STEPS)
          .indexOf(q.by());
      int[] perm = new int[4];
      perm[0] = lead;
      int n = 1;
      for (int i = 0; i < 4; i++) {
        if (i != lead) {
          perm[n++] = i;
        }
      }
      front.sort(order(perm));
      return paths(front);
    }

    List<ReachableRole> reach() {
      if (accumulating) {
        TrainingSearch search = trainingSearch();
        List<ReachableRole> out = new ArrayList<>();
        for (TrainingSearch.Found f : search.reach(q.by() == Criterion.HOURS)) {
          CareerPath p = path(f.edges(), f.verts());
          out.add(new ReachableRole(p.end(), p));
        }
        complete &= search.complete();
        return out;
      }
      Found[] best = new Found[graph.n];
      Comparator<Found> order = order(identity());
      for (Start start : starts) {
        SearchSpec spec = spec(start);
        if (!spec.within(start.offset(), 0)) {
          continue;
        }
        LabelSearches.Outcome out = LabelSearches.reach(spec);
        for (int i = 0; i < out.paths().size(); i++) {
          Found f = new Found(start, out.paths().get(i), out.keys().get(i));
          int v = f.verts[f.verts.length - 1];
          if (f.edges.length > 0 && (best[v] == null || order.compare(f, best[v]) < 0)) {
            best[v] = f;
          }
        }
        complete &= out.complete();
        if (work.exhausted()) {
          break;
        }
      }
      List<Found> found = new ArrayList<>();
      for (Found f : best) {
        if (f != null) {
          found.add(f);
        }
      }
      found.sort((a, b) -> {
        for (int j = 0; j < w.length; j++) {
          int cmp = Long.compare(a.key[j], b.key[j]);
          if (cmp != 0) {
            return cmp;
          }
        }
        return Integer.compare(a.verts[a.verts.length - 1], b.verts[b.verts.length - 1]);
      });
      List<ReachableRole> out = new ArrayList<>();
      for (CareerPath p : paths(found)) {
        out.add(new ReachableRole(p.end(), p));
      }
      return out;
    }

    private List<CareerPath> paths(List<Found> found) {
      List<CareerPath> out = new ArrayList<>(found.size());
      for (Found f : found) {
        out.add(path(f));
      }
      return out;
    }

    private CareerPath path(Found f) {
      return path(f.edges, f.verts);
    }

    /**
     * A path with its training: one plan for everything it asks for beyond what is held at the
     * start, each course at the first step that needs it; totals over the distinct courses.
     */
    private CareerPath path(int[] edges, int[] verts) {
      List<RoleId> roles = new ArrayList<>(verts.length);
      for (int v : verts) {
        roles.add(model.roles().get(graph.modelIndex[v]).id());
      }
      PathTraining.Path plan = planned && edges.length > 0
          ? training.path(held, edges, objective, plans) : null;
      List<PathStep> steps = new ArrayList<>(edges.length);
      long totalMonths = 0;
      for (int i = 0; i < edges.length; i++) {
        int e = edges[i];
        ProgressionRoute route = model.routes().get(graph.route[e]);
        boolean personal = person != null && i == 0;
        int m = personal ? personalMonths(e, personalRole) : graph.months[e];
        if (plan == null) {
          steps.add(new PathStep(route, m, 0, 0, List.of(), List.of(), List.of(), false,
              personal, false));
        } else {
          PathTraining.Step step = plan.steps().get(i);
          steps.add(new PathStep(route, m, step.hours(), step.cost(), step.gaps(), step.courses(),
              step.unclosable(), plan.plan().optimal(), personal, true));
        }
        totalMonths += m;
      }
      return new CareerPath(roles, steps, totalMonths, plan == null ? 0 : plan.plan().hours(),
          plan == null ? 0 : plan.plan().cost());
    }
  }

  @Override
  public String toString() {
    return "CareerPathFinder{" + model.name() + ", " + graph.n + " roles, " + graph.m + " routes}";
  }
}
