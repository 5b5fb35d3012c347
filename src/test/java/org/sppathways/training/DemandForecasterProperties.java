package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * The forecast against a brute-force recount on small random models: every entrant's plan
 * computed afresh (no cache) from the roles' requirements, entrants apportioned from the
 * projection route by route, and refreshers recounted course by course.
 */
class DemandForecasterProperties {

  static WorkforceModel randomModel(Random random) {
    return randomModel(random, false);
  }

  /** A random model; with {@code types}, roles are offered by one or both of two types. */
  static WorkforceModel randomModel(Random random, boolean types) {
    int competencies = 1 + random.nextInt(3);
    int roles = 2 + random.nextInt(3);
    WorkforceModel.Builder b = WorkforceModel.builder().name("random")
        .scale(ProficiencyScale.of("A", "B", "C"));
    for (int c = 0; c < competencies; c++) {
      b.addCompetency(Competency.builder().id(CompetencyId.of("c" + c)).name("C" + c)
          .domain("d").learnedOnTheJob(random.nextInt(5) == 0).build());
    }
    if (types) {
      for (String t : List.of("o0", "o1")) {
        b.addOrganisationType(OrganisationType.builder().id(OrganisationTypeId.of(t)).name(t)
            .sector("s").build());
      }
    }
    int courses = random.nextInt(7);
    for (int k = 0; k < courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("K" + k)
          .hours(1 + random.nextInt(5)).cost(random.nextInt(6) * 50);
      int first = random.nextInt(competencies);
      course.addCover(CompetencyLevel.of(CompetencyId.of("c" + first), 1 + random.nextInt(3)));
      int second = random.nextInt(competencies);
      if (second != first && random.nextBoolean()) {
        course.addCover(CompetencyLevel.of(CompetencyId.of("c" + second), 1 + random.nextInt(3)));
      }
      if (k > 0 && random.nextInt(4) == 0) {
        course.addPrerequisite(CourseId.of("k" + random.nextInt(k)));
      }
      if (random.nextInt(3) == 0) {
        course.validForMonths(new int[] {6, 12, 24, 36}[random.nextInt(4)]);
      }
      b.addCourse(course.build());
    }
    for (int r = 0; r <= roles; r++) {
      boolean external = r == roles;
      Role.Builder role = Role.builder().id(RoleId.of(external ? "x" : "r" + r))
          .title("R" + r).external(external);
      for (int c = 0; c < competencies; c++) {
        if (random.nextInt(3) != 0) {
          role.addRequirement(random.nextBoolean()
              ? Requirement.of(CompetencyId.of("c" + c), 1 + random.nextInt(3))
              : Requirement.desirable(CompetencyId.of("c" + c), 1 + random.nextInt(3)));
        }
      }
      if (!external) {
        if (types) {
          int offered = 1 + random.nextInt(3);
          if ((offered & 1) != 0) {
            role.addOfferedBy(OrganisationTypeId.of("o0"));
          }
          if ((offered & 2) != 0) {
            role.addOfferedBy(OrganisationTypeId.of("o1"));
          }
        }
        role.leaving(random.nextInt(4) * 0.05);
        if (random.nextBoolean()) {
          role.recruits(random.nextInt(20));
        }
      }
      b.addRole(role.build());
    }
    for (int i = 0; i < roles; i++) {
      for (int j = 0; j < roles; j++) {
        if (i != j && random.nextInt(3) == 0) {
          b.addRoute(ProgressionRoute.builder().from(RoleId.of("r" + i)).to(RoleId.of("r" + j))
              .kind(RouteKind.LATERAL).months(0).rate(0.05 + random.nextInt(4) * 0.05).build());
        }
      }
      if (random.nextInt(3) == 0) {
        b.addRoute(ProgressionRoute.builder().from(RoleId.of("x")).to(RoleId.of("r" + i))
            .kind(RouteKind.ENTRY).months(0).recruits(1 + random.nextInt(10)).build());
      }
    }
    return b.build();
  }

