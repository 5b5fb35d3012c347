package org.sppathways.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sppathways.compliance.ComplianceFixtures.AS_OF;
import static org.sppathways.compliance.ComplianceFixtures.FIRE;
import static org.sppathways.compliance.ComplianceFixtures.LISTENING;
import static org.sppathways.compliance.ComplianceFixtures.PCN;
import static org.sppathways.compliance.ComplianceFixtures.SAFEGUARDING;
import static org.sppathways.compliance.ComplianceFixtures.course;
import static org.sppathways.compliance.ComplianceFixtures.inRole;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProfileCheck;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Which course a refresher names when evidence lapses on the same day, the order of the summary's
 * rows, people with many refreshers, the limits of the settings and the quick fit check.
 */
class ComplianceEdgesTest {
  private final WorkforceModel model = ComplianceFixtures.model();
  private final ComplianceAnalysis analysis = ComplianceAnalysis.of(model);

  private static RefresherDemand demand(String id, int year, int month) {
    return new RefresherDemand(Optional.of(CourseId.of(id)), Optional.empty(),
        YearMonth.of(year, month), 1);
  }

  /** The fixture's model with another catalogue. */
  private WorkforceModel withCourses(List<org.sppathways.model.Course> courses) {
    return WorkforceModel.builder().name(model.name()).scale(model.scale())
        .addCompetencies(model.competencies()).addOrganisationTypes(model.organisationTypes())
        .addRoles(model.roles()).addCourses(courses).build();
  }

  private List<RefresherDemand> refreshers(WorkerProfile p, LocalDate asOf) {
    return analysis.summarise(List.of(p), asOf).refreshers();
  }

  private static WorkerProfile.Builder otherwiseCurrent(String id) {
    return inRole(id, PCN, 24).putHold(SAFEGUARDING, 2).putHold(LISTENING, 2);
  }

  @Test
  void twoCoursesLapsingOnOneDayRenewWithTheSmallerIdWhicheverIsListedFirst() {
    LocalDate done = LocalDate.of(2025, 7, 1);                     // both lapse 2026-07-01
    WorkerProfile onlineFirst = otherwiseCurrent("p1")
        .addCompleted(CourseId.of("fire-safety-online"), done)
        .addCompleted(CourseId.of("fire-safety"), done).build();
    WorkerProfile classroomFirst = otherwiseCurrent("p2")
        .addCompleted(CourseId.of("fire-safety"), done)
        .addCompleted(CourseId.of("fire-safety-online"), done).build();
    for (WorkerProfile p : List.of(onlineFirst, classroomFirst)) {
      assertThat(refreshers(p, AS_OF)).containsExactly(demand("fire-safety", 2026, 7));
      // a month after both lapsed, the same course renews them, in the first month
      assertThat(refreshers(p, LocalDate.of(2026, 8, 1)))
          .containsExactly(demand("fire-safety", 2026, 8));
    }
  }

  @Test
  void aCourseLapsingOnTheDayAHeldLevelEndsIsTheOneRenewed() {
    // the online course is the person's own; the cheapest (tie by id) would be fire-safety
    WorkerProfile p = otherwiseCurrent("p1")
        .putHold(FIRE, 1, LocalDate.of(2026, 7, 1))
        .addCompleted(CourseId.of("fire-safety-online"), LocalDate.of(2025, 7, 1)).build();
    assertThat(refreshers(p, AS_OF)).containsExactly(demand("fire-safety-online", 2026, 7));
    assertThat(refreshers(p, LocalDate.of(2026, 8, 1)))
        .containsExactly(demand("fire-safety-online", 2026, 8));
  }

