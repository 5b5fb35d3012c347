package org.sppathways.paths;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.training.Objective;

/**
 * How to search for career paths: the criterion, the constraints a path must keep, and the work
 * limit.
 *
 * <pre>{@code
 * PathQuery q = PathQuery.builder()
 *     .by(Criterion.HOURS)
 *     .within(OrganisationTypeId.of("vcse-charity"), OrganisationTypeId.of("social-enterprise"))
 *     .avoid(RoleId.of("clinical-supervisor"))
 *     .maxSteps(4)
 *     .kinds(RouteKind.PROMOTION, RouteKind.LATERAL)
 *     .build();
 * }</pre>
 *
 * <h2>Constraints</h2>
 * Each constraint is a predicate on the roles a path enters or the routes it takes. The role a
 * search starts from is exempt from role constraints (the person is there already); for a
 * person with no current role, the source role of an entry route is exempt from
 * {@link #within()} only (external professions are seldom offered by the workforce's
 * organisation types).
 * <ul>
 *   <li>{@link #within()}: only roles offered by at least one of these organisation types (none
 *       given: any role);</li>
 *   <li>{@link #avoid()}: never these roles;</li>
 *   <li>{@link #kinds()}: only routes of these kinds (none given: any kind);</li>
 *   <li>{@link #qualifiedOnly()}: only routes whose essential extra requirements the person
 *       searched for already meets (searches from a person only);</li>
 *   <li>{@link #maxSteps()}, {@link #maxMonths()}: at most this many steps, months in all;</li>
 *   <li>{@link #roleFilter()}, {@link #routeFilter()}: any further predicate.</li>
 * </ul>
 *
 * <h2>Training</h2>
 * A path's hours and cost come from one training plan for the whole path, the one that
 * minimises {@link #trainingObjective()}: by default hours, or cost when the criterion is
 * {@link Criterion#COST}. With another objective (say, ranking by hours the plans of least
 * cost), paths are still ranked exactly, by the hours of those plans. Each step's role is asked
 * for as it is in {@link #organisationType()} (set, else the person's); see
 * {@link Builder#organisationType(OrganisationTypeId)}.
 *
 * <h2>Work limit</h2>
 * {@link #maxWork()} bounds the units of work one search may do — one per candidate path or
 * label created, one per comparison of two labels for dominance, and one per vertex settled by
 * an inner shortest-path search — so time is bounded and memory stays below roughly 100 bytes
 * per unit. A search that reaches it stops and returns what it found with
 * {@code complete = false}.
 *
 * <p>This class is immutable and thread-safe (when its filters are).
 *
 * @since 0.1.0
 */
public final class PathQuery {

  /** The default work limit: {@value}. */
  public static final long DEFAULT_MAX_WORK = 1_000_000;

  static final Predicate<Role> ANY_ROLE = r -> true;
  static final Predicate<ProgressionRoute> ANY_ROUTE = r -> true;
  private static final PathQuery DEFAULTS = builder().build();

  private final Criterion by;
  private final Set<OrganisationTypeId> within;
  private final Set<RoleId> avoid;
  private final Set<RouteKind> kinds;
  private final OptionalInt maxSteps;
  private final OptionalInt maxMonths;
  private final boolean qualifiedOnly;
  private final Optional<Objective> training;
  private final boolean detail;
  private final Predicate<Role> roleFilter;
  private final Predicate<ProgressionRoute> routeFilter;
  private final long maxWork;
  private final Optional<LocalDate> asOf;
  private final Optional<OrganisationTypeId> organisationType;

  private PathQuery(Builder b) {
    by = b.by;
    within = Collections.unmodifiableSet(new TreeSet<>(b.within));
    avoid = Collections.unmodifiableSet(new TreeSet<>(b.avoid));
    kinds = Collections.unmodifiableSet(b.kinds.isEmpty() ? EnumSet.noneOf(RouteKind.class)
        : EnumSet.copyOf(b.kinds));
    maxSteps = b.maxSteps;
    maxMonths = b.maxMonths;
    qualifiedOnly = b.qualifiedOnly;
    training = b.training;
    detail = b.detail;
    roleFilter = b.roleFilter;
    routeFilter = b.routeFilter;
    maxWork = b.maxWork;
    asOf = b.asOf;
    organisationType = b.organisationType;
  }

  /** The default query: by months, no constraints, the default work limit. */
  public static PathQuery defaults() {
    return DEFAULTS;
  }

  /** The default query with another criterion. */
  public static PathQuery by(Criterion criterion) {
    return builder().by(criterion).build();
  }

