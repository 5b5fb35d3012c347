package org.sppathways.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;

/**
 * The evidence values at their edges: a spell cannot both move and leave; a year in which every
 * person in a role moves or leaves is a count, one more is not; a route's rate reads back as the
 * annual rate it states.
 */
class EvidenceValuesEdgesTest {
  private static final RoleId LW = RoleId.of("link-worker");
  private static final RoleId SLW = RoleId.of("senior-link-worker");
  private static final LocalDate D0 = LocalDate.of(2020, 1, 1);

  @Test
  void aSpellMovesOrLeavesNotBoth() {
    assertThatThrownBy(() -> new Spell(PersonId.of("p"), LW, Optional.empty(), D0,
        Optional.of(D0.plusDays(5)), Optional.of(SLW), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    Spell same = new Spell(PersonId.of("p"), LW, Optional.empty(), D0, Optional.of(D0),
        Optional.empty(), true);
    assertThat(same.hasEvent()).isTrue();
  }

  @Test
  void everyoneLeavingOrMovingIsACountAndOneMoreIsNot() {
    YearlyCount all = new YearlyCount(2020, LW, Optional.empty(), 10, 0, 4, Map.of(SLW, 6L));
    assertThat(all.headcount()).isEqualTo(10);
    YearlyCount empty = new YearlyCount(2020, LW, Optional.empty(), 0, 0, 0, Map.of());
    assertThat(empty.headcount()).isZero();
    assertThatThrownBy(() -> new YearlyCount(2020, LW, Optional.empty(), 10, 0, 5,
        Map.of(SLW, 6L))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceed the headcount");
    assertThatThrownBy(() -> new YearlyCount(2020, LW, Optional.empty(), -1, 0, 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRoutesRateIsItsAnnualRate() {
    RouteEstimate r = new RouteEstimate(SLW, 0.25, 0.1, 0.4, 5, true);
    assertThat(r.annualRate()).isEqualTo(new AnnualRate(0.25, 0.1, 0.4));
  }
}
