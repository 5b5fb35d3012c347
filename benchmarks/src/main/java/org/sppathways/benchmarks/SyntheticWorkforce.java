package org.sppathways.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Confidence;
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
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Deterministic synthetic workforces at three scales, and populations of any size, for
 * benchmarks. The same scale and seed always give the same model; nothing here describes a real
 * workforce (every entity says so in its notes).
 *
 * <p>Competency popularity follows a Zipf-like law (a few competencies, such as communication,
 * are required by many roles; most by few), as in ESCO; routes mostly lead to roles of similar or
 * higher seniority.
 */
public final class SyntheticWorkforce {
  private SyntheticWorkforce() {}

  /** The three scales. */
  public enum Scale {
    /** A regional social prescribing workforce: ~50 roles. */
    REGIONAL(50, 200, 20, 150, 6, 60),
    /** A national health workforce: ~1,000 roles, ~5,000 competencies. */
    NATIONAL(1_000, 5_000, 30, 15_000, 10, 800),
    /** ESCO scale: ~3,000 roles, ~14,000 competencies, ~130,000 requirements, ~50,000 routes. */
    ESCO(3_000, 14_000, 43, 50_000, 12, 3_000);

    final int roles;
    final int competencies;
    final int requirementsPerRole;
    final int routes;
    final int organisationTypes;
    final int courses;

    Scale(int roles, int competencies, int requirementsPerRole, int routes, int organisationTypes,
        int courses) {
      this.roles = roles;
      this.competencies = competencies;
      this.requirementsPerRole = requirementsPerRole;
      this.routes = routes;
      this.organisationTypes = organisationTypes;
      this.courses = courses;
    }
  }

  private static final String NOTE = "Synthetic: generated for benchmarks, describes no real workforce.";
  private static final List<String> SUPPORTS = List.of("clinical-supervision", "line-management",
      "peer-support", "training-budget", "management-training", "induction");

