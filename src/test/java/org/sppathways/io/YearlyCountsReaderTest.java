package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.evidence.YearlyCount;
import org.sppathways.model.ModelException;
import org.sppathways.model.RoleId;
import org.sppathways.reference.ReferenceModels;

class YearlyCountsReaderTest {
  static final String HEADER = "year,role,organisationType,headcount,starters,leavers,to,movers\n";

  @Test
  void yearRowsAndMoveRowsMakeOneCountPerYear() {
    List<YearlyCount> counts = YearlyCountsReader.of(ReferenceModels.socialPrescribing()).read(
        HEADER + "2023,link-worker,,3000,700,450,,\n"
            + "2023,link-worker,,,,,senior-link-worker,90\n"
            + "2022,link-worker,,2700,650,400,,\n", "c.csv");
    assertThat(counts).extracting(YearlyCount::year).containsExactly(2022, 2023);
    assertThat(counts.get(1).movers()).isEqualTo(Map.of(RoleId.of("senior-link-worker"), 90L));
    assertThat(counts.get(1).leavers()).isEqualTo(450);
  }

  @Test
  void problemsAreLocated() {
    assertThatThrownBy(() -> YearlyCountsReader.of(ReferenceModels.socialPrescribing()).read(
        HEADER + "2023,link-wroker,,3000,700,450,,\n"
            + "2023,link-worker,,100,0,90,,\n"
            + "2023,link-worker,,,,,senior-link-worker,20\n"
            + "2024,link-worker,,,,,senior-link-worker,20\n", "c.csv"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("c.csv:2:2: role: unknown role 'link-wroker' (did you mean "
            + "'link-worker'?)")
        .hasMessageContaining("c.csv:5:7: to: there is no year row (headcount) for these movers")
        .hasMessageContaining("c.csv:3:6: leavers: leavers and movers (110) exceed the headcount "
            + "at the start of the year (100)");
  }
}
