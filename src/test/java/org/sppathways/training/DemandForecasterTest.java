package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.Projection;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
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
 * Training demand on a hand-made model, every figure worked out by hand.
 *
 * <pre>
 * course covers      cost  lapses   role     requires        flows
 * A1     a:1          100           nurse    a:2 (external)  entry to senior, 5 recruits a year
 * A2     a:2          200           worker   a:1 s:1         10 recruits a year, leaving 0.1
 * AB     a:2 b:2      250           senior   a:2 b:2 s:1     worker to senior 0.2, leaving 0.1
 * B2     b:2          300           lead     a:2 c:1         senior to lead 0.1, leaving 0.1
 * S      s:1           50  24 months
 * </pre>
 * Nothing teaches c. The start is 100 workers and 50 seniors.
 */
class DemandForecasterTest {
  static final RoleId NURSE = RoleId.of("nurse");
  static final RoleId WORKER = RoleId.of("worker");
  static final RoleId SENIOR = RoleId.of("senior");
  static final RoleId LEAD = RoleId.of("lead");
  static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse");

  static CompetencyId c(String id) {
    return CompetencyId.of(id);
  }

  static CourseId k(String id) {
    return CourseId.of(id);
  }

  static Course course(String id, double cost, CompetencyLevel... covers) {
    return Course.builder().id(k(id)).title("Course " + id).hours(10).cost(cost)
        .addCovers(covers).build();
  }

  static CompetencyLevel t(String competency, int level) {
    return CompetencyLevel.of(c(competency), level);
  }

  /** The model; {@code abEntry} restricts AB to PCN employers, {@code types} offers roles in both. */
  static WorkforceModel model(boolean types, boolean abEntry) {
    return model(types, abEntry, false);
  }

