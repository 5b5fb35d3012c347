package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/** Steady states, times, reach probabilities and capacity of hand-computed chains. */
class LongRunAnalysisTest {
  static final double EPS = 1e-12;
  static final FlowState A = FlowState.of(Chains.role(0));
  static final FlowState B = FlowState.of(Chains.role(1));
  static final FlowState C = FlowState.of(Chains.role(2));

  static LongRunAnalysis two() {
    return FlowModel.of(FlowModelTest.twoRoles()).longRun();
  }

  /** A -> B 0.2, leave 0.1; B -> C 0.1, B -> A 0.05, leave 0.15; C -> B 0.1, leave 0.2. */
  static WorkforceModel threeRoles() {
    return Chains.model(new double[][] {{0, 0.2, 0}, {0.05, 0, 0.1}, {0, 0.1, 0}},
        new double[] {0.1, 0.15, 0.2}, new double[] {50, 0, 10});
  }

  @Nested
  class Memoised {
    @Test
    void everyCallOnOneFlowModelReturnsTheSameAnalysis() {
      FlowModel flows = FlowModel.of(threeRoles());
      LongRunAnalysis first = flows.longRun();
      assertThat(flows.longRun()).isSameAs(first);
      assertThat(FlowModel.of(threeRoles()).longRun()).isNotSameAs(first);
    }