  /** A new builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's settings, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.by = by;
    b.within.addAll(within);
    b.avoid.addAll(avoid);
    b.kinds.addAll(kinds);
    b.maxSteps = maxSteps;
    b.maxMonths = maxMonths;
    b.qualifiedOnly = qualifiedOnly;
    b.training = training;
    b.detail = detail;
    b.roleFilter = roleFilter;
    b.routeFilter = routeFilter;
    b.maxWork = maxWork;
    b.asOf = asOf;
    b.organisationType = organisationType;
    return b;
  }

  /** What paths are ordered by (default {@link Criterion#MONTHS}). */
  public Criterion by() {
    return by;
  }

  /** Only roles offered by one of these organisation types, in id order; empty: any role. */
  public Set<OrganisationTypeId> within() {
    return within;
  }

  /** Roles a path never enters, in id order. */
  public Set<RoleId> avoid() {
    return avoid;
  }

  /** The route kinds a path may take; empty: any kind. */
  public Set<RouteKind> kinds() {
    return kinds;
  }

  /** The most steps a path may have, when limited. */
  public OptionalInt maxSteps() {
    return maxSteps;
  }

  /** The most months a path may add up to, when limited. */
  public OptionalInt maxMonths() {
    return maxMonths;
  }

  /** Whether to take only routes whose essential extra requirements the person meets. */
  public boolean qualifiedOnly() {
    return qualifiedOnly;
  }

  /** The objective of each path's training plan, when set; see the class comment. */
  public Optional<Objective> training() {
    return training;
  }

  /** The objective of each path's training plan: as set, else cost for COST, else hours. */
  public Objective trainingObjective() {
    return training.orElse(by == Criterion.COST ? Objective.COST : Objective.HOURS);
  }

  /**
   * Whether the paths returned are given their training plan (default true). Without it, steps
   * carry their route and months only ({@link PathStep#planned()} false, no hours, cost, gaps or
   * courses) — for bulk searches by steps or months on big models, where planning is the slow
   * part. Searches by hours or cost, and Pareto searches, plan anyway and always give the
   * detail.
   */
  public boolean detail() {
    return detail;
  }

  /** A further predicate every role entered must pass. */
  public Predicate<Role> roleFilter() {
    return roleFilter;
  }

  /** A further predicate every route taken must pass. */
  public Predicate<ProgressionRoute> routeFilter() {
    return routeFilter;
  }

  /** The most units of work a search may do (default {@value #DEFAULT_MAX_WORK}). */
  public long maxWork() {
    return maxWork;
  }

  /**
   * The day a person's held levels are taken on, when set; otherwise today by the system clock.
   * Lapsed training does not count and may be planned again; training dated later does not
   * count yet (see {@link org.sppathways.model.HeldLevels}). Searches from a role ignore it.
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /**
   * The organisation type whose {@linkplain Role#variants() variant} of each role's requirements
   * the steps are planned against, when set; otherwise the person's organisation type (a search
   * from a person), else each role's own requirements. See
   * {@link Builder#organisationType(OrganisationTypeId)}.
   *
   * @since 0.1.0
   */
  public Optional<OrganisationTypeId> organisationType() {
    return organisationType;
  }

  /** The settings, for debugging (filters shown only as set or not). */
  @Override
  public String toString() {
    return "PathQuery{by=" + by + ", within=" + within + ", avoid=" + avoid + ", kinds=" + kinds
        + ", maxSteps=" + maxSteps + ", maxMonths=" + maxMonths + ", qualifiedOnly="
        + qualifiedOnly + ", training=" + training + ", detail=" + detail + ", maxWork=" + maxWork
        + asOf.map(d -> ", asOf=" + d).orElse("")
        + organisationType.map(t -> ", organisationType=" + t).orElse("") + "}";
  }

  /** Collects a query's settings. Not thread-safe; the query it builds is. */
  public static final class Builder {
    private Criterion by = Criterion.MONTHS;
    private final Set<OrganisationTypeId> within = new TreeSet<>();
    private final Set<RoleId> avoid = new TreeSet<>();
    private final Set<RouteKind> kinds = EnumSet.noneOf(RouteKind.class);
    private OptionalInt maxSteps = OptionalInt.empty();
    private OptionalInt maxMonths = OptionalInt.empty();
    private boolean qualifiedOnly;
    private Optional<Objective> training = Optional.empty();
    private boolean detail = true;
    private Predicate<Role> roleFilter = ANY_ROLE;
    private Predicate<ProgressionRoute> routeFilter = ANY_ROUTE;
    private long maxWork = DEFAULT_MAX_WORK;
    private Optional<LocalDate> asOf = Optional.empty();
    private Optional<OrganisationTypeId> organisationType = Optional.empty();

    private Builder() {}

