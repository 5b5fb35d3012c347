package org.sppathways.gaps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
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
 * Seeded random models and profiles for the gap and training tests: the same seed always gives
 * the same model, so a failing property can be replayed from its seed alone.
 *
 * <p>Models use the scale 1..4 and ids {@code c0..}, {@code o0..}, {@code r0..}, {@code k0..};
 * every reference is valid by construction (prerequisites point at earlier courses, so there are
 * no loops; routes join distinct pairs of distinct roles).
 */
public final class RandomModels {
  private RandomModels() {}

  /** The highest level of the generated models' scale. */
  public static final int MAX_LEVEL = 4;

  /** The size of a generated model. */
  public record Shape(int competencies, int organisationTypes, int roles, int routes,
      int courses) {
    /** A small model: up to 8 competencies, 3 organisation types, 8 roles, 14 routes, 8 courses. */
    public static Shape small(Random random) {
      return new Shape(1 + random.nextInt(8), 1 + random.nextInt(3), 1 + random.nextInt(8),
          random.nextInt(15), random.nextInt(9));
    }
  }

  /** A random valid model of the given shape. */
  public static WorkforceModel model(Random random, Shape shape) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("random")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"));
    for (int c = 0; c < shape.competencies(); c++) {
      b.addCompetency(Competency.builder().id(competency(c)).name("C" + c).domain("d")
          .learnedOnTheJob(random.nextInt(5) == 0).build());
    }
    for (int o = 0; o < shape.organisationTypes(); o++) {
      b.addOrganisationType(OrganisationType.builder().id(OrganisationTypeId.of("o" + o))
          .name("O" + o).sector("s").build());
    }
    for (int r = 0; r < shape.roles(); r++) {
      Role.Builder role = Role.builder().id(RoleId.of("r" + r)).title("R" + r)
          .external(random.nextInt(4) == 0);
      // Now and then a role with no requirements at all.
      int requirements = random.nextInt(6) == 0 ? 0 : random.nextInt(shape.competencies() + 1);
      for (int c : pick(random, shape.competencies(), requirements)) {
        role.addRequirement(Requirement.builder().competency(competency(c))
            .level(1 + random.nextInt(MAX_LEVEL)).essential(random.nextInt(3) != 0).build());
      }
      b.addRole(role.build());
    }
    Set<List<Integer>> pairs = new HashSet<>();
    for (int e = 0; e < shape.routes() && shape.roles() > 1; e++) {
      int from = random.nextInt(shape.roles());
      int to = random.nextInt(shape.roles());
      if (from == to || !pairs.add(List.of(from, to))) {
        continue;
      }
      ProgressionRoute.Builder route = ProgressionRoute.builder().from(RoleId.of("r" + from))
          .to(RoleId.of("r" + to)).kind(RouteKind.values()[random.nextInt(RouteKind.values().length)])
          .months(random.nextInt(36));
      if (random.nextInt(3) == 0) {
        int c = random.nextInt(shape.competencies());
        route.addRequirement(Requirement.builder().competency(competency(c))
            .level(1 + random.nextInt(MAX_LEVEL)).essential(random.nextBoolean()).build());
      }
      b.addRoute(route.build());
    }
    for (Course course : courses(random, shape.competencies(), shape.courses())) {
      b.addCourse(course);
    }
    return b.build();
  }

  /** Random courses {@code k0..} over competencies {@code c0..}; prerequisites point backwards. */
  public static List<Course> courses(Random random, int competencies, int count) {
    List<Course> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("K" + k)
          .hours(random.nextInt(5) * 3).cost(random.nextInt(5) * 100);
      for (int c : pick(random, competencies, random.nextInt(3))) {
        course.addCover(CompetencyLevel.of(competency(c), 1 + random.nextInt(MAX_LEVEL)));
      }
      for (int p = 0; p < k; p++) {
        if (random.nextInt(5) == 0) {
          course.addPrerequisite(CourseId.of("k" + p));
        }
      }
      out.add(course.build());
    }
    return out;
  }

  /** Random profiles {@code p0000..} for a model: roles, organisation types and held levels. */
  public static List<WorkerProfile> people(Random random, WorkforceModel model, int count) {
    List<WorkerProfile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(person(random, model, String.format("p%05d", i)));
    }
    return out;
  }

  /** One random profile: a role most of the time, an organisation type often, random levels. */
  public static WorkerProfile person(Random random, WorkforceModel model, String id) {
    WorkerProfile.Builder p = WorkerProfile.builder().id(PersonId.of(id));
    if (random.nextInt(8) != 0) {
      p.role(model.roles().get(random.nextInt(model.roles().size())).id());
    }
    if (random.nextInt(5) != 0) {
      p.organisationType(model.organisationTypes()
          .get(random.nextInt(model.organisationTypes().size())).id());
    }
    for (Competency c : model.competencies()) {
      if (random.nextInt(3) != 0) {
        // Level 0 ("not held") is written out now and then: it must count as not held.
        p.putHold(c.id(), random.nextInt(MAX_LEVEL + 1));
      }
    }
    for (Course k : model.courses()) {
      if (random.nextInt(6) == 0) {
        p.addCompleted(k.id());
      }
    }
    return p.build();
  }

  /** The id of competency c. */
  public static CompetencyId competency(int c) {
    return CompetencyId.of("c" + c);
  }

  /** {@code count} distinct numbers from 0..n-1, in random order. */
  static List<Integer> pick(Random random, int n, int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, random);
    return all.subList(0, Math.min(count, n));
  }
}