  @Test
  void aHeldLevelWithNoCourseIsRenewedByTheCheapestCourseTiesByIdNeverByCatalogueOrder() {
    WorkerProfile p = otherwiseCurrent("p1").putHold(FIRE, 1, LocalDate.of(2026, 7, 1)).build();
    assertThat(refreshers(p, AS_OF)).containsExactly(demand("fire-safety", 2026, 7));
    WorkforceModel reversed = withCourses(List.of(course("fire-safety-online", 20, 12, CompetencyLevel.of(FIRE, 1)),
            course("fire-safety", 20, 12, CompetencyLevel.of(FIRE, 1)),
            course("safeguarding-l2", 50, 36, CompetencyLevel.of(SAFEGUARDING, 2))));
    assertThat(ComplianceAnalysis.of(reversed).summarise(List.of(p), AS_OF).refreshers())
        .containsExactly(demand("fire-safety", 2026, 7));
  }

  @Test
  void aRefresherIsTheCourseThePersonTookEvenWhenTheFirstCourseOfTheCatalogueAndNotTheCheapest() {
    WorkforceModel m = withCourses(List.of(course("a-classroom", 300, 12, CompetencyLevel.of(FIRE, 1)),
            course("b-online", 10, 12, CompetencyLevel.of(FIRE, 1))));
    WorkerProfile p = otherwiseCurrent("p1")
        .addCompleted(CourseId.of("a-classroom"), LocalDate.of(2025, 7, 1)).build();
    assertThat(ComplianceAnalysis.of(m).summarise(List.of(p), AS_OF).refreshers())
        .containsExactly(demand("a-classroom", 2026, 7));
  }

  @Test
  void groupsAreListedByIdNotByTheModelsOrderAndAGroupWithOnlyMissingChecksIsKept() {
    CompetencyId z = CompetencyId.of("z-skill");
    OrganisationTypeId vcse = OrganisationTypeId.of("vcse");
    WorkforceModel m = WorkforceModel.builder().name("Edges")
        .scale(ProficiencyScale.of("Awareness", "Working"))
        .addCompetency(ComplianceFixtures.competency(z))
        .addCompetency(ComplianceFixtures.competency(FIRE))
        .addOrganisationType(ComplianceFixtures.type(vcse))
        .addOrganisationType(ComplianceFixtures.type(PCN))
        .addRole(Role.builder().id(RoleId.of("zeta")).title("Zeta").addOfferedBy(vcse)
            .addRequirement(Requirement.of(z, 1)).build())
        .addRole(Role.builder().id(RoleId.of("alpha")).title("Alpha").addOfferedBy(PCN)
            .addRequirement(Requirement.of(FIRE, 1)).addRequirement(Requirement.of(z, 1))
            .build())
        .build();
    WorkerProfile inZeta = WorkerProfile.builder().id(PersonId.of("p1")).role(RoleId.of("zeta"))
        .organisationType(vcse).monthsInRole(24).build();              // z missing
    WorkerProfile inAlpha = WorkerProfile.builder().id(PersonId.of("p2"))
        .role(RoleId.of("alpha")).organisationType(PCN).monthsInRole(24)
        .putHold(FIRE, 1).putHold(z, 1).build();                       // both current
    ComplianceSummary s = ComplianceAnalysis.of(m).summarise(List.of(inZeta, inAlpha), AS_OF);
    assertThat(s.byRole()).containsExactly(new StatusCounts("alpha", 2, 0, 0, 0),
        new StatusCounts("zeta", 0, 0, 0, 1));
    assertThat(s.byOrganisationType()).containsExactly(new StatusCounts("pcn", 2, 0, 0, 0),
        new StatusCounts("vcse", 0, 0, 0, 1));
    assertThat(s.byCompetency()).containsExactly(new StatusCounts("fire-safety", 1, 0, 0, 0),
        new StatusCounts("z-skill", 1, 0, 0, 1));
  }

