package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import org.sppathways.paths.Criterion;
import org.junit.jupiter.api.Test;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.StructureReport.Part;

/** A structure report holds exactly the parts asked for, as the analysis computes them. */
class StructureReportTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final StructureAnalysis STRUCTURE = StructureAnalysis.of(SP);

  @Test
  void thePartsAskedForAreTheAnalysisAnswersAndTheOthersAreAbsent() {
    StructureReport r = StructureReport.of(STRUCTURE, false, Criterion.MONTHS,
        EnumSet.of(Part.CEILINGS, Part.BOTTLENECKS));
    assertThat(r.ceilings()).contains(STRUCTURE.ceilingsAcrossTypes());
    assertThat(r.bottlenecks()).contains(STRUCTURE.bottlenecks(Criterion.MONTHS));
    assertThat(r.crossingGains()).isEmpty();
    assertThat(r.deadEnds()).isEmpty();
    assertThat(r.minimumCut()).isEmpty();
    assertThat(r.support()).isEmpty();
    assertThat(r.seniorFrom()).isEqualTo(STRUCTURE.seniorFrom());
    assertThat(r.entryRoles()).isEqualTo(STRUCTURE.entryRoles());
    assertThat(r.monthsTies()).isEqualTo(MonthsTies.EVERY_PATH);
    String json = ResultWriter.json().write(r);
    assertThat(json).contains("\"ceilings\"", "\"bottlenecks\"").doesNotContain("\"deadEnds\"",
        "\"crossingGains\"", "null");
  }

  @Test
  void byOrganisationTypeCeilingsComeAsCrossingGainsAndDeadEndsPerType() {
    StructureReport r = StructureReport.of(STRUCTURE, true, Criterion.STEPS,
        EnumSet.allOf(Part.class));
    assertThat(r.ceilings()).isEmpty();
    assertThat(r.crossingGains()).contains(STRUCTURE.crossingGains());
    assertThat(r.deadEnds()).contains(STRUCTURE.deadEnds());
    assertThatThrownBy(() -> new StructureReport(r.model(), true, r.metric(), r.monthsTies(),
        r.seniorFrom(), r.entryRoles(), r.seniorRoles(), Optional.of(STRUCTURE.ceilings()),
        r.crossingGains(), r.deadEnds(), r.bottlenecks(), r.criticalRoles(), r.minimumCut(),
        r.supportGaps(), r.support())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crossing gains");
  }

  @Test
  void theTopBottlenecksAreTheMostCentral() {
    StructureReport r = StructureReport.of(STRUCTURE, false, Criterion.STEPS,
        EnumSet.of(Part.BOTTLENECKS)).withTopBottlenecks(3);
    assertThat(r.bottlenecks().orElseThrow())
        .isEqualTo(STRUCTURE.bottlenecks(Criterion.STEPS).subList(0, 3));
    assertThatThrownBy(() -> r.withTopBottlenecks(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Part.DEAD_ENDS).hasToString("dead-ends");
  }
}
