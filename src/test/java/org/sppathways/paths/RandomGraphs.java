package org.sppathways.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
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

/**
 * Small random models for the oracle tests, with real courses and prerequisites, so that a
 * path's training comes from the planner and the oracle plans by brute force.
 *
 * <p>Role ids are shuffled against the order roles are added, so that the model's indices and
 * the id order differ; months include 0, so that ties are common. Course hours and costs are
 * distinct powers of two (times 0.5 and 10), so that no two course sets weigh the same: the
 * optimal plan for given targets is unique, and its hours and cost are defined whatever the
 * objective. Paths that need the same levels still tie.
 *
 * <p>Most prerequisites teach the same competencies as the other courses, so that holding what
 * a prerequisite teaches (from the start, or from an earlier course) also meets it; one in three
 * teaches only a competency of its own that nothing requires and nobody holds, so that it can
 * only be met by taking (or having completed) it.
 */
final class RandomGraphs {
  private RandomGraphs() {}

  static final List<String> COMPETENCIES = List.of("c0", "c1", "c2", "c3");
  static final List<String> ORGS = List.of("o0", "o1", "o2");

  /** A random model and its finder. */
  record Instance(WorkforceModel model, CareerPathFinder finder) {}

  static Instance instance(long seed, int maxRoles) {
    return instance(seed, maxRoles, false);
  }

  /**
   * {@link #instance(long, int)}, with {@code entryRules} also random course entry rules (drawn
   * from a stream of their own, so the rest of the instance is the same): a level of a
   * competency, an earlier course completed, a contract of at least 30 hours, or one of two
   * such rules.
   */
  static Instance instance(long seed, int maxRoles, boolean entryRules) {
    Random random = new Random(seed);
    int n = 3 + random.nextInt(maxRoles - 2);
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
        if (random.nextInt(3) > 0) {
          role.addRequirement(random.nextInt(4) > 0
              ? Requirement.of(CompetencyId.of(c), 1 + random.nextInt(3))
              : Requirement.desirable(CompetencyId.of(c), 1 + random.nextInt(3)));
        }
      }
      b.addRole(role.build());
    }
    double density = 0.35 + random.nextDouble() * 0.55;
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
          if (random.nextInt(5) == 0) {
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
    List<Course> courses = courses(random, b);
    if (entryRules) {
      courses = withEntryRules(courses, new Random(seed ^ 0xE27L));
    }
    b.addCourses(courses);
    WorkforceModel model = b.build();
    return new Instance(model, CareerPathFinder.of(model));
  }

  /**
   * Five to eight courses, each raising one or two competencies, some with one or two
   * prerequisites among the courses before them (so no loops); hours and costs distinct powers
   * of two, in different orders.
   */
  private static List<Course> courses(Random random, WorkforceModel.Builder b) {
    int count = 5 + random.nextInt(4);
    List<Integer> costOrder = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      costOrder.add(i);
    }
    Collections.shuffle(costOrder, random);
    List<List<Integer>> prerequisites = new ArrayList<>();
    boolean[] isPrerequisite = new boolean[count];
    for (int i = 0; i < count; i++) {
      List<Integer> pre = new ArrayList<>();
      if (i > 0 && random.nextInt(3) == 0) {
        pre.add(random.nextInt(i));
        if (i > 1 && random.nextInt(3) == 0) {
          int other = random.nextInt(i);
          if (!pre.contains(other)) {
            pre.add(other);
          }
        }
      }
      pre.forEach(p -> isPrerequisite[p] = true);
      prerequisites.add(pre);
    }
    List<Course> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Course.Builder c = Course.builder().id(CourseId.of("k" + i)).title("Course " + i)
          .hours(0.5 * (1 << i)).cost(10.0 * (1 << costOrder.get(i)));
      if (isPrerequisite[i] && random.nextInt(3) == 0) {
        String own = "p" + i;
        b.addCompetency(Competency.builder().id(CompetencyId.of(own)).name(own).domain("d")
            .build());
        c.addCover(CompetencyLevel.of(CompetencyId.of(own), 1 + random.nextInt(3)));
      } else {
        List<String> shuffled = new ArrayList<>(COMPETENCIES);
        Collections.shuffle(shuffled, random);
        int covers = 1 + random.nextInt(2);
        for (int j = 0; j < covers; j++) {
          c.addCover(CompetencyLevel.of(CompetencyId.of(shuffled.get(j)), 1 + random.nextInt(3)));
        }
      }
      for (int p : prerequisites.get(i)) {
        c.addPrerequisite(CourseId.of("k" + p));
      }
      out.add(c.build());
    }
    return out;
  }

  private static List<Course> withEntryRules(List<Course> courses, Random random) {
    List<Course> out = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      Course.Builder c = Course.builder().from(courses.get(i));
      if (random.nextInt(2) == 0) {
        EntryRule rule = entryRule(random, i);
        if (random.nextInt(3) == 0) {
          rule = EntryRule.AnyOf.of(List.of(rule, entryRule(random, i)));
        }
        c.addEntry(rule);
      }
      out.add(c.build());
    }
    return out;
  }

  private static EntryRule entryRule(Random random, int course) {
    int kind = random.nextInt(4);
    if (kind == 0 && course > 0) {
      return EntryRule.CompletedCourse.of(CourseId.of("k" + random.nextInt(course)));
    }
    if (kind == 1) {
      return EntryRule.MinContractedHours.of(30);
    }
    return EntryRule.HeldLevel.of(CompetencyId.of(COMPETENCIES.get(
        random.nextInt(COMPETENCIES.size()))), 1 + random.nextInt(3));
  }

  /** A random person: holdings, completed courses, maybe a role, months in role. */
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
    for (Course c : instance.model().courses()) {
      if (random.nextInt(5) == 0) {
        p.addCompleted(c.id());
      }
    }
    return p.build();
  }
}
