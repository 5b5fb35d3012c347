package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.io.HeadcountReader;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** Scenarios (built and read from files), headcount files, and the reference model examples. */
class ScenarioTest {
  static final RoleId LW = RoleId.of("lw");
  static final RoleId SENIOR = RoleId.of("senior");

  private static List<String> problems(Runnable reading) {
    try {
      reading.run();
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems");
  }

  @Nested
  class Applying {
    @Test
    void changedRolesAndRoutesKeepTheirPlaceAndNewOnesGoLast() {
      WorkforceModel base = FlowModelTest.typed();
      Role lw = base.role(LW);
      Scenario s = Scenario.builder().name("more senior posts")
          .putRole(Role.builder().from(lw).leaving(0.1).build())
          .putRole(Role.builder().id(RoleId.of("lead")).title("Lead").leaving(0.05).build())
          .putRoute(base.route(LW, SENIOR).get().toBuilder().rate(0.08).build())
          .putRoute(ProgressionRoute.builder().from(SENIOR).to(RoleId.of("lead"))
              .kind(RouteKind.PROMOTION).months(36).rate(0.04).build())
          .build();

      WorkforceModel what = s.applyTo(base);

      assertThat(what.roles()).extracting(Role::id).containsExactly(LW, SENIOR,
          RoleId.of("nurse"), RoleId.of("lead"));
      assertThat(what.role(LW).leaving()).hasValue(0.1);
      assertThat(what.role(LW).leavingBy()).isEqualTo(lw.leavingBy());
      assertThat(what.route(LW, SENIOR).get().rate()).hasValue(0.08);
      assertThat(what.routes()).hasSize(base.routes().size() + 1);
      assertThat(base.role(LW).leaving()).hasValue(0.15);
    }

    @Test
    void removingARoleRemovesItsRoutes() {
      WorkforceModel what = Scenario.builder().name("no seniors").removeRole(SENIOR).build()
          .applyTo(FlowModelTest.typed());

      assertThat(what.findRole(SENIOR)).isEmpty();
      assertThat(what.routes()).noneMatch(r -> r.to().equals(SENIOR) || r.from().equals(SENIOR));
    }

    @Test
    void removingWhatIsNotThereIsAProblem() {
      assertThat(problems(() -> Scenario.builder().name("x").removeRole(RoleId.of("ghost"))
          .removeRoute(SENIOR, LW).build().applyTo(FlowModelTest.typed())))
          .containsExactly(
              "removeRoles[0]: role 'ghost' is not in the model (remove only roles of the base "
                  + "model)",
              "removeRoutes[0]: there is no route 'senior' -> 'lw' in the model (remove only "
                  + "routes of the base model)");
    }

    @Test
    void anInvalidResultIsReportedWithTheScenarioName() {
      Scenario s = Scenario.builder().name("too fast")
          .putRoute(FlowModelTest.typed().route(LW, SENIOR).get().toBuilder().rate(0.9).build())
          .build();

      assertThatThrownBy(() -> s.applyTo(FlowModelTest.typed()))
          .isInstanceOf(ModelException.class)
          .hasMessageStartingWith("scenario 'too fast' makes an invalid model: 1 problem")
          .hasMessageContaining("roles[0]: role 'lw' loses more than all its staff each year: "
              + "routes out 0.92 (to 'senior' 0.9, to 'nurse' 0.02) plus leaving 0.15 make 1.07");
    }

    @Test
    void comparisonShowsBothProjectionsRoleByRole() {
      WorkforceModel base = FlowModelTest.typed();
      WorkforceModel what = Scenario.builder().name("faster")
          .putRoute(base.route(LW, SENIOR).get().toBuilder().rate(0.1).build()).build()
          .applyTo(base);
      Headcounts start = FlowModelTest.typedStart();

      ProjectionComparison c = ProjectionComparison.of(FlowModel.of(base, start).project(start, 3),
          FlowModel.of(what, start).project(start, 3));

      assertThat(c.years()).hasSize(4);
      assertThat(c.years().get(0).difference()).isZero();
      assertThat(c.years().get(3).role(SENIOR).difference()).isPositive();
      assertThat(c.years().get(3).role(LW).difference()).isNegative();
    }
  }

  @Nested
  class Reading {
    private static final String HEAD = "format: sp-pathways-scenario/1\nname: What if\n";

    private Scenario read(String yaml) {
      return ScenarioReader.of(FlowModelTest.typed()).read(HEAD + yaml, "what-if.yaml",
          FileFormat.YAML);
    }

    @Test
    void fieldsGivenReplaceTheBaseOnesAndTheRestAreKept() {
      Scenario s = read("roles:\n"
          + "  - {id: lw, leavingBy: {pcn: 0.1}}\n"
          + "  - {id: lead, title: Lead, leaving: 0.05}\n"
          + "routes:\n"
          + "  - {from: lw, to: senior, rateBy: {vcse: 0.05}}\n"
          + "removeRoutes:\n  - {from: lw, to: nurse}\n");
      WorkforceModel base = FlowModelTest.typed();
      WorkforceModel what = s.applyTo(base);

      Role lw = what.role(LW);
      assertThat(lw.leaving()).hasValue(0.15);
      assertThat(lw.leavingBy()).containsOnlyKeys(OrganisationTypeId.of("pcn"));
      assertThat(lw.recruits()).hasValue(100);
      assertThat(lw.title()).isEqualTo("Link worker");
      assertThat(what.role(RoleId.of("lead")).title()).isEqualTo("Lead");
      assertThat(what.route(LW, SENIOR).get().rate()).hasValue(0.05);
      assertThat(what.route(LW, SENIOR).get().rateBy())
          .containsOnlyKeys(OrganisationTypeId.of("vcse"));
      assertThat(what.route(LW, RoleId.of("nurse"))).isEmpty();
      assertThat(s.name()).isEqualTo("What if");
    }

    @Test
    void problemsAreLocatedInTheScenarioFile() {
      assertThat(problems(() -> read("roles:\n"
          + "  - {id: lw, leaving: 2}\n"
          + "  - {id: lead, leaving: 0.05}\n"
          + "  - {id: lw, recruits: 3}\n"
          + "routes:\n"
          + "  - {from: lw, to: senoir, rate: 0.1}\n"
          + "removeRoles: [senoir]\n"
          + "removeRoutes:\n  - {from: senior, to: lw}\n"
          + "colour: blue\n")))
          .containsExactly(
              "what-if.yaml:4:23: roles[0].leaving: the number 2 is out of range (use a number "
                  + "from 0 to 1)",
              "what-if.yaml:5:5: roles[1].title: missing required field 'title' (add e.g. "
                  + "'title: Social prescribing link worker')",
              "what-if.yaml:6:10: roles[2].id: role 'lw' appears twice, first at roles[0] (merge "
                  + "the two entries)",
              "what-if.yaml:8:5: routes[0].kind: missing required field 'kind' (add e.g. 'kind: "
                  + "entry')",
              "what-if.yaml:8:5: routes[0].months: missing required field 'months' (add e.g. "
                  + "'months: 24')",
              "what-if.yaml:9:15: removeRoles[0]: unknown role 'senoir' (did you mean 'senior'?)",
              "what-if.yaml:11:5: removeRoutes[0]: there is no route 'senior' -> 'lw' in the "
                  + "model (remove only routes of the base model)",
              "what-if.yaml:12:1: colour: unknown field 'colour' (known fields here: confidence, "
                  + "description, format, name, notes, removeRoles, removeRoutes, roles, routes, "
                  + "sources; prefix your own fields with 'x-')");
    }

    @Test
    void notAScenarioFile() {
      assertThat(problems(() -> ScenarioReader.of(FlowModelTest.typed())
          .read("format: sp-pathways/1\nname: x\n", "m.yaml", FileFormat.YAML)))
          .singleElement().asString().contains("this is not an sp-pathways scenario file: it has "
              + "format the text 'sp-pathways/1'");
    }
  }

  @Nested
  class HeadcountFiles {
    @Test
    void csvAndYamlGiveTheSameHeadcounts() {
      HeadcountReader reader = HeadcountReader.of(FlowModelTest.typed());
      Headcounts csv = reader.read("role,organisationType,headcount\nlw,pcn,300\nlw,vcse,100\n"
          + "senior,,40\n", "start.csv", FileFormat.CSV);
      Headcounts yaml = reader.read("format: sp-pathways-headcounts/1\nheadcounts:\n"
          + "  - {role: lw, organisationType: pcn, headcount: 300}\n"
          + "  - {role: lw, organisationType: vcse, headcount: 100, notes: survey share}\n"
          + "  - {role: senior, headcount: 40}\n", "start.yaml", FileFormat.YAML);

      assertThat(csv).isEqualTo(FlowModelTest.typedStart());
      assertThat(yaml).isEqualTo(csv);
    }

    @Test
    void problemsAreLocated() {
      HeadcountReader reader = HeadcountReader.of(FlowModelTest.typed());

      assertThat(problems(() -> reader.read("role,organisationType,headcount\n"
          + "lw,pcn,300\nlw,pcn,3\nnurse,,5\nsenior,vcse,1\nlw,,-1\nlwx,,2\n", "start.csv",
          FileFormat.CSV)))
          .containsExactly(
              "start.csv:3:1: role: the headcount of 'lw@pcn' is given twice, first at line 2 "
                  + "(give each role (and organisation type) once)",
              "start.csv:4:1: role: role 'nurse' is external: it has no headcount in the "
                  + "workforce (list workforce roles only; people enter from 'nurse' through "
                  + "recruits on its entry routes)",
              "start.csv:5:2: organisationType: organisation type 'vcse' does not offer role "
                  + "'senior' (use one of: pcn; or leave the type out)",
              "start.csv:6:3: headcount: the number -1 is out of range (use a number of at "
                  + "least 0)",
              "start.csv:7:1: role: unknown role 'lwx' (did you mean 'lw'?)");
    }
  }

  /** The illustrative flow data for the bundled reference model, in docs/examples/flows. */
  @Nested
  class ReferenceModelExamples {
    private final Path dir = Path.of("docs", "examples", "flows");

    private WorkforceModel withFlows() {
      WorkforceModel reference = ReferenceModels.socialPrescribing();
      return ScenarioReader.of(reference).read(dir.resolve("sp-flows.yaml"))
          .applyTo(reference);
    }

    private Headcounts start(WorkforceModel m) {
      return HeadcountReader.of(m).read(dir.resolve("sp-headcounts.yaml"));
    }

    @Test
    void theBundledModelProjectsANonZeroWorkforceOrRefusesLoudly() {
      WorkforceModel reference = ReferenceModels.socialPrescribing();
      boolean hasFlows = reference.roles().stream().anyMatch(r -> r.leaving().isPresent()
          || r.recruits().isPresent() || !r.leavingBy().isEmpty() || !r.recruitsBy().isEmpty())
          || reference.routes().stream().anyMatch(r -> r.rate().isPresent()
          || r.recruits().isPresent() || !r.rateBy().isEmpty());
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();

      int code = org.sppathways.cli.Main.run(new String[] {"project", "--years", "5",
          "--format", "json"}, new java.io.PrintWriter(out, true),
          new java.io.PrintWriter(err, true));

      if (hasFlows) {
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("\"total\" : 0,");
      } else {
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("has no flow data").contains("--apply");
      }
    }

    @Test
    void startHeadcountsFollowTheSurveyShares() {
      Headcounts start = start(withFlows());

      assertThat(start.total()).isEqualTo(3300);
      assertThat(start.entries().get(FlowState.of(RoleId.of("link-worker"),
          OrganisationTypeId.of("pcn")))).isEqualTo(1650);
    }

    @Test
    void theIllustrativeModelHasASteadyState() {
      WorkforceModel m = withFlows();

      SteadyState steady = FlowModel.of(m, start(m)).longRun().steadyState();

      assertThat(steady.exists()).isTrue();
      assertThat(steady.headcount(RoleId.of("link-worker"))).isGreaterThan(3300);
    }

    @Test
    void communitySeniorPostsMoveLinkWorkersUpInCommunityOrganisations() {
      WorkforceModel base = withFlows();
      Headcounts start = start(base);
      WorkforceModel what = ScenarioReader.of(base)
          .read(dir.resolve("community-senior-posts.yaml")).applyTo(base);

      Projection a = FlowModel.byOrganisationType(base, start).project(start, 5);
      Projection b = FlowModel.byOrganisationType(what, start).project(start, 5);
      FlowState seniorVcse = FlowState.of(RoleId.of("senior-link-worker"),
          OrganisationTypeId.of("vcse-charity"));
      FlowState seniorPcn = FlowState.of(RoleId.of("senior-link-worker"),
          OrganisationTypeId.of("pcn"));

      assertThat(b.last().headcount(seniorVcse)).isGreaterThan(a.last().headcount(seniorVcse));
      // PCN senior posts change only by the few who reach them indirectly (link worker → coach
      // → peer facilitator → senior), less than a hundredth of a person here.
      assertThat(b.last().headcount(seniorPcn))
          .isCloseTo(a.last().headcount(seniorPcn), org.assertj.core.data.Offset.offset(0.01));
      assertThat(b.last().headcount()).isGreaterThan(a.last().headcount());
      ProjectionComparison c = ProjectionComparison.of(a, b);
      assertThat(c.years().get(5).role(RoleId.of("link-worker")).difference()).isNegative();
    }

    @Test
    void betterSupportKeepsMoreLinkWorkers() {
      WorkforceModel base = withFlows();
      Headcounts start = start(base);
      WorkforceModel what = ScenarioReader.of(base).read(dir.resolve("better-support.yaml"))
          .applyTo(base);

      double before = FlowModel.of(base, start).project(start, 5).last()
          .headcount(RoleId.of("link-worker"));
      double after = FlowModel.of(what, start).project(start, 5).last()
          .headcount(RoleId.of("link-worker"));

      assertThat(what.role(RoleId.of("link-worker")).leavingBy()).isEmpty();
      assertThat(after).isGreaterThan(before);
      assertThat(FlowModel.of(what, start).project(start, 1).year(1).leavers())
          .isCloseTo(3300 * 0.10, within(1e-6));
    }
  }
}
