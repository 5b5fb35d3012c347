package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * {@link Headcounts} as a value: every way in rejects a bad count with the message that names the
 * state and the count; entries keep the order they were added in; equality is by entries.
 */
class HeadcountsTest {
  private static final RoleId LW = RoleId.of("link-worker");
  private static final RoleId SENIOR = RoleId.of("senior-link-worker");
  private static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");

  @Test
  void aBadCountIsRejectedByEveryWayInWithTheSameMessage() {
    String negative = "headcount of 'link-worker' must be a finite number, 0 or more, was -1.0";
    assertThatThrownBy(() -> Headcounts.builder().put(LW, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(negative);
    assertThatThrownBy(() -> Headcounts.builder().add(LW, -1))
        .hasMessage(negative);
    assertThatThrownBy(() -> Headcounts.of(Map.of(LW, -1))).hasMessage(negative);
    assertThatThrownBy(() -> Headcounts.builder().put(LW, PCN, Double.NaN))
        .hasMessage("headcount of 'link-worker@pcn' must be a finite number, 0 or more, was NaN");
    assertThatThrownBy(() -> Headcounts.of(Map.of(LW, Double.POSITIVE_INFINITY)))
        .hasMessage("headcount of 'link-worker' must be a finite number, 0 or more, was Infinity");
  }

  @Test
  void zeroAndFractionsAreCounts() {
    Headcounts h = Headcounts.builder().put(LW, 0).put(SENIOR, 0.5).build();
    assertThat(h.total()).isEqualTo(0.5);
    assertThat(h.isEmpty()).isFalse();
  }

  @Test
  void aStateGivenTwiceIsRejectedButAddingSums() {
    assertThatThrownBy(() -> Headcounts.builder().put(LW, PCN, 1).put(LW, PCN, 2))
        .hasMessage("headcount of 'link-worker@pcn' is given twice");
    Headcounts summed = Headcounts.builder().add(LW, PCN, 1)
        .add(LW, PCN, 2).add(LW, 4).build();
    assertThat(summed.entries()).containsExactly(
        Map.entry(FlowState.of(LW, PCN), 3.0), Map.entry(FlowState.of(LW), 4.0));
    assertThat(summed.role(LW)).isEqualTo(7.0);
    assertThat(summed.role(SENIOR)).isZero();
  }

  @Test
  void entriesKeepTheirOrderAndCannotBeChanged() {
    Map<RoleId, Integer> counts = new LinkedHashMap<>();
    counts.put(SENIOR, 2);
    counts.put(LW, 5);
    Headcounts h = Headcounts.of(counts);
    assertThat(h.entries().keySet()).containsExactly(FlowState.of(SENIOR), FlowState.of(LW));
    assertThat(h.toString()).isEqualTo("Headcounts{senior-link-worker=2.0, link-worker=5.0}");
    assertThatThrownBy(() -> h.entries().put(FlowState.of(LW), 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    counts.put(LW, 6);
    assertThat(h.role(LW)).isEqualTo(5.0);
  }

  @Test
  void filteringKeepsTheOtherEntriesAsTheyWere() {
    Headcounts h = Headcounts.builder().put(LW, PCN, 3).put(SENIOR, 1).put(LW, 2).build();
    Headcounts kept = h.filterRoles(LW::equals);
    assertThat(kept.entries()).containsExactly(
        Map.entry(FlowState.of(LW, PCN), 3.0), Map.entry(FlowState.of(LW), 2.0));
    assertThat(h.filterRoles(r -> false)).isEqualTo(Headcounts.empty());
    assertThat(h.filterRoles(r -> true)).isEqualTo(h);
  }

  @Test
  void equalityIsByEntries() {
    new EqualsTester()
        .addEqualityGroup(Headcounts.empty(), Headcounts.builder().build(), Headcounts.of(Map.of()))
        .addEqualityGroup(Headcounts.of(Map.of(LW, 2)), Headcounts.builder().put(LW, 2.0).build(),
            Headcounts.builder().add(LW, 1).add(LW, 1)
                .build())
        .addEqualityGroup(Headcounts.of(Map.of(LW, 3)))
        .addEqualityGroup(Headcounts.builder().put(LW, PCN, 2).build())
        .addEqualityGroup(Headcounts.builder().put(LW, 1).put(SENIOR, 1).build(),
            Headcounts.builder().put(SENIOR, 1).put(LW, 1).build())
        .testEquals();
    assertThat(Headcounts.empty().isEmpty()).isTrue();
    assertThat(List.of(Headcounts.empty().total())).containsExactly(0.0);
  }
}
