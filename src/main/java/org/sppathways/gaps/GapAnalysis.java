package org.sppathways.gaps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProfileCheck;
import org.sppathways.model.Population;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Gap analysis both ways on one model: what a person lacks for a role, who fits a role, which
 * roles a person could move to next, what changes along each route, and how well external
 * professions transfer into the workforce. Population-wide needs are in {@link NeedsAnalysis}.
 *
 * <pre>{@code
 * GapAnalysis gaps = GapAnalysis.of(model);
 * GapReport report = gaps.gap(person, RoleId.of("senior-link-worker"));
 * report.readiness();          // met / all requirements
 * report.gaps();               // what is missing, with held and required levels
 * TalentPool pool = gaps.fit(population, RoleId.of("senior-link-worker"), FitFilter.all());
 * }</pre>
 *
 * <h2>Complexity</h2>
 * With q requirements in the role, h competencies held, P people, R roles, E routes:
 * {@link #gap(WorkerProfile, RoleId)} O(q log h); {@link #fit} O(P · q log h + P log P);
 * {@link #nextRoles} O(R + E + h · p̄ + R log R) with p̄ requirements per competency (see
 * {@link RoleScorer}); {@link #transfers()} O(X · (q̄ + R log R)) for X external roles.
 * Building the analysis is O(R + total requirements).
 *
 * <p>This class is immutable and thread-safe; build it once per model and share it.
 *
 * @since 0.1.0
 */
public final class GapAnalysis {
  private final WorkforceModel model;
  private final Clock clock;
  private final ProfileCheck check;
  private final RequirementIndex index;
  private final int[] routeStart;
  private final int[] routeTarget;

  private GapAnalysis(WorkforceModel model, Clock clock) {
    this.model = model;
    this.clock = clock;
    this.check = ProfileCheck.of(model);
    this.index = new RequirementIndex(model);
    int roles = model.roles().size();
    routeStart = new int[roles + 1];
    routeTarget = new int[model.routes().size()];
    for (int r = 0; r < roles; r++) {
      List<ProgressionRoute> out = model.routesFrom(model.roles().get(r).id());
      routeStart[r + 1] = routeStart[r] + out.size();
      for (int j = 0; j < out.size(); j++) {
        routeTarget[routeStart[r] + j] = model.roleIndex(out.get(j).to());
      }
    }
  }

  /**
   * An analysis of a model that assesses people as of today by the system clock in the default
   * time zone. O(R + total requirements).
   */
  public static GapAnalysis of(WorkforceModel model) {
    return of(model, Clock.systemDefaultZone());
  }

  /**
   * An analysis of a model that assesses people as of the clock's day, wherever no day is given.
   * A fixed clock ({@link Clock#fixed}) makes every answer repeatable. O(R + total requirements).
   *
   * <pre>{@code
   * GapAnalysis gaps = GapAnalysis.of(model,
   *     Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
   * }</pre>
   */
  public static GapAnalysis of(WorkforceModel model, Clock clock) {
    return new GapAnalysis(Objects.requireNonNull(model, "model"),
        Objects.requireNonNull(clock, "clock"));
  }

  /** Today by this analysis's clock: the day people are assessed on when no day is given. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The model analysed. */
  public WorkforceModel model() {
    return model;
  }

  RequirementIndex index() {
    return index;
  }

  /**
   * What a person lacks for a role.
   *
   * @throws org.sppathways.model.ModelException if the profile does not fit the model (see
   *     {@link ProfileCheck}): an unknown role, organisation type, competency or course, or a level
   *     outside the scale, each located and with a suggestion
   * @throws UnknownIdException if the role is not in the model
   */
  public GapReport gap(WorkerProfile person, RoleId role) {
    return gap(person, role, today());
  }

  /**
   * What a person lacks for a role on a given day: the levels they hold that day (see
   * {@link HeldLevels}: lapsed evidence does not count, evidence dated later does not count yet),
   * against the role's requirements for the person's organisation type (its
   * {@linkplain Role#variants() variant}, if any) and, for the person's current role while they
   * have held it under twelve months, its {@linkplain Role#firstYear() first-year targets}. A
   * requirement not met because evidence of its level lapsed says so
   * ({@link RequirementGap#lapsedOn()}).
   *
   * <pre>{@code
   * GapReport r = gaps.gap(person, RoleId.of("link-worker"), LocalDate.of(2026, 6, 1));
   * r.gaps().get(0).lapsedOn();   // Optional[2026-05-02]: safeguarding training lapsed
   * }</pre>
   *
   * @throws org.sppathways.model.ModelException if the profile does not fit the model (see
   *     {@link ProfileCheck})
   * @throws UnknownIdException if the role is not in the model
   */
  public GapReport gap(WorkerProfile person, RoleId role, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    check.require(person);
    int r = model.roleIndex(role);
    HeldLevels held = HeldLevels.of(model, person, asOf);
    return report(Optional.of(person.id()), Optional.empty(), r, requirementsFor(person, r),
        Holdings.of(model, held.levels()), Optional.of(held), dayFor(person, asOf));
  }

  /**
   * The requirements a person is assessed against for a role: the variant for their
   * organisation type, with first-year targets only for their current role in its first twelve
   * months.
   */
  List<Requirement> requirementsFor(WorkerProfile person, int r) {
    return model.roles().get(r).requirementsAssessing(person);
  }

  /**
   * What moving from one role to another demands, taking the source role's requirements as held.
   *
   * @throws UnknownIdException if either role is not in the model
   */
  public GapReport gap(RoleId from, RoleId to) {
    int f = model.roleIndex(from);
    int t = model.roleIndex(to);
    return report(Optional.empty(), Optional.of(from), t, model.roles().get(t).requirements(),
        Holdings.ofRole(index, f), Optional.empty(), Optional.empty());
  }

  /**
   * What moving from one role to another demands in one organisation type: both roles'
   * requirements as that type's {@linkplain Role#variants() variants} have them (a role without
   * a variant for the type keeps its own).
   *
   * @throws UnknownIdException if either role or the organisation type is not in the model
   */
  public GapReport gap(RoleId from, RoleId to, OrganisationTypeId in) {
    int f = model.roleIndex(from);
    int t = model.roleIndex(to);
    model.organisationType(in);
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (Requirement q : model.roles().get(f).requirementsIn(in)) {
      held.merge(q.competency(), q.level(), Math::max);
    }
    return report(Optional.empty(), Optional.of(from), t,
        model.roles().get(t).requirementsIn(in), Holdings.of(model, held), Optional.empty(),
        Optional.empty());
  }

  private GapReport report(Optional<PersonId> person, Optional<RoleId> from, int r,
      List<Requirement> targets, Holdings h, Optional<HeldLevels> evidence,
      Optional<LocalDate> asOf) {
    Role role = model.roles().get(r);
    List<RequirementGap> requirements = new ArrayList<>(targets.size());
    int met = 0;
    int shortfall = 0;
    boolean essentialMet = true;
    double weighted = 0;
    double weights = 0;
    for (Requirement q : targets) {
      int held = h.levelOf(model.competencyIndex(q.competency()));
      int required = q.level();
      boolean essential = q.essential();
      Optional<LocalDate> lapsedOn = held >= required || evidence.isEmpty() ? Optional.empty()
          : evidence.get().lapsedOn(q.competency(), required);
      requirements.add(new RequirementGap(q.competency(), held, required, essential, lapsedOn));
      double w = essential ? 2 : 1;
      weights += w;
      weighted += w * Math.min(held, required) / required;
      if (held >= required) {
        met++;
      } else {
        shortfall += required - held;
        essentialMet &= !essential;
      }
    }
    return new GapReport(person, from, role.id(), requirements, met, essentialMet, shortfall,
        weights == 0 ? 1.0 : weighted / weights, asOf);
  }

  /**
   * Everyone in a population who passes the filter, ranked for a role: readiness (descending),
   * then shortfall (ascending), then person id.
   *
   * @throws org.sppathways.model.ModelException if a profile does not fit the model (see
   *     {@link ProfileCheck}), listing every problem located at {@code people[i]}
   * @throws UnknownIdException if the role is not in the model
   */
  public TalentPool fit(Population people, RoleId role, FitFilter filter) {
    return fit(people, role, filter, today());
  }

  /**
   * Everyone in a population who passes the filter, ranked for a role by the levels they hold on
   * a given day (see {@link #gap(WorkerProfile, RoleId, LocalDate)}, whose rules apply to each
   * person): readiness (descending), then shortfall (ascending), then person id.
   *
   * @throws org.sppathways.model.ModelException if a profile does not fit the model (see
   *     {@link ProfileCheck}), listing every problem located at {@code people[i]}
   * @throws UnknownIdException if the role is not in the model
   */
  public TalentPool fit(Population people, RoleId role, FitFilter filter, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    check.require(people);
    int r = model.roleIndex(role);
    List<Candidate> candidates = new ArrayList<>();
    boolean dated = false;
    for (WorkerProfile p : people.people()) {
      if (filter.organisationTypes().isPresent() && (p.organisationType().isEmpty()
          || !filter.organisationTypes().get().contains(p.organisationType().get()))) {
        continue;
      }
      HeldLevels held = HeldLevels.of(model, p, asOf);
      GapReport g = report(Optional.of(p.id()), Optional.empty(), r, requirementsFor(p, r),
          Holdings.of(model, held.levels()), Optional.of(held), Optional.empty());
      dated |= p.hasDates();
      if (filter.essentialMetOnly() && !g.essentialMet()) {
        continue;
      }
      candidates.add(new Candidate(p.id(), g.readiness(), g.essentialMet(), g.shortfall()));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::readiness).reversed()
        .thenComparingInt(Candidate::shortfall).thenComparing(Candidate::person));
    return new TalentPool(role, candidates, dated ? Optional.of(asOf) : Optional.empty());
  }

  /** Everyone in a population, ranked for a role. See {@link #fit(Population, RoleId, FitFilter)}. */
  public TalentPool fit(Population people, RoleId role) {
    return fit(people, role, FitFilter.all());
  }

  /**
   * The roles reachable from a person's current role along routes within {@code maxSteps} moves,
   * ranked by readiness (descending), then shortfall, then steps, then role id. A person without
   * a current role is ranked against every role of the workforce (not external ones), with no
   * step count.
   *
   * @param maxSteps the most moves, 1 or more
   * @throws IllegalArgumentException if maxSteps is below 1
   * @throws org.sppathways.model.ModelException if the profile does not fit the model (see
   *     {@link ProfileCheck})
   */
  public List<RoleOption> nextRoles(WorkerProfile person, int maxSteps) {
    return nextRoles(person, maxSteps, today());
  }

  /**
   * {@link #nextRoles(WorkerProfile, int)} by the levels the person holds on a given day, each
   * role's requirements taken as the variant for the person's organisation type (see
   * {@link #gap(WorkerProfile, RoleId, LocalDate)}).
   */
  public List<RoleOption> nextRoles(WorkerProfile person, int maxSteps, LocalDate asOf) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(asOf, "asOf");
    check.require(person);
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be 1 or more, was " + maxSteps);
    }
    int roles = model.roles().size();
    int[] steps = new int[roles];
    Arrays.fill(steps, -1);
    if (person.role().isPresent()) {
      int start = model.roleIndex(person.role().get());
      steps[start] = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      while (!queue.isEmpty()) {
        int r = queue.poll();
        if (steps[r] == maxSteps) {
          continue;
        }
        for (int e = routeStart[r]; e < routeStart[r + 1]; e++) {
          int t = routeTarget[e];
          if (steps[t] < 0) {
            steps[t] = steps[r] + 1;
            queue.add(t);
          }
        }
      }
      steps[start] = -1;
    }
    HeldLevels held = HeldLevels.of(model, person, asOf);
    Holdings holdings = Holdings.of(model, held.levels());
    RoleScorer scorer = RoleScorer.of(this);
    scorer.score(holdings);
    List<RoleOption> options = new ArrayList<>();
    for (int r = 0; r < roles; r++) {
      boolean candidate = person.role().isPresent() ? steps[r] > 0 : !model.roles().get(r).external();
      if (!candidate) {
        continue;
      }
      OptionalInt away = steps[r] > 0 ? OptionalInt.of(steps[r]) : OptionalInt.empty();
      if (hasVariant(r, person)) {   // the scorer knows only each role's own requirements
        GapReport g = report(Optional.of(person.id()), Optional.empty(), r,
            requirementsFor(person, r), holdings, Optional.empty(), Optional.empty());
        options.add(new RoleOption(g.role(), g.readiness(), g.essentialMet(), g.shortfall(), away));
      } else {
        options.add(new RoleOption(scorer.role(r), scorer.readiness(r), scorer.essentialMet(r),
            scorer.shortfall(r), away));
      }
    }
    options.sort(Comparator.comparingDouble(RoleOption::readiness).reversed()
        .thenComparingInt(RoleOption::shortfall)
        .thenComparingInt(o -> o.steps().orElse(0))
        .thenComparing(RoleOption::role));
    return options;
  }

  /** The day to report for a person: the day assessed on, when their evidence has dates. */
  static Optional<LocalDate> dayFor(WorkerProfile person, LocalDate asOf) {
    return person.hasDates() ? Optional.of(asOf) : Optional.empty();
  }

  private boolean hasVariant(int r, WorkerProfile person) {
    return person.organisationType().isPresent()
        && model.roles().get(r).variants().containsKey(person.organisationType().get());
  }

  /** All roles reachable from a person's current role, however many moves away. */
  public List<RoleOption> nextRoles(WorkerProfile person) {
    return nextRoles(person, Integer.MAX_VALUE);
  }

  /** What changes along every route of the model, in route order. */
  public List<RouteDelta> deltas() {
    List<RouteDelta> out = new ArrayList<>(model.routes().size());
    for (ProgressionRoute route : model.routes()) {
      out.add(delta(route));
    }
    return out;
  }

  /**
   * What changes along the route between two roles.
   *
   * @throws UnknownIdException if either role is unknown, or if there is no route between them
   *     (kind {@code route})
   */
  public RouteDelta delta(RoleId from, RoleId to) {
    model.roleIndex(from);
    model.roleIndex(to);
    return delta(model.route(from, to).orElseThrow(() ->
        new UnknownIdException("route", from + " -> " + to)));
  }

  private RouteDelta delta(ProgressionRoute route) {
    Holdings source = Holdings.ofRole(index, model.roleIndex(route.from()));
    List<LevelChange> changes = new ArrayList<>();
    for (Requirement q : model.role(route.to()).requirements()) {
      int had = source.levelOf(model.competencyIndex(q.competency()));
      if (q.level() > had) {
        changes.add(new LevelChange(q.competency(), had, q.level(), q.essential(), false));
      }
    }
    for (Requirement q : route.requirements()) {
      int had = source.levelOf(model.competencyIndex(q.competency()));
      if (q.level() > had) {
        changes.add(new LevelChange(q.competency(), had, q.level(), q.essential(), true));
      }
    }
    return new RouteDelta(route.from(), route.to(), route.kind(), changes);
  }

  /**
   * For every external profession (in model order), how well it transfers to each role of the
   * workforce, best first (overlap descending, then role id).
   */
  public List<Transfer> transfers() {
    List<Transfer> out = new ArrayList<>();
    for (Role role : model.roles()) {
      if (role.external()) {
        out.addAll(transfersFrom(role.id()));
      }
    }
    return out;
  }

  /**
   * How well one role's competencies transfer to each role of the workforce (not external ones,
   * not itself), best first: overlap descending, then role id.
   *
   * @throws UnknownIdException if the role is not in the model
   */
  public List<Transfer> transfersFrom(RoleId from) {
    int f = model.roleIndex(from);
    RoleScorer scorer = RoleScorer.of(this);
    scorer.score(Holdings.ofRole(index, f));
    List<Transfer> out = new ArrayList<>();
    for (int t = 0; t < index.roles; t++) {
      if (t != f && !model.roles().get(t).external()) {
        out.add(new Transfer(from, scorer.role(t), scorer.readiness(t), scorer.met(t), index.size(t)));
      }
    }
    out.sort(Comparator.comparingDouble(Transfer::overlap).reversed().thenComparing(Transfer::to));
    return out;
  }

  /**
   * The backgrounds that suit a role best: every external profession's transfer to it, overlap
   * descending, then profession id.
   *
   * @throws UnknownIdException if the role is not in the model
   */
  public List<Transfer> backgroundsFor(RoleId to) {
    int t = model.roleIndex(to);
    List<Transfer> out = new ArrayList<>();
    RoleScorer scorer = RoleScorer.of(this);
    for (int f = 0; f < index.roles; f++) {
      if (f != t && model.roles().get(f).external()) {
        scorer.score(Holdings.ofRole(index, f));
        out.add(new Transfer(scorer.role(f), to, scorer.readiness(t), scorer.met(t), index.size(t)));
      }
    }
    out.sort(Comparator.comparingDouble(Transfer::overlap).reversed().thenComparing(Transfer::from));
    return out;
  }
}
