package org.sppathways.query;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Objects;
import java.time.LocalDate;
import java.util.Optional;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceRegister;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.flow.CapacityNeed;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.LongRunAnalysis;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ReachProbability;
import org.sppathways.flow.SteadyState;
import org.sppathways.gaps.FitFilter;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.RoleOption;
import org.sppathways.gaps.TalentPool;
import org.sppathways.gaps.Transfer;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Population;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.Reach;
import org.sppathways.structure.Comparison;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.Workload;
import org.sppathways.training.CommissioningPlan;
import org.sppathways.training.Commissioner;
import org.sppathways.training.CoverageAnalysis;
import org.sppathways.training.CoverageReport;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanner;

/**
 * The command line's queries as method calls on one model, with every analysis object built
 * once, on first use, and shared by all later queries.
 *
 * <p>A script that asks many questions of one model should ask them here: the path finder's
 * memoised route training plans, the gap analysis's requirement index, the structure analysis's
 * graph and the flow model's matrices are built the first time a query needs them and reused by
 * every later one. Each method answers exactly what the command of the same name answers with
 * its default options; the analysis objects themselves ({@link #pathFinder()},
 * {@link #structureAnalysis()}, …) offer the rest.
 *
 * <pre>{@code
 * Queries q = Queries.of(ReferenceModels.socialPrescribing());
 * Reach reach = q.reach(RoleId.of("link-worker"));                 // like `sp-pathways reach`
 * CareerPaths paths = q.paths(RoleId.of("link-worker"), RoleId.of("sp-manager"), 3);
 * GapReport gap = q.gaps(RoleId.of("nurse"), RoleId.of("link-worker"));
 * ComplianceSummary today = q.compliance(people, LocalDate.of(2026, 6, 1)); // `compliance --as-of`
 * }</pre>
 *
 * <p>From JShell: {@code jshell --class-path target/sp-pathways-cli.jar}, then
 * {@code import org.sppathways.query.*;} and the lines above (see
 * {@code docs/how-to/script-many-queries.md}).
 *
 * <p>Each analysis object is built at most once (a thread that asks while another builds it
 * waits for that one), so the first query of a kind pays its set-up: O(n + m) to O(n log n +
 * m log m) for n roles and m routes, O(n³) for the flow model's long-run analysis. Queries that
 * take their own inputs (a projection's start, profiles, a {@link PathQuery}) build nothing
 * beyond what they need.
 *
 * <p>This class is thread-safe: share one instance across threads.
 *
 * @since 0.1.0
 */
public final class Queries {

  private final WorkforceModel model;
  private final Supplier<GapAnalysis> gapAnalysis;
  private final Supplier<NeedsAnalysis> needsAnalysis;
  private final Supplier<CareerPathFinder> pathFinder;
  private final Supplier<TrainingPlanner> trainingPlanner;
  private final Supplier<CoverageAnalysis> coverageAnalysis;
  private final Supplier<Commissioner> commissioner;
  private final Supplier<StructureAnalysis> structureAnalysis;
  private final Supplier<FlowModel> flowModel;
  private final Supplier<LongRunAnalysis> longRun;
  private final Supplier<ComplianceAnalysis> complianceAnalysis;

  private Queries(WorkforceModel model) {
    this.model = model;
    this.gapAnalysis = Suppliers.memoize(() -> GapAnalysis.of(model));
    this.needsAnalysis = Suppliers.memoize(() -> NeedsAnalysis.of(gapAnalysis.get()));
    this.pathFinder = Suppliers.memoize(() -> CareerPathFinder.of(model));
    this.trainingPlanner = Suppliers.memoize(() -> TrainingPlanner.of(model));
    this.coverageAnalysis = Suppliers.memoize(() -> CoverageAnalysis.of(model));
    this.commissioner = Suppliers.memoize(() -> Commissioner.of(model));
    this.structureAnalysis = Suppliers.memoize(() -> StructureAnalysis.of(model));
    this.flowModel = Suppliers.memoize(() -> FlowModel.of(model));
    this.longRun = Suppliers.memoize(() -> flowModel.get().longRun());
    this.complianceAnalysis = Suppliers.memoize(() -> ComplianceAnalysis.of(model));
  }

