package org.sppathways.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sppathways.compliance.ComplianceFixtures.AS_OF;
import static org.sppathways.compliance.ComplianceFixtures.FIRE;
import static org.sppathways.compliance.ComplianceFixtures.LINK_WORKER;
import static org.sppathways.compliance.ComplianceFixtures.LISTENING;
import static org.sppathways.compliance.ComplianceFixtures.LONE;
import static org.sppathways.compliance.ComplianceFixtures.SAFEGUARDING;
import static org.sppathways.compliance.ComplianceStatus.CURRENT;
import static org.sppathways.compliance.ComplianceStatus.DUE;
import static org.sppathways.compliance.ComplianceStatus.LAPSED;
import static org.sppathways.compliance.ComplianceStatus.MISSING;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/** Statuses, boundaries, summaries and refresher demand on people worked by hand. */
class ComplianceAnalysisTest {
  private final WorkforceModel model = ComplianceFixtures.model();
  private final ComplianceAnalysis analysis = ComplianceAnalysis.of(model);

  private static ComplianceItem row(String person, CompetencyId c, int required, int held,
      ComplianceStatus status, LocalDate date) {
    return new ComplianceItem(PersonId.of(person), LINK_WORKER, c, required, held, status,
        Optional.ofNullable(date));
  }

  @Test
  void currentWhenHeldThroughTheWindowAndALapseExactlyAtTheWindowsEndIsCurrent() {
    assertThat(analysis.person(ComplianceFixtures.current(), AS_OF)).containsExactly(
        row("p1", SAFEGUARDING, 2, 2, CURRENT, null),
        row("p1", FIRE, 1, 1, CURRENT, null),          // lapses 2026-09-01 = as-of + 3 months
        row("p1", LISTENING, 2, 2, CURRENT, null));    // undated: never lapses
  }

  @Test
  void dueWhenTheLevelLapsesBeforeTheWindowEndsFromTheDayAfterAsOfToTheDayBeforeTheEnd() {
    assertThat(analysis.person(ComplianceFixtures.due(), AS_OF)).containsExactly(
        row("p2", SAFEGUARDING, 2, 2, DUE, LocalDate.of(2026, 6, 2)),   // the day after as-of
        row("p2", FIRE, 1, 1, DUE, LocalDate.of(2026, 8, 31)),          // the day before the end
        row("p2", LISTENING, 2, 0, MISSING, null));
  }

  @Test
  void lapsedWhenOnlyLapsedEvidenceReachedTheLevelALapseOnAsOfIsLapsed() {
    assertThat(analysis.person(ComplianceFixtures.lapsed(), AS_OF)).containsExactly(
        row("p3", SAFEGUARDING, 2, 0, LAPSED, LocalDate.of(2026, 6, 1)),  // lapses on as-of
        row("p3", FIRE, 1, 0, LAPSED, LocalDate.of(2026, 5, 1)),
        row("p3", LISTENING, 2, 0, MISSING, null));    // completed after as-of: not yet
  }

  @Test
  void theDayBeforeALapseTheLevelIsStillHeldAndDue() {
    assertThat(analysis.person(ComplianceFixtures.lapsed(), AS_OF.minusDays(1)).get(0))
        .isEqualTo(row("p3", SAFEGUARDING, 2, 3, DUE, LocalDate.of(2026, 6, 1)));
  }

  @Test
  void variantAndFirstYearTargetsApply() {
    assertThat(analysis.person(ComplianceFixtures.firstYear(), AS_OF)).containsExactly(
        row("p4", SAFEGUARDING, 2, 0, MISSING, null),
        row("p4", FIRE, 1, 0, MISSING, null),
        row("p4", LISTENING, 1, 1, CURRENT, null),     // first-year target 1, not 2
        row("p4", LONE, 2, 2, DUE, LocalDate.of(2026, 7, 15)));  // the vcse variant adds it
    WorkerProfile later = WorkerProfile.builder().from(ComplianceFixtures.firstYear())
        .monthsInRole(12).build();
    assertThat(analysis.person(later, AS_OF).get(2))
        .isEqualTo(row("p4", LISTENING, 2, 1, MISSING, null));
  }