    /**
     * Plans every step against its target role's requirements in this organisation type
     * ({@link Role#requirementsIn(OrganisationTypeId)}: the type's variant, the role's own
     * requirements where it has none); a route's own requirements are the same in every type. A
     * search from a role starts from someone holding that role's requirement levels in the type.
     * Overrides a person's own organisation type, which is used when this is not set: "what
     * would this path take at a community organisation?".
     *
     * <p>First-year targets ({@link Role#firstYear()}) never apply to a step: each step enters a
     * role the person is not in yet, and a gap to a role says what it takes to do it in full.
     *
     * <pre>{@code
     * PathQuery q = PathQuery.builder().by(Criterion.HOURS)
     *     .organisationType(OrganisationTypeId.of("vcse-charity")).build();
     * finder.paths(RoleId.of("link-worker"), RoleId.of("senior-link-worker"), 1, q);
     *     // each step's gaps and courses as the roles are asked for in a VCSE charity
     * }</pre>
     *
     * <p>This is not a constraint on the roles a path enters: combine it with
     * {@link #within(OrganisationTypeId...)} to stay with employers of the type.
     *
     * @since 0.1.0
     */
    public Builder organisationType(OrganisationTypeId type) {
      this.organisationType = Optional.of(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Takes a person's held levels on this day (see {@link PathQuery#asOf()}). */
    public Builder asOf(LocalDate day) {
      this.asOf = Optional.of(java.util.Objects.requireNonNull(day, "day"));
      return this;
    }

    /** Sets the criterion. */
    public Builder by(Criterion criterion) {
      this.by = Objects.requireNonNull(criterion, "criterion");
      return this;
    }

    /** Adds organisation types; paths enter only roles offered by one of them. */
    public Builder within(OrganisationTypeId... types) {
      return within(java.util.Arrays.asList(types));
    }

    /** Adds organisation types; paths enter only roles offered by one of them. */
    public Builder within(Collection<OrganisationTypeId> types) {
      types.forEach(t -> within.add(Objects.requireNonNull(t, "organisation type")));
      return this;
    }

    /** Adds roles never to enter. */
    public Builder avoid(RoleId... roles) {
      return avoid(java.util.Arrays.asList(roles));
    }

    /** Adds roles never to enter. */
    public Builder avoid(Collection<RoleId> roles) {
      roles.forEach(r -> avoid.add(Objects.requireNonNull(r, "role")));
      return this;
    }

    /** Adds route kinds that may be taken (none added: any kind). */
    public Builder kinds(RouteKind... values) {
      return kinds(java.util.Arrays.asList(values));
    }

    /** Adds route kinds that may be taken (none added: any kind). */
    public Builder kinds(Collection<RouteKind> values) {
      values.forEach(k -> kinds.add(Objects.requireNonNull(k, "kind")));
      return this;
    }

    /**
     * Limits the steps of a path.
     *
     * @throws IllegalArgumentException if steps is negative
     */
    public Builder maxSteps(int steps) {
      if (steps < 0) {
        throw new IllegalArgumentException("maxSteps must be 0 or more, was " + steps);
      }
      this.maxSteps = OptionalInt.of(steps);
      return this;
    }

    /**
     * Limits the total months of a path.
     *
     * @throws IllegalArgumentException if months is negative
     */
    public Builder maxMonths(int months) {
      if (months < 0) {
        throw new IllegalArgumentException("maxMonths must be 0 or more, was " + months);
      }
      this.maxMonths = OptionalInt.of(months);
      return this;
    }

    /** Takes only routes whose essential extra requirements the person already meets. */
    public Builder qualifiedOnly(boolean value) {
      this.qualifiedOnly = value;
      return this;
    }

    /** Sets the objective of each path's training plan. */
    public Builder training(Objective objective) {
      this.training = Optional.of(Objects.requireNonNull(objective, "objective"));
      return this;
    }

    /** Sets whether each step is given its training plan; see {@link PathQuery#detail()}. */
    public Builder detail(boolean value) {
      this.detail = value;
      return this;
    }

    /** Adds a predicate every role entered must pass (combined with earlier ones by and). */
    public Builder roleFilter(Predicate<Role> filter) {
      Objects.requireNonNull(filter, "filter");
      this.roleFilter = roleFilter == ANY_ROLE ? filter : roleFilter.and(filter);
      return this;
    }

    /** Adds a predicate every route taken must pass (combined with earlier ones by and). */
    public Builder routeFilter(Predicate<ProgressionRoute> filter) {
      Objects.requireNonNull(filter, "filter");
      this.routeFilter = routeFilter == ANY_ROUTE ? filter : routeFilter.and(filter);
      return this;
    }

    /**
     * Sets the work limit.
     *
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxWork(long units) {
      if (units < 1) {
        throw new IllegalArgumentException("maxWork must be 1 or more, was " + units);
      }
      this.maxWork = units;
      return this;
    }

    /** The query. */
    public PathQuery build() {
      return new PathQuery(this);
    }
  }
}