  /**
   * Queries over a model. O(1): nothing is built until a query needs it.
   *
   * @throws NullPointerException if the model is null
   */
  public static Queries of(WorkforceModel model) {
    return new Queries(Objects.requireNonNull(model, "model"));
  }

  /** The model queried. */
  public WorkforceModel model() {
    return model;
  }

  // ------------------------------------------------------------ the shared analysis objects

  /** The model's gap analysis, built on first use. */
  public GapAnalysis gapAnalysis() {
    return gapAnalysis.get();
  }

  /** The needs analysis over {@link #gapAnalysis()}, built on first use. */
  public NeedsAnalysis needsAnalysis() {
    return needsAnalysis.get();
  }

  /**
   * The model's path finder, built on first use; its route training plans are memoised across
   * every path and reach query.
   */
  public CareerPathFinder pathFinder() {
    return pathFinder.get();
  }

  /** A training planner over the model's courses, built on first use. */
  public TrainingPlanner trainingPlanner() {
    return trainingPlanner.get();
  }

  /** The coverage analysis of the model's courses, built on first use. */
  public CoverageAnalysis coverageAnalysis() {
    return coverageAnalysis.get();
  }

  /** A commissioner over the model's courses, built on first use. */
  public Commissioner commissioner() {
    return commissioner.get();
  }

  /** The structure analysis with default options, built on first use. */
  public StructureAnalysis structureAnalysis() {
    return structureAnalysis.get();
  }

  /** The flow model with roles as states and even shares, built on first use. */
  public FlowModel flowModel() {
    return flowModel.get();
  }

  /** The long-run analysis of {@link #flowModel()}, computed on first use (O(n³)). */
  public LongRunAnalysis longRun() {
    return longRun.get();
  }

  /**
   * The compliance analysis with the default settings (three months' notice, twelve months of
   * refresher demand, as the {@code compliance} command's defaults), built on first use: every
   * role's requirements per organisation type and the levels each course teaches, turned into
   * arrays once (see {@link ComplianceAnalysis}). For other settings build one with
   * {@link ComplianceAnalysis#of(WorkforceModel, org.sppathways.compliance.ComplianceSettings)}.
   *
   * @since 0.1.0
   */
  public ComplianceAnalysis complianceAnalysis() {
    return complianceAnalysis.get();
  }

  // ------------------------------------------------------------ gaps, fit, next, transfers, needs

  /** What moving from one role to another demands ({@code gaps --from}). */
  public GapReport gaps(RoleId from, RoleId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return gapAnalysis().gap(from, to);
  }

