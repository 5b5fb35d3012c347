package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.UnknownIdException;
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
 *   <li><b>Requirements play no part</b>: every measure here reads which types offer which roles,
 *       the routes, their months and kinds, and the roles' seniorities — never what a role
 *       requires. A ceiling by organisation type is graph reachability within the type. So a
 *       role's {@linkplain Role#variants() variants} (its requirements in one type) and
 *       {@linkplain Role#firstYear() first-year targets} change no figure of this class; for what
 *       a type asks of its roles, see
 *       {@link org.sppathways.training.CoverageAnalysis#report(int, OrganisationTypeId)} and
 *       {@link org.sppathways.paths.PathQuery.Builder#organisationType(OrganisationTypeId)}.</li>
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
  private final Terms terms;
  private final Ceilings ceilings;
  private final DeadEnds deadEnds;
  private final Separators separators;
  private final Supports supports;
  private final Profiles profiles;

  private StructureAnalysis(WorkforceModel model, StructureOptions options) {
    this.terms = new Terms(model, options);
    this.ceilings = new Ceilings(terms);
    this.deadEnds = new DeadEnds(terms);
    this.separators = new Separators(terms);
    this.supports = new Supports(terms);
    this.profiles = new Profiles(terms, ceilings, deadEnds, supports);
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
    return terms.model;
  }

  /** The options in use. */
  public StructureOptions options() {
    return terms.options;
  }

  // ------------------------------------------------------------------ terms

  /** The entry roles of the workforce, by id (see the class description). */
  public List<RoleId> entryRoles() {
    return terms.roles(terms.entry, null);
  }

  /**
   * The entry roles within an organisation type, by id.
   *
   * @throws UnknownIdException if the model has no such organisation type
   */
  public List<RoleId> entryRoles(OrganisationTypeId type) {
    return terms.roles(terms.entry, terms.scope(type));
  }

  /** The lowest seniority counted as senior; empty when no role has a seniority. */
  public OptionalInt seniorFrom() {
    return terms.seniorFrom;
  }

  /** The senior roles of the workforce, by id. */
  public List<RoleId> seniorRoles() {
    return terms.roles(terms.seniorMask(), null);
  }

  /** Every support structure offered by any organisation type of the model, by name. */
  public List<String> supportStructures() {
    return terms.vocabulary;
  }

  /** The support structures senior roles' employers are checked for, by name. */
  public List<String> keySupports() {
    return terms.keySupports;
  }

  // ------------------------------------------------------------------ ceilings

  /**
   * The ceiling from a role staying with employers of one organisation type; empty when the
   * type does not offer the role. Any role may start, not only entry roles. O(m + D).
   *
   * @throws UnknownIdException if the model has no such type or role
   */
  public Optional<Ceiling> ceiling(OrganisationTypeId type, RoleId role) {
    return ceilings.within(type, role);
  }

  /**
   * The ceiling from a role when crossing organisation types is allowed: through any role of the
   * workforce. O(m + D).
   *
   * @throws UnknownIdException if the model has no such role
   */
  public Ceiling ceilingAcrossTypes(RoleId role) {
    return ceilings.acrossTypes(role);
  }

  /**
   * The ceilings of every organisation type from each of its entry roles, side by side: by entry
   * role id, then organisation type id. O(T · E · (m + D)).
   */
  public List<Ceiling> ceilings() {
    return ceilings.all();
  }

  /**
   * The ceilings of one organisation type from each of its entry roles, by entry role id.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public List<Ceiling> ceilings(OrganisationTypeId type) {
    return ceilings.of(type);
  }

  /** The ceiling from each entry role when crossing types is allowed, by entry role id. */
  public List<Ceiling> ceilingsAcrossTypes() {
    return ceilings.acrossTypes();
  }

  /**
   * For each organisation type and each of its entry roles, the ceiling staying within the type
   * beside the ceiling crossing types: what changing employer type adds. Same order as
   * {@link #ceilings()}.
   */
  public List<CrossingGain> crossingGains() {
    return ceilings.crossingGains();
  }

  // ------------------------------------------------------------------ dead ends

  /**
   * Dead ends and plateaus within every organisation type: the roles of each type from which no
   * path within the type leads to higher seniority, by organisation type id then role id.
   * O(T · L · (n + m)) plus O(n + m) per plateau.
   */
  public List<DeadEnd> deadEnds() {
    return deadEnds.all();
  }

  /**
   * Dead ends and plateaus within one organisation type, by role id.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public List<DeadEnd> deadEnds(OrganisationTypeId type) {
    return deadEnds.of(type);
  }

  /**
   * Dead ends of the workforce as a whole: roles from which no path through any roles leads to
   * higher seniority (the top of every ladder among them), by role id. O(L · (n + m)).
   */
  public List<DeadEnd> deadEndsAcrossTypes() {
    return deadEnds.acrossTypes();
  }

  /**
   * The plateaus: dead ends within a type from which a higher role can be reached only by
   * changing employer type. Same order as {@link #deadEnds()}.
   */
  public List<DeadEnd> plateaus() {
    return deadEnds().stream().filter(DeadEnd::onlyByChangingType).toList();
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
    return Brandes.ranking(terms, metric);
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
    return separators.criticalRoles(Optional.empty(), terms.workforce);
  }

  /**
   * The critical roles staying within one organisation type.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public List<CriticalRole> criticalRoles(OrganisationTypeId type) {
    return separators.criticalRoles(Optional.of(type), terms.scope(type));
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
    return separators.minimumCut(Optional.empty(), terms.workforce);
  }

  /**
   * The minimum cuts between the entry roles and the senior roles within one organisation type.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public MinimumCut minimumCut(OrganisationTypeId type) {
    return separators.minimumCut(Optional.of(type), terms.scope(type));
  }

  // ------------------------------------------------------------------ support

  /**
   * For each role of the workforce and each organisation type that offers it, the support
   * structures its holders typically have and lack there: by role id, then type id.
   * O(n · T · s).
   */
  public List<RoleSupport> support() {
    return supports.support();
  }

  /**
   * The senior roles offered by organisation types that lack one or more key support structures
   * (by default management training and supervision): most senior first, then by role id, then
   * by type id. O(n · T · s).
   */
  public List<SupportGap> supportGaps() {
    return supports.gaps();
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
    return WorkloadTally.of(terms.model, profiles);
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
    int n = terms.n;
    if ((long) n * n > MAX_MATRIX_CELLS) {
      throw new SpPathwaysException("a distance matrix of " + n + " roles would have "
          + (long) n * n + " cells, more than the limit of " + MAX_MATRIX_CELLS + " (about "
          + (long) Math.sqrt(MAX_MATRIX_CELLS) + " roles); ask for the distances from a few roles "
          + "with CareerPathFinder.reach instead");
    }
    return Distances.of(terms, metric);
  }

  // ------------------------------------------------------------------ profiles

  /** The profile of the whole workforce, across organisation types. */
  public StructureProfile profile() {
    return profiles.workforce();
  }

  /**
   * The profile of one organisation type.
   *
   * @throws UnknownIdException if the model has no such type
   */
  public StructureProfile profile(OrganisationTypeId type) {
    return profiles.of(type);
  }

  /** The profiles of every organisation type, in the model's order of types. */
  public List<StructureProfile> profiles() {
    return terms.model.organisationTypes().stream().map(t -> profile(t.id())).toList();
  }

  /**
   * Two organisation types of this model side by side (left minus right in the differences).
   *
   * @throws UnknownIdException if the model has no such type
   */
  public Comparison compare(OrganisationTypeId left, OrganisationTypeId right) {
    return new Comparison(profile(left), profile(right));
  }
}
