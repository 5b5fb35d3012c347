package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.Scenario;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

class ScenarioWriterTest {
  static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId SLW = RoleId.of("senior-link-worker");

  private static String yaml(Scenario s) {
    StringWriter out = new StringWriter();
    ScenarioWriter.yaml().write(s, MODEL, out);
    return out.toString();
  }

  @Test
  void writesOnlyTheFlowFieldsAndReadsBackToTheSameRates() {
    Scenario s = Scenario.builder().name("Rates")
        .putRole(Role.builder().from(MODEL.role(LW)).leaving(2 / 3.0)
            .leavingProvenance(java.util.Optional.empty()).build())
        .putRoute(MODEL.route(LW, SLW).orElseThrow().toBuilder().rate(1 / 6.0)
            .rateProvenance(java.util.Optional.empty())
            .rateBy(Map.of(OrganisationTypeId.of("pcn"), 0.25)).build())
        .build();
    String text = yaml(s);
    assertThat(text).isEqualTo("format: sp-pathways-scenario/1\nname: Rates\nroles:\n"
        + "  - id: link-worker\n    leaving: 0.666666\n    leavingBy: {}\nroutes:\n"
        + "  - from: link-worker\n    to: senior-link-worker\n    rate: 0.166666\n"
        + "    rateBy:\n      pcn: 0.25\n");
    WorkforceModel applied = ScenarioReader.of(MODEL).read(text, "s.yaml", FileFormat.YAML)
        .applyTo(MODEL);
    assertThat(applied.role(LW).leaving()).hasValue(0.666666);
    ProgressionRoute route = applied.route(LW, SLW).orElseThrow();
    assertThat(route.rate()).hasValue(0.166666);
    // Rounded down: rates that add to 1 never add to more once written.
    assertThat(0.666666 + 0.166666 + 0.166666).isLessThanOrEqualTo(1);
  }

  @Test
  void refusesChangesOtherThanRates() {
    Scenario adds = Scenario.builder().name("Adds").putRole(Role.builder().id(RoleId.of("new"))
        .title("New").build()).build();
    assertThatThrownBy(() -> yaml(adds)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adds role 'new'");
    Scenario removes = Scenario.builder().name("Removes").removeRoute(LW, SLW).build();
    assertThatThrownBy(() -> yaml(removes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("removes roles or routes");
  }

  /**
   * A number with provenance is written with it, so that a rate the model marks assumed is still
   * marked assumed (with its reason) once the file is applied, and an estimated one says so.
   */
  @Test
  void provenanceIsWrittenAndReadBack() {
    org.sppathways.model.Provenance estimated = org.sppathways.model.Provenance.builder()
        .confidence(org.sppathways.model.Confidence.UNCERTAIN).notes("estimated").build();
    Role lw = MODEL.role(LW);
    Scenario s = Scenario.builder().name("Rates")
        .putRole(Role.builder().from(lw).leaving(0.2).leavingProvenance(estimated).build())
        .build();
    WorkforceModel applied = ScenarioReader.of(MODEL).read(yaml(s), "s.yaml", FileFormat.YAML)
        .applyTo(MODEL);
    assertThat(applied.role(LW).leaving()).hasValue(0.2);
    assertThat(applied.role(LW).leavingProvenance()).hasValue(estimated);
    assertThat(applied.role(LW).recruits()).isEqualTo(lw.recruits());
    assertThat(applied.role(LW).recruitsProvenance().map(p -> p.isAssumed()))
        .isEqualTo(lw.recruitsProvenance().map(p -> p.isAssumed()));
  }
}