  /** What a person lacks for a role ({@code gaps --person}). */
  public GapReport gaps(WorkerProfile person, RoleId role) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    return gapAnalysis().gap(person, role);
  }

  /** Everyone ranked by readiness for a role ({@code fit}). */
  public TalentPool fit(Population people, RoleId role) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(role, "role");
    return gapAnalysis().fit(people, role);
  }

  /** The people the filter keeps, ranked by readiness for a role ({@code fit --essential-met}). */
  public TalentPool fit(Population people, RoleId role, FitFilter filter) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(filter, "filter");
    return gapAnalysis().fit(people, role, filter);
  }

  /** Every role a person could aim for, readiest first ({@code next}). */
  public List<RoleOption> next(WorkerProfile person) {
    Objects.requireNonNull(person, "person");
    return gapAnalysis().nextRoles(person);
  }

  /** The roles within some moves of the person's role, readiest first ({@code next --steps}). */
  public List<RoleOption> next(WorkerProfile person, int maxSteps) {
    Objects.requireNonNull(person, "person");
    return gapAnalysis().nextRoles(person, maxSteps);
  }

  /** Every external role's overlap with every SP role, best first ({@code transfers}). */
  public List<Transfer> transfers() {
    return gapAnalysis().transfers();
  }

  /** Where people from one role transfer best ({@code transfers --from}). */
  public List<Transfer> transfersFrom(RoleId from) {
    Objects.requireNonNull(from, "from");
    return gapAnalysis().transfersFrom(from);
  }

  /** The backgrounds that transfer best into a role ({@code transfers --to}). */
  public List<Transfer> backgroundsFor(RoleId to) {
    Objects.requireNonNull(to, "to");
    return gapAnalysis().backgroundsFor(to);
  }

  /** What the people lack for their current roles, by competency ({@code needs}). */
  public PopulationNeeds needs(ProfileSource people) {
    Objects.requireNonNull(people, "people");
    return needsAnalysis().needs(people);
  }

  /** What the people lack for one role, by competency ({@code needs --role}). */
  public PopulationNeeds needs(ProfileSource people, RoleId role) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(role, "role");
    return needsAnalysis().needs(people, role);
  }

  // ------------------------------------------------------------ coverage, plan, commission

  /** What the model's courses cover, with the 5 best additions ({@code coverage}). */
  public CoverageReport coverage() {
    return coverage(5);
  }

  /** What the model's courses cover, with the best additions ({@code coverage --additions}). */
  public CoverageReport coverage(int additions) {
    return coverageAnalysis().report(additions);
  }

  /** The fewest training hours that close the gaps of a move ({@code plan --from}). */
  public TrainingPlan plan(RoleId from, RoleId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return plan(from, to, Objective.HOURS);
  }

  /** The courses that close the gaps of a move, by an objective ({@code plan --objective}). */
  public TrainingPlan plan(RoleId from, RoleId to, Objective objective) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(objective, "objective");
    return trainingPlanner().plan(gaps(from, to), objective);
  }

  /** The fewest training hours that close a person's gaps for a role ({@code plan --person}). */
  public TrainingPlan plan(WorkerProfile person, RoleId role) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    return plan(person, role, Objective.HOURS);
  }

  /** The courses that close a person's gaps for a role, by an objective. */
  public TrainingPlan plan(WorkerProfile person, RoleId role, Objective objective) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(objective, "objective");
    return trainingPlanner().plan(person, gaps(person, role), objective);
  }

  /** The course seats a budget buys against the people's gaps for their roles ({@code commission}). */
  public CommissioningPlan commission(ProfileSource people, double budget) {
    Objects.requireNonNull(people, "people");
    return commissioner().commission(people, budget);
  }

  /** The course seats a budget buys against the people's gaps for one role. */
  public CommissioningPlan commission(ProfileSource people, RoleId role, double budget) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(role, "role");
    return commissioner().commission(people, role, budget);
  }

  // ------------------------------------------------------------ compliance

  /**
   * Everyone's required training on a day, counted: current, due (lapsing within three months),
   * lapsed or missing, by role, organisation type and competency, with twelve months of
   * refresher demand ({@code compliance --as-of DAY}). Streams the people; keeps only counts.
   *
   * @since 0.1.0
   */
  public ComplianceSummary compliance(ProfileSource people, LocalDate asOf) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(asOf, "asOf");
    return complianceAnalysis().summarise(people, asOf);
  }

  /**
   * Every person's rows on a day, one per requirement of their current role
   * ({@code compliance --as-of DAY --people}). Holds every row.
   *
   * @since 0.1.0
   */
  public ComplianceRegister compliancePeople(ProfileSource people, LocalDate asOf) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(asOf, "asOf");
    return complianceAnalysis().register(people, asOf);
  }

  // ------------------------------------------------------------ paths and reach

  /** The k best paths by months ({@code paths --k}). */
  public CareerPaths paths(RoleId from, RoleId to, int k) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return pathFinder().paths(from, to, k);
  }

  /** The k best paths by the query's criterion, within its constraints. */
  public CareerPaths paths(RoleId from, RoleId to, int k, PathQuery query) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(query, "query");
    return pathFinder().paths(from, to, k, query);
  }

  /** The k best paths from a person by months ({@code paths --person}). */
  public CareerPaths paths(WorkerProfile person, RoleId to, int k) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    return pathFinder().paths(person, to, k, PathQuery.defaults());
  }

  /** The k best paths from a person by the query's criterion, within its constraints. */
  public CareerPaths paths(WorkerProfile person, RoleId to, int k, PathQuery query) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(query, "query");
    return pathFinder().paths(person, to, k, query);
  }

  /** Every trade-off between months, hours, cost and steps ({@code paths --pareto}). */
  public CareerPaths pareto(RoleId from, RoleId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return pathFinder().pareto(from, to, PathQuery.defaults());
  }

  /** Every trade-off within the query's constraints. */
  public CareerPaths pareto(RoleId from, RoleId to, PathQuery query) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(query, "query");
    return pathFinder().pareto(from, to, query);
  }

  /** Every trade-off from a person. */
  public CareerPaths pareto(WorkerProfile person, RoleId to) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    return pathFinder().pareto(person, to, PathQuery.defaults());
  }

  /** Every trade-off from a person within the query's constraints. */
  public CareerPaths pareto(WorkerProfile person, RoleId to, PathQuery query) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(query, "query");
    return pathFinder().pareto(person, to, query);
  }

  /** Every role reachable from a role, with the best path to each by months ({@code reach}). */
  public Reach reach(RoleId from) {
    Objects.requireNonNull(from, "from");
    return pathFinder().reach(from, PathQuery.defaults());
  }

  /** Every role reachable within the query's limits and constraints. */
  public Reach reach(RoleId from, PathQuery query) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(query, "query");
    return pathFinder().reach(from, query);
  }

  /** Every role reachable from a person ({@code reach --person}). */
  public Reach reach(WorkerProfile person) {
    Objects.requireNonNull(person, "person");
    return pathFinder().reach(person, PathQuery.defaults());
  }

  /** Every role reachable from a person within the query's limits and constraints. */
  public Reach reach(WorkerProfile person, PathQuery query) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(query, "query");
    return pathFinder().reach(person, query);
  }

  // ------------------------------------------------------------ structure

  /**
   * The structure analysis with default options ({@code structure}); its methods answer each
   * part: {@code deadEnds()}, {@code ceilings()}, {@code bottlenecks(…)}, {@code profile()}….
   */
  public StructureAnalysis structure() {
    return structureAnalysis();
  }

  /** Two organisation types' structures side by side ({@code compare}). */
  public Comparison compare(OrganisationTypeId left, OrganisationTypeId right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return structureAnalysis().compare(left, right);
  }

  /** The people per role and organisation type, against the structure ({@code workload}). */
  public Workload workload(ProfileSource people) {
    Objects.requireNonNull(people, "people");
    return structureAnalysis().workload(people);
  }

  // ------------------------------------------------------------ flow

  /**
   * The workforce year by year from a start ({@code project --start}); the start's shares weight
   * the per-type rates, as in the command.
   */
  public Projection project(Headcounts start, int years) {
    Objects.requireNonNull(start, "start");
    FlowModel flows = start.isEmpty() ? flowModel() : FlowModel.of(model, start);
    return flows.project(start, years);
  }

  /** The long-run headcounts the flows settle at ({@code steady}). */
  public SteadyState steady() {
    return longRun().steadyState();
  }

  /**
   * The probability that a person in one role ever reaches another, per state of the role
   * ({@code reach-probability}).
   */
  public List<ReachProbability> reachProbability(RoleId from, RoleId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return longRun().reach(from, to);
  }

  /** The recruits a year that hold a role at a headcount in the long run ({@code capacity}). */
  public CapacityNeed capacity(RoleId role, double target) {
    Objects.requireNonNull(role, "role");
    return longRun().capacity(role, target);
  }

  @Override
  public String toString() {
    return "Queries[" + model.name() + "]";
  }
}