    @Test
    void concurrentFirstCallsShareOneAnalysisAndAgree() throws Exception {
      for (int round = 0; round < 20; round++) {
        FlowModel flows = FlowModel.of(threeRoles());
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          List<Future<LongRunAnalysis>> calls = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            calls.add(pool.submit(() -> {
              start.await();
              LongRunAnalysis a = flows.longRun();
              a.steadyState();
              return a;
            }));
          }
          LongRunAnalysis first = calls.get(0).get(10, TimeUnit.SECONDS);
          for (Future<LongRunAnalysis> call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS)).isSameAs(first);
          }
          assertThat(first.steadyState().total())
              .isEqualTo(new LongRunAnalysis(flows).steadyState().total(), within(EPS));
        } finally {
          pool.shutdownNow();
        }
      }
    }
  }

  @Nested
  class TwoStates {
    @Test
    void steadyStateBalancesEachRole() {
      SteadyState s = two().steadyState();

      // A: 30 = 0.3 nA, so 100; B: 0.1 x 100 = 0.25 nB, so 40.
      assertThat(s.exists()).isTrue();
      assertThat(s.headcounts().get(A)).isEqualTo(100, within(EPS));
      assertThat(s.headcounts().get(B)).isEqualTo(40, within(EPS));
      assertThat(s.total()).isEqualTo(140, within(EPS));
    }

    @Test
    void timeInRoleIsGeometric() {
      assertThat(two().yearsPerSpell(A)).hasValueCloseTo(1 / 0.3, within(EPS));
      assertThat(two().yearsPerSpell(B)).hasValueCloseTo(4.0, within(EPS));
      assertThat(two().yearsInRole(A)).hasValueCloseTo(1 / 0.3, within(EPS));
      // N = [[1/0.3, 0.1/(0.3 x 0.25)], [0, 4]]
      assertThat(two().yearsInWorkforce(A)).hasValueCloseTo(1 / 0.3 + 0.1 / 0.075, within(EPS));
      assertThat(two().yearsInWorkforce(B)).hasValueCloseTo(4.0, within(EPS));
    }

    @Test
    void reachIsTheShareOfExitsThatGoUpAndTakesAGeometricTime() {
      ReachProbability r = two().reach(A, Chains.role(1));

      assertThat(r.probability()).isEqualTo(0.1 / 0.3, within(EPS));
      assertThat(r.expectedYears()).hasValueCloseTo(1 / 0.3, within(EPS));
    }

    @Test
    void reachingYourOwnRoleIsCertainAndImmediate() {
      ReachProbability r = two().reach(B, Chains.role(1));

      assertThat(r.probability()).isEqualTo(1);
      assertThat(r.expectedYears()).hasValue(0);
    }

    @Test
    void aRoleThatCannotBeReachedHasProbabilityZeroAndNoTime() {
      ReachProbability r = two().reach(B, Chains.role(0));

      assertThat(r.probability()).isZero();
      assertThat(r.expectedYears()).isEmpty();
    }

    @Test
    void capacityReplacesWhatTheRoleLoses() {
      CapacityNeed need = two().capacity(Chains.role(1), 60);

      // B loses 0.25 x 60 = 15 a year; 0.1 x 100 = 10 move in; 5 recruits needed.
      assertThat(need.recruitsNeeded()).isEqualTo(5, within(EPS));
      assertThat(need.movedInPerYear()).isEqualTo(10, within(EPS));
      assertThat(need.leaversPerYear()).isEqualTo(15, within(EPS));
      assertThat(need.headcountWithoutRecruits()).isEqualTo(40, within(EPS));
      assertThat(need.courseCompletions(0.5, false)).isEqualTo(10, within(EPS));
      assertThat(need.courseCompletions(1, true)).isEqualTo(15, within(EPS));
    }

    @Test
    void aTargetBelowWhatMovesInAloneGiveNeedsNoRecruits() {
      CapacityNeed need = two().capacity(Chains.role(1), 30);

      assertThat(need.recruitsNeeded()).isZero();
      assertThat(need.reachedWithoutRecruits()).isTrue();
    }
  }

  @Nested
  class ThreeStates {
    @Test
    void steadyStateSolvesTheLinearSystem() {
      SteadyState s = FlowModel.of(threeRoles()).longRun().steadyState();

      assertThat(s.headcounts().get(A)).isEqualTo(1350.0 / 7, within(1e-10));
      assertThat(s.headcounts().get(B)).isEqualTo(1100.0 / 7, within(1e-10));
      assertThat(s.headcounts().get(C)).isEqualTo(600.0 / 7, within(1e-10));
    }

    @Test
    void reachFromEveryStateAtOnce() {
      List<ReachProbability> all = FlowModel.of(threeRoles()).longRun()
          .reachFromEveryState(Chains.role(2));

      assertThat(all).extracting(ReachProbability::from).containsExactly(A, B, C);
      assertThat(all.get(0).probability()).isEqualTo(0.25, within(EPS));
      assertThat(all.get(1).probability()).isEqualTo(0.375, within(EPS));
      assertThat(all.get(2).probability()).isEqualTo(1);
    }

    @Test
    void reachThroughAMiddleRoleWithAWayBack() {
      LongRunAnalysis longRun = FlowModel.of(threeRoles()).longRun();

      ReachProbability fromA = longRun.reach(A, Chains.role(2));
      ReachProbability fromB = longRun.reach(B, Chains.role(2));

      assertThat(fromA.probability()).isEqualTo(0.25, within(EPS));
      assertThat(fromB.probability()).isEqualTo(0.375, within(EPS));
      assertThat(fromA.expectedYears()).hasValueCloseTo(7.5, within(1e-10));
      assertThat(fromB.expectedYears()).hasValueCloseTo(1.5625 / 0.375, within(1e-10));
    }

    @Test
    void capacityHoldsTheTargetInTheSteadyState() {
      WorkforceModel m = threeRoles();
      CapacityNeed need = FlowModel.of(m).longRun().capacity(Chains.role(2), 120);

      WorkforceModel held = Chains.model(new double[][] {{0, 0.2, 0}, {0.05, 0, 0.1},
          {0, 0.1, 0}}, new double[] {0.1, 0.15, 0.2}, new double[] {50, 0, need.recruitsNeeded()});

      assertThat(FlowModel.of(held).longRun().steadyState().headcount(Chains.role(2)))
          .isEqualTo(120, within(1e-9));
      assertThat(need.currentRecruits()).isEqualTo(10);
      assertThat(need.leaversPerYear() + need.movedOutPerYear())
          .isEqualTo(need.recruitsNeeded() + need.movedInPerYear(), within(1e-9));
    }
  }

  @Nested
  class NoSteadyState {
    @Test
    void aRoleNobodyLeavesThatRecruitsReachGrowsWithoutLimit() {
      WorkforceModel m = Chains.model(new double[][] {{0, 0.1}, {0, 0}}, new double[] {0.2, 0},
          new double[] {30, 0});
      LongRunAnalysis longRun = FlowModel.of(m).longRun();

      assertThat(longRun.steadyState().exists()).isFalse();
      assertThat(longRun.steadyState().reason()).hasValueSatisfying(r -> assertThat(r)
          .startsWith("no steady state: 'r1' keeps everyone who arrives")
          .contains("grows without limit"));
      assertThat(longRun.yearsPerSpell(B)).isEmpty();
      assertThat(longRun.yearsInWorkforce(A)).isEmpty();
      assertThat(longRun.yearsInRole(A)).isEqualTo(OptionalDouble.empty());
      assertThatThrownBy(() -> longRun.capacity(Chains.role(0), 10))
          .isInstanceOf(SpPathwaysException.class)
          .hasMessageStartingWith("role 'r0' cannot be held at a long-run headcount: no steady");
    }

    @Test
    void aClosedRoleNoOneReachesKeepsItsStart() {
      WorkforceModel m = Chains.model(new double[][] {{0, 0}, {0, 0}}, new double[] {0.2, 0},
          new double[] {30, 0});

      assertThat(FlowModel.of(m).longRun().steadyState().reason()).hasValueSatisfying(
          r -> assertThat(r).startsWith("no unique steady state: 'r1' keeps everyone"));
    }

    @Test
    void reachStillWorksWithoutASteadyState() {
      WorkforceModel m = Chains.model(new double[][] {{0, 0.1}, {0, 0}}, new double[] {0.2, 0},
          new double[] {30, 0});

      assertThat(FlowModel.of(m).longRun().reach(A, Chains.role(1)).probability())
          .isEqualTo(1.0 / 3, within(EPS));
    }
  }

  @Nested
  class OrganisationTypesAndExternalRoles {
    @Test
    void reachFromEachTypeOfARole() {
      FlowModel flows = FlowModel.byOrganisationType(FlowModelTest.typed(),
          FlowModelTest.typedStart());

      List<ReachProbability> each = flows.longRun().reach(RoleId.of("lw"), RoleId.of("senior"));

      assertThat(each).extracting(ReachProbability::from)
          .containsExactly(FlowModelTest.LW_PCN, FlowModelTest.LW_VCSE);
      assertThat(each.get(0).probability()).isEqualTo(0.05 / 0.22, within(EPS));
      assertThat(each.get(1).probability()).isEqualTo(0.01 / 0.23, within(EPS));
    }

    @Test
    void reachingAnExternalRoleMeansLeavingToIt() {
      FlowModel flows = FlowModel.byOrganisationType(FlowModelTest.typed(),
          FlowModelTest.typedStart());

      ReachProbability r = flows.longRun().reach(FlowModelTest.LW_PCN, RoleId.of("nurse"));

      assertThat(r.probability()).isEqualTo(0.02 / 0.22, within(EPS));
      assertThat(r.expectedYears()).hasValueCloseTo(1 / 0.22, within(1e-12));
    }

    @Test
    void reachFromAnExternalRoleNamesTheRolesItLeadsInto() {
      LongRunAnalysis longRun = FlowModel.of(FlowModelTest.typed()).longRun();

      assertThatThrownBy(() -> longRun.reach(RoleId.of("nurse"), RoleId.of("senior")))
          .isInstanceOf(SpPathwaysException.class)
          .hasMessage("role 'nurse' is external: it has no headcount in the workforce; ask from "
              + "a role people enter, e.g. 'lw'");
    }
  }
}
