package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;

/**
 * Where careers stall in a workforce, and who is supported: progression ceilings, dead ends and
 * plateaus, bottlenecks, support gaps, workload, distance matrices and side-by-side comparisons
 * of organisation types, all computed from one {@link WorkforceModel}.
 *
 * <pre>{@code
 * StructureAnalysis structure = StructureAnalysis.of(ReferenceModels.socialPrescribing());
 * structure.ceiling(OrganisationTypeId.of("vcse-charity"), RoleId.of("link-worker"));
 *     // senior-link-worker, seniority 6, 1 step, 24 months
 * structure.ceiling(OrganisationTypeId.of("pcn"), RoleId.of("link-worker"));
 *     // sp-manager, seniority 7, 2 steps, 48 months
 * structure.plateaus();       // roles whose only way up is to change employer type
 * structure.supportGaps();    // senior roles whose employers lack management training or supervision
 * structure.bottlenecks(Criterion.STEPS).get(0);   // the most central role
 * }</pre>
 *
 * <h2>Terms</h2>
 * <ul>
 *   <li>A role is <b>within</b> an organisation type when the type is among its
 *       {@link Role#offeredBy()}; external roles are never within a type. "Staying with employers
 *       of a type" means every role on the path is within it. "Crossing types" allows every role
 *       of the workforce (not external ones).</li>
 *   <li><b>Entry roles</b> ({@link #entryRoles()}): unless set in {@link StructureOptions} (as a
 *       list, or as every role below a seniority), the roles of the workforce that a route of
 *       kind {@link RouteKind#ENTRY} or a route from an external role leads to, together with
 *       those no route leads to. A model with no such route at all (an imported framework such as
 *       O*NET, whose routes join occupations to related occupations) records no way in: its entry
 *       roles are then the roles at its lowest seniority (O*NET's Job Zone 1), or, when no role
 *       has a seniority, those no route leads to. When that finds none, every role of the
 *       workforce. The entry roles of a type are those within it.</li>
 *   <li><b>Senior roles</b> ({@link #seniorRoles()}): roles of the workforce at or above
 *       {@link #seniorFrom()}.</li>
 *   <li>Roles without a seniority are never a ceiling above a role with one, never dead ends and
 *       never senior.</li>
 * </ul>
 *
 * <h2>Complexity</h2>
 * With n roles, m routes, T organisation types, E entry roles, L distinct seniorities and D the
 * longest shortest distance in months (searches by months use a bucket queue; with route months
 * above 4,096 a binary heap, and m log n in place of m + D below).
 * Building the analysis: O(n + m + T). {@link #ceilings()}: O(T · E · (m + D)).
 * {@link #deadEnds()}: O(T · L · (n + m)) plus one breadth-first search per plateau.
 * {@link #bottlenecks}: O(n · m) for steps, O(n · (m + D)) for months (Brandes), on all cores
 * unless {@link StructureOptions#parallel()} is off. {@link #criticalRoles()}: the dominator tree,
 * near O(n + m). {@link #minimumCut()}: two max-flow computations, O(c · (n + m)) for a cut of
 * size c. {@link #support()}, {@link #supportGaps()}: O(n · T · s) for s support structures.
 * {@link #workload}: O(P) for P profiles, streamed. {@link #distances}: O(n · m) for steps,
 * O(n · (m + D)) for months, and 4n² bytes. See {@code docs/explanation/structure-analytics.md}.
 *
 * <p>This class is immutable and thread-safe; build it once per model and share it. Nothing is
 * cached: each call computes its result afresh.
 *
 * @since 0.1.0
 */
public final class StructureAnalysis {
  private final WorkforceModel model;
  private final StructureOptions options;
  private final RoleGraph graph;
  private final RoleFacts facts;
  private final boolean[] workforce;
  private final boolean[] entry;
  private final OptionalInt seniorFrom;
  private final List<String> vocabulary;
  private final List<String> keySupports;
  private final Map<RoleId, Integer> positions;
  private final Ladders ladders;

