package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/** Projections of hand-computed chains, and how model flow fields become the chain. */
class FlowModelTest {
  static final RoleId A = Chains.role(0);
  static final RoleId B = Chains.role(1);

  /** A: to B 0.1, leaving 0.2, stay 0.7, 30 recruits; B: leaving 0.25, stay 0.75. */
  static WorkforceModel twoRoles() {
    return Chains.model(new double[][] {{0, 0.1}, {0, 0}}, new double[] {0.2, 0.25},
        new double[] {30, 0});
  }

  @Nested
  class Projections {
    @Test
    void twoStateChainFromNoOne() {
      Projection p = FlowModel.of(twoRoles()).project(Headcounts.empty(), 3);

      assertThat(p.length()).isEqualTo(3);
      assertThat(p.year(0).headcount()).isZero();
      assertThat(p.year(1).headcount(A)).isEqualTo(30);
      assertThat(p.year(1).headcount(B)).isZero();
      // year 2: A = 30 x 0.7 + 30 = 51, B = 30 x 0.1 = 3; 6 leave
      assertThat(p.year(2).headcount(A)).isEqualTo(51);
      assertThat(p.year(2).headcount(B)).isEqualTo(3);
      assertThat(p.year(2).leavers()).isEqualTo(6);
      assertThat(p.year(2).recruits()).isEqualTo(30);
      assertThat(p.year(2).moves()).isEqualTo(3);
      // year 3: A = 51 x 0.7 + 30 = 65.7, B = 3 x 0.75 + 5.1 = 7.35
      assertThat(p.year(3).headcount(A)).isEqualTo(65.7);
      assertThat(p.year(3).headcount(B)).isEqualTo(7.35);
      assertThat(p.year(3).leavers()).isEqualTo(10.95); // 51 x 0.2 + 3 x 0.25
    }

    @Test
    void threeStateChainOneYear() {
      // A -> B 0.2, leave 0.1; B -> C 0.1, B -> A 0.05, leave 0.15; C -> B 0.1, leave 0.2.
      WorkforceModel m = Chains.model(
          new double[][] {{0, 0.2, 0}, {0.05, 0, 0.1}, {0, 0.1, 0}},
          new double[] {0.1, 0.15, 0.2}, new double[] {50, 0, 10});
      Headcounts start = Headcounts.of(Map.of(Chains.role(0), 100, Chains.role(1), 200,
          Chains.role(2), 50));

      ProjectionYear y = FlowModel.of(m).project(start, 1).year(1);

      // A: 100 x 0.7 + 200 x 0.05 + 50 = 130; B: 200 x 0.7 + 100 x 0.2 + 50 x 0.1 = 165;
      // C: 50 x 0.7 + 200 x 0.1 + 10 = 65.
      assertThat(y.headcount(Chains.role(0))).isEqualTo(130);
      assertThat(y.headcount(Chains.role(1))).isEqualTo(165);
      assertThat(y.headcount(Chains.role(2))).isEqualTo(65);
      assertThat(y.leavers()).isEqualTo(10 + 30 + 10);
      assertThat(y.movedIn(FlowState.of(Chains.role(1)))).isEqualTo(25);
      assertThat(y.movedOut(FlowState.of(Chains.role(1)))).isEqualTo(30);
    }

    @Test
    void roundsEachFlowToAMillionthAndKeepsTheBooksExact() {
      WorkforceModel m = Chains.model(new double[][] {{0, 1.0 / 3}, {0, 0}},
          new double[] {1.0 / 3, 0.5}, new double[] {0.1, 0});

      ProjectionYear y = FlowModel.of(m).project(Headcounts.of(Map.of(A, 1)), 1).year(1);

      assertThat(y.movedIn(FlowState.of(B))).isEqualTo(0.333333);
      assertThat(y.leavers()).isEqualTo(0.333333);
      assertThat(y.headcount(A)).isEqualTo(0.333334 + 0.1, within(1e-12));
      assertThat(new java.math.BigDecimal(Double.toString(y.headcount()))
          .add(new java.math.BigDecimal(Double.toString(y.leavers()))))
          .isEqualByComparingTo(new java.math.BigDecimal("1.1"));
    }

    @Test
    void zeroYearsGiveTheStart() {
      Projection p = FlowModel.of(twoRoles()).project(Headcounts.of(Map.of(A, 7)), 0);

      assertThat(p.years()).hasSize(1);
      assertThat(p.last().headcount(A)).isEqualTo(7);
    }