  /** A model at the given scale. */
  public static WorkforceModel model(Scale scale, long seed) {
    Random random = new Random(seed);
    WorkforceModel.Builder b = WorkforceModel.builder()
        .name("Synthetic workforce (" + scale.name().toLowerCase(java.util.Locale.ROOT) + ", seed "
            + seed + ")")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
        .confidence(Confidence.ASSUMED).notes(NOTE);
    for (int c = 0; c < scale.competencies; c++) {
      b.addCompetency(Competency.builder().id(CompetencyId.of("c" + c)).name("Competency " + c)
          .domain("domain-" + (c % 40)).build());
    }
    for (int o = 0; o < scale.organisationTypes; o++) {
      OrganisationType.Builder t = OrganisationType.builder()
          .id(OrganisationTypeId.of("org-" + o)).name("Organisation type " + o)
          .sector(o % 3 == 0 ? "vcse" : o % 3 == 1 ? "nhs" : "local-authority");
      for (String s : SUPPORTS) {
        if (random.nextInt(3) > 0) {
          t.addSupport(SupportStructure.of(s));
        }
      }
      b.addOrganisationType(t.build());
    }
    int[] seniority = new int[scale.roles];
    for (int r = 0; r < scale.roles; r++) {
      seniority[r] = 1 + random.nextInt(9);
      Role.Builder role = Role.builder().id(RoleId.of("r" + r)).title("Role " + r)
          .seniority(seniority[r]).family("family-" + (r % 25)).external(r % 50 == 49);
      Set<Integer> offered = new HashSet<>();
      int offers = 1 + random.nextInt(3);
      for (int k = 0; k < offers; k++) {
        offered.add(random.nextInt(scale.organisationTypes));
      }
      offered.stream().sorted().forEach(o -> role.addOfferedBy(OrganisationTypeId.of("org-" + o)));
      Set<Integer> required = new HashSet<>();
      int n = Math.max(1, scale.requirementsPerRole / 2 + random.nextInt(scale.requirementsPerRole + 1));
      while (required.size() < Math.min(n, scale.competencies)) {
        required.add(zipf(random, scale.competencies));
      }
      required.stream().sorted().forEach(c -> role.addRequirement(Requirement.builder()
          .competency(CompetencyId.of("c" + c)).level(1 + random.nextInt(4))
          .essential(random.nextInt(3) > 0).build()));
      b.addRole(role.build());
    }
    Set<Long> pairs = new HashSet<>();
    while (pairs.size() < scale.routes) {
      int from = random.nextInt(scale.roles);
      int to = random.nextInt(scale.roles);
      if (from == to || !pairs.add((long) from * scale.roles + to)) {
        continue;
      }
      int rise = seniority[to] - seniority[from];
      if (rise < -1 && random.nextInt(4) > 0) {
        pairs.remove((long) from * scale.roles + to);
        continue;
      }
      RouteKind kind = from % 50 == 49 ? RouteKind.ENTRY : rise > 0 ? RouteKind.PROMOTION
          : random.nextInt(5) == 0 ? RouteKind.SPECIALISATION : RouteKind.LATERAL;
      b.addRoute(ProgressionRoute.builder().from(RoleId.of("r" + from)).to(RoleId.of("r" + to))
          .kind(kind).months(6 + random.nextInt(55)).build());
    }
    for (int k = 0; k < scale.courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("Course " + k)
          .hours(1 + random.nextInt(100)).cost(random.nextInt(5) == 0 ? 0 : 50 * random.nextInt(40))
          .mode(random.nextBoolean() ? "online" : "in-person");
      Set<Integer> covered = new HashSet<>();
      int covers = 1 + random.nextInt(4);
      while (covered.size() < covers) {
        covered.add(zipf(random, scale.competencies));
      }
      covered.stream().sorted().forEach(c -> course.addCover(
          CompetencyLevel.of(CompetencyId.of("c" + c), 1 + random.nextInt(4))));
      if (k > 0 && random.nextInt(10) == 0) {
        course.addPrerequisite(CourseId.of("k" + random.nextInt(k)));
      }
      b.addCourse(course.build());
    }
    return b.build();
  }

  /** A competency index drawn with probability falling as 1/(i+1)^0.9, roughly. */
  private static int zipf(Random random, int n) {
    double u = random.nextDouble();
    int i = (int) Math.floor(Math.pow(n + 1, u)) - 1;
    return Math.min(n - 1, Math.max(0, i));
  }

  /**
   * Hands out {@code size} profiles shaped like a real workforce, one at a time (constant
   * memory): see {@link BenchmarkData#population}.
   */
  public static void population(WorkforceModel model, long size, long seed,
      Consumer<WorkerProfile> out) {
    Random random = new Random(seed);
    List<Role> roles = new ArrayList<>();
    for (Role r : model.roles()) {
      if (!r.external()) {
        roles.add(r);
      }
    }
    int max = model.scale().maxLevel();
    for (long i = 0; i < size; i++) {
      Role role = roles.get(random.nextInt(roles.size()));
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p" + i)).role(role.id())
          .monthsInRole(random.nextInt(120));
      Map<CompetencyId, Integer> holds = new HashMap<>();
      for (Requirement q : role.requirements()) {
        if (random.nextDouble() < 0.7) {
          holds.put(q.competency(), Math.max(1, Math.min(max, q.level() - 1 + random.nextInt(3))));
        }
      }
      int extra = random.nextInt(8);
      for (int k = 0; k < extra; k++) {
        holds.putIfAbsent(model.competencies().get(random.nextInt(model.competencies().size())).id(),
            1 + random.nextInt(max));
      }
      b.putAllHolds(holds);
      if (!role.offeredBy().isEmpty()) {
        b.organisationType(role.offeredBy().get(random.nextInt(role.offeredBy().size())));
      }
      out.accept(b.build());
    }
  }
}