  @Test
  void inOneMonthCoursesComeBeforeCompetenciesNoCourseTeachesWhateverTheirIds() {
    CompetencyId a = CompetencyId.of("a-lone-working");
    WorkforceModel m = WorkforceModel.builder().name("Edges")
        .scale(ProficiencyScale.of("Awareness", "Working"))
        .addCompetency(ComplianceFixtures.competency(a))
        .addCompetency(ComplianceFixtures.competency(FIRE))
        .addOrganisationType(ComplianceFixtures.type(PCN))
        .addRole(Role.builder().id(RoleId.of("r")).title("R").addOfferedBy(PCN)
            .addRequirement(Requirement.of(a, 1)).addRequirement(Requirement.of(FIRE, 1))
            .build())
        .addCourse(course("z-fire", 20, 12, CompetencyLevel.of(FIRE, 1)))
        .build();
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p1")).role(RoleId.of("r"))
        .organisationType(PCN).monthsInRole(24).putHold(a, 1, LocalDate.of(2026, 7, 2))
        .addCompleted(CourseId.of("z-fire"), LocalDate.of(2025, 7, 20)).build();
    assertThat(ComplianceAnalysis.of(m).summarise(List.of(p), AS_OF).refreshers())
        .containsExactly(demand("z-fire", 2026, 7),
            new RefresherDemand(Optional.empty(), Optional.of(a), YearMonth.of(2026, 7), 1));
  }

  @Test
  void aPersonWithManyRefreshersCountsEachOnce() {
    int n = 40;
    WorkforceModel.Builder b = WorkforceModel.builder().name("Edges")
        .scale(ProficiencyScale.of("Awareness", "Working"))
        .addOrganisationType(ComplianceFixtures.type(PCN));
    Role.Builder role = Role.builder().id(RoleId.of("r")).title("R").addOfferedBy(PCN);
    WorkerProfile.Builder p = WorkerProfile.builder().id(PersonId.of("p1")).role(RoleId.of("r"))
        .organisationType(PCN).monthsInRole(24);
    for (int i = 0; i < n; i++) {
      CompetencyId c = CompetencyId.of(String.format("c%02d", i));
      b.addCompetency(ComplianceFixtures.competency(c));
      role.addRequirement(Requirement.of(c, 1));
      b.addCourse(course(String.format("k%02d", i), 10, 12, CompetencyLevel.of(c, 1)));
      // lapses i days after as-of: all in June and July, every course its own cell
      p.addCompleted(CourseId.of(String.format("k%02d", i)), AS_OF.minusYears(1).plusDays(i));
    }
    b.addRole(role.build());
    ComplianceSummary s = ComplianceAnalysis.of(b.build()).summarise(List.of(p.build()), AS_OF);
    assertThat(s.refreshers()).hasSize(n).allSatisfy(d -> assertThat(d.people()).isEqualTo(1));
    assertThat(s.total()).isEqualTo(new StatusCounts("", 0, n - 1, 1, 0));  // day 0: lapsed
  }

  @Test
  void aRegisterLocatesAProfileThatDoesNotFitByItsPosition() {
    WorkerProfile odd = WorkerProfile.builder().id(PersonId.of("p9"))
        .role(RoleId.of("link-wroker")).build();
    ProfileSource source = ProfileSource.of(List.of(ComplianceFixtures.current(),
        ComplianceFixtures.due(), odd));
    assertThatThrownBy(() -> analysis.register(source, AS_OF))
        .isInstanceOf(ModelException.class)
        .satisfies(e -> assertThat(((ModelException) e).problems().get(0).location())
            .isEqualTo("people[2].role"));
  }