    @Test
    void negativeOrHugeYearsAreRejected() {
      FlowModel flows = FlowModel.of(twoRoles());
      assertThatIllegalArgumentException().isThrownBy(() -> flows.project(Headcounts.empty(), -1))
          .withMessage("years must be from 0 to 1000, was -1");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> flows.project(Headcounts.of(Map.of(A, 2e9)), 1))
          .withMessageStartingWith("a projection holds at most 10^9 people");
    }

    @Test
    void unknownRoleInTheStartIsNamed() {
      assertThatThrownBy(() -> FlowModel.of(twoRoles())
          .project(Headcounts.of(Map.of(RoleId.of("r9"), 1)), 1))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("'r9'");
    }
  }

  /** Two types, pcn and vcse; lw offered by both, senior by pcn only; nurse external. */
  static WorkforceModel typed() {
    OrganisationTypeId pcn = OrganisationTypeId.of("pcn");
    OrganisationTypeId vcse = OrganisationTypeId.of("vcse");
    return WorkforceModel.builder().name("typed").scale(ProficiencyScale.of("Only"))
        .addOrganisationType(OrganisationType.builder().id(pcn).name("PCN").sector("nhs").build())
        .addOrganisationType(OrganisationType.builder().id(vcse).name("VCSE").sector("vcse").build())
        .addRole(Role.builder().id(RoleId.of("lw")).title("Link worker").addOfferedBy(pcn, vcse)
            .leaving(0.15).putLeavingBy(vcse, 0.2).recruits(100).putRecruitsBy(vcse, 10).build())
        .addRole(Role.builder().id(RoleId.of("senior")).title("Senior").addOfferedBy(pcn)
            .leaving(0.1).build())
        .addRole(Role.builder().id(RoleId.of("nurse")).title("Nurse").external(true).build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("nurse")).to(RoleId.of("lw"))
            .kind(RouteKind.ENTRY).months(0).recruits(20).build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("lw")).to(RoleId.of("senior"))
            .kind(RouteKind.PROMOTION).months(24).rate(0.05).putRateBy(vcse, 0.01).build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("lw")).to(RoleId.of("nurse"))
            .kind(RouteKind.LATERAL).months(24).rate(0.02).build())
        .build();
  }

  static final FlowState LW_PCN = FlowState.of(RoleId.of("lw"), OrganisationTypeId.of("pcn"));
  static final FlowState LW_VCSE = FlowState.of(RoleId.of("lw"), OrganisationTypeId.of("vcse"));
  static final FlowState SENIOR_PCN =
      FlowState.of(RoleId.of("senior"), OrganisationTypeId.of("pcn"));

  static Headcounts typedStart() {
    return Headcounts.builder().put(RoleId.of("lw"), OrganisationTypeId.of("pcn"), 300)
        .put(RoleId.of("lw"), OrganisationTypeId.of("vcse"), 100)
        .put(RoleId.of("senior"), 40).build();
  }

  @Nested
  class OrganisationTypes {
    @Test
    void statesAreRolesByTypeAndExternalRolesAreNone() {
      FlowModel flows = FlowModel.byOrganisationType(typed(), typedStart());

      assertThat(flows.states()).containsExactly(LW_PCN, LW_VCSE, SENIOR_PCN);
      assertThat(flows.states(RoleId.of("lw"))).containsExactly(LW_PCN, LW_VCSE);
      assertThatIllegalArgumentException().isThrownBy(() -> flows.states(RoleId.of("nurse")))
          .withMessageContaining("'nurse' is external");
    }

    @Test
    void perTypeValuesOverrideTheRoleOnes() {
      FlowModel flows = FlowModel.byOrganisationType(typed(), typedStart());

      assertThat(flows.transitionRate(LW_PCN, SENIOR_PCN)).isEqualTo(0.05);
      // senior is not offered by vcse: the move changes organisation type
      assertThat(flows.transitionRate(LW_VCSE, SENIOR_PCN)).isEqualTo(0.01);
      assertThat(flows.leavingRate(LW_PCN)).isEqualTo(0.15 + 0.02, within(1e-15));
      assertThat(flows.leavingRate(LW_VCSE)).isEqualTo(0.2 + 0.02, within(1e-15));
      assertThat(flows.stayRate(LW_VCSE)).isEqualTo(1 - 0.01 - 0.22, within(1e-15));
    }

    @Test
    void recruitsSplitByShareExceptThosePinnedToAType() {
      FlowModel flows = FlowModel.byOrganisationType(typed(), typedStart());

      // 100 role recruits + 20 along the entry route, split 3:1; plus 10 pinned to vcse.
      assertThat(flows.share(LW_PCN)).isEqualTo(0.75);
      assertThat(flows.recruits(LW_PCN)).isEqualTo(90);
      assertThat(flows.recruits(LW_VCSE)).isEqualTo(30 + 10);
      assertThat(flows.totalRecruits()).isEqualTo(130);
    }

    @Test
    void roleStatesAverageTypeRatesByShare() {
      FlowModel flows = FlowModel.of(typed(), typedStart());
      FlowState lw = FlowState.of(RoleId.of("lw"));

      assertThat(flows.transitionRate(lw, FlowState.of(RoleId.of("senior"))))
          .isEqualTo(0.75 * 0.05 + 0.25 * 0.01, within(1e-15));
      assertThat(flows.leavingRate(lw)).isEqualTo(0.75 * 0.15 + 0.25 * 0.2 + 0.02, within(1e-15));
      assertThat(flows.recruits(lw)).isEqualTo(130);
    }

    @Test
    void splitAndUnsplitProjectionsAgreeInTheFirstYear() {
      Headcounts start = typedStart();
      ProjectionYear split = FlowModel.byOrganisationType(typed(), start).project(start, 1).year(1);
      ProjectionYear roles = FlowModel.of(typed(), start).project(start, 1).year(1);

      assertThat(split.headcount(RoleId.of("lw"))).isEqualTo(roles.headcount(RoleId.of("lw")),
          within(1e-6));
      assertThat(split.headcount(RoleId.of("senior")))
          .isEqualTo(roles.headcount(RoleId.of("senior")), within(1e-6));
    }

    @Test
    void headcountsWithoutATypeGoToTypesWithoutAnEntry() {
      Headcounts start = Headcounts.builder()
          .put(RoleId.of("lw"), OrganisationTypeId.of("pcn"), 300).put(RoleId.of("lw"), 50).build();

      ProjectionYear y0 = FlowModel.byOrganisationType(typed(), start).project(start, 0).year(0);

      assertThat(y0.headcount(LW_PCN)).isEqualTo(300);
      assertThat(y0.headcount(LW_VCSE)).isEqualTo(50);
    }

    @Test
    void withoutWeightsTypesShareEvenlyAndANoteSaysSo() {
      FlowModel flows = FlowModel.byOrganisationType(typed());

      assertThat(flows.share(LW_PCN)).isEqualTo(0.5);
      assertThat(flows.notes()).anyMatch(n -> n.startsWith("no headcounts were given"));
    }
  }

  @Nested
  class Notes {
    @Test
    void missingRatesLeavingAndRecruitsAreNoted() {
      WorkforceModel m = WorkforceModel.builder().name("bare").scale(ProficiencyScale.of("Only"))
          .addRole(Role.builder().id(A).title("A").build())
          .addRole(Role.builder().id(B).title("B").build())
          .addRole(Role.builder().id(RoleId.of("x")).title("X").external(true).build())
          .addRoute(ProgressionRoute.builder().from(A).to(B).kind(RouteKind.PROMOTION).months(1)
              .build())
          .addRoute(ProgressionRoute.builder().from(RoleId.of("x")).to(A).kind(RouteKind.ENTRY)
              .months(0).rate(0.1).build())
          .build();

      assertThat(FlowModel.of(m).notes()).containsExactly(
          "no recruitment is given (no 'recruits' on roles or on entry routes): headcounts can "
              + "only fall",
          "1 of 1 routes between workforce roles have no rate, so nobody moves along them: "
              + "'r0' -> 'r1'",
          "2 workforce roles have no leaving rate, so their staff leave only along routes to "
              + "external roles: 'r0', 'r1'",
          "1 entry routes from external roles have a rate but no recruits; the rate is not used, "
              + "as external roles have no headcount (give 'recruits' instead): 'x' -> 'r0'");
    }

    @Test
    void aCompleteChainHasNoNotes() {
      assertThat(FlowModel.of(twoRoles()).notes()).isEmpty();
    }
  }
}
