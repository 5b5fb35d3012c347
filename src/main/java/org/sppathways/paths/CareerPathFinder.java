package org.sppathways.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.ModelException;
import org.sppathways.model.ProfileCheck;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Career path search on one model: the k best simple paths between two roles by one criterion,
 * the Pareto set of trade-offs between months, hours, cost and steps, and every role reachable
 * within given steps or months — from a role, or from a person, whose levels and completed
 * courses are carried along the path; a path's training counts each course once.
 *
 * <pre>{@code
 * CareerPathFinder finder = CareerPathFinder.of(model);
 * CareerPaths best = finder.paths(RoleId.of("link-worker"), RoleId.of("sp-manager"), 3,
 *     PathQuery.by(Criterion.MONTHS));
 * List<String> lines = new ArrayList<>();
 * for (CareerPath p : best.paths()) {
 *   lines.add(p.roles() + " " + p.months() + " months, " + p.hours() + " hours");
 * }
 * CareerPaths tradeOffs = finder.pareto(person, RoleId.of("sp-manager"), PathQuery.defaults());
 * Reach reach = finder.reach(RoleId.of("link-worker"),
 *     PathQuery.builder().maxSteps(2).build());
 * }</pre>
 *
 * <h2>What a path is</h2>
 * A path is simple (no role twice; lateral moves back and forth are fine in the graph, but a path
 * never loops). Each step's months are the route's. A search from a person starts at their
 * current role, and its first step's months are reduced by their months in role. A person with
 * no current role starts with any entry route ({@link RouteKind#ENTRY}); such a path lists the
 * entry route's source role first.
 *
 * <h2>Training along a path</h2>
 * What is learnt is kept. A search from a role starts from someone holding that role's
 * requirement levels and no completed courses; a search from a person, from their held levels
 * and completed courses. A path's training is one {@link org.sppathways.training.TrainingPlanner}
 * plan (minimising {@link PathQuery#trainingObjective()}) for everything the path asks for
 * beyond what is held at its start: per competency, the highest level that the roles it enters
 * and the routes it takes ask for, where some course not yet completed, that the start can
 * enter, reaches that level (higher levels are reported as unclosable, with why). Courses'
 * {@linkplain org.sppathways.model.Course#entry() entry rules} are judged on the person (their
 * organisation type and contracted hours among them); a search from a role knows no employer and
 * no contract, so rules on those are not met there. Each course is taken once, at
 * the first step that needs it (with the courses it depends on before it), and the path's
 * {@link CareerPath#hours() hours} and {@link CareerPath#cost() cost} are the sums over those
 * distinct courses. Each {@link PathStep} lists its gaps against what is held on arrival (the
 * start's levels raised by the courses of earlier steps), its own courses, and what no course
 * closes.
 *
 * <h2>In an organisation type</h2>
 * A role's requirements may differ by employer ({@link org.sppathways.model.Role#variants()}).
 * A search plans each step against its target role's requirements in one organisation type,
 * {@link org.sppathways.model.Role#requirementsIn requirementsIn(type)}: the query's
 * {@link PathQuery#organisationType()} when set, else the person's organisation type, else
 * (a search from a role, or a person whose type is not known) each role's own requirements. A
 * route's own requirements are the same in every type. A search from a role in a type starts
 * from someone holding that role's requirements there. First-year targets
 * ({@link org.sppathways.model.Role#firstYear()}) never lower a step: each step enters a role the
 * person is not in yet. For example, where a VCSE charity's senior link worker must work alone
 * safely and need not use clinical systems, a VCSE link worker's path shows a lone-working gap
 * and no clinical-systems gap, and its training changes accordingly.
 *
 * <pre>{@code
 * PathQuery inVcse = PathQuery.builder().by(Criterion.HOURS)
 *     .organisationType(OrganisationTypeId.of("vcse-charity")).build();
 * finder.paths(RoleId.of("link-worker"), RoleId.of("senior-link-worker"), 1, inVcse);
 * }</pre>
 *
 * <h2>Order and ties</h2>
 * Results are ordered by the query's {@link Criterion}, ties broken as described there and
 * finally by the role ids along the path, so equal inputs give equal outputs in equal order.
 *
 * <h2>Algorithms and complexity</h2>
 * n roles, m routes, k paths, ℓ the longest path found, Δ the largest out-degree, P the cost of
 * one training plan (see {@link org.sppathways.training.TrainingPlanner}). The searches run on
 * int arrays with roles numbered in id order.
 * <ul>
 *   <li>{@link #paths} by steps or months (additive): lazy deviations from one reverse
 *       shortest-path tree (Yen 1971 as refined by Kurz and Mutzel 2016): O(m log n) for the
 *       tree, then O(ℓΔ log(kℓΔ)) per path plus O(m log n) for each deviation whose tree path
 *       would revisit a role; worst case O(k ℓ (Δ log(kℓΔ) + m log n)). Each path found is then
 *       planned once, O(P + ℓ c) for c courses in its plan.</li>
 *   <li>{@link #paths} by hours or cost: best-first search over partial simple paths. A path's
 *       training total is f(R), the optimal plan weight for its requirement vector R, and f
 *       grows with R level by level; a partial path is keyed by f(R of the prefix merged with the
 *       target role's), its steps and months plus the fewest steps and months still needed
 *       (reverse breadth-first search and Dijkstra's algorithm, O(m log n)), all lower bounds of
 *       every completion, so complete paths leave the queue in exactly the documented order.
 *       O(L (Δ log L + ℓ) + U P) for L partial paths created and U distinct requirement
 *       vectors planned; L is exponential in the worst case, which the work limit bounds.</li>
 *   <li>{@link #pareto}: the same best-first search over (months, hours, cost, steps), keyed by
 *       lower-bound vectors; a partial path whose bound is matched or beaten in every component
 *       by a path already found is dropped, and each complete path that leaves the queue is
 *       kept unless one found earlier matches or beats it: O(L (Δ log L + ℓ + p) + U P) for p
 *       paths kept.</li>
 *   <li>{@link #reach} by steps or months: Dijkstra's algorithm, O(m log n), or with step or
 *       month limits label setting (Martins 1984) over (criterion, steps, months). By hours or
 *       cost: best-first search from the start over partial simple paths keyed by their own
 *       totals; a partial path is dropped when one that left the queue earlier at the same role
 *       (from the same start) needs level-wise no more and took no more steps or months (any
 *       continuation of the dropped one is matched, cut short where it would revisit a role, at
 *       no greater key). O(L (Δ log L + ℓ + d) + U P) for d paths kept per role.</li>
 * </ul>
 * Plans are memoised per start role (with the organisation type whose variant of it gave the
 * levels held), objective and requirement vector (thread-safe, up to 200,000 plans per finder),
 * so share one finder; a person's plans are kept for one search only. The requirement vectors of
 * an organisation type some role has a variant for are built once per finder on first use,
 * O(n + m).
 * Every search stops at {@link PathQuery#maxWork()} units of work and then says so
 * ({@code complete = false}).
 *
 * <p>This class is immutable and thread-safe: build it once per model and share it.
 *
 * @since 0.1.0
 */
public final class CareerPathFinder {

  private final PathEngine engine;

  private CareerPathFinder(WorkforceModel model) {
    this.engine = new PathEngine(model);
  }

  /** A finder for a model, with training planned from the model's courses. O(n log n + m log m). */
  public static CareerPathFinder of(WorkforceModel model) {
    Objects.requireNonNull(model, "model");
    return new CareerPathFinder(model);
  }

  /** The model searched. */
  public WorkforceModel model() {
    return engine.model;
  }

  // ---------------------------------------------------------------- public searches

  /**
   * The k best simple paths from one role to another, best first.
   *
   * @param from the start role
   * @param to the target role
   * @param k the most paths to return, 1 or more
   * @param query the criterion and constraints
   * @return the paths; empty when the target cannot be reached; the single path of no steps when
   *     the roles are the same
   * @throws IllegalArgumentException if k is below 1, or the query asks for
   *     {@link PathQuery#qualifiedOnly()} (which needs a person)
   * @throws UnknownIdException if a role or organisation type named is not in the model
   */
  public CareerPaths paths(RoleId from, RoleId to, int k, PathQuery query) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(query, "query");
    checkK(k);
    PathEngine.Search s = engine.search(query, PathEngine.order(query.by()), engine.role(from), null);
    return new CareerPaths(Optional.of(from), to, query.by(), s.kBest(engine.vertexOf(to), k), s.complete());
  }

  /** The k best paths from one role to another by months. See {@link #paths(RoleId, RoleId, int, PathQuery)}. */
  public CareerPaths paths(RoleId from, RoleId to, int k) {
    return paths(from, to, k, PathQuery.defaults());
  }

  /**
   * The k best simple paths from a person to a role, starting from what they hold and have
   * completed (the first step's months reduced by their months in role); from every entry route
   * when they have no current role.
   *
   * @throws IllegalArgumentException if k is below 1
   * @throws ModelException if the person does not fit the model (see {@link ProfileCheck}):
   *     unknown role, competency, organisation type or course, or a level outside the scale
   * @throws UnknownIdException if the target, or a role or organisation type in the query, is
   *     not in the model
   */
  public CareerPaths paths(WorkerProfile person, RoleId to, int k, PathQuery query) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(query, "query");
    checkK(k);
    PathEngine.Search s = engine.search(query, PathEngine.order(query.by()), engine.origin(person), person);
    return new CareerPaths(person.role(), to, query.by(), s.kBest(engine.vertexOf(to), k), s.complete());
  }

  /**
   * Every trade-off between months, hours, cost and steps from one role to another: the simple
   * paths that no other path beats or equals in all four, one path per distinct trade-off (the
   * one with the least role ids), ordered by the query's criterion, then months, hours, cost and
   * steps, then role ids.
   *
   * @throws IllegalArgumentException if the query asks for {@link PathQuery#qualifiedOnly()}
   * @throws UnknownIdException if a role or organisation type named is not in the model
   */
  public CareerPaths pareto(RoleId from, RoleId to, PathQuery query) {
    PathEngine.Search s = engine.search(query, null, engine.role(from), null);
    return new CareerPaths(Optional.of(from), to, query.by(), s.pareto(engine.vertexOf(to)), s.complete());
  }

  /**
   * The trade-offs from a person to a role; see {@link #pareto(RoleId, RoleId, PathQuery)} and
   * {@link #paths(WorkerProfile, RoleId, int, PathQuery)}.
   *
   * @throws ModelException if the person does not fit the model (see {@link ProfileCheck}):
   *     unknown role, competency, organisation type or course, or a level outside the scale
   * @throws UnknownIdException if the target or an id in the query is not in the model
   */
  public CareerPaths pareto(WorkerProfile person, RoleId to, PathQuery query) {
    PathEngine.Search s = engine.search(query, null, engine.origin(person), person);
    return new CareerPaths(person.role(), to, query.by(), s.pareto(engine.vertexOf(to)), s.complete());
  }

  /**
   * Every role reachable from a role within the query's step and month limits (none: any
   * distance), each with its best path by the query's criterion, best first, ties by role id.
   *
   * @throws IllegalArgumentException if the query asks for {@link PathQuery#qualifiedOnly()}
   * @throws UnknownIdException if a role or organisation type named is not in the model
   */
  public Reach reach(RoleId from, PathQuery query) {
    PathEngine.Search s = engine.search(query, PathEngine.order(query.by()), engine.role(from), null);
    return new Reach(Optional.of(from), query.by(), query.maxSteps(), query.maxMonths(),
        s.reach(), s.complete());
  }

  /**
   * Every role reachable from a person; see {@link #reach(RoleId, PathQuery)}.
   *
   * @throws ModelException if the person does not fit the model (see {@link ProfileCheck}):
   *     unknown role, competency, organisation type or course, or a level outside the scale
   * @throws UnknownIdException if an id in the query is not in the model
   */
  public Reach reach(WorkerProfile person, PathQuery query) {
    PathEngine.Search s = engine.search(query, PathEngine.order(query.by()), engine.origin(person), person);
    return new Reach(person.role(), query.by(), query.maxSteps(), query.maxMonths(),
        s.reach(), s.complete());
  }

  // ---------------------------------------------------------------- set-up

  private static void checkK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be 1 or more, was " + k);
    }
  }

  @Override
  public String toString() {
    return engine.toString();
  }
}