  @Test
  void theQuickFitCheckAgreesWithProfileCheckOnRandomProfiles() {
    Random random = new Random(19);
    ProfileCheck check = ProfileCheck.of(model);
    List<CompetencyId> competencies = List.of(SAFEGUARDING, FIRE, LISTENING,
        ComplianceFixtures.LONE, CompetencyId.of("lone-wroking"));
    List<String> courses = List.of("fire-safety", "induction", "fire-saftey");
    int fits = 0;
    for (int i = 0; i < 2000; i++) {
      WorkerProfile.Builder p = WorkerProfile.builder().id(PersonId.of("p" + i));
      int r = random.nextInt(4);
      if (r > 0) {
        p.role(r == 3 ? RoleId.of("link-wroker") : ComplianceFixtures.LINK_WORKER);
      }
      int t = random.nextInt(4);
      if (t > 0) {
        p.organisationType(t == 3 ? OrganisationTypeId.of("vcse-charity") : PCN);
      }
      java.util.Set<CompetencyId> held = new java.util.TreeSet<>();
      for (int h = random.nextInt(3); h > 0; h--) {
        held.add(competencies.get(random.nextInt(competencies.size())));
      }
      for (CompetencyId c : held) {                                   // one past the top too
        p.putHold(c, 1 + random.nextInt(model.scale().levels().size() + 1));
      }
      for (int c = random.nextInt(3); c > 0; c--) {
        p.addCompleted(CourseId.of(courses.get(random.nextInt(courses.size()))),
            LocalDate.of(2025, 1, 1));
      }
      WorkerProfile person = p.build();
      boolean quick = analysis.fits(person);
      assertThat(quick).as("profile %d", i).isEqualTo(check.problems(person).isEmpty());
      fits += quick ? 1 : 0;
    }
    assertThat(fits).as("both kinds of profile are drawn").isBetween(100, 1900);
  }

  @Test
  void settingsAcceptTheirLimitsAndNothingBeyond() {
    assertThat(ComplianceSettings.of(0, 1).withinMonths()).isZero();
    assertThat(ComplianceSettings.of(ComplianceSettings.MAX_WITHIN_MONTHS,
        ComplianceSettings.MAX_HORIZON_MONTHS).horizonMonths())
        .isEqualTo(ComplianceSettings.MAX_HORIZON_MONTHS);
    assertThatThrownBy(() -> ComplianceSettings.of(ComplianceSettings.MAX_WITHIN_MONTHS + 1, 1))
        .hasMessageContaining("withinMonths");
    assertThatThrownBy(() -> ComplianceSettings.of(0, ComplianceSettings.MAX_HORIZON_MONTHS + 1))
        .hasMessageContaining("horizonMonths");
    ComplianceSettings settings = ComplianceSettings.of(6, 24);
    ComplianceAnalysis a = ComplianceAnalysis.of(model, settings);
    assertThat(a.settings()).isSameAs(settings);
    assertThat(a.model()).isSameAs(model);
  }

  @Test
  void anEmptyPopulationAndOneWithNobodyInARoleGiveEmptySummaries() {
    ComplianceSummary none = analysis.summarise(Stream.<WorkerProfile>empty(), AS_OF);
    assertThat(none.people()).isZero();
    assertThat(none.total().total()).isZero();
    ComplianceSummary unassessed = analysis.summarise(List.of(ComplianceFixtures.noRole()),
        AS_OF);
    assertThat(unassessed.people()).isEqualTo(1);
    assertThat(unassessed.assessed()).isZero();
    assertThat(unassessed.byRole()).isEmpty();
  }

  @Test
  void countsByStatusNamesAndRowTextKeepPersonalDataOut() {
    StatusCounts counts = new StatusCounts("k", 1, 2, 3, 4);
    List<Long> byStatus = new ArrayList<>();
    for (ComplianceStatus s : ComplianceStatus.values()) {
      byStatus.add(counts.count(s));
      assertThat(ComplianceStatus.parse(s.toString())).isSameAs(s);
    }
    assertThat(byStatus).containsExactly(1L, 2L, 3L, 4L);
    ComplianceItem item = new ComplianceItem(PersonId.of("p1"), ComplianceFixtures.LINK_WORKER,
        FIRE, 1, 0, ComplianceStatus.LAPSED, Optional.of(AS_OF));
    assertThat(item.toString()).contains("p1", "fire-safety").doesNotContain("LAPSED", "lapsed",
        AS_OF.toString());
    assertThatThrownBy(() -> new ComplianceItem(PersonId.of("p1"),
        ComplianceFixtures.LINK_WORKER, FIRE, 1, 1, ComplianceStatus.CURRENT, Optional.of(AS_OF)))
        .hasMessageContaining("no date");
    ComplianceRegister register = new ComplianceRegister(AS_OF, 3, List.of(item));
    assertThat(register.toString()).contains("1 rows").doesNotContain("p1");
  }
}