  @Test
  void aHigherLevelLapsingDoesNotMakeALowerRequirementDueWhenALowerLevelLasts() {
    WorkerProfile p = ComplianceFixtures.inRole("p7", ComplianceFixtures.PCN, 24)
        .putHold(SAFEGUARDING, 2)                                             // never lapses
        .addCompleted(CourseId.of("safeguarding-l3"), LocalDate.of(2023, 7, 1)) // lapses in July
        .build();
    assertThat(analysis.person(p, AS_OF).get(0))
        .isEqualTo(row("p7", SAFEGUARDING, 2, 3, CURRENT, null));
  }

  @Test
  void theLatestLapseOfCurrentEvidenceAtTheLevelCounts() {
    WorkerProfile p = ComplianceFixtures.inRole("p8", ComplianceFixtures.PCN, 24)
        .addCompleted(CourseId.of("fire-safety"), LocalDate.of(2025, 7, 1))   // lapses July
        .addCompleted(CourseId.of("fire-safety"), LocalDate.of(2026, 1, 1))   // lapses 2027
        .build();
    assertThat(analysis.person(p, AS_OF).get(1)).isEqualTo(row("p8", FIRE, 1, 1, CURRENT, null));
  }

  @Test
  void withinZeroMonthsNothingIsDue() {
    ComplianceAnalysis none = ComplianceAnalysis.of(model, ComplianceSettings.of(0, 12));
    assertThat(none.person(ComplianceFixtures.due(), AS_OF)).extracting(ComplianceItem::status)
        .containsExactly(CURRENT, CURRENT, MISSING);
  }

  @Test
  void noRoleNoRows() {
    assertThat(analysis.person(ComplianceFixtures.noRole(), AS_OF)).isEmpty();
  }

  @Test
  void theSummaryCountsEveryCheckByRoleOrganisationTypeAndCompetency() {
    ComplianceSummary s = analysis.summarise(ComplianceFixtures.everyone(), AS_OF);
    assertThat(s.people()).isEqualTo(6);
    assertThat(s.assessed()).isEqualTo(5);
    // p1 3 current; p2 2 due 1 missing; p3 2 lapsed 1 missing; p4 1 current 1 due 2 missing;
    // p6 1 current 2 due
    assertThat(s.total()).isEqualTo(new StatusCounts("", 5, 5, 2, 4));
    assertThat(s.byRole()).containsExactly(new StatusCounts("link-worker", 5, 5, 2, 4));
    assertThat(s.byOrganisationType()).containsExactly(
        new StatusCounts("pcn", 4, 4, 2, 2), new StatusCounts("vcse", 1, 1, 0, 2));
    assertThat(s.byCompetency()).containsExactly(
        new StatusCounts("fire-safety", 1, 2, 1, 1),
        new StatusCounts("listening", 3, 0, 0, 2),
        new StatusCounts("lone-working", 0, 1, 0, 0),
        new StatusCounts("safeguarding", 1, 2, 1, 1));
  }

  @Test
  void refresherDemandCountedByHand() {
    ComplianceSummary s = analysis.summarise(ComplianceFixtures.everyone(), AS_OF);
    assertThat(s.refreshers()).containsExactly(
        course("fire-safety", 2026, 6, 1),      // p3: a held level lapsed, cheapest (tie by id)
        course("safeguarding-l2", 2026, 6, 1),  // p2: a held level, cheapest course at level 2
        course("safeguarding-l3", 2026, 6, 1),  // p3: its own lapsed course
        course("induction", 2026, 7, 1),        // p6: once for two competencies
        competency("lone-working", 2026, 7, 1), // p4: no course teaches it
        course("fire-safety", 2026, 8, 1),      // p2: its own course, lapsing 31 August
        course("fire-safety", 2026, 9, 1));     // p1: current, but lapsing inside the horizon
  }

