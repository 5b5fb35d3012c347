package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * The flow parameters of model files: reading, writing, and the model-wide rules (rates out of
 * a role add up to at most 1; per-type values only for types offering the role; recruits only
 * from outside the workforce).
 */
class FlowParametersTest {

  private static final String HEAD = "format: sp-pathways/1\nname: Flows\n"
      + "scale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n"
      + "  - {id: pcn, name: PCN, sector: nhs}\n"
      + "  - {id: vcse, name: VCSE, sector: vcse}\n";

  private static WorkforceModel read(String yaml) {
    return ModelReader.of().read(HEAD + yaml, "flows.yaml", FileFormat.YAML);
  }

  private static List<String> problems(String yaml) {
    try {
      read(yaml);
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems in:\n" + yaml);
  }

  private static final String VALID = "roles:\n"
      + "  - {id: lw, title: LW, offeredBy: [pcn, vcse], leaving: 0.15, leavingBy: {vcse: 0.2},"
      + " recruits: 100, recruitsBy: {vcse: 12.5}}\n"
      + "  - {id: senior, title: Senior, offeredBy: [pcn], leaving: 0.1}\n"
      + "  - {id: nurse, title: Nurse, external: true}\n"
      + "routes:\n"
      + "  - {from: nurse, to: lw, kind: entry, months: 0, recruits: 20}\n"
      + "  - {from: lw, to: senior, kind: promotion, months: 24, rate: 0.05, rateBy: {vcse: 0.01}}\n";

  @Nested
  class Reading {
    @Test
    void flowFieldsAreRead() {
      WorkforceModel m = read(VALID);
      Role lw = m.role(RoleId.of("lw"));
      ProgressionRoute entry = m.route(RoleId.of("nurse"), RoleId.of("lw")).get();
      ProgressionRoute up = m.route(RoleId.of("lw"), RoleId.of("senior")).get();

      assertThat(lw.leaving()).hasValue(0.15);
      assertThat(lw.leavingBy()).containsExactly(
          java.util.Map.entry(OrganisationTypeId.of("vcse"), 0.2));
      assertThat(lw.recruits()).hasValue(100);
      assertThat(lw.recruitsBy()).containsEntry(OrganisationTypeId.of("vcse"), 12.5);
      assertThat(entry.recruits()).hasValue(20);
      assertThat(up.rateBy()).containsEntry(OrganisationTypeId.of("vcse"), 0.01);
    }

    @Test
    void flowFieldsAreWrittenInTheDocumentedOrderAndReadBack() {
      WorkforceModel m = read(VALID);
      String yaml = ModelWriter.yaml().toString(m);

      assertThat(yaml).contains("    leaving: 0.15\n    leavingBy:\n      vcse: 0.2\n"
          + "    recruits: 100\n    recruitsBy:\n      vcse: 12.5\n");
      assertThat(yaml).contains("    rate: 0.05\n    rateBy:\n      vcse: 0.01\n");
      assertThat(ModelReader.of().read(yaml, "again.yaml", FileFormat.YAML)).isEqualTo(m);
    }

    @Test
    void filesWithoutFlowFieldsStillRead() {
      WorkforceModel m = read("roles:\n  - {id: lw, title: LW}\n");

      assertThat(m.role(RoleId.of("lw")).leaving()).isEmpty();
      assertThat(m.role(RoleId.of("lw")).recruitsBy()).isEmpty();
    }

    @Test
    void badValuesAreLocated() {
      assertThat(problems("roles:\n"
          + "  - {id: lw, title: LW, offeredBy: [pcn], leaving: 1.5, leavingBy: [0.2],"
          + " recruits: -3, recruitsBy: {pcn: lots}}\n"))
          .containsExactly(
              "flows.yaml:8:52: roles[0].leaving: the number 1.5 is out of range (use a number "
                  + "from 0 to 1)",
              "flows.yaml:8:68: roles[0].leavingBy: expected a map of organisation type to "
                  + "number, found a list (write e.g. 'leavingBy: {vcse-charity: 0.2}')",
              "flows.yaml:8:85: roles[0].recruits: the number -3 is out of range (use a number "
                  + "from 0 up)",
              "flows.yaml:8:107: roles[0].recruitsBy.pcn: expected a number, found the text "
                  + "'lots' (write a number such as 12.5 without quotes)");
    }

    @Test
    void misspeltFlowFieldGetsASuggestion() {
      assertThat(problems("roles:\n  - {id: lw, title: LW, leavng: 0.1}\n")).singleElement()
          .asString().contains("unknown field 'leavng' (did you mean 'leaving'?)");
    }
  }

  @Nested
  class Rules {
    @Test
    void ratesOutOfARoleAddingUpToMoreThanOneAreNamedWithTheNumbers() {
      assertThat(problems("roles:\n"
          + "  - {id: lw, title: LW, leaving: 0.4}\n"
          + "  - {id: senior, title: Senior}\n"
          + "  - {id: cyp, title: CYP}\n"
          + "routes:\n"
          + "  - {from: lw, to: senior, kind: promotion, months: 24, rate: 0.5}\n"
          + "  - {from: lw, to: cyp, kind: specialisation, months: 12, rate: 0.2}\n"))
          .containsExactly("flows.yaml:8:5: roles[0]: role 'lw' loses more than all its staff "
              + "each year: routes out 0.7 (to 'senior' 0.5, to 'cyp' 0.2) plus leaving 0.4 "
              + "make 1.1, more than 1 (lower the rates so that they add up to at most 1; the "
              + "rest is the share who stay in the role)");
    }

    @Test
    void perTypeRatesAreCheckedForTheirType() {
      assertThat(problems("roles:\n"
          + "  - {id: lw, title: LW, offeredBy: [pcn, vcse], leaving: 0.1, leavingBy: {vcse: 0.6}}\n"
          + "  - {id: senior, title: Senior}\n"
          + "routes:\n"
          + "  - {from: lw, to: senior, kind: promotion, months: 24, rate: 0.5}\n"))
          .singleElement().asString().contains("roles[0].leavingBy.vcse: role 'lw' in "
              + "organisation type 'vcse' loses more than all its staff each year: routes out 0.5 "
              + "(to 'senior' 0.5) plus leaving 0.6 make 1.1, more than 1");
    }

    @Test
    void decimalRatesAddingUpToExactlyOneAreAccepted() {
      WorkforceModel m = read("roles:\n"
          + "  - {id: a, title: A, leaving: 0.7}\n  - {id: b, title: B}\n  - {id: c, title: C}\n"
          + "routes:\n"
          + "  - {from: a, to: b, kind: lateral, months: 0, rate: 0.1}\n"
          + "  - {from: a, to: c, kind: lateral, months: 0, rate: 0.2}\n");

      assertThat(FlowModel.of(m).stayRate(FlowState.of(RoleId.of("a")))).isZero();
    }

    @Test
    void perTypeValuesNeedATypeOfferingTheRole() {
      assertThat(problems("roles:\n"
          + "  - {id: lw, title: LW, offeredBy: [pcn], leavingBy: {vcse: 0.2}, recruitsBy: {pcm: 3}}\n"
          + "  - {id: senior, title: Senior}\n"
          + "routes:\n"
          + "  - {from: lw, to: senior, kind: promotion, months: 24, rateBy: {vcse: 0.1}}\n"))
          .containsExactly(
              "flows.yaml:8:61: roles[0].leavingBy.vcse: organisation type 'vcse' does not offer "
                  + "role 'lw' (add 'vcse' to the role's offeredBy, or remove the entry)",
              "flows.yaml:8:85: roles[0].recruitsBy.pcm: unknown organisation type 'pcm' (did you "
                  + "mean 'pcn'?)",
              "flows.yaml:11:72: routes[0].rateBy.vcse: organisation type 'vcse' does not offer "
                  + "role 'lw' (add 'vcse' to the role's offeredBy, or remove the entry)");
    }

    @Test
    void recruitsComeOnlyFromOutsideTheWorkforce() {
      assertThat(problems("roles:\n"
          + "  - {id: lw, title: LW}\n  - {id: senior, title: Senior}\n"
          + "  - {id: nurse, title: Nurse, external: true, leaving: 0.1, recruits: 5}\n"
          + "routes:\n"
          + "  - {from: lw, to: senior, kind: promotion, months: 24, recruits: 4}\n"))
          .containsExactly(
              "flows.yaml:10:56: roles[2].leaving: role 'nurse' is external, so it has no leaving "
                  + "rate (remove it: an external role has no headcount in the workforce; give "
                  + "'recruits' on the entry routes from 'nurse' instead)",
              "flows.yaml:10:71: roles[2].recruits: role 'nurse' is external, so it has no "
                  + "recruits (remove it: an external role has no headcount in the workforce; "
                  + "give 'recruits' on the entry routes from 'nurse' instead)",
              "flows.yaml:12:67: routes[0].recruits: recruits come from outside the workforce, but "
                  + "the route starts at workforce role 'lw' (give the move a 'rate' instead, or "
                  + "put the recruits on role 'senior')");
    }

    @Test
    void valuesOutOfRangeAreRejectedWhenBuilt() {
      assertThatIllegalArgumentException().isThrownBy(() -> Role.builder().id(RoleId.of("x"))
          .title("X").putLeavingBy(OrganisationTypeId.of("pcn"), 1.2).build())
          .withMessage("leaving in 'pcn' must be between 0 and 1, was 1.2");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgressionRoute.builder()
          .from(RoleId.of("a")).to(RoleId.of("b")).kind(RouteKind.ENTRY).months(0)
          .recruits(Double.NaN).build())
          .withMessage("recruits must be a finite number, 0 or more, was NaN");
    }

    @Test
    void theBuilderAppliesTheSameRules() {
      assertThatThrownBy(() -> WorkforceModel.builder().name("m")
          .scale(org.sppathways.model.ProficiencyScale.of("A"))
          .addRole(Role.builder().id(RoleId.of("a")).title("A").leaving(0.9).build())
          .addRole(Role.builder().id(RoleId.of("b")).title("B").build())
          .addRoute(ProgressionRoute.builder().from(RoleId.of("a")).to(RoleId.of("b"))
              .kind(RouteKind.LATERAL).months(0).rate(0.2).build())
          .build())
          .isInstanceOf(ModelException.class)
          .hasMessageContaining("roles[0]: role 'a' loses more than all its staff each year");
    }

    @Test
    void toBuilderCopiesEveryValueOfARoute() {
      ProgressionRoute up = read(VALID).route(RoleId.of("lw"), RoleId.of("senior")).get();

      assertThat(up.toBuilder().build()).isEqualTo(up);
      assertThat(up.toBuilder().build().notes()).isEqualTo(up.notes());
    }
  }
}
