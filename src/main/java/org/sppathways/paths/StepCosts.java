package org.sppathways.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanner;

/**
 * What each step takes in training, from the {@link TrainingPlanner}: the plan that closes the
 * gap between what is held on arrival and the target role's requirements plus the route's own.
 *
 * <p>Steps measured against a source role depend only on the route and the objective, so they
 * are computed once, on first use, and cached (thread-safe: racing threads compute equal values
 * and one wins). Personal steps are computed each time.
 */
class StepCosts {
  /** Hours and cost are ordered as longs in units of 1/SCALE. */
  static final double SCALE = 1000;

  private final WorkforceModel model;
  private final TrainingPlanner planner;
  private final List<Map<CompetencyId, Integer>> held;
  private final Map<Objective, AtomicReferenceArray<Step>> cache = new java.util.EnumMap<>(Objective.class);

  /** The training a step needs, without the route's months. */
  record Step(double hours, double cost, List<RequirementGap> gaps, List<CourseId> courses,
      List<CompetencyLevel> unclosable, boolean optimal) {}

  /** A step not planned. */
  static final Step NONE = new Step(0, 0, List.of(), List.of(), List.of(), false);

  StepCosts(WorkforceModel model) {
    this.model = model;
    this.planner = TrainingPlanner.of(model);
    this.held = new ArrayList<>(model.roles().size());
    for (Role role : model.roles()) {
      Map<CompetencyId, Integer> h = new LinkedHashMap<>();
      for (Requirement q : role.requirements()) {
        h.put(q.competency(), q.level());
      }
      held.add(Map.copyOf(h));
    }
    for (Objective o : Objective.values()) {
      cache.put(o, new AtomicReferenceArray<>(model.routes().size()));
    }
  }

  /** The step along a route (by model route index), taking the source role's requirements as held. */
  Step of(int route, Objective objective) {
    AtomicReferenceArray<Step> steps = cache.get(objective);
    Step step = steps.get(route);
    if (step == null) {
      ProgressionRoute r = model.routes().get(route);
      step = compute(r, held.get(model.roleIndex(r.from())), Set.of(), objective);
      steps.compareAndSet(route, null, step);
      step = steps.get(route);
    }
    return step;
  }

  /** The step along a route taken by a person, measured against their profile. */
  Step of(ProgressionRoute route, WorkerProfile person, Objective objective) {
    return compute(route, person.holds(), Set.copyOf(person.completed()), objective);
  }

  private Step compute(ProgressionRoute route, Map<CompetencyId, Integer> holds,
      Set<CourseId> completed, Objective objective) {
    Map<CompetencyId, Requirement> wanted = new LinkedHashMap<>();
    for (Requirement q : model.role(route.to()).requirements()) {
      wanted.put(q.competency(), q);
    }
    for (Requirement q : route.requirements()) {
      wanted.merge(q.competency(), q, (a, b) -> Requirement.builder().competency(a.competency())
          .level(Math.max(a.level(), b.level())).essential(a.essential() || b.essential()).build());
    }
    List<RequirementGap> gaps = new ArrayList<>();
    List<CompetencyLevel> targets = new ArrayList<>();
    for (Requirement q : wanted.values()) {
      int level = holds.getOrDefault(q.competency(), 0);
      if (level < q.level()) {
        gaps.add(new RequirementGap(q.competency(), level, q.level(), q.essential()));
        targets.add(CompetencyLevel.of(q.competency(), q.level()));
      }
    }
    if (targets.isEmpty()) {
      return new Step(0, 0, gaps, List.of(), List.of(), true);
    }
    TrainingPlan plan = planner.plan(targets, holds, completed, objective);
    return new Step(plan.hours(), plan.cost(), gaps, plan.courses(), plan.unclosable(),
        plan.optimal());
  }

  /** A double in the ordering units: rounded to 1/SCALE. */
  static long units(double value) {
    return Math.round(value * SCALE);
  }
}
