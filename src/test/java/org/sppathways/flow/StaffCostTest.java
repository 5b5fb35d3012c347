package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/** Staff cost of a year = Σ headcount × the role's first listed pay, worked out by hand. */
class StaffCostTest {
  static final String MODEL = "format: sp-pathways/1\nname: T\ncurrency: EUR\n"
      + "scale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n  - {id: pcn, name: P, sector: nhs}\n"
      + "  - {id: vcse, name: V, sector: vcse}\n"
      + "roles:\n  - {id: lw, title: LW, offeredBy: [pcn, vcse], leaving: 0.1}\n"
      + "  - {id: senior, title: S, offeredBy: [pcn, vcse], leaving: 0.2}\n"
      + "  - {id: coach, title: C, offeredBy: [pcn], leaving: 0.1, recruits: 3}\n"
      + "routes:\n  - {from: lw, to: senior, kind: promotion, months: 12, rate: 0.1}\n"
      + "figures:\n  pay:\n"
      + "    - {role: lw, year: 2024/25, annual: 30000, basis: first}\n"
      + "    - {role: lw, year: 2024/25, annual: 99999, basis: listed second and unused}\n"
      + "    - {role: senior, organisationType: vcse, year: 2024/25, annual: 35000, basis: vcse}\n"
      + "    - {role: senior, year: 2024/25, annual: 40000, basis: any type}\n";

  static final WorkforceModel M = ModelReader.of().read(MODEL, "t.yaml", FileFormat.YAML);
  static final RoleId LW = RoleId.of("lw");
  static final RoleId SENIOR = RoleId.of("senior");

  @Test
  void eachYearCostsHeadcountTimesTheFirstPayListedAndUncostedRolesAreNamedNotZeroed() {
    Headcounts start = Headcounts.of(java.util.Map.of(LW, 100, SENIOR, 10));
    Projection p = FlowModel.of(M, start).project(start, 1);
    StaffCost cost = p.staffCost().orElseThrow();

    assertThat(cost.currency()).isEqualTo("EUR");
    // Year 0: 100 x 30,000 + 10 x 40,000 (the senior's figure without a type).
    assertThat(cost.year(0).total()).isEqualTo(100 * 30000 + 10 * 40000);
    // Year 1: link workers 100 - 10 leave - 10 promoted = 80; seniors 10 - 2 + 10 = 18;
    // coaches 3 recruits, with no pay: not costed, and not in the total.
    assertThat(p.year(1).headcount(LW)).isEqualTo(80);
    assertThat(p.year(1).headcount(SENIOR)).isEqualTo(18);
    assertThat(cost.year(1).cost(LW)).isEqualTo(80 * 30000);
    assertThat(cost.year(1).cost(SENIOR)).isEqualTo(18 * 40000);
    assertThat(cost.year(1).total()).isEqualTo(80 * 30000 + 18 * 40000);
    assertThat(cost.uncosted()).containsExactly(RoleId.of("coach"));
    assertThat(cost.pay()).extracting(StaffCost.Pay::basis).containsExactly("first", "any type");
    assertThat(p.notes()).anySatisfy(n -> assertThat(n).startsWith("1 role has staff but no pay "
        + "figure").contains("'coach'"));
  }

  @Test
  void splitByTypeEachStateUsesItsTypesPayElseTheRolesAndTheTotalAddsTheStates() {
    Headcounts start = Headcounts.builder()
        .put(SENIOR, OrganisationTypeId.of("pcn"), 6).put(SENIOR, OrganisationTypeId.of("vcse"), 4)
        .put(LW, OrganisationTypeId.of("pcn"), 50).put(LW, OrganisationTypeId.of("vcse"), 50)
        .build();
    StaffCost cost = FlowModel.byOrganisationType(M, start).project(start, 0).staffCost()
        .orElseThrow();
    OrganisationTypeId pcn = OrganisationTypeId.of("pcn");
    OrganisationTypeId vcse = OrganisationTypeId.of("vcse");

    assertThat(cost.year(0).cost(SENIOR, pcn)).isEqualTo(6 * 40000);
    assertThat(cost.year(0).cost(SENIOR, vcse)).isEqualTo(4 * 35000);
    assertThat(cost.year(0).cost(SENIOR)).isEqualTo(6 * 40000 + 4 * 35000);
    assertThat(cost.year(0).total()).isEqualTo(100 * 30000 + 6 * 40000 + 4 * 35000);
    // The coach has no one in year 0, so nothing is left uncosted.
    assertThat(cost.uncosted()).isEmpty();
  }

  @Test
  void aModelWithoutPayCostsNothingAndSaysWhoIsUncosted() {
    WorkforceModel noPay = ModelReader.of().read(MODEL.substring(0, MODEL.indexOf("figures:")),
        "t.yaml", FileFormat.YAML);
    Headcounts start = Headcounts.of(java.util.Map.of(LW, 100));
    Projection p = FlowModel.of(noPay, start).project(start, 1);

    assertThat(p.staffCost().orElseThrow().pay()).isEmpty();
    assertThat(p.staffCost().orElseThrow().uncosted()).contains(LW, SENIOR);
    assertThat(p.staffCost().orElseThrow().year(1).lines()).isEmpty();
  }
}