  @Test
  void demandOutsideTheHorizonIsLeftOutAndLapsedLevelsCountInTheFirstMonth() {
    ComplianceAnalysis short_ = ComplianceAnalysis.of(model, ComplianceSettings.of(3, 1));
    ComplianceSummary s = short_.summarise(ComplianceFixtures.everyone(), AS_OF);
    assertThat(s.refreshers()).containsExactly(course("fire-safety", 2026, 6, 1),
        course("safeguarding-l2", 2026, 6, 1), course("safeguarding-l3", 2026, 6, 1));
    ComplianceSummary later = analysis.summarise(ComplianceFixtures.everyone(),
        LocalDate.of(2027, 3, 1));
    assertThat(later.refreshers()).filteredOn(d -> d.month().equals(YearMonth.of(2027, 3)))
        .extracting(RefresherDemand::course).contains(Optional.of(CourseId.of("induction")));
  }

  @Test
  void theSummaryEqualsTheSumOfEveryPersonsRows() {
    List<WorkerProfile> people = ComplianceFixtures.everyone();
    ComplianceSummary s = analysis.summarise(people, AS_OF);
    Map<String, long[]> byCompetency = new HashMap<>();
    long[] total = new long[4];
    for (WorkerProfile p : people) {
      for (ComplianceItem item : analysis.person(p, AS_OF)) {
        total[item.status().ordinal()]++;
        byCompetency.computeIfAbsent(item.competency().value(), k -> new long[4])
            [item.status().ordinal()]++;
      }
    }
    assertThat(s.total()).isEqualTo(new StatusCounts("", total[0], total[1], total[2],
        total[3]));
    for (StatusCounts c : s.byCompetency()) {
      long[] n = byCompetency.get(c.key());
      assertThat(c).isEqualTo(new StatusCounts(c.key(), n[0], n[1], n[2], n[3]));
    }
    for (ComplianceSummary.Grouping g : ComplianceSummary.Grouping.values()) {
      assertThat(s.by(g).stream().mapToLong(StatusCounts::total).sum())
          .isEqualTo(s.total().total());
    }
  }

  @Test
  void aStreamAnIterableAndASourceGiveTheSameSummary() {
    ComplianceSummary s = analysis.summarise(ComplianceFixtures.everyone(), AS_OF);
    assertThat(analysis.summarise(ComplianceFixtures.everyone().stream(), AS_OF)).isEqualTo(s);
    assertThat(analysis.summarise(ProfileSource.of(ComplianceFixtures.everyone()), AS_OF))
        .isEqualTo(s);
  }

  @Test
  void theRegisterHoldsEveryPersonsRowsInOrder() {
    ComplianceRegister register = analysis.register(
        ProfileSource.of(ComplianceFixtures.everyone()), AS_OF);
    List<ComplianceItem> expected = new ArrayList<>();
    ComplianceFixtures.everyone().forEach(p -> expected.addAll(analysis.person(p, AS_OF)));
    assertThat(register.items()).isEqualTo(expected);
    assertThat(register.withinMonths()).isEqualTo(3);
  }

