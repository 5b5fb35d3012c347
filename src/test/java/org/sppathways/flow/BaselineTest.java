package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.model.FigureSeries;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.StaffFigure;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** The sourced start of a projection: the latest figures of one series, never of another. */
class BaselineTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId CC = RoleId.of("care-coordinator");
  static final RoleId HWBC = RoleId.of("health-wellbeing-coach");

  /** The latest figure of a role in a series, found the plain way. */
  static double latest(FigureSeries series, RoleId role) {
    return series.figures().stream().filter(f -> f.role().equals(role))
        .max(Comparator.comparing(StaffFigure::date)).orElseThrow().value();
  }

  @Test
  void theBundledModelProjectsANonZeroWorkforceFromTheLatestFiguresOfItsDefaultSeries() {
    Baseline baseline = Baseline.of(SP);
    FigureSeries nwrs = SP.figures().defaultSeries().orElseThrow();
    Projection p = FlowModel.of(SP, baseline.start()).project(baseline, 5);

    assertThat(baseline.series().id()).isEqualTo("nwrs");
    // December 2024, NWRS only: 2,777 link workers, 4,813 care coordinators, 1,043 coaches (FTE).
    assertThat(p.year(0).headcount(LW)).isEqualTo(latest(nwrs, LW)).isEqualTo(2777);
    assertThat(p.year(0).headcount(CC)).isEqualTo(latest(nwrs, CC)).isEqualTo(4813);
    assertThat(p.year(0).headcount(HWBC)).isEqualTo(latest(nwrs, HWBC)).isEqualTo(1043);
    assertThat(p.year(0).headcount()).isEqualTo(2777 + 4813 + 1043);
    // The assumed recruits hold the link worker role near its flat recent trend.
    assertThat(p.year(5).headcount(LW)).isCloseTo(2777, within(60.0));
    assertThat(p.year(5).headcount()).isGreaterThan(8000);
    assertThat(p.notes().get(0)).contains("series 'nwrs'", "'link-worker' 2777 on 2024-12-31");
  }

  @Test
  void theStartNeverTakesANewerFigureFromAnotherSeries() {
    FigureSeries claims = SP.figures().series("nwrs-with-claims").orElseThrow();
    LocalDate newest = SP.figures().series().stream().flatMap(s -> s.figures().stream())
        .filter(f -> f.role().equals(LW)).map(StaffFigure::date).max(Comparator.naturalOrder())
        .orElseThrow();
    // The newest link worker figure of all is in the claims series (3,479 in March 2025) ...
    assertThat(claims.figures().stream().filter(f -> f.role().equals(LW))
        .map(StaffFigure::date)).contains(newest);

    // ... but the default start is the NWRS-only figure, 2,777, and the claims start its own.
    assertThat(Baseline.of(SP).start().role(LW)).isEqualTo(2777);
    assertThat(Baseline.of(SP, "nwrs-with-claims").start().role(LW)).isEqualTo(3479);
    assertThat(Baseline.of(SP, "nwrs-with-claims").start().role(CC)).isEqualTo(5507);
  }

  static final String TINY = "format: sp-pathways/1\nname: T\nscale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n  - {id: pcn, name: P, sector: nhs}\n"
      + "  - {id: vcse, name: V, sector: vcse}\n  - {id: la, name: L, sector: la}\n"
      + "roles:\n  - {id: lw, title: LW, offeredBy: [pcn, vcse, la], leaving: 0.1}\n"
      + "  - {id: senior, title: S, offeredBy: [pcn], leaving: 0.1}\n"
      + "figures:\n  defaultSeries: a\n  series:\n"
      + "    - id: a\n      description: A\n      figures:\n"
      + "        - {role: lw, date: 2024-01-31, fte: 100}\n"
      + "        - {role: lw, date: 2023-01-31, fte: 80}\n"
      + "    - id: b\n      description: B, counted otherwise and newer\n      figures:\n"
      + "        - {role: lw, date: 2025-01-31, fte: 999}\n"
      + "    - id: typed\n      description: by type\n      figures:\n"
      + "        - {role: lw, organisationType: pcn, date: 2024-01-31, fte: 30}\n"
      + "        - {role: lw, organisationType: vcse, date: 2024-01-31, fte: 20}\n"
      + "        - {role: lw, organisationType: pcn, date: 2020-01-31, fte: 5}\n"
      + "  employerMix:\n"
      + "    - {role: lw, date: 2023-06-30, shares: {pcn: 0.5, vcse: 0.25}}\n"
      + "    - {role: lw, date: 2019-06-30, shares: {pcn: 0.9}}\n";

  static WorkforceModel tiny() {
    return ModelReader.of().read(TINY, "tiny.yaml", FileFormat.YAML);
  }

  @Test
  void aRoleWithoutAFigureStartsAtZeroAndIsNamed() {
    Baseline b = Baseline.of(tiny());

    assertThat(b.start().role(RoleId.of("lw"))).isEqualTo(100);
    assertThat(b.start().role(RoleId.of("senior"))).isZero();
    assertThat(b.missing()).containsExactly(RoleId.of("senior"));
    assertThat(b.notes()).anySatisfy(n -> assertThat(n)
        .contains("1 workforce role has no figure in series 'a' and starts at 0: 'senior'"));
  }

  @Test
  void theLatestEmployerMixSplitsTheStartAndTheRestSpreadsOverTheOtherTypes() {
    WorkforceModel m = tiny();
    Baseline b = Baseline.of(m);
    Projection p = FlowModel.byOrganisationType(m, b.start()).project(b, 0);
    RoleId lw = RoleId.of("lw");

    assertThat(p.year(0).headcount(FlowState.of(lw, OrganisationTypeId.of("pcn")))).isEqualTo(50);
    assertThat(p.year(0).headcount(FlowState.of(lw, OrganisationTypeId.of("vcse")))).isEqualTo(25);
    // The 25% the mix leaves unassigned goes to the one other type offering the role.
    assertThat(p.year(0).headcount(FlowState.of(lw, OrganisationTypeId.of("la")))).isEqualTo(25);
  }

  @Test
  void figuresForSingleTypesAtTheLatestDateAreAddedOnTheirTypes() {
    Baseline b = Baseline.of(tiny(), "typed");

    assertThat(b.start().role(RoleId.of("lw"))).isEqualTo(50);
    assertThat(b.figures()).extracting(StaffFigure::value).containsExactly(30.0, 20.0);
  }

  @Test
  void aScenarioKeepsTheFiguresOfTheRolesItKeepsAndDropsTheRest() {
    WorkforceModel without = Scenario.builder().name("no coaches").removeRole(HWBC).build()
        .applyTo(SP);
    WorkforceModel same = Scenario.builder().name("nothing").build().applyTo(SP);

    assertThat(same.figures()).isEqualTo(SP.figures());
    assertThat(Baseline.of(without).start().role(LW)).isEqualTo(2777);
    assertThat(without.figures().series().stream().flatMap(s -> s.figures().stream())
        .map(StaffFigure::role)).doesNotContain(HWBC).contains(LW, CC);
  }

  @Test
  void anUnknownSeriesIsRefusedWithTheClosestName() {
    assertThatThrownBy(() -> Baseline.of(SP, "nwrz"))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("nwrz")
        .hasMessageContaining("nwrs");
    WorkforceModel none = ModelReader.of().read("format: sp-pathways/1\nname: N\n"
        + "scale: [{level: 1, name: A}]\n", "n.yaml", FileFormat.YAML);
    assertThatThrownBy(() -> Baseline.of(none)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no figure series");
  }

  @Test
  void everyFlowParameterOfTheBundledModelIsSourcedOrAssumedWithAReason() {
    List<FlowParameter> all = FlowModel.of(SP).parameters();

    assertThat(all).isNotEmpty().allSatisfy(x -> {
      assertThat(x.confidence()).as(x.describe()).isPresent();
      if (x.isAssumed()) {
        assertThat(x.notes()).as(x.describe()).hasValueSatisfying(n -> assertThat(n).isNotBlank());
      } else {
        assertThat(x.sources()).as(x.describe()).isNotEmpty();
      }
    });
  }

  @Test
  void theAssumedParametersAreExactlyThoseTheNoteLists() {
    Projection p = FlowModel.of(SP).project(Baseline.of(SP), 1);
    List<String> assumed = p.parameters().stream().filter(FlowParameter::isAssumed)
        .map(FlowParameter::describe).toList();
    String note = p.notes().stream().filter(n -> n.contains("assumed, not measured"))
        .findFirst().orElseThrow();

    String listed = note.substring(note.indexOf("): ") + 3);
    assertThat(List.of(listed.split(", (?=(leaving|recruits|rate) )")))
        .containsExactlyElementsOf(assumed);
    assertThat(note).startsWith(assumed.size() + " flow parameters are assumed");
  }

  @Test
  void onlyTheNumbersMarkedAssumedAreListed() {
    WorkforceModel m = ModelReader.of().read("format: sp-pathways/1\nname: M\n"
        + "scale: [{level: 1, name: A}]\nroles:\n"
        + "  - {id: a, title: A, leaving: {value: 0.1, confidence: assumed, notes: guess}, "
        + "recruits: {value: 5, confidence: verified, sources: [s]}}\n"
        + "  - {id: b, title: B, leaving: 0.2}\n", "m.yaml", FileFormat.YAML);
    FlowModel flows = FlowModel.of(m);

    assertThat(flows.parameters()).extracting(FlowParameter::describe)
        .containsExactly("leaving of 'a'", "recruits into 'a'", "leaving of 'b'");
    assertThat(flows.parameters().get(2).confidence()).isEmpty();
    assertThat(flows.notes()).contains("1 flow parameter is assumed, not measured (the model's "
        + "notes on each say why): leaving of 'a'");
  }
}
