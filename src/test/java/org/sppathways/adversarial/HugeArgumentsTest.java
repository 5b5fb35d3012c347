package org.sppathways.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.model.ProfileSource;
import org.sppathways.gaps.RoleOption;
import org.sppathways.model.PersonId;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.training.Commissioner;
import org.sppathways.training.CoverageAnalysis;
import org.sppathways.training.CoverageReport;

/**
 * Extreme arguments to the analyses: each is a clear {@link IllegalArgumentException} naming
 * the argument, its value and the allowed range, or a bounded answer, never a crash, an
 * overflow or a runaway allocation.
 */
class HugeArgumentsTest {

  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final Role ROLE = MODEL.roles().stream().filter(r -> !r.external())
      .findFirst().orElseThrow();
  private static final WorkerProfile PERSON = WorkerProfile.builder().id(PersonId.of("p-1"))
      .role(ROLE.id()).build();

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 257, 100_000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void needsRejectsThreadCountsOutsideOneTo256(int threads) {
    NeedsAnalysis needs = NeedsAnalysis.of(GapAnalysis.of(MODEL));
    assertThatThrownBy(() -> needs.needs(ProfileSource.of(List.of(PERSON)),
        threads))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be 1 to 256, was " + threads);
  }

  @Test
  void needsRunsOnTheMostThreadsAllowed() {
    NeedsAnalysis needs = NeedsAnalysis.of(GapAnalysis.of(MODEL));
    assertThat(needs.needs(ProfileSource.of(List.of(PERSON)),
        NeedsAnalysis.MAX_THREADS).people()).isEqualTo(1);
  }

  @Test
  void nextRolesWithAHugeStepCountIsBoundedByTheModel() {
    long start = System.nanoTime();
    List<RoleOption> options = GapAnalysis.of(MODEL).nextRoles(PERSON, Integer.MAX_VALUE);
    assertThat(options.size()).isLessThan(MODEL.roles().size());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThatThrownBy(() -> GapAnalysis.of(MODEL).nextRoles(PERSON, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxSteps must be 1 or more, was 0");
  }

  @Test
  void projectionYearsAreBounded() {
    FlowModel flow = FlowModel.of(MODEL);
    Headcounts start = Headcounts.builder().put(ROLE.id(), 10).build();
    for (int years : new int[] {-1, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> flow.project(start, years))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(years));
    }
    assertThat(flow.project(start, 1000).years()).hasSize(1001);
  }

  @Test
  void coverageWithAHugeNumberOfAdditionsListsWhatThereIs() {
    CoverageReport report = CoverageAnalysis.of(MODEL).report(Integer.MAX_VALUE);
    assertThat(report.bestAdditions().size()).isLessThan(MODEL.competencies().size() * 10);
    assertThatThrownBy(() -> CoverageAnalysis.of(MODEL).report(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void commissioningRejectsBudgetsThatAreNotFiniteAndNonNegative() {
    Commissioner commissioner = Commissioner.of(MODEL);
    ProfileSource people = ProfileSource.of(List.of(PERSON));
    for (double budget : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> commissioner.commission(people, budget))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the budget must be a finite number, 0 or more, was");
    }
    assertThat(commissioner.commission(people, Double.MAX_VALUE).spent())
        .isFinite();
  }
}