  /** The model; with {@code cOnTheJob}, competency c is learned on the job. */
  static WorkforceModel model(boolean types, boolean abEntry, boolean cOnTheJob) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("demand")
        .scale(ProficiencyScale.of("One", "Two", "Three"));
    for (String id : List.of("a", "b", "c", "s")) {
      b.addCompetency(Competency.builder().id(c(id)).name(id).domain("d")
          .learnedOnTheJob(cOnTheJob && id.equals("c")).build());
    }
    if (types) {
      b.addOrganisationType(OrganisationType.builder().id(PCN).name("PCN").sector("nhs").build());
      b.addOrganisationType(OrganisationType.builder().id(VCSE).name("VCSE").sector("vcse")
          .build());
    }
    List<OrganisationTypeId> offered = types ? List.of(PCN, VCSE) : List.of();
    b.addRole(Role.builder().id(NURSE).title("Nurse").external(true)
        .addRequirement(Requirement.of(c("a"), 2)).build());
    b.addRole(Role.builder().id(WORKER).title("Worker").addAllOfferedBy(offered).leaving(0.1)
        .recruits(10).addRequirement(Requirement.of(c("a"), 1))
        .addRequirement(Requirement.of(c("s"), 1)).build());
    b.addRole(Role.builder().id(SENIOR).title("Senior").addAllOfferedBy(offered).leaving(0.1)
        .addRequirement(Requirement.of(c("a"), 2)).addRequirement(Requirement.of(c("b"), 2))
        .addRequirement(Requirement.desirable(c("s"), 1)).build());
    b.addRole(Role.builder().id(LEAD).title("Lead").addAllOfferedBy(offered).leaving(0.1)
        .addRequirement(Requirement.of(c("a"), 2)).addRequirement(Requirement.of(c("c"), 1))
        .build());
    b.addRoute(ProgressionRoute.builder().from(WORKER).to(SENIOR).kind(RouteKind.PROMOTION)
        .months(12).rate(0.2).build());
    b.addRoute(ProgressionRoute.builder().from(SENIOR).to(LEAD).kind(RouteKind.PROMOTION)
        .months(12).rate(0.1).build());
    b.addRoute(ProgressionRoute.builder().from(NURSE).to(SENIOR).kind(RouteKind.ENTRY)
        .months(0).recruits(5).build());
    b.addCourse(course("A1", 100, t("a", 1)));
    b.addCourse(course("A2", 200, t("a", 2)));
    Course.Builder ab = Course.builder().id(k("AB")).title("Course AB").hours(10).cost(250)
        .addCovers(t("a", 2), t("b", 2));
    if (abEntry) {
      ab.addEntry(new EntryRule.OrganisationTypes(Set.of(PCN)));
    }
    b.addCourse(ab.build());
    b.addCourse(course("B2", 300, t("b", 2)));
    b.addCourse(Course.builder().id(k("S")).title("Course S").hours(2).cost(50)
        .addCovers(t("s", 1)).validForMonths(24).build());
    return b.build();
  }

  static final WorkforceModel MODEL = model(false, false);
  static final Headcounts START = Headcounts.of(Map.of(WORKER, 100, SENIOR, 50));

  static TrainingDemand forecast(DemandForecaster f, int years) {
    FlowModel flows = FlowModel.of(MODEL);
    return f.forecast(flows, flows.project(START, years));
  }

  static CourseDemand course(DemandYear y, String id) {
    return y.courses().stream().filter(d -> d.course().equals(k(id))).findFirst()
        .orElseThrow(() -> new AssertionError("no line for course " + id + " in " + y));
  }

  static boolean has(DemandYear y, String id) {
    return y.courses().stream().anyMatch(d -> d.course().equals(k(id)));
  }

  @Nested
  class Places {
    private final TrainingDemand demand = forecast(DemandForecaster.of(MODEL), 2);

    @Test
    void yearOneIsTheEntrantsTimesTheCoursesTheyNeed() {
      DemandYear y = demand.year(1);
      // 10 recruits into worker hold nothing: A1 + S (150). 20 workers move to senior holding
      // a:1 s:1: AB (250, not A2 + B2 at 500). 5 nurses enter senior holding a:2: b:2 by AB (250,
      // not B2 at 300) and s:1 by S. 5 seniors move to lead: c:1 cannot be closed.
      assertThat(y.entrants()).isEqualTo(40, within(1e-6));
      assertThat(course(y, "A1").entryPlaces()).isEqualTo(10, within(1e-6));
      assertThat(course(y, "AB").entryPlaces()).isEqualTo(25, within(1e-6));
      assertThat(course(y, "S").entryPlaces()).isEqualTo(15, within(1e-6));
      assertThat(has(y, "A2")).as("no one needs A2").isFalse();
      assertThat(has(y, "B2")).as("no one needs B2").isFalse();
    }

    @Test
    void yearTwoFollowsTheProjection() {
      // Start of year 2: worker 100 - 10 - 20 + 10 = 80, senior 50 - 5 - 5 + 20 + 5 = 65.
      // Entrants: 10 recruits, 80 x 0.2 = 16 movers, 5 nurses, 65 x 0.1 = 6.5 to lead.
      DemandYear y = demand.year(2);
      assertThat(y.entrants()).isEqualTo(10 + 16 + 5 + 6.5, within(1e-6));
      assertThat(course(y, "A1").entryPlaces()).isEqualTo(10, within(1e-6));
      assertThat(course(y, "AB").entryPlaces()).isEqualTo(16 + 5, within(1e-6));
      assertThat(course(y, "S").entryPlaces()).isEqualTo(10 + 5, within(1e-6));
      assertThat(y.unclosableEntrants()).isEqualTo(6.5, within(1e-6));
    }

    @Test
    void aLevelTheSourceRoleHoldsIsNeverTaughtAgain() {
      // Workers hold s:1; were it taught again, S would have 20 more entry places in year 1.
      assertThat(course(demand.year(1), "S").entryPlaces()).isEqualTo(15, within(1e-6));
      // Seniors hold a:2; were a:2 taught again to leads, A2 or AB would have 5 more places.
      assertThat(course(demand.year(1), "AB").entryPlaces()).isEqualTo(25, within(1e-6));
    }

    @Test
    void aCourseClosingTwoTargetsIsOnePlacePerEntrant() {
      // AB closes both a:2 and b:2 for the 20 movers: 20 places, not 40.
      TrainingDemand oneSource = DemandForecaster.of(MODEL).forecast(FlowModel.of(MODEL),
          FlowModel.of(MODEL).project(Headcounts.of(Map.of(WORKER, 100)), 1));
      // 10 recruits need no AB; 20 movers need AB once each; 5 nurses AB once.
      assertThat(course(oneSource.year(1), "AB").entryPlaces()).isEqualTo(25, within(1e-6));
    }

    @Test
    void refreshersAreTheHeadcountAtTheStartOfTheYearTimesTwelveOverValidForMonths() {
      // Year 1: workers 100 and seniors 50 renew S (24 months): (100 + 50) x 12 / 24 = 75.
      // Leads renew nothing: a:2's cheapest course A2 never lapses and c has no course.
      assertThat(course(demand.year(1), "S").refresherPlaces()).isEqualTo(75, within(1e-6));
      // Year 2: (80 + 65) x 12 / 24 = 72.5.
      assertThat(course(demand.year(2), "S").refresherPlaces()).isEqualTo(72.5, within(1e-6));
      assertThat(course(demand.year(1), "A1").refresherPlaces()).isZero();
    }

    @Test
    void costIsPlacesTimesCourseCost() {
      DemandYear y = demand.year(1);
      // A1 10 x 100 + AB 25 x 250 + S (15 + 75) x 50.
      assertThat(course(y, "S").cost()).isEqualTo(90 * 50, within(0.01));
      assertThat(y.cost()).isEqualTo(1000 + 6250 + 4500, within(0.01));
      double sum = 0;
      for (DemandYear year : demand.years()) {
        for (CourseDemand d : year.courses()) {
          sum += d.places() * MODEL.course(d.course()).cost();
        }
      }
      assertThat(demand.cost()).isEqualTo(sum, within(0.1));
    }

    @Test
    void entrantsWhoseTargetsCannotBeClosedAreReportedWithTheReason() {
      assertThat(demand.year(1).unclosableEntrants()).isEqualTo(5, within(1e-6));
      assertThat(demand.unclosable()).hasSize(1);
      UnclosableEntrants u = demand.unclosable().get(0);
      assertThat(u.from()).contains(SENIOR);
      assertThat(u.to()).isEqualTo(LEAD);
      assertThat(u.entrants()).isEqualTo(5 + 6.5, within(1e-6));
      assertThat(u.targets()).singleElement().satisfies(x -> {
        assertThat(x.target()).isEqualTo(t("c", 1));
        assertThat(x.reason()).isEqualTo(UnclosableTarget.Reason.NO_COURSE);
      });
      // they are still counted as entrants
      assertThat(demand.year(1).entrants()).isEqualTo(40, within(1e-6));
    }

    @Test
    void aCompetencyLearnedOnTheJobIsNeitherDemandNorLeftOpen() {
      WorkforceModel onTheJob = model(false, false, true);
      FlowModel flows = FlowModel.of(onTheJob);
      TrainingDemand d = DemandForecaster.of(onTheJob).forecast(flows, flows.project(START, 2));
      assertThat(d.unclosable()).isEmpty();
      assertThat(d.year(2).unclosableEntrants()).isZero();
      assertThat(d.year(1).entrants()).isEqualTo(40, within(1e-6));
      assertThat(d.year(1).courses()).isEqualTo(demand.year(1).courses());
    }

    @Test
    void zeroYearsGiveNoDemandYears() {
      assertThat(forecast(DemandForecaster.of(MODEL), 0).years()).isEmpty();
    }
  }

  @Nested
  class Capacity {
    @Test
    void shortfallIsDemandAboveCapacityAndNeverNegative() {
      CourseCapacity capacity = CourseCapacity.of(Map.of(k("AB"), 20.0, k("S"), 100.0,
          k("B2"), 3.0));
      DemandYear y = forecast(DemandForecaster.of(MODEL).withCapacity(capacity), 1).year(1);

      assertThat(course(y, "AB").capacity()).hasValue(20);
      assertThat(course(y, "AB").shortfall()).hasValue(5);     // 25 - 20
      assertThat(course(y, "S").shortfall()).hasValue(0);      // 90 < 100
      assertThat(course(y, "B2").places()).isZero();            // listed for its capacity
      assertThat(course(y, "B2").shortfall()).hasValue(0);
      assertThat(course(y, "A1").capacity()).isEmpty();
      assertThat(course(y, "A1").shortfall()).isEmpty();
    }

    @Test
    void aCapacityForAnUnknownCourseIsRefused() {
      assertThatThrownBy(() -> DemandForecaster.of(MODEL)
          .withCapacity(CourseCapacity.of(Map.of(k("nope"), 1.0))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
    }
  }

  @Nested
  class ByOrganisationType {
    private final WorkforceModel typed = model(true, true);

    private TrainingDemand demand() {
      Headcounts start = Headcounts.builder().put(WORKER, PCN, 60).put(WORKER, VCSE, 40)
          .put(SENIOR, PCN, 30).put(SENIOR, VCSE, 20).build();
      FlowModel flows = FlowModel.byOrganisationType(typed, start);
      return DemandForecaster.of(typed).forecast(flows, flows.project(start, 1));
    }

    @Test
    void entryRulesAreJudgedOnTheOrganisationTypeEntered() {
      DemandYear y = demand().year(1);
      CourseDemand ab = course(y, "AB");
      // AB is open to PCN employers only. PCN: 60 x 0.2 = 12 movers + 5 x 0.6 nurses = 15 on AB.
      // VCSE: 8 movers take A2 + B2; 2 nurses take B2.
      assertThat(ab.entryPlaces()).isEqualTo(15, within(1e-6));
      assertThat(ab.byOrganisationType()).singleElement().satisfies(p -> {
        assertThat(p.organisationType()).contains(PCN);
        assertThat(p.entryPlaces()).isEqualTo(15, within(1e-6));
      });
      assertThat(course(y, "A2").entryPlaces()).isEqualTo(8, within(1e-6));
      assertThat(course(y, "B2").entryPlaces()).isEqualTo(10, within(1e-6));
    }

    @Test
    void withoutTheSplitEmployerRulesAreNotMetAndTheNotesSaySo() {
      FlowModel flows = FlowModel.of(typed);
      TrainingDemand d = DemandForecaster.of(typed).forecast(flows, flows.project(START, 1));
      // no one may take AB without an employer: movers take A2 + B2, nurses B2 + S
      assertThat(has(d.year(1), "AB")).isFalse();
      assertThat(course(d.year(1), "B2").entryPlaces()).isEqualTo(25, within(1e-6));
      assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("'AB'")
          .contains("organisation type"));
    }

    @Test
    void placesPerTypeAddUpToTheCourse() {
      for (CourseDemand d : demand().year(1).courses()) {
        double entry = d.byOrganisationType().stream()
            .mapToDouble(OrganisationTypePlaces::entryPlaces).sum();
        double refresh = d.byOrganisationType().stream()
            .mapToDouble(OrganisationTypePlaces::refresherPlaces).sum();
        assertThat(entry).isEqualTo(d.entryPlaces(), within(1e-6));
        assertThat(refresh).isEqualTo(d.refresherPlaces(), within(1e-6));
      }
    }
  }

  @Nested
  class Budget {
    @Test
    void commissionsTheFirstYearsEntrantsWithinTheBudget() {
      TrainingDemand d = forecast(DemandForecaster.of(MODEL).withBudget(3000), 2);
      CommissioningPlan plan = d.commissioning().orElseThrow();
      assertThat(plan.budget()).isEqualTo(3000);
      assertThat(plan.spent()).isLessThanOrEqualTo(3000);
      // 40 entrants in year 1: 10 workers with 2 gaps, 20 movers with 1 (b:2) and the
      // unsettled a:2, 5 nurses with 2, 5 leads with c:1 that no course closes.
      assertThat(plan.unclosable()).isEqualTo(5);
      assertThat(plan.closed()).isPositive();
    }

    @Test
    void noBudgetNoCommissioning() {
      assertThat(forecast(DemandForecaster.of(MODEL), 1).commissioning()).isEmpty();
    }

    @Test
    void aNegativeBudgetIsRefused() {
      assertThatThrownBy(() -> DemandForecaster.of(MODEL).withBudget(-1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
  }

  @Test
  void onTheReferenceModelEntrantsAreTheProjectionsMovesInAndRecruits() {
    WorkforceModel reference = org.sppathways.reference.ReferenceModels.socialPrescribing();
    WorkforceModel m = org.sppathways.io.ScenarioReader.of(reference)
        .read(java.nio.file.Path.of("docs/examples/flows/sp-flows.yaml")).applyTo(reference);
    Headcounts start = org.sppathways.io.HeadcountReader.of(m)
        .read(java.nio.file.Path.of("docs/examples/flows/sp-headcounts.yaml"));
    FlowModel flows = FlowModel.byOrganisationType(m, start);
    Projection p = flows.project(start, 20);
    TrainingDemand d = DemandForecaster.of(m).forecast(flows, p);

    assertThat(d.years()).hasSize(20);
    for (DemandYear y : d.years()) {
      double in = p.year(y.year()).states().stream()
          .mapToDouble(s -> s.movedIn() + s.recruits()).sum();
      assertThat(y.entrants()).as("year %d", y.year()).isEqualTo(in, within(1e-5));
      assertThat(y.places()).isPositive();
      double cost = 0;
      for (CourseDemand c : y.courses()) {
        cost += c.places() * m.course(c.course()).cost();
      }
      assertThat(y.cost()).isEqualTo(cost, within(0.01 * y.courses().size()));
    }
  }

  @Test
  void theSameInputGivesTheSameDemand() {
    assertThat(forecast(DemandForecaster.of(MODEL).withBudget(2000), 3))
        .isEqualTo(forecast(DemandForecaster.of(MODEL).withBudget(2000), 3));
  }

  @Test
  void aProjectionOfOtherStatesIsRefused() {
    FlowModel roles = FlowModel.of(model(true, false));
    FlowModel split = FlowModel.byOrganisationType(model(true, false));
    assertThatThrownBy(() -> DemandForecaster.of(model(true, false))
        .forecast(roles, split.project(Headcounts.empty(), 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("states");
    assertThat(FlowState.of(WORKER).organisationType()).isEqualTo(Optional.empty());
  }
}
