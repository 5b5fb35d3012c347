package org.sppathways.compliance;

import java.time.LocalDate;
import java.util.List;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Competency;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * A small model with dated mandatory training and six people worked by hand on
 * {@link #AS_OF} 2026-06-01 with three months' notice (the window ends 2026-09-01).
 *
 * <pre>
 * link-worker requires safeguarding 2, fire-safety 1, listening 2;
 *   at a vcse employer also lone-working 2; in the first year listening 1
 * courses   safeguarding-l2 (safeguarding 2, 36 months, cost 50)
 *           safeguarding-l3 (safeguarding 3, 36 months, cost 120)
 *           fire-safety, fire-safety-online (fire-safety 1, 12 months, cost 20 each)
 *           induction (fire-safety 1 and safeguarding 2, 12 months, cost 200)
 *           listening-skills (listening 2, never lapses, cost 100)
 *           no course teaches lone-working
 * </pre>
 */
public final class ComplianceFixtures {
  private ComplianceFixtures() {}

  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  public static final CompetencyId SAFEGUARDING = CompetencyId.of("safeguarding");
  public static final CompetencyId FIRE = CompetencyId.of("fire-safety");
  public static final CompetencyId LISTENING = CompetencyId.of("listening");
  public static final CompetencyId LONE = CompetencyId.of("lone-working");
  public static final RoleId LINK_WORKER = RoleId.of("link-worker");
  public static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  public static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse");

  public static WorkforceModel model() {
    return WorkforceModel.builder()
        .name("Mandatory training")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
        .addCompetency(competency(SAFEGUARDING))
        .addCompetency(competency(FIRE))
        .addCompetency(competency(LISTENING))
        .addCompetency(competency(LONE))
        .addOrganisationType(type(PCN))
        .addOrganisationType(type(VCSE))
        .addRole(Role.builder().id(LINK_WORKER).title("Link worker").addOfferedBy(PCN, VCSE)
            .addRequirement(Requirement.of(SAFEGUARDING, 2))
            .addRequirement(Requirement.of(FIRE, 1))
            .addRequirement(Requirement.of(LISTENING, 2))
            .putVariant(VCSE, RoleVariant.builder().addAdd(Requirement.of(LONE, 2)).build())
            .addFirstYear(CompetencyLevel.of(LISTENING, 1))
            .build())
        .addCourse(course("safeguarding-l2", 50, 36, CompetencyLevel.of(SAFEGUARDING, 2)))
        .addCourse(course("safeguarding-l3", 120, 36, CompetencyLevel.of(SAFEGUARDING, 3)))
        .addCourse(course("fire-safety", 20, 12, CompetencyLevel.of(FIRE, 1)))
        .addCourse(course("fire-safety-online", 20, 12, CompetencyLevel.of(FIRE, 1)))
        .addCourse(course("induction", 200, 12, CompetencyLevel.of(FIRE, 1),
            CompetencyLevel.of(SAFEGUARDING, 2)))
        .addCourse(course("listening-skills", 100, 0, CompetencyLevel.of(LISTENING, 2)))
        .build();
  }

  /** p1: every requirement current; fire safety lapses exactly when the window ends. */
  public static WorkerProfile current() {
    return inRole("p1", PCN, 24)
        .addCompleted(CourseId.of("safeguarding-l2"), LocalDate.of(2025, 1, 10))
        .addCompleted(CourseId.of("fire-safety"), LocalDate.of(2025, 9, 1))  // lapses 2026-09-01
        .putHold(LISTENING, 2)
        .build();
  }

  /** p2: fire safety lapses the day before the window ends, safeguarding the day after as-of. */
  public static WorkerProfile due() {
    return inRole("p2", PCN, 24)
        .addCompleted(CourseId.of("fire-safety"), LocalDate.of(2025, 8, 31)) // lapses 2026-08-31
        .putHold(SAFEGUARDING, 2, LocalDate.of(2026, 6, 2))
        .build();
  }

  /** p3: safeguarding lapses on as-of itself; fire safety lapsed a month ago; listening later. */
  public static WorkerProfile lapsed() {
    return inRole("p3", PCN, 24)
        .addCompleted(CourseId.of("safeguarding-l3"), LocalDate.of(2023, 6, 1)) // lapses as-of
        .putHold(FIRE, 1, LocalDate.of(2026, 5, 1))
        .addCompleted(CourseId.of("listening-skills"), LocalDate.of(2026, 7, 1)) // not yet
        .build();
  }

  /** p4: at a vcse employer in the first year: listening 1 is enough, lone working is due. */
  public static WorkerProfile firstYear() {
    return inRole("p4", VCSE, 6)
        .putHold(LISTENING, 1)
        .putHold(LONE, 2, LocalDate.of(2026, 7, 15))
        .build();
  }

  /** p5: no current role; counted, not assessed. */
  public static WorkerProfile noRole() {
    return WorkerProfile.builder().id(PersonId.of("p5")).putHold(FIRE, 1).build();
  }

  /** p6: one induction course gave two levels; both due in July, one refresher. */
  public static WorkerProfile induction() {
    return inRole("p6", PCN, 30)
        .addCompleted(CourseId.of("induction"), LocalDate.of(2025, 7, 10)) // lapses 2026-07-10
        .putHold(LISTENING, 2)
        .build();
  }

  public static List<WorkerProfile> everyone() {
    return List.of(current(), due(), lapsed(), firstYear(), noRole(), induction());
  }

  public static WorkerProfile.Builder inRole(String id, OrganisationTypeId type, int months) {
    return WorkerProfile.builder().id(PersonId.of(id)).role(LINK_WORKER).organisationType(type)
        .monthsInRole(months);
  }

  static Competency competency(CompetencyId id) {
    return Competency.builder().id(id).name("Name of " + id).domain("Mandatory").build();
  }

  static OrganisationType type(OrganisationTypeId id) {
    return OrganisationType.builder().id(id).name("Name of " + id).sector("test").build();
  }

  static Course course(String id, double cost, int months, CompetencyLevel... covers) {
    Course.Builder b = Course.builder().id(CourseId.of(id)).title("Title of " + id).hours(3)
        .cost(cost).addCovers(covers);
    if (months > 0) {
      b.validForMonths(months);
    }
    return b.build();
  }
}