  private StructureAnalysis(WorkforceModel model, StructureOptions options) {
    this.model = model;
    this.options = options;
    this.graph = RoleGraph.of(model);
    this.facts = new RoleFacts(model, graph);
    Map<RoleId, Integer> pos = new HashMap<>();
    for (int i = 0; i < graph.n; i++) {
      pos.put(model.roles().get(i).id(), i);
    }
    positions = Map.copyOf(pos);
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

  /** An analysis of a model with the default options. O(n + m + T). */
  public static StructureAnalysis of(WorkforceModel model) {
    return of(model, StructureOptions.defaults());
  }

  /**
   * An analysis of a model with the given options. O(n + m + T).
   *
   * @throws UnknownIdException if the options name an entry role the model does not have
   * @throws SpPathwaysException if the options ask for the roles below a seniority and no role of
   *     the workforce lies below it
   */
  public static StructureAnalysis of(WorkforceModel model, StructureOptions options) {
    return new StructureAnalysis(Objects.requireNonNull(model, "model"),
        Objects.requireNonNull(options, "options"));
  }

  /** The model analysed. */
  public WorkforceModel model() {
    return model;
  }

  /** The options in use. */
  public StructureOptions options() {
    return options;
  }

  private boolean[] entryMask(StructureOptions options) {
    int n = graph.n;
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
    int[] levels = IntStream.range(0, graph.n).filter(v -> workforce[v])
        .map(v -> facts.seniority[v]).filter(s -> s >= 0).distinct().sorted().toArray();
    return levels.length == 0 ? OptionalInt.empty()
        : OptionalInt.of(levels[Math.max(0, levels.length - 2)]);
  }

  // ------------------------------------------------------------------ terms

  /** The entry roles of the workforce, by id (see the class description). */
  public List<RoleId> entryRoles() {
    return roles(entry, null);
  }

  /**
   * The entry roles within an organisation type, by id.
   *
   * @throws UnknownIdException if the model has no such organisation type
   */
  public List<RoleId> entryRoles(OrganisationTypeId type) {
    return roles(entry, scope(type));
  }

  /** The lowest seniority counted as senior; empty when no role has a seniority. */
  public OptionalInt seniorFrom() {
    return seniorFrom;
  }

  /** The senior roles of the workforce, by id. */
  public List<RoleId> seniorRoles() {
    return roles(seniorMask(), null);
  }

  /** Every support structure offered by any organisation type of the model, by name. */
  public List<String> supportStructures() {
    return vocabulary;
  }

  /** The support structures senior roles' employers are checked for, by name. */
  public List<String> keySupports() {
    return keySupports;
  }

  private boolean[] seniorMask() {
    boolean[] in = new boolean[graph.n];
    if (seniorFrom.isPresent()) {
      for (int v = 0; v < graph.n; v++) {
        in[v] = workforce[v] && facts.seniority[v] >= seniorFrom.getAsInt();
      }
    }
    return in;
  }

  private boolean[] scope(OrganisationTypeId type) {
    model.organisationType(type);
    return facts.within(type);
  }

  private List<RoleId> roles(boolean[] set, boolean[] mask) {
    List<RoleId> out = new ArrayList<>();
    for (int v = 0; v < graph.n; v++) {
      if (set[v] && (mask == null || mask[v])) {
        out.add(facts.ids[v]);
      }
    }
    out.sort(Comparator.comparing(RoleId::value));
    return List.copyOf(out);
  }

  private RoleId id(int v) {
    return facts.ids[v];
  }

  // ------------------------------------------------------------------ ceilings

  /**
   * The ceiling from a role staying with employers of one organisation type; empty when the
   * type does not offer the role. Any role may start, not only entry roles. O(m + D).
   *
   * @throws UnknownIdException if the model has no such type or role
   */
  public Optional<Ceiling> ceiling(OrganisationTypeId type, RoleId role) {
    boolean[] mask = scope(type);
    int v = facts.vertex(model, role);
    if (!mask[v]) {
      return Optional.empty();
    }
    return Optional.of(ceiling(Optional.of(type), mask, v, new Searches(graph)));
  }

  /**
   * The ceiling from a role when crossing organisation types is allowed: through any role of the
   * workforce. O(m + D).
   *
   * @throws UnknownIdException if the model has no such role
   */
  public Ceiling ceilingAcrossTypes(RoleId role) {
    return ceiling(Optional.empty(), workforce, facts.vertex(model, role), new Searches(graph));
  }

  /**
   * The ceilings of every organisation type from each of its entry roles, side by side: by entry
   * role id, then organisation type id. O(T · E · (m + D)).
   */
  public List<Ceiling> ceilings() {
    List<Ceiling> out = new ArrayList<>();
    Searches s = new Searches(graph);
    for (OrganisationType t : model.organisationTypes()) {
      boolean[] mask = facts.within(t.id());
      for (int v = 0; v < graph.n; v++) {
        if (entry[v] && mask[v]) {
          out.add(ceiling(Optional.of(t.id()), mask, v, s));
        }
      }
    }
    out.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value())
        .thenComparing(c -> c.organisationType().get().value()));
    return List.copyOf(out);
  }

  /**
   * The ceilings of one organisation type from each of its entry roles, by entry role id.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public List<Ceiling> ceilings(OrganisationTypeId type) {
    boolean[] mask = scope(type);
    List<Ceiling> out = new ArrayList<>();
    Searches s = new Searches(graph);
    for (int v = 0; v < graph.n; v++) {
      if (entry[v] && mask[v]) {
        out.add(ceiling(Optional.of(type), mask, v, s));
      }
    }
    out.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value()));
    return List.copyOf(out);
  }

  /** The ceiling from each entry role when crossing types is allowed, by entry role id. */
  public List<Ceiling> ceilingsAcrossTypes() {
    List<Ceiling> out = new ArrayList<>();
    Searches s = new Searches(graph);
    for (int v = 0; v < graph.n; v++) {
      if (entry[v]) {
        out.add(ceiling(Optional.empty(), workforce, v, s));
      }
    }
    out.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value()));
    return List.copyOf(out);
  }

  /**
   * For each organisation type and each of its entry roles, the ceiling staying within the type
   * beside the ceiling crossing types: what changing employer type adds. Same order as
   * {@link #ceilings()}.
   */
  public List<CrossingGain> crossingGains() {
    Searches s = new Searches(graph);
    Map<Integer, Ceiling> open = new HashMap<>();
    List<CrossingGain> out = new ArrayList<>();
    for (Ceiling c : ceilings()) {
      int v = facts.vertex(model, c.entryRole());
      Ceiling across = open.computeIfAbsent(v, x -> ceiling(Optional.empty(), workforce, x, s));
      out.add(new CrossingGain(c.organisationType().get(), c.entryRole(), c, across));
    }
    return List.copyOf(out);
  }

  private Ceiling ceiling(Optional<OrganisationTypeId> type, boolean[] mask, int start, Searches s) {
    int best = ladders.highest(mask, start, s);
    int sen = facts.seniority[best];
    return new Ceiling(type, id(start), id(best),
        sen < 0 ? OptionalInt.empty() : OptionalInt.of(sen), s.steps[best],
        Math.toIntExact(s.months[best]));
  }

  // ------------------------------------------------------------------ dead ends

  /**
   * Dead ends and plateaus within every organisation type: the roles of each type from which no
   * path within the type leads to higher seniority, by organisation type id then role id.
   * O(T · L · (n + m)) plus O(n + m) per plateau.
   */
  public List<DeadEnd> deadEnds() {
    boolean[] up = ladders.higherReachable(workforce);
    List<DeadEnd> out = new ArrayList<>();
    Searches s = new Searches(graph);
    for (OrganisationType t : model.organisationTypes()) {
      out.addAll(deadEnds(Optional.of(t.id()), facts.within(t.id()), up, s));
    }
    out.sort(Comparator.comparing((DeadEnd d) -> d.organisationType().get().value())
        .thenComparing(d -> d.role().value()));
    return List.copyOf(out);
  }

  /**
   * Dead ends and plateaus within one organisation type, by role id.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public List<DeadEnd> deadEnds(OrganisationTypeId type) {
    boolean[] mask = scope(type);
    List<DeadEnd> out = new ArrayList<>(deadEnds(Optional.of(type), mask,
        ladders.higherReachable(workforce), new Searches(graph)));
    out.sort(Comparator.comparing((DeadEnd d) -> d.role().value()));
    return List.copyOf(out);
  }

  /**
   * Dead ends of the workforce as a whole: roles from which no path through any roles leads to
   * higher seniority (the top of every ladder among them), by role id. O(L · (n + m)).
   */
  public List<DeadEnd> deadEndsAcrossTypes() {
    List<DeadEnd> out = new ArrayList<>(deadEnds(Optional.empty(), workforce, null, null));
    out.sort(Comparator.comparing((DeadEnd d) -> d.role().value()));
    return List.copyOf(out);
  }

  /**
   * The plateaus: dead ends within a type from which a higher role can be reached only by
   * changing employer type. Same order as {@link #deadEnds()}.
   */
  public List<DeadEnd> plateaus() {
    return deadEnds().stream().filter(DeadEnd::onlyByChangingType).toList();
  }

  private List<DeadEnd> deadEnds(Optional<OrganisationTypeId> type, boolean[] mask,
      boolean[] upAnywhere, Searches s) {
    boolean[] up = ladders.higherReachable(mask);
    int top = -1;
    for (int v = 0; v < graph.n; v++) {
      if (mask[v]) {
        top = Math.max(top, facts.seniority[v]);
      }
    }
    List<DeadEnd> out = new ArrayList<>();
    for (int v = 0; v < graph.n; v++) {
      if (!mask[v] || facts.seniority[v] < 0 || up[v]) {
        continue;
      }
      boolean elsewhere = upAnywhere != null && upAnywhere[v];
      Optional<RoleId> nearest = elsewhere
          ? Optional.of(id(ladders.nearestHigher(v, workforce, s))) : Optional.empty();
      out.add(new DeadEnd(id(v), type, facts.seniority[v], facts.seniority[v] == top, elsewhere,
          nearest));
    }
    return out;
  }

  // ------------------------------------------------------------------ bottlenecks

  /**
   * The betweenness centrality of every role on the progression routes (all roles and routes of
   * the model, external ones included), highest first, ties by role id. Brandes' algorithm over
   * int arrays: O(n · m) for {@link Criterion#STEPS}, O(n · (m + D)) for
   * {@link Criterion#MONTHS}; O(n + m) memory per core. By steps, equal to NetworkX's
   * {@code betweenness_centrality(G, normalized=False)} and JGraphT's
   * {@code BetweennessCentrality} on {@link WorkforceModel#graph()}; by months, which least-month
   * paths count is {@link StructureOptions#monthsTies()}: by default every one equally, as
   * NetworkX with {@code weight="months"} (when every route takes at least one month). Values stay
   * finite and accurate however many shortest paths there are.
   *
   * <pre>{@code
   * structure.bottlenecks(Criterion.STEPS).get(0);   // link-worker, 183.8 on the reference model
   * }</pre>
   *
   * @param metric {@link Criterion#STEPS} or {@link Criterion#MONTHS}
   * @throws IllegalArgumentException for {@link Criterion#HOURS} or {@link Criterion#COST}, which
   *     belong to one person's training along a path, not to the routes
   */
  public List<Bottleneck> bottlenecks(Criterion metric) {
    checkMeasurable(metric);
    double[] bc = Brandes.scores(graph, metric, options.monthsTies(), options.parallel());
    int n = graph.n;
    double scale = n < 3 ? 0 : 1.0 / ((double) (n - 1) * (n - 2));
    List<Bottleneck> out = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      out.add(new Bottleneck(id(v), bc[v], bc[v] * scale));
    }
    out.sort(Comparator.comparingDouble(Bottleneck::betweenness).reversed()
        .thenComparing(b -> b.role().value()));
    return List.copyOf(out);
  }

  /**
   * Refuses what the structure of routes cannot measure: paths here are counted in moves or
   * months; hours and cost are those of one person's training (see
   * {@link org.sppathways.paths.CareerPathFinder}).
   */
  static void checkMeasurable(Criterion metric) {
    Objects.requireNonNull(metric, "metric");
    if (metric != Criterion.STEPS && metric != Criterion.MONTHS) {
      throw new IllegalArgumentException("structure measures paths by steps or months, not by "
          + metric + " (training along a path depends on the person; search by " + metric
          + " with CareerPathFinder)");
    }
  }

  /**
   * The roles that every path from the entry roles to some senior roles passes through, in the
   * whole workforce: most senior roles cut off first, then by role id. Near O(n + m).
   */
  public List<CriticalRole> criticalRoles() {
    return criticalRoles(Optional.empty(), workforce);
  }

  /**
   * The critical roles staying within one organisation type.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public List<CriticalRole> criticalRoles(OrganisationTypeId type) {
    return criticalRoles(Optional.of(type), scope(type));
  }

  private List<CriticalRole> criticalRoles(Optional<OrganisationTypeId> type, boolean[] mask) {
    int n = graph.n;
    boolean[] senior = seniorMask();
    int[] idom = Dominators.immediate(graph, mask, entry);
    Map<Integer, List<RoleId>> cuts = new TreeMap<>();
    for (int s = 0; s < n; s++) {
      if (!senior[s] || !mask[s] || idom[s] < 0) {
        continue;
      }
      for (int d = idom[s]; d != n; d = idom[d]) {
        cuts.computeIfAbsent(d, x -> new ArrayList<>()).add(id(s));
      }
    }
    List<CriticalRole> out = new ArrayList<>();
    cuts.forEach((d, list) -> {
      list.sort(Comparator.comparing(RoleId::value));
      out.add(new CriticalRole(id(d), type, list));
    });
    out.sort(Comparator.comparingInt((CriticalRole c) -> -c.cutsOff().size())
        .thenComparing(c -> c.role().value()));
    return List.copyOf(out);
  }

  /**
   * The minimum cuts between the entry roles and the senior roles of the whole workforce: the
   * fewest routes, and the fewest roles other than entry and senior roles, whose loss leaves no
   * path from an entry role to a senior role. O(c · (n + m)) for a cut of size c (JGraphT's
   * Edmonds–Karp maximum flow).
   *
   * <pre>{@code
   * MinimumCut cut = structure.minimumCut();
   * cut.roleCutExists();   // false when an entry role leads straight to a senior role
   * cut.roles();           // e.g. [senior-link-worker, ...]
   * }</pre>
   */
  public MinimumCut minimumCut() {
    return minimumCut(Optional.empty(), workforce);
  }

  /**
   * The minimum cuts between the entry roles and the senior roles within one organisation type.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public MinimumCut minimumCut(OrganisationTypeId type) {
    return minimumCut(Optional.of(type), scope(type));
  }

  private MinimumCut minimumCut(Optional<OrganisationTypeId> type, boolean[] mask) {
    int n = graph.n;
    boolean[] senior = seniorMask();
    boolean[] sources = new boolean[n];
    boolean[] targets = new boolean[n];
    for (int v = 0; v < n; v++) {
      sources[v] = mask[v] && entry[v] && !senior[v];
      targets[v] = mask[v] && senior[v] && !entry[v];
    }
    List<RoleId> from = roles(sources, null);
    List<RoleId> to = roles(targets, null);
    if (!connected(mask, sources, targets)) {
      return new MinimumCut(type, from, to, false, List.of(), false, List.of());
    }
    List<ProgressionRoute> routes = new ArrayList<>();
    for (int e : Cuts.routes(graph, mask, sources, targets)) {
      routes.add(model.routes().get(e));
    }
    routes.sort(Comparator.comparing((ProgressionRoute r) -> r.from().value())
        .thenComparing(r -> r.to().value()));
    boolean[] cuttable = new boolean[n];
    for (int v = 0; v < n; v++) {
      cuttable[v] = mask[v] && !entry[v] && !senior[v];
    }
    Optional<List<Integer>> cut = Cuts.roles(graph, mask, sources, targets, cuttable);
    List<RoleId> roles = new ArrayList<>();
    cut.ifPresent(list -> list.forEach(v -> roles.add(id(v))));
    roles.sort(Comparator.comparing(RoleId::value));
    return new MinimumCut(type, from, to, true, routes, cut.isPresent(), roles);
  }

  private boolean connected(boolean[] mask, boolean[] sources, boolean[] targets) {
    int n = graph.n;
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (sources[v]) {
        seen[v] = true;
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      if (targets[v]) {
        return true;
      }
      for (int e = graph.outStart[v]; e < graph.outStart[v + 1]; e++) {
        int w = graph.head[e];
        if (mask[w] && !seen[w]) {
          seen[w] = true;
          queue[tail++] = w;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ support

  /**
   * For each role of the workforce and each organisation type that offers it, the support
   * structures its holders typically have and lack there: by role id, then type id.
   * O(n · T · s).
   */
  public List<RoleSupport> support() {
    List<RoleSupport> out = new ArrayList<>();
    for (Role role : model.roles()) {
      if (role.external()) {
        continue;
      }
      for (OrganisationTypeId t : role.offeredBy()) {
        List<String> has = offered(model.organisationType(t));
        List<String> lacks = new ArrayList<>(vocabulary);
        lacks.removeAll(has);
        out.add(new RoleSupport(role.id(), t, has, lacks));
      }
    }
    out.sort(Comparator.comparing((RoleSupport r) -> r.role().value())
        .thenComparing(r -> r.organisationType().value()));
    return List.copyOf(out);
  }

  /**
   * The senior roles offered by organisation types that lack one or more key support structures
   * (by default management training and supervision): most senior first, then by role id, then
   * by type id. O(n · T · s).
   */
  public List<SupportGap> supportGaps() {
    boolean[] senior = seniorMask();
    List<SupportGap> out = new ArrayList<>();
    for (int v = 0; v < graph.n; v++) {
      if (!senior[v]) {
        continue;
      }
      Role role = facts.role(v);
      for (OrganisationTypeId t : role.offeredBy()) {
        List<String> has = offered(model.organisationType(t));
        List<String> lacks = new ArrayList<>(keySupports);
        lacks.removeAll(has);
        if (!lacks.isEmpty()) {
          out.add(new SupportGap(role.id(), facts.seniority[v], t, lacks));
        }
      }
    }
    out.sort(Comparator.comparingInt((SupportGap g) -> -g.seniority())
        .thenComparing(g -> g.role().value()).thenComparing(g -> g.organisationType().value()));
    return List.copyOf(out);
  }

  private static List<String> offered(OrganisationType type) {
    return type.supports().stream().map(SupportStructure::structure).sorted().toList();
  }

  // ------------------------------------------------------------------ workload

  /**
   * Who works beyond contract, by organisation type and seniority, over profiles streamed from a
   * source (a population, or a file read with {@code ProfileReader.forEach}). O(P) time for P
   * profiles and O(groups) memory.
   *
   * <pre>{@code
   * Workload w = structure.workload(action -> ProfileReader.of(model).forEach(path, action));
   * }</pre>
   *
   * @throws UnknownIdException if a profile names a role or organisation type the model does not
   *     have
   */
  public Workload workload(ProfileSource profiles) {
    Objects.requireNonNull(profiles, "profiles");
    Map<OrganisationTypeId, Integer> typeIndex = new HashMap<>();
    for (int i = 0; i < model.organisationTypes().size(); i++) {
      typeIndex.put(model.organisationTypes().get(i).id(), i);
    }
    WorkloadTally tally = new WorkloadTally();
    profiles.forEach((WorkerProfile p) -> {
      int type = p.organisationType().map(t -> {
        model.organisationType(t);
        return typeIndex.get(t);
      }).orElse(-1);
      int sen = p.role().map(r -> model.role(r).seniority().orElse(-1)).orElse(-1);
      tally.add(type, sen, p);
    });
    return tally.workload(i -> model.organisationTypes().get(i).id());
  }

  // ------------------------------------------------------------------ matrices

  /** The most cells a {@link DistanceMatrix} may have: 2^31 − 2^20 (about 46,000 roles, 8 GiB). */
  public static final long MAX_MATRIX_CELLS = Integer.MAX_VALUE - (1 << 20);

  /**
   * The shortest distance from every role to every other (external roles included), in moves or
   * months. One breadth-first search (steps) or least-months search (months) per role, on all
   * cores unless {@link StructureOptions#parallel()} is off: O(n · m) or O(n · (m + D)) time, 4n²
   * bytes.
   *
   * @throws SpPathwaysException if the model has more than about 46,000 roles (the matrix would
   *     exceed {@link #MAX_MATRIX_CELLS} cells)
   * @param metric {@link Criterion#STEPS} or {@link Criterion#MONTHS}
   * @throws IllegalArgumentException for {@link Criterion#HOURS} or {@link Criterion#COST}, which
   *     belong to one person's training along a path, not to the routes
   * @throws ArithmeticException if a distance in months exceeds {@link Integer#MAX_VALUE}
   */
  public DistanceMatrix distances(Criterion metric) {
    checkMeasurable(metric);
    int n = graph.n;
    if ((long) n * n > MAX_MATRIX_CELLS) {
      throw new SpPathwaysException("a distance matrix of " + n + " roles would have "
          + (long) n * n + " cells, more than the limit of " + MAX_MATRIX_CELLS + " (about "
          + (long) Math.sqrt(MAX_MATRIX_CELLS) + " roles); ask for the distances from a few roles "
          + "with CareerPathFinder.reach instead");
    }
    int[] d = new int[n * n];
    int chunks = Math.min(Brandes.MAX_CHUNKS, Math.max(1, n / 8));
    IntStream range = IntStream.range(0, chunks);
    Queue<Searches> pool = new ConcurrentLinkedQueue<>();
    (options.parallel() ? range.parallel() : range).forEach(c -> {
      Searches pooled = pool.poll();
      Searches s = pooled != null ? pooled : new Searches(graph);
      int from = (int) ((long) c * n / chunks);
      int to = (int) ((long) (c + 1) * n / chunks);
      // rows and columns in the model's role order: translate each vertex to its role index
      int[] index = graph.modelIndex;
      for (int v = from; v < to; v++) {
        int row = index[v] * n;
        Arrays.fill(d, row, row + n, -1);
        if (metric == Criterion.STEPS) {
          s.steps(v, null);
          for (int i = 0; i < s.stepReached; i++) {
            int w = s.stepOrder[i];
            d[row + index[w]] = s.steps[w];
          }
        } else {
          s.months(v, null);
          for (int i = 0; i < s.monthReached; i++) {
            int w = s.monthOrder[i];
            d[row + index[w]] = Math.toIntExact(s.months[w]);
          }
        }
      }
      pool.offer(s);
    });
    List<RoleId> roleIds = model.roles().stream().map(Role::id).toList();
    return new DistanceMatrix(metric, roleIds, positions, d);
  }

  // ------------------------------------------------------------------ profiles

  /** The profile of the whole workforce, across organisation types. */
  public StructureProfile profile() {
    int supportGaps = supportGaps().size();
    return profile(Optional.empty(), model.name(), workforce, deadEndsAcrossTypes(), List.of(),
        List.of(), supportGaps);
  }

  /**
   * The profile of one organisation type.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public StructureProfile profile(OrganisationTypeId type) {
    OrganisationType t = model.organisationType(type);
    List<String> supports = offered(t);
    List<String> lacks = new ArrayList<>(vocabulary);
    lacks.removeAll(supports);
    int gaps = (int) supportGaps().stream().filter(g -> g.organisationType().equals(type)).count();
    return profile(Optional.of(type), t.name(), facts.within(type), deadEnds(type),
        supports, lacks, gaps);
  }

  /** The profiles of every organisation type, in the model's order of types. */
  public List<StructureProfile> profiles() {
    return model.organisationTypes().stream().map(t -> profile(t.id())).toList();
  }

  /**
   * Two organisation types of this model side by side (left minus right in the differences).
   *
   * @throws UnknownIdException if the model has no such type
   */
  public Comparison compare(OrganisationTypeId left, OrganisationTypeId right) {
    return new Comparison(profile(left), profile(right));
  }

  private StructureProfile profile(Optional<OrganisationTypeId> type, String name, boolean[] mask,
      List<DeadEnd> deadEnds, List<String> supports, List<String> lacks, int supportGaps) {
    int n = graph.n;
    int roles = 0;
    int entries = 0;
    int top = -1;
    TreeSet<Integer> levels = new TreeSet<>();
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        roles++;
        entries += entry[v] ? 1 : 0;
        if (facts.seniority[v] >= 0) {
          top = Math.max(top, facts.seniority[v]);
          levels.add(facts.seniority[v]);
        }
      }
    }
    Searches s = new Searches(graph);
    int ceiling = -1;
    double sumCeiling = 0;
    double sumMonths = 0;
    int counted = 0;
    boolean[] reached = new boolean[n];
    // careers start at the entry roles below the senior levels: a senior role entered from
    // outside (a clinical supervisor GPs enter) is no one's ceiling within the type, unless the
    // type has no other entry role
    boolean[] senior = seniorMask();
    boolean below = false;
    for (int v = 0; v < n; v++) {
      below |= mask[v] && entry[v] && !senior[v];
    }
    if (!below) {
      senior = new boolean[n];
    }
    for (int v = 0; v < n; v++) {
      if (!(mask[v] && entry[v]) || senior[v]) {
        continue;
      }
      Ceiling c = ceiling(type, mask, v, s);
      for (int i = 0; i < s.stepReached; i++) {
        reached[s.stepOrder[i]] = true;
      }
      if (c.seniority().isPresent()) {
        ceiling = Math.max(ceiling, c.seniority().getAsInt());
        sumCeiling += c.seniority().getAsInt();
        sumMonths += c.months();
        counted++;
      }
    }
    List<RoleId> ceilingRoles = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (reached[v] && ceiling >= 0 && facts.seniority[v] == ceiling) {
        ceilingRoles.add(id(v));
      }
    }
    ceilingRoles.sort(Comparator.comparing(RoleId::value));
    int plateaus = (int) deadEnds.stream().filter(DeadEnd::onlyByChangingType).count();
    return new StructureProfile(model.name(), type, name, roles, entries,
        top < 0 ? OptionalInt.empty() : OptionalInt.of(top),
        ceiling < 0 ? OptionalInt.empty() : OptionalInt.of(ceiling), ceilingRoles,
        counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumCeiling / counted),
        counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumMonths / counted),
        ladders.depth(mask), levels.size(), deadEnds.size(), plateaus, supports, lacks, supportGaps);
  }
}