  @Test
  void oneAnalysisServesManyThreadsAlike() throws Exception {
    ComplianceSummary alone = analysis.summarise(ComplianceFixtures.everyone(), AS_OF);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<ComplianceSummary>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> analysis.summarise(ComplianceFixtures.everyone(), AS_OF)));
      }
      for (var run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void onlyKeepsOneGrouping() {
    ComplianceSummary s = analysis.summarise(ComplianceFixtures.everyone(), AS_OF);
    ComplianceSummary byType = s.only(ComplianceSummary.Grouping.ORGANISATION_TYPE);
    assertThat(byType.byRole()).isEmpty();
    assertThat(byType.byCompetency()).isEmpty();
    assertThat(byType.byOrganisationType()).isEqualTo(s.byOrganisationType());
    assertThat(byType.refreshers()).isEqualTo(s.refreshers());
    assertThat(ComplianceSummary.Grouping.parse("organisation-type"))
        .isEqualTo(ComplianceSummary.Grouping.ORGANISATION_TYPE);
  }

  @Test
  void aProfileThatDoesNotFitTheModelIsLocatedByItsPosition() {
    WorkerProfile odd = WorkerProfile.builder().id(PersonId.of("p9"))
        .role(RoleId.of("link-wroker")).build();
    assertThatThrownBy(() -> analysis.summarise(
        Stream.of(ComplianceFixtures.current(), odd), AS_OF))
        .isInstanceOf(ModelException.class)
        .satisfies(e -> assertThat(((ModelException) e).problems().get(0).location())
            .isEqualTo("people[1].role"))
        .hasMessageContaining("link-wroker");
  }

  @Test
  void everyWayAProfileCanMissTheModelIsRefusedAsProfileCheckRefusesIt() {
    List<WorkerProfile> odd = List.of(
        WorkerProfile.builder().from(ComplianceFixtures.current())
            .organisationType(org.sppathways.model.OrganisationTypeId.of("nhs")).build(),
        WorkerProfile.builder().from(ComplianceFixtures.due()).putHold(LISTENING, 9).build(),
        WorkerProfile.builder().from(ComplianceFixtures.current())
            .putHold(CompetencyId.of("juggling"), 1).build(),
        WorkerProfile.builder().from(ComplianceFixtures.current())
            .addCompleted(CourseId.of("juggling-101")).build());
    org.sppathways.model.ProfileCheck check = org.sppathways.model.ProfileCheck.of(model);
    for (WorkerProfile p : odd) {
      assertThatThrownBy(() -> analysis.summarise(Stream.of(ComplianceFixtures.due(), p), AS_OF))
          .isInstanceOf(ModelException.class)
          .satisfies(e -> assertThat(((ModelException) e).problems())
              .isEqualTo(catchProblems(() -> check.require(p, 1))));
      assertThatThrownBy(() -> analysis.person(p, AS_OF)).isInstanceOf(ModelException.class);
    }
  }

  private static List<org.sppathways.model.Problem> catchProblems(Runnable r) {
    try {
      r.run();
    } catch (ModelException e) {
      return e.problems();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void settingsOutOfRangeAreRefusedWithTheValue() {
    assertThatThrownBy(() -> ComplianceSettings.of(-1, 12)).hasMessageContaining("-1");
    assertThatThrownBy(() -> ComplianceSettings.of(3, 0)).hasMessageContaining("was 0");
    assertThatThrownBy(() -> ComplianceSettings.of(3, 121)).hasMessageContaining("121");
  }

  /**
   * The streaming summary keeps no profile: every profile of a generated stream can be collected
   * while the run goes on. Each profile is watched through a weak reference; after the run and a
   * collection, none is still reachable from the summary or the analysis.
   */
  @Test
  void theSummaryKeepsNoProfile() {
    int n = 200_000;
    List<WeakReference<WorkerProfile>> watched = new ArrayList<>();
    Stream<WorkerProfile> people = Stream.iterate(0, i -> i < n, i -> i + 1).map(i -> {
      WorkerProfile p = ComplianceFixtures.inRole("g" + i, ComplianceFixtures.PCN, 24)
          .addCompleted(CourseId.of("fire-safety"), AS_OF.minusDays(i % 700))
          .putHold(SAFEGUARDING, 1 + i % 3).build();
      if (i % 10_000 == 0) {
        watched.add(new WeakReference<>(p));
      }
      return p;
    });
    ComplianceSummary s = analysis.summarise(people, AS_OF);
    assertThat(s.people()).isEqualTo(n);
    assertThat(s.total().total()).isEqualTo(3L * n);
    System.gc();
    long kept = watched.stream().filter(w -> w.get() != null).count();
    assertThat(kept).as("profiles still reachable after the run").isZero();
  }

  private static RefresherDemand course(String id, int year, int month, long people) {
    return new RefresherDemand(Optional.of(CourseId.of(id)), Optional.empty(),
        YearMonth.of(year, month), people);
  }

  private static RefresherDemand competency(String id, int year, int month, long people) {
    return new RefresherDemand(Optional.empty(), Optional.of(CompetencyId.of(id)),
        YearMonth.of(year, month), people);
  }
}
