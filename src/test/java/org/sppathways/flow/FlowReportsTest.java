package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.io.ModelReader;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelSummary;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** What the flow results the commands print mean, worked by hand on a two-role model. */
class FlowReportsTest {
  static final String MODEL = "format: sp-pathways/1\nname: Tiny\n"
      + "scale: [{level: 1, name: A}]\n"
      + "competencies:\n  - {id: listening, name: Listening, domain: D}\n"
      + "  - {id: budgets, name: Budgets, domain: D}\n"
      + "organisationTypes:\n  - {id: pcn, name: PCN, sector: nhs}\n"
      + "  - {id: vcse, name: VCSE, sector: vcse}\n"
      + "roles:\n"
      + "  - {id: lw, title: LW, offeredBy: [pcn, vcse], leaving: 0.2, recruits: 30,\n"
      + "     requires: [{competency: listening, level: 1}]}\n"
      + "  - {id: senior, title: Senior, offeredBy: [pcn], leaving: 0.25}\n"
      + "routes:\n"
      + "  - {from: lw, to: senior, kind: promotion, months: 24, rate: 0.1}\n"
      + "courses:\n"
      + "  - {id: money, title: Money, provider: P, hours: 1, cost: 1, mode: online,\n"
      + "     covers: [{competency: budgets, level: 1}]}\n";
  static final WorkforceModel TINY = ModelReader.of().read(new StringReader(MODEL), "tiny.yaml",
      org.sppathways.io.FileFormat.YAML);

  @Test
  void aRoleReachProbabilityWeighsItsOrganisationTypesByTheirShares() {
    Headcounts start = Headcounts.builder()
        .put(RoleId.of("lw"), OrganisationTypeId.of("pcn"), 75)
        .put(RoleId.of("lw"), OrganisationTypeId.of("vcse"), 25).build();
    FlowModel flows = FlowModel.byOrganisationType(TINY, start);
    ReachProbabilityReport r = ReachProbabilityReport.of(flows, RoleId.of("lw"),
        RoleId.of("senior"));
    // Only a PCN link worker can be promoted (senior is offered by PCNs): 0.1 / (0.1 + 0.2).
    assertThat(r.byOrganisationType()).hasSize(2);
    ReachProbabilityReport.TypeReach pcn = r.byOrganisationType().get(0);
    assertThat(pcn.organisationType()).contains(OrganisationTypeId.of("pcn"));
    assertThat(pcn.share()).isEqualTo(0.75, within(1e-12));
    double sum = 0;
    for (ReachProbabilityReport.TypeReach t : r.byOrganisationType()) {
      sum += t.share() * t.probability();
    }
    assertThat(r.probability()).isEqualTo(sum, within(1e-12));
    assertThat(r.notes()).isEqualTo(flows.notes());

    ReachProbabilityReport whole = ReachProbabilityReport.of(FlowModel.of(TINY),
        RoleId.of("lw"), RoleId.of("senior"));
    assertThat(whole.probability()).isEqualTo(1.0 / 3, within(1e-12));
    assertThat(whole.expectedYears().getAsDouble()).isEqualTo(1 / 0.3, within(1e-12));
    assertThat(whole.byOrganisationType()).isEmpty();

    ReachProbabilityReport never = ReachProbabilityReport.of(FlowModel.of(TINY),
        RoleId.of("senior"), RoleId.of("lw"));
    assertThat(never.probability()).isZero();
    assertThat(never.expectedYears()).isEmpty();
  }

  @Test
  void capacityWithACourseCountsCompletionsAndSaysWhenTheCourseIsBesideThePoint() {
    FlowModel flows = FlowModel.of(TINY);
    CapacityReport plain = CapacityReport.of(flows, RoleId.of("senior"), 60);
    // 60 seniors lose 0.25 a year: 15; lw (100 at steady) promote 0.1 x 100 = 10 in.
    assertThat(plain.need().recruitsNeeded()).isEqualTo(5, within(1e-9));
    assertThat(plain.training()).isEmpty();

    CapacityReport course = CapacityReport.of(flows, RoleId.of("senior"), 60,
        CourseId.of("money"), 0.5, true);
    CapacityReport.Training t = course.training().orElseThrow();
    assertThat(t.courseCompletionsNeeded()).isEqualTo((5 + 10) / 0.5, within(1e-9));
    assertThat(course.notes()).last().asString()
        .isEqualTo("course 'money' covers none of the competencies role 'senior' requires");
  }

  @Test
  void theLongRunReportHoldsEveryStateWithItsTime() {
    LongRunReport r = LongRunReport.of(FlowModel.of(TINY).longRun());
    assertThat(r.steadyState().exists()).isTrue();
    assertThat(r.steadyState().total()).isEqualTo(140, within(1e-9));
    assertThat(r.recruitsPerYear()).isEqualTo(30);
    assertThat(r.states()).extracting(LongRunReport.StateTime::state)
        .containsExactly(FlowState.of(RoleId.of("lw")), FlowState.of(RoleId.of("senior")));
    assertThat(r.states().get(1).yearsPerSpell().getAsDouble()).isEqualTo(4, within(1e-9));
  }

  @Test
  void aModelSummaryCountsWorkforceAndExternalRolesApart() {
    ModelSummary s = ModelSummary.of(ReferenceModels.socialPrescribing());
    WorkforceModel m = ReferenceModels.socialPrescribing();
    assertThat(s.roles() + s.externalRoles()).isEqualTo(m.roles().size());
    assertThat(s.externalRoles()).isEqualTo((int) m.roles().stream().filter(r -> r.external())
        .count());
    assertThat(ModelSummary.of(TINY)).isEqualTo(new ModelSummary("Tiny", 2, 2, 2, 0, 1, 1));
  }

  @Test
  void aScenarioProjectionRefusesProjectionsOfDifferentLengths() {
    FlowModel flows = FlowModel.of(TINY);
    Headcounts none = Headcounts.empty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioProjection.of("s",
        flows.project(none, 2), flows.project(none, 3), List.of()))
        .hasMessageContaining("2 and 3 years");
  }
}