  @Property(tries = 150)
  void placesAreTheEntrantsTimesTheirPlansPlusRefreshers(@ForAll long seed) {
    Random random = new Random(seed);
    boolean split = random.nextBoolean();
    WorkforceModel model = randomModel(random, split);
    Map<RoleId, Double> start = new HashMap<>();
    for (Role role : model.roles()) {
      if (!role.external()) {
        start.put(role.id(), (double) random.nextInt(100));
      }
    }
    Objective objective = Objective.values()[random.nextInt(3)];
    Headcounts headcounts = Headcounts.of(start);
    FlowModel flows = split ? FlowModel.byOrganisationType(model, headcounts)
        : FlowModel.of(model);
    int years = 1 + random.nextInt(3);
    Projection projection = flows.project(headcounts, years);
    TrainingDemand demand = DemandForecaster.of(model).withObjective(objective)
        .forecast(flows, projection);

    TrainingPlanner planner = TrainingPlanner.of(model);
    for (int t = 1; t <= years; t++) {
      ProjectionYear before = projection.year(t - 1);
      ProjectionYear now = projection.year(t);
      // per course, and per course and organisation type ("course@type")
      Map<String, Double> entry = new HashMap<>();
      Map<String, Double> refresh = new HashMap<>();
      double entrants = 0;
      for (FlowState state : flows.states()) {
        Role to = model.role(state.role());
        String type = state.organisationType().map(Object::toString).orElse("");
        // moves from every other state, in proportion to headcount x rate
        Map<FlowState, Double> weight = new HashMap<>();
        for (FlowState from : flows.states()) {
          double rate = from.equals(state) ? 0 : flows.transitionRate(from, state);
          if (rate > 0) {
            weight.put(from, before.headcount(from) * rate);
          }
        }
        double sum = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<FlowState, Double> w : weight.entrySet()) {
          double e = sum > 0 ? now.movedIn(state) * w.getValue() / sum : 0;
          entrants += e;
          add(entry, type, plan(model, planner, model.role(w.getKey().role()), to, objective), e);
        }
        // recruits: straight in (hold nothing) and along routes from x (hold x's levels)
        double direct = to.recruits().orElse(0);
        double viaX = model.routes().stream().filter(r -> r.to().equals(to.id())
            && r.from().equals(RoleId.of("x"))).mapToDouble(r -> r.recruits().orElse(0)).sum();
        double all = direct + viaX;
        if (all > 0) {
          double r = now.recruits(state);
          entrants += r;
          add(entry, type, plan(model, planner, null, to, objective), r * direct / all);
          if (viaX > 0) {
            add(entry, type, plan(model, planner, model.role(RoleId.of("x")), to, objective),
                r * viaX / all);
          }
        }
        // refreshers: the cheapest course reaching each requirement, when it lapses
        Set<CourseId> renewing = new java.util.TreeSet<>();
        for (Requirement q : to.requirements()) {
          model.courses().stream().filter(c -> c.reaches(q.competency(), q.level()))
              .min(Comparator.comparingDouble(Course::cost).thenComparing(Course::id))
              .filter(c -> c.validForMonths().isPresent()).ifPresent(c -> renewing.add(c.id()));
        }
        for (CourseId c : renewing) {
          double places = before.headcount(state) * 12.0
              / model.course(c).validForMonths().getAsInt();
          refresh.merge(c.value(), places, Double::sum);
          refresh.merge(c.value() + "@" + type, places, Double::sum);
        }
      }
      DemandYear year = demand.year(t);
      assertThat(year.entrants()).isEqualTo(entrants, within(1e-5));
      Map<String, double[]> got = new HashMap<>();
      for (CourseDemand d : year.courses()) {
        got.put(d.course().value(), new double[] {d.entryPlaces(), d.refresherPlaces()});
        for (OrganisationTypePlaces p : d.byOrganisationType()) {
          got.put(d.course().value() + "@" + p.organisationType().map(Object::toString)
              .orElse(""), new double[] {p.entryPlaces(), p.refresherPlaces()});
        }
        assertThat(d.cost()).isEqualTo(d.places() * model.course(d.course()).cost(),
            within(0.01));
        assertThat(d.byOrganisationType().isEmpty()).isEqualTo(!split || d.places() == 0);
      }
      java.util.Set<String> keys = new java.util.TreeSet<>(entry.keySet());
      keys.addAll(refresh.keySet());
      for (String key : keys) {
        if (!split && key.contains("@")) {
          continue;
        }
        double[] g = got.getOrDefault(key, new double[2]);
        assertThat(g[0]).as("entry places on %s in year %d", key, t)
            .isEqualTo(entry.getOrDefault(key, 0.0), within(1e-5));
        assertThat(g[1]).as("refresher places on %s in year %d", key, t)
            .isEqualTo(refresh.getOrDefault(key, 0.0), within(1e-5));
      }
    }
  }

  /**
   * One entrant's plan, afresh: holding every level {@code from} requires (nothing when null),
   * for every requirement of {@code to} not learned on the job.
   */
  private static TrainingPlan plan(WorkforceModel model, TrainingPlanner planner, Role from,
      Role to, Objective objective) {
    Map<CompetencyId, Integer> held = new HashMap<>();
    if (from != null) {
      from.requirements().forEach(q -> held.merge(q.competency(), q.level(), Math::max));
    }
    List<CompetencyLevel> targets = to.requirements().stream()
        .filter(q -> !model.competency(q.competency()).learnedOnTheJob())
        .map(q -> CompetencyLevel.of(q.competency(), q.level())).toList();
    return planner.plan(targets, held, Set.of(), objective);
  }

  private static void add(Map<String, Double> places, String type, TrainingPlan plan,
      double entrants) {
    if (entrants <= 0) {
      return;
    }
    for (CourseId c : plan.courses()) {
      places.merge(c.value(), entrants, Double::sum);
      places.merge(c.value() + "@" + type, entrants, Double::sum);
    }
  }

  /** Different seeds, different models: the property is not trivially about empty demand. */
  @Property(tries = 1)
  void someRandomModelsHaveDemand() {
    int withDemand = 0;
    for (long seed = 0; seed < 50; seed++) {
      WorkforceModel model = randomModel(new Random(seed));
      FlowModel flows = FlowModel.of(model);
      Map<RoleId, Double> start = new HashMap<>();
      model.roles().stream().filter(r -> !r.external()).forEach(r -> start.put(r.id(), 50.0));
      TrainingDemand d = DemandForecaster.of(model).forecast(flows,
          flows.project(Headcounts.of(start), 1));
      if (d.year(1).places() > 0) {
        withDemand++;
      }
    }
    assertThat(withDemand).isGreaterThan(25);
  }
}
