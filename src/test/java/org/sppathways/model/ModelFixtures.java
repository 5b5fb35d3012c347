package org.sppathways.model;

import java.util.List;

/**
 * Small hand-made entities and a valid model builder for the model tests.
 *
 * <p>{@link #valid()} holds, in this order:
 * <pre>
 * competencies      0 safeguarding, 1 listening, 2 staff-management
 * organisationTypes 0 pcn, 1 vcse
 * roles             0 nurse (external), 1 link-worker, 2 senior-link-worker, 3 care-coordinator
 * routes            0 nurse -> link-worker, 1 link-worker -> senior-link-worker,
 *                   2 care-coordinator -> link-worker
 * courses           0 core-skills, 1 safeguarding-3 (needs core-skills)
 * scale             1 Awareness, 2 Working, 3 Practitioner, 4 Expert
 * </pre>
 */
public final class ModelFixtures {
  private ModelFixtures() {}

  public static final ProficiencyScale SCALE =
      ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert");

  public static CompetencyId cid(String id) {
    return CompetencyId.of(id);
  }

  public static RoleId rid(String id) {
    return RoleId.of(id);
  }

  public static CourseId kid(String id) {
    return CourseId.of(id);
  }

  public static OrganisationTypeId oid(String id) {
    return OrganisationTypeId.of(id);
  }

  public static Competency competency(String id) {
    return Competency.builder().id(cid(id)).name("Name of " + id).domain("Domain").build();
  }

  public static Competency competency(String id, String parent) {
    return Competency.builder().id(cid(id)).name("Name of " + id).domain("Domain")
        .parent(cid(parent)).build();
  }

  public static OrganisationType organisationType(String id) {
    return OrganisationType.builder().id(oid(id)).name("Name of " + id).sector("vcse").build();
  }

  public static Role role(String id, Requirement... requirements) {
    return Role.builder().id(rid(id)).title("Title of " + id).addRequirements(requirements).build();
  }

  public static Role role(String id, List<String> offeredBy) {
    Role.Builder b = Role.builder().id(rid(id)).title("Title of " + id);
    offeredBy.forEach(o -> b.addOfferedBy(oid(o)));
    return b.build();
  }

  public static ProgressionRoute route(String from, String to, Requirement... requirements) {
    return ProgressionRoute.builder().from(rid(from)).to(rid(to)).kind(RouteKind.PROMOTION)
        .months(12).addRequirements(requirements).build();
  }

  public static Course course(String id, String... prerequisites) {
    Course.Builder b = Course.builder().id(kid(id)).title("Title of " + id).hours(3).cost(10);
    for (String p : prerequisites) {
      b.addPrerequisite(kid(p));
    }
    return b.build();
  }

  public static Course courseCovering(String id, CompetencyLevel... covers) {
    return Course.builder().id(kid(id)).title("Title of " + id).hours(3).cost(10)
        .addCovers(covers).build();
  }

  public static Requirement requires(String competency, int level) {
    return Requirement.of(cid(competency), level);
  }

  /** A builder holding a small valid model (see the class comment). */
  public static WorkforceModel.Builder valid() {
    return WorkforceModel.builder()
        .name("Test model")
        .scale(SCALE)
        .addCompetency(competency("safeguarding"))
        .addCompetency(competency("listening"))
        .addCompetency(competency("staff-management"))
        .addOrganisationType(organisationType("pcn"))
        .addOrganisationType(organisationType("vcse"))
        .addRole(Role.builder().id(rid("nurse")).title("Nurse").external(true).build())
        .addRole(Role.builder().id(rid("link-worker")).title("Link worker")
            .addOfferedBy(oid("pcn"), oid("vcse"))
            .addRequirement(requires("safeguarding", 2))
            .addRequirement(requires("listening", 3)).build())
        .addRole(Role.builder().id(rid("senior-link-worker")).title("Senior link worker")
            .addOfferedBy(oid("pcn"))
            .addRequirement(requires("safeguarding", 3))
            .addRequirement(Requirement.desirable(cid("staff-management"), 1)).build())
        .addRole(role("care-coordinator"))
        .addRoute(route("nurse", "link-worker"))
        .addRoute(route("link-worker", "senior-link-worker", requires("staff-management", 2)))
        .addRoute(route("care-coordinator", "link-worker"))
        .addCourse(courseCovering("core-skills", CompetencyLevel.of(cid("listening"), 2)))
        .addCourse(Course.builder().id(kid("safeguarding-3")).title("Safeguarding level 3")
            .hours(7.5).cost(120).addCover(CompetencyLevel.of(cid("safeguarding"), 3))
            .addPrerequisite(kid("core-skills")).build());
  }

  /** The problems {@code builder.build()} reports; fails when it builds. */
  public static List<Problem> problems(WorkforceModel.Builder builder) {
    try {
      builder.build();
    } catch (ModelException e) {
      return e.problems();
    }
    throw new AssertionError("expected the model to be invalid, but it was built");
  }

  /**
   * The levels a person with no dates holds, by the format's rule written out for oracles: the
   * level in {@code holds} or the highest level a completed course teaches, whichever is higher.
   */
  public static java.util.Map<CompetencyId, Integer> heldUndated(WorkforceModel model,
      WorkerProfile person) {
    java.util.Map<CompetencyId, Integer> held = new java.util.HashMap<>(person.holds());
    for (CourseId course : person.completed()) {
      for (CompetencyLevel cover : model.course(course).covers()) {
        held.merge(cover.competency(), cover.level(), Math::max);
      }
    }
    held.values().removeIf(level -> level == 0);
    return held;
  }
}
