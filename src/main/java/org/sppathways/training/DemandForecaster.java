package org.sppathways.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * The training places a workforce projection implies: for every projected year, the places each
 * course needs for the people entering roles and for the people renewing training that lapses,
 * with their cost, the shortfall against a catalogue's capacity and, with a budget, what to fund
 * for the first year.
 *
 * <pre>{@code
 * FlowModel flows = FlowModel.byOrganisationType(model, start);
 * Projection projection = flows.project(start, 10);
 * TrainingDemand demand = DemandForecaster.of(model)
 *     .withCapacity(capacity)        // optional: places per year per course
 *     .withBudget(250_000)           // optional: commission year 1 within a budget
 *     .forecast(flows, projection);
 * }</pre>
 *
 * <h2>Entrants</h2>
 * In year t, the people entering a state (a role, or a role in one organisation type) are the
 * projection's moves into it and its recruits in that year, and each comes from somewhere:
 * <ul>
 *   <li>moves: the state's moves in, {@link ProjectionYear#movedIn(FlowState)}, split between the
 *       states they come from in proportion to {@code headcount(t−1) × rate} of each route into
 *       it, so that the entrants add up to the projection's moves exactly;</li>
 *   <li>recruits: the state's recruits, split between the routes from external roles that carry
 *       {@code recruits} (their recruits times the state's share of the role, as
 *       {@link FlowModel} places them) and recruits straight into the role (the rest).</li>
 * </ul>
 *
 * <h2>What entrants hold and the courses they need</h2>
 * An entrant is taken to hold every level the role they come from requires (in its organisation
 * type's variant, when the state has a type): a mover the levels of their source role, a recruit
 * along a route from an external role that role's levels, and a recruit straight into a role
 * nothing. They need every requirement (essential and desirable) of the role they enter (in its
 * organisation type's variant, without first-year targets) that they do not hold, except
 * competencies {@linkplain org.sppathways.model.Competency#learnedOnTheJob() learned on the job}
 * (no course is expected to teach them, so they are not training demand), and take the
 * optimal {@link TrainingPlanner} plan for it under the objective: a level the source role
 * already requires is never taught again, a course that closes targets of two requirements is
 * one place, and a course's entry rules are judged on the source levels and, when states are
 * split, on the organisation type entered (contracted hours are not known, so rules about them
 * are not met). Each entrant takes one place on each course of their plan, in the year they
 * enter. Targets a plan cannot reach are reported with the number of entrants and why
 * ({@link TrainingDemand#unclosable()}), never dropped.
 *
 * <h2>Refreshers</h2>
 * A requirement is renewed by the cheapest course of the catalogue that brings its competency to
 * the required level (ties by course id), the same rule as the compliance register; when that
 * course's training lapses after {@link Course#validForMonths()} months, everyone holding the role
 * renews it once every {@code validForMonths} months. The forecast counts the people in each
 * state at the start of year t (the headcount at the end of year t−1), each needing
 * {@code 12 / validForMonths} places a year on every such course of their role (a course renewing
 * several requirements counts once). Completion dates are taken to be spread evenly over the
 * cycle; entrants of year t renew from year t+1 on, as part of the headcount.
 *
 * <h2>Capacity, cost and budget</h2>
 * Places are expected numbers of people, rounded to millionths of a person as projections count
 * them. A course's cost in a year is its places × its cost per learner, to the hundredth of the
 * currency; the year's cost is the sum.
 * Against a {@link CourseCapacity}, the shortfall of a course is {@code max(0, places −
 * capacity)}. With a budget, the first year's entrants, rounded to whole people (largest
 * remainders), each holding their source levels (and the levels of the competencies learned on
 * the job that the role entered requires, which are not training demand) and assessed against
 * the full requirements of the role entered, are handed to {@link Commissioner}; refresher places
 * are not part of it.
 *
 * <h2>Complexity</h2>
 * One plan per distinct (source levels, state entered) is computed and reused for every year, so
 * a forecast costs g plans (see {@link TrainingPlanner} for a plan's cost) plus O(Y · (g · s + n ·
 * r + c · k)) for Y years, g entrant groups (routes into states plus recruit sources), s courses
 * per plan, n states, r renewing courses per role, c courses and k organisation types.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DemandForecaster {
  private final WorkforceModel model;
  private final TrainingPlanner planner;
  private final Objective objective;
  private final CourseCapacity capacity;
  private final double budget;

  private DemandForecaster(WorkforceModel model, TrainingPlanner planner, Objective objective,
      CourseCapacity capacity, double budget) {
    this.model = model;
    this.planner = planner;
    this.objective = objective;
    this.capacity = capacity;
    this.budget = budget;
  }

  /** A forecaster over the model's own courses, plans minimising cost, no capacity, no budget. */
  public static DemandForecaster of(WorkforceModel model) {
    return new DemandForecaster(Objects.requireNonNull(model, "model"), TrainingPlanner.of(model),
        Objective.COST, CourseCapacity.none(), Double.NaN);
  }

  /**
   * A forecaster over another catalogue.
   *
   * @throws org.sppathways.model.ModelException if the catalogue is invalid (see
   *     {@link TrainingPlanner#of(WorkforceModel, List)})
   */
  public static DemandForecaster of(WorkforceModel model, List<Course> catalogue) {
    Objects.requireNonNull(model, "model");
    return new DemandForecaster(model, TrainingPlanner.of(model, catalogue), Objective.COST,
        CourseCapacity.none(), Double.NaN);
  }

  /** A copy whose entrants' plans minimise {@code objective} (default: cost). */
  public DemandForecaster withObjective(Objective objective) {
    return new DemandForecaster(model, planner, Objects.requireNonNull(objective, "objective"),
        capacity, budget);
  }

  /**
   * A copy that reports each course's shortfall against the places it offers per year.
   *
   * @throws IllegalArgumentException if the capacity names a course not in the catalogue
   */
  public DemandForecaster withCapacity(CourseCapacity capacity) {
    Objects.requireNonNull(capacity, "capacity");
    for (CourseId c : capacity.asMap().keySet()) {
      if (planner.catalogue().stream().noneMatch(k -> k.id().equals(c))) {
        throw new IllegalArgumentException("the capacity names course '" + c + "', which is not "
            + "in the catalogue");
      }
    }
    return new DemandForecaster(model, planner, objective, capacity, budget);
  }

  /**
   * A copy that also commissions the first year's entrants' places within a budget (see the
   * class notes).
   *
   * @throws IllegalArgumentException if the budget is negative or not a finite number
   */
  public DemandForecaster withBudget(double budget) {
    if (!(budget >= 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("the budget must be a finite number, 0 or more, was "
          + budget);
    }
    return new DemandForecaster(model, planner, objective, capacity, budget);
  }

  /** What entrants' plans minimise. */
  public Objective objective() {
    return objective;
  }

  /** The capacity compared with; {@link CourseCapacity#none()} by default. */
  public CourseCapacity capacity() {
    return capacity;
  }

  /** The budget for the first year's commissioning, when one is given. */
  public OptionalDouble budget() {
    return Double.isNaN(budget) ? OptionalDouble.empty() : OptionalDouble.of(budget);
  }

  /** Where entrants into a state come from. */
  private enum Kind { MOVE, ROUTE, DIRECT }

  /**
   * Entrants into one state from one source, with the plan they take.
   *
   * @param from the source state's index (MOVE), the external role's index (ROUTE), or -1
   */
  private record Group(Kind kind, int from, int to, double weight, TrainingPlan plan,
      Map<CompetencyId, Integer> held) {}

  /** A plan's inputs: the levels held and the state entered. */
  private record PlanKey(Map<CompetencyId, Integer> held, FlowState to) {}

  /**
   * The training demand the projection implies.
   *
   * @param flows the flow model the projection was made with
   * @param projection the projection; year 0 is the start, and years 1 to N get a demand year
   * @throws IllegalArgumentException if the flow model is of another workforce model than this
   *     forecaster's, or the projection's states are not the flow model's
   */
  public TrainingDemand forecast(FlowModel flows, Projection projection) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(projection, "projection");
    if (flows.model() != model && !flows.model().equals(model)) {
      throw new IllegalArgumentException("the flow model is of another workforce model than the "
          + "forecaster's; build both from the same model");
    }
    List<FlowState> states = flows.states();
    List<FlowState> projected = projection.year(0).states().stream()
        .map(ProjectionYear.StateYear::state).toList();
    if (!projected.equals(states)
        || projection.isSplitByOrganisationType() != flows.isSplitByOrganisationType()) {
      throw new IllegalArgumentException("the projection's states are not the flow model's; "
          + "project with the same flow model");
    }
    int n = states.size();
    List<Course> catalogue = planner.catalogue();
    Map<CourseId, Integer> courseIndex = new HashMap<>();
    for (int c = 0; c < catalogue.size(); c++) {
      courseIndex.put(catalogue.get(c).id(), c);
    }
    List<OrganisationType> types = model.organisationTypes();
    Map<OrganisationTypeId, Integer> typeIndex = new HashMap<>();
    for (int k = 0; k < types.size(); k++) {
      typeIndex.put(types.get(k).id(), k);
    }
    int[] typeOf = new int[n];
    for (int i = 0; i < n; i++) {
      typeOf[i] = states.get(i).organisationType().map(typeIndex::get).orElse(types.size());
    }

    List<Group> groups = groups(flows, states);
    double[] directShare = new double[n];
    double[] routeTotal = new double[n];
    for (Group g : groups) {
      if (g.kind() == Kind.ROUTE) {
        routeTotal[g.to()] += g.weight();
      }
    }
    for (int j = 0; j < n; j++) {
      double all = flows.recruits(states.get(j));
      directShare[j] = all > 0 ? Math.max(0, all - routeTotal[j]) / all : 0;
    }
    int[][] renewing = new int[n][];
    for (int i = 0; i < n; i++) {
      renewing[i] = renewing(states.get(i), catalogue);
    }

    int years = projection.length();
    int slots = types.size() + 1;
    List<DemandYear> out = new ArrayList<>(years);
    double[] unclosableTotals = new double[groups.size()];
    for (int t = 1; t <= years; t++) {
      List<ProjectionYear.StateYear> before = projection.year(t - 1).states();
      List<ProjectionYear.StateYear> now = projection.year(t).states();
      double[][] entry = new double[catalogue.size()][slots];
      double[][] refresh = new double[catalogue.size()][slots];
      double[] moveWeight = new double[n];
      for (Group g : groups) {
        if (g.kind() == Kind.MOVE) {
          moveWeight[g.to()] += before.get(g.from()).headcount() * g.weight();
        }
      }
      double entrants = 0;
      double unclosable = 0;
      for (int gi = 0; gi < groups.size(); gi++) {
        Group g = groups.get(gi);
        double e = entrants(g, before, now.get(g.to()), moveWeight, directShare,
            flows.recruits(states.get(g.to())));
        if (e <= 0) {
          continue;
        }
        entrants += e;
        if (!g.plan().unclosableTargets().isEmpty()) {
          unclosable += e;
          unclosableTotals[gi] += e;
        }
        for (CourseId c : g.plan().courses()) {
          entry[courseIndex.get(c)][typeOf[g.to()]] += e;
        }
      }
      for (int i = 0; i < n; i++) {
        double h = before.get(i).headcount();
        if (h <= 0) {
          continue;
        }
        for (int c : renewing[i]) {
          refresh[c][typeOf[i]] += h * 12.0 / catalogue.get(c).validForMonths().getAsInt();
        }
      }
      out.add(year(t, entrants, unclosable, entry, refresh, catalogue, types,
          flows.isSplitByOrganisationType()));
    }

    List<UnclosableEntrants> open = new ArrayList<>();
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      if (unclosableTotals[gi] > 0) {
        FlowState to = states.get(g.to());
        Optional<RoleId> from = g.kind() == Kind.MOVE ? Optional.of(states.get(g.from()).role())
            : g.kind() == Kind.ROUTE ? Optional.of(model.roles().get(g.from()).id())
            : Optional.empty();
        Optional<OrganisationTypeId> fromType = g.kind() == Kind.MOVE
            ? states.get(g.from()).organisationType() : Optional.empty();
        open.add(new UnclosableEntrants(from, fromType, to.role(), to.organisationType(),
            unclosableTotals[gi], g.plan().unclosableTargets()));
      }
    }
    open.sort(Comparator.comparingDouble(UnclosableEntrants::entrants).reversed());

    List<String> notes = new ArrayList<>();
    long notOptimal = groups.stream().map(Group::plan).distinct().filter(p -> !p.optimal())
        .count();
    if (notOptimal > 0) {
      notes.add(notOptimal + " entrant plans reached the planner's search limit; their places "
          + "come from the best plan found, which may not be the least " + objective);
    }
    List<String> byEmployer = withRule(catalogue, EntryRule.OrganisationTypes.class);
    if (!flows.isSplitByOrganisationType() && !byEmployer.isEmpty()) {
      notes.add("entry rules about the employer's organisation type (" + String.join(", ",
          byEmployer) + ") are not met by entrants, as states are not split by organisation "
          + "type; split the projection by organisation type to judge them");
    }
    List<String> byHours = withRule(catalogue, EntryRule.MinContractedHours.class);
    if (!byHours.isEmpty()) {
      notes.add("entry rules about contracted hours (" + String.join(", ", byHours) + ") are "
          + "not met by entrants, whose contracts are not known");
    }
    notes.addAll(projection.notes());
    Optional<CommissioningPlan> commissioning = Double.isNaN(budget) || years == 0
        ? Optional.empty() : Optional.of(commission(groups, states, projection, directShare,
            flows));
    if (!Double.isNaN(budget) && years == 0) {
      notes.add("no year is projected, so there is nothing to commission");
    }
    return new TrainingDemand(objective, flows.isSplitByOrganisationType(), out, open,
        commissioning, notes);
  }

  /** The courses (quoted ids, catalogue order) with an entry rule of the given kind. */
  private static List<String> withRule(List<Course> catalogue, Class<? extends EntryRule> kind) {
    return catalogue.stream().filter(c -> c.entry().stream().anyMatch(r -> mentions(r, kind)))
        .map(c -> "'" + c.id() + "'").toList();
  }

  private static boolean mentions(EntryRule rule, Class<? extends EntryRule> kind) {
    if (kind.isInstance(rule)) {
      return true;
    }
    return rule instanceof EntryRule.AnyOf any
        && any.rules().stream().anyMatch(r -> mentions(r, kind));
  }

  /** The expected entrants of a group in a year, apportioning the projection's flows. */
  private static double entrants(Group g, List<ProjectionYear.StateYear> before,
      ProjectionYear.StateYear now, double[] moveWeight, double[] directShare,
      double recruitsPerYear) {
    switch (g.kind()) {
      case MOVE: {
        double w = before.get(g.from()).headcount() * g.weight();
        return moveWeight[g.to()] > 0 ? now.movedIn() * (w / moveWeight[g.to()]) : 0;
      }
      case ROUTE:
        return recruitsPerYear > 0 ? now.recruits() * (g.weight() / recruitsPerYear) : 0;
      default:
        return now.recruits() * directShare[g.to()];
    }
  }

  /** Every source of entrants into every state, each with its (cached) plan. */
  private List<Group> groups(FlowModel flows, List<FlowState> states) {
    Map<PlanKey, TrainingPlan> plans = new HashMap<>();
    Map<Long, Group> moves = new LinkedHashMap<>();
    List<Group> out = new ArrayList<>();
    List<Role> roles = model.roles();
    Map<FlowState, Integer> index = new HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      index.put(states.get(i), i);
    }
    for (ProgressionRoute route : model.routes()) {
      Role from = model.role(route.from());
      Role to = model.role(route.to());
      if (to.external()) {
        continue;
      }
      if (from.external()) {
        continue;
      }
      for (FlowState s : flows.states(from.id())) {
        for (FlowState d : flows.states(to.id())) {
          double rate = flows.transitionRate(s, d);
          int i = index.get(s);
          int j = index.get(d);
          long key = (long) i * states.size() + j;
          if (i == j || rate <= 0 || moves.containsKey(key)) {
            continue;
          }
          Map<CompetencyId, Integer> held = levels(requirements(from, s.organisationType()));
          moves.put(key, new Group(Kind.MOVE, i, j, rate, plan(plans, held, d), held));
        }
      }
    }
    out.addAll(moves.values());
    Map<Long, double[]> routes = new LinkedHashMap<>();
    for (ProgressionRoute route : model.routes()) {
      Role from = model.role(route.from());
      Role to = model.role(route.to());
      if (!from.external() || to.external() || route.recruits().orElse(0) <= 0) {
        continue;
      }
      for (FlowState d : flows.states(to.id())) {
        long key = (long) model.roleIndex(from.id()) * states.size() + index.get(d);
        routes.computeIfAbsent(key, k -> new double[1])[0] += route.recruits().getAsDouble()
            * flows.share(d);
      }
    }
    routes.forEach((key, weight) -> {
      int x = (int) (key / states.size());
      int j = (int) (key % states.size());
      Map<CompetencyId, Integer> held = levels(roles.get(x).requirements());
      out.add(new Group(Kind.ROUTE, x, j, weight[0], plan(plans, held, states.get(j)), held));
    });
    for (int j = 0; j < states.size(); j++) {
      if (flows.recruits(states.get(j)) <= 0) {
        continue;
      }
      out.add(new Group(Kind.DIRECT, -1, j, 0, plan(plans, Map.of(), states.get(j)), Map.of()));
    }
    return out;
  }

  private TrainingPlan plan(Map<PlanKey, TrainingPlan> cache, Map<CompetencyId, Integer> held,
      FlowState to) {
    return cache.computeIfAbsent(new PlanKey(held, to), k -> planFor(held, to));
  }

  /** One entrant's plan, without the cache: what {@link #forecast} reuses per group. */
  private TrainingPlan planFor(Map<CompetencyId, Integer> held, FlowState to) {
    Role role = model.role(to.role());
    List<CompetencyLevel> targets = new ArrayList<>();
    for (Requirement r : requirements(role, to.organisationType())) {
      if (!model.competency(r.competency()).learnedOnTheJob()) {
        targets.add(CompetencyLevel.of(r.competency(), r.level()));
      }
    }
    return planner.plan(targets, held, java.util.Set.of(), objective,
        new Entrant(held, to.organisationType()));
  }

  private static List<Requirement> requirements(Role role, Optional<OrganisationTypeId> type) {
    return type.isPresent() ? role.requirementsIn(type.get()) : role.requirements();
  }

  private static Map<CompetencyId, Integer> levels(List<Requirement> requirements) {
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (Requirement r : requirements) {
      held.merge(r.competency(), r.level(), Math::max);
    }
    return Map.copyOf(held);
  }

  /**
   * The catalogue positions of the lapsing courses that renew a state's requirements: per
   * requirement, the cheapest course reaching its level (ties by id), when its training lapses.
   */
  private int[] renewing(FlowState state, List<Course> catalogue) {
    Role role = model.role(state.role());
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (Requirement r : requirements(role, state.organisationType())) {
      int best = -1;
      for (int c = 0; c < catalogue.size(); c++) {
        Course course = catalogue.get(c);
        if (!course.reaches(r.competency(), r.level())) {
          continue;
        }
        if (best < 0 || course.cost() < catalogue.get(best).cost()
            || (course.cost() == catalogue.get(best).cost()
                && course.id().compareTo(catalogue.get(best).id()) < 0)) {
          best = c;
        }
      }
      if (best >= 0 && catalogue.get(best).validForMonths().isPresent()) {
        out.add(best);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private DemandYear year(int t, double entrants, double unclosable, double[][] entry,
      double[][] refresh, List<Course> catalogue, List<OrganisationType> types, boolean split) {
    List<CourseDemand> courses = new ArrayList<>();
    long cents = 0;
    for (int c = 0; c < catalogue.size(); c++) {
      Course course = catalogue.get(c);
      long e = 0;
      long r = 0;
      List<OrganisationTypePlaces> byType = new ArrayList<>();
      for (int k = 0; k < entry[c].length; k++) {
        long ek = micros(entry[c][k]);
        long rk = micros(refresh[c][k]);
        e += ek;
        r += rk;
        if (split && (ek > 0 || rk > 0)) {
          byType.add(new OrganisationTypePlaces(k < types.size()
              ? Optional.of(types.get(k).id()) : Optional.empty(), people(ek), people(rk)));
        }
      }
      OptionalDouble cap = capacity.placesPerYear(course.id());
      if (e + r <= 0 && cap.isEmpty()) {
        continue;
      }
      long courseCents = Math.round(people(e + r) * course.cost() * 100);
      cents += courseCents;
      OptionalDouble shortfall = cap.isPresent()
          ? OptionalDouble.of(people(Math.max(0, e + r - micros(cap.getAsDouble()))))
          : OptionalDouble.empty();
      courses.add(new CourseDemand(course.id(), people(e), people(r), courseCents / 100.0, cap,
          shortfall, byType));
    }
    return new DemandYear(t, people(micros(entrants)), people(micros(unclosable)), courses,
        cents / 100.0);
  }

  /** People in whole millionths, as projections count them. */
  private static long micros(double people) {
    return Math.round(people * 1_000_000);
  }

  private static double people(long micros) {
    return micros / 1_000_000.0;
  }

  /** Commissions the first year's entrants, rounded to whole people, within the budget. */
  private CommissioningPlan commission(List<Group> groups, List<FlowState> states,
      Projection projection, double[] directShare, FlowModel flows) {
    List<ProjectionYear.StateYear> before = projection.year(0).states();
    List<ProjectionYear.StateYear> now = projection.year(1).states();
    double[] moveWeight = new double[states.size()];
    for (Group g : groups) {
      if (g.kind() == Kind.MOVE) {
        moveWeight[g.to()] += before.get(g.from()).headcount() * g.weight();
      }
    }
    double[] expected = new double[groups.size()];
    double total = 0;
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      expected[gi] = entrants(g, before, now.get(g.to()), moveWeight, directShare,
          flows.recruits(states.get(g.to())));
      total += expected[gi];
    }
    long[] people = wholePeople(expected, Math.round(total));
    List<WorkerProfile> profiles = new ArrayList<>();
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      FlowState to = states.get(g.to());
      // the source levels, and what is learned on the job (not training demand) as held
      Map<CompetencyId, Integer> onTheJob = new HashMap<>(g.held());
      for (Requirement r : requirements(model.role(to.role()), to.organisationType())) {
        if (model.competency(r.competency()).learnedOnTheJob()
            && r.level() > g.held().getOrDefault(r.competency(), 0)) {
          onTheJob.merge(r.competency(), r.level(), Math::max);
        }
      }
      for (long p = 0; p < people[gi]; p++) {
        WorkerProfile.Builder b = WorkerProfile.builder()
            .id(PersonId.of("entrant-" + (profiles.size() + 1)))
            .role(to.role())
            .monthsInRole(12);
        to.organisationType().ifPresent(b::organisationType);
        onTheJob.forEach(b::putHold);
        profiles.add(b.build());
      }
    }
    return Commissioner.of(model, planner.catalogue())
        .commission(ProfileSource.of(profiles), budget);
  }

  /** Whole numbers adding up to {@code total}, by largest remainders (ties to the earlier). */
  static long[] wholePeople(double[] expected, long total) {
    long[] out = new long[expected.length];
    double[] remainder = new double[expected.length];
    long given = 0;
    for (int i = 0; i < expected.length; i++) {
      out[i] = (long) Math.floor(expected[i]);
      remainder[i] = expected[i] - out[i];
      given += out[i];
    }
    while (given < total) {
      int best = -1;
      for (int i = 0; i < expected.length; i++) {
        if (remainder[i] > 0 && (best < 0 || remainder[i] > remainder[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      out[best]++;
      remainder[best] = 0;
      given++;
    }
    return out;
  }

  /** An entrant as entry rules see them: source levels, no courses, the type entered. */
  private record Entrant(Map<CompetencyId, Integer> held, Optional<OrganisationTypeId> type)
      implements EntryRule.Candidate {
    @Override
    public int level(CompetencyId competency) {
      return held.getOrDefault(competency, 0);
    }

    @Override
    public boolean hasCompleted(CourseId course) {
      return false;
    }

    @Override
    public Optional<OrganisationTypeId> organisationType() {
      return type;
    }

    @Override
    public java.util.OptionalDouble contractedHours() {
      return java.util.OptionalDouble.empty();
    }
  }

  @Override
  public String toString() {
    return "DemandForecaster{" + planner.catalogue().size() + " courses, objective " + objective
        + (capacity.isEmpty() ? "" : ", " + capacity.asMap().size() + " capacities")
        + (Double.isNaN(budget) ? "" : ", budget " + budget) + "}";
  }
}
