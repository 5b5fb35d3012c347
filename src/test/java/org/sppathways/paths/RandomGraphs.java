package org.sppathways.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;

/**
 * Small random models for the oracle tests, with fixed step costs per route so that hours and
 * cost can be checked without the planner.
 *
 * <p>Role ids are shuffled against the order roles are added, so that the model's indices and
 * the id order differ; months include 0 and hours and costs repeat, so that ties are common.
 * Hours and costs are multiples of 0.5, exact in binary and in the 0.001 ordering units.
 */
final class RandomGraphs {
  private RandomGraphs() {}

  static final List<String> COMPETENCIES = List.of("c0", "c1", "c2");
  static final List<String> ORGS = List.of("o0", "o1", "o2");

  /** A random model and step costs. */
  record Instance(WorkforceModel model, FixedStepCosts costs, CareerPathFinder finder) {}

  static Instance instance(long seed, int maxRoles) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(maxRoles - 1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("r" + (char) ('a' + i));
    }
    Collections.shuffle(ids, random);
    WorkforceModel.Builder b = WorkforceModel.builder().name("random " + seed)
        .scale(ProficiencyScale.of("A", "B", "C"));
    for (String c : COMPETENCIES) {
      b.addCompetency(Competency.builder().id(CompetencyId.of(c)).name(c).domain("d").build());
    }
    for (String o : ORGS) {
      b.addOrganisationType(OrganisationType.builder().id(OrganisationTypeId.of(o)).name(o)
          .sector("s").build());
    }
    for (String id : ids) {
      Role.Builder role = Role.builder().id(RoleId.of(id)).title("Role " + id)
          .external(random.nextInt(5) == 0);
      for (String o : ORGS) {
        if (random.nextInt(3) > 0) {
          role.addOfferedBy(OrganisationTypeId.of(o));
        }
      }
      for (String c : COMPETENCIES) {
        if (random.nextBoolean()) {
          role.addRequirement(Requirement.of(CompetencyId.of(c), 1 + random.nextInt(3)));
        }
      }
      b.addRole(role.build());
    }
    double density = 0.2 + random.nextDouble() * 0.7;
    int[] monthChoices = {0, 6, 12, 12, 24};
    List<ProgressionRoute> routes = new ArrayList<>();
    for (String from : ids) {
      for (String to : ids) {
        if (from.equals(to) || random.nextDouble() > density) {
          continue;
        }
        ProgressionRoute.Builder route = ProgressionRoute.builder().from(RoleId.of(from))
            .to(RoleId.of(to)).kind(RouteKind.values()[random.nextInt(4)])
            .months(monthChoices[random.nextInt(monthChoices.length)]);
        for (String c : COMPETENCIES) {
          if (random.nextInt(4) == 0) {
            route.addRequirement(random.nextBoolean()
                ? Requirement.of(CompetencyId.of(c), 1 + random.nextInt(3))
                : Requirement.desirable(CompetencyId.of(c), 1 + random.nextInt(3)));
          }
        }
        routes.add(route.build());
      }
    }
    Collections.shuffle(routes, random);
    b.addRoutes(routes);
    WorkforceModel model = b.build();
    double[] hours = new double[routes.size()];
    double[] cost = new double[routes.size()];
    for (int r = 0; r < routes.size(); r++) {
      hours[r] = random.nextInt(5) * 0.5;
      cost[r] = random.nextInt(4) * 50.5;
    }
    FixedStepCosts costs = new FixedStepCosts(model, hours, cost);
    return new Instance(model, costs, CareerPathFinder.of(model, costs));
  }

  /** A random person: holdings, maybe a role, months in role. */
  static WorkerProfile person(Instance instance, Random random) {
    WorkerProfile.Builder p = WorkerProfile.builder().id(PersonId.of("p1"))
        .monthsInRole(random.nextInt(3) * 6);
    List<Role> roles = instance.model().roles();
    if (random.nextInt(4) > 0) {
      p.role(roles.get(random.nextInt(roles.size())).id());
    }
    for (String c : COMPETENCIES) {
      if (random.nextBoolean()) {
        p.putHold(CompetencyId.of(c), 1 + random.nextInt(3));
      }
    }
    return p.build();
  }

  /**
   * Step costs fixed per route; a person's step costs a little less, by the number of
   * competencies they hold times 0.5 hours and 1 in cost (never below 0).
   */
  static final class FixedStepCosts extends StepCosts {
    private final WorkforceModel model;
    private final double[] hours;
    private final double[] cost;

    FixedStepCosts(WorkforceModel model, double[] hours, double[] cost) {
      super(model);
      this.model = model;
      this.hours = hours;
      this.cost = cost;
    }

    @Override
    Step of(int route, Objective objective) {
      return new Step(hours[route], cost[route], List.of(), List.of(), List.of(), true);
    }

    @Override
    Step of(ProgressionRoute route, WorkerProfile person, Objective objective) {
      int r = model.routes().indexOf(route);
      int held = person.holds().size();
      return new Step(Math.max(0, hours[r] - 0.5 * held), Math.max(0, cost[r] - held), List.of(),
          List.of(), List.of(), true);
    }
  }
}
