package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.Scenario;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Confidence;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * {@link ScenarioReader}: every field of a changed role or route replaces the base one and only
 * then; new roles and routes are read as in a model file; removals name what they remove.
 */
class ScenarioReaderTest {

  private static final WorkforceModel BASE = ModelReader.of().read(TestFiles.path(
      "models/valid/small.yaml"));
  private static final String HEAD = "format: sp-pathways-scenario/1\nname: What if\n";
  private static final RoleId LW = RoleId.of("link-worker");
  private static final RoleId SENIOR = RoleId.of("senior-link-worker");
  private static final RoleId NURSE = RoleId.of("nurse");
  private static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  private static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse");

  private static Scenario read(String yaml) {
    return ScenarioReader.of(BASE).read(HEAD + yaml, "what-if.yaml", FileFormat.YAML);
  }

  private static List<String> problems(String yaml) {
    return TestFiles.problems(() -> read(yaml)).stream().map(Problem::toString).toList();
  }

  @Test
  void theScenarioItselfCarriesNameDescriptionAndProvenance() {
    Scenario s = read("description: More seniors\nsources: [a survey]\nconfidence: assumed\n"
        + "notes: a guess\n");
    assertThat(s.name()).isEqualTo("What if");
    assertThat(s.description()).hasValue("More seniors");
    assertThat(s.sources()).containsExactly("a survey");
    assertThat(s.confidence()).hasValue(Confidence.ASSUMED);
    assertThat(s.notes()).hasValue("a guess");
    assertThat(s.roles()).isEmpty();
    assertThat(s.routes()).isEmpty();
    assertThat(s.applyTo(BASE)).isEqualTo(BASE.toBuilder().build());
  }

  @Test
  void everyFieldOfAChangedRoleReplacesTheBaseOne() {
    Role before = BASE.role(LW);
    Role after = read("roles:\n  - id: link-worker\n    title: Link worker II\n    seniority: 6\n"
        + "    family: care\n    external: false\n    offeredBy: [vcse]\n"
        + "    requires: [{competency: staff-management, level: 2, essential: false}]\n"
        + "    leaving: 0.1\n    leavingBy: {vcse: 0.2}\n    recruits: 7\n"
        + "    recruitsBy: {vcse: 3}\n    attributes: {band: '5'}\n    sources: [s1]\n"
        + "    confidence: verified\n    notes: changed\n").roles().get(0);
    assertThat(before.title()).isNotEqualTo(after.title());
    assertThat(after.id()).isEqualTo(LW);
    assertThat(after.title()).isEqualTo("Link worker II");
    assertThat(after.seniority()).hasValue(6);
    assertThat(after.family()).hasValue("care");
    assertThat(after.external()).isFalse();
    assertThat(after.offeredBy()).containsExactly(VCSE);
    assertThat(after.requirements()).containsExactly(Requirement.builder()
        .competency(CompetencyId.of("staff-management")).level(2).essential(false).build());
    assertThat(after.leaving()).hasValue(0.1);
    assertThat(after.leavingBy()).isEqualTo(Map.of(VCSE, 0.2));
    assertThat(after.recruits()).hasValue(7);
    assertThat(after.recruitsBy()).isEqualTo(Map.of(VCSE, 3.0));
    assertThat(after.attributes()).isEqualTo(Map.of("band", "5"));
    assertThat(after.sources()).containsExactly("s1");
    assertThat(after.confidence()).hasValue(Confidence.VERIFIED);
    assertThat(after.notes()).hasValue("changed");
  }

  @Test
  void fieldsLeftOutKeepTheBaseValues() {
    Role before = BASE.role(LW);
    Role after = read("roles:\n  - {id: link-worker, notes: only this}\n").roles().get(0);
    assertThat(after).isEqualTo(Role.builder().from(before).notes("only this").build());
    Role nurse = read("roles:\n  - {id: nurse, external: false}\n").roles().get(0);
    assertThat(nurse.external()).isFalse();
    assertThat(BASE.role(NURSE).external()).isTrue();
    Role kept = read("roles:\n  - {id: nurse, title: Nurse}\n").roles().get(0);
    assertThat(kept.external()).as("external stays as in the base").isTrue();
  }

  @Test
  void everyFieldOfAChangedRouteReplacesTheBaseOne() {
    ProgressionRoute before = BASE.route(LW, SENIOR).orElseThrow();
    ProgressionRoute after = read("routes:\n  - from: link-worker\n    to: senior-link-worker\n"
        + "    kind: lateral\n    months: 6\n    rate: 0.2\n    rateBy: {pcn: 0.25}\n"
        + "    requires: [{competency: safeguarding, level: 1}]\n    attributes: {a: b}\n"
        + "    sources: [s2]\n    confidence: verified\n    notes: n2\n").routes().get(0);
    assertThat(before.kind()).isEqualTo(RouteKind.PROMOTION);
    assertThat(after.from()).isEqualTo(LW);
    assertThat(after.to()).isEqualTo(SENIOR);
    assertThat(after.kind()).isEqualTo(RouteKind.LATERAL);
    assertThat(after.months()).isEqualTo(6);
    assertThat(after.rate()).hasValue(0.2);
    assertThat(after.rateBy()).isEqualTo(Map.of(PCN, 0.25));
    assertThat(after.requirements()).containsExactly(Requirement.builder()
        .competency(CompetencyId.of("safeguarding")).level(1).essential(true).build());
    assertThat(after.attributes()).isEqualTo(Map.of("a", "b"));
    assertThat(after.sources()).containsExactly("s2");
    assertThat(after.confidence()).hasValue(Confidence.VERIFIED);
    assertThat(after.notes()).hasValue("n2");

    ProgressionRoute entry = read("routes:\n  - {from: nurse, to: link-worker, recruits: 4}\n")
        .routes().get(0);
    assertThat(entry).isEqualTo(BASE.route(NURSE, LW).orElseThrow().toBuilder().recruits(4)
        .build());
  }

  @Test
  void newRolesAndRoutesAreReadAsInAModelFile() {
    Scenario s = read("roles:\n  - {id: lead, title: Lead, offeredBy: [pcn]}\n"
        + "routes:\n  - {from: senior-link-worker, to: lead, kind: promotion, months: 12}\n"
        + "  - {from: lead, to: link-worker, kind: lateral, months: 1}\n");
    assertThat(s.roles()).extracting(Role::id, Role::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RoleId.of("lead"), "Lead"));
    assertThat(s.routes()).extracting(r -> r.from().value() + ">" + r.to().value())
        .containsExactly("senior-link-worker>lead", "lead>link-worker");
    WorkforceModel what = s.applyTo(BASE);
    assertThat(what.route(SENIOR, RoleId.of("lead"))).isPresent();
    assertThat(what.roles()).hasSize(BASE.roles().size() + 1);
  }

  @Test
  void removalsNameKnownRolesAndRoutes() {
    Scenario s = read("removeRoles: [nurse]\nremoveRoutes:\n"
        + "  - {from: link-worker, to: senior-link-worker}\n");
    assertThat(s.removedRoles()).containsExactly(NURSE);
    assertThat(s.removedRoutes()).containsExactly(new Scenario.RouteKey(LW, SENIOR));
    assertThat(problems("removeRoles: [{id: nurse}, '', null]\nremoveRoutes:\n"
        + "  - {from: lw, to: senior-link-worker}\n  - {from: link-worker, to: sen}\n"
        + "  - {from: link-worker}\n  - just-text\n")).containsExactly(
            "what-if.yaml:3:15: removeRoles[0]: expected a role id, found a map",
            "what-if.yaml:3:28: removeRoles[1]: the id must not be blank (ids are single words "
                + "such as 'link-worker')",
            "what-if.yaml:3:32: removeRoles[2]: expected a role id, found an empty value",
            "what-if.yaml:5:12: removeRoutes[0].from: unknown role 'lw'",
            "what-if.yaml:6:29: removeRoutes[1].to: unknown role 'sen'",
            "what-if.yaml:7:5: removeRoutes[2].to: missing required field 'to' (add e.g. 'to: "
                + "senior-link-worker')",
            "what-if.yaml:8:5: removeRoutes[3]: expected a map of fields, found the text "
                + "'just-text'");
  }

  @Test
  void routesTwiceAndBrokenEntriesAreReported() {
    assertThat(problems("routes:\n  - {from: link-worker, to: senior-link-worker, months: 3}\n"
        + "  - {from: link-worker, to: senior-link-worker, months: 4}\n"
        + "  - {from: link-worker}\n  - [a]\nroles:\n  - [b]\n  - {title: No id}\n"
        + "  - {id: link-worker, seniority: -1}\n")).containsExactly(
            "what-if.yaml:5:5: routes[1]: route 'link-worker' -> 'senior-link-worker' appears "
                + "twice, first at routes[0] (merge the two entries)",
            "what-if.yaml:6:5: routes[2].to: missing required field 'to' (add e.g. 'to: "
                + "senior-link-worker')",
            "what-if.yaml:7:5: routes[3]: expected a map of fields, found a list",
            "what-if.yaml:9:5: roles[0]: expected a map of fields, found a list",
            "what-if.yaml:10:5: roles[1].id: missing required field 'id' (add e.g. 'id: "
                + "link-worker')",
            "what-if.yaml:11:34: roles[2].seniority: the number -1 is out of range (use a whole "
                + "number from 0 up)");
  }

  @Test
  void aChangedRouteValueOutOfRangeIsLocated() {
    assertThat(problems("routes:\n  - {from: link-worker, to: senior-link-worker, "
        + "rate: 0.5, rateBy: {pcn: 2}}\n")).singleElement().asString()
        .isEqualTo("what-if.yaml:4:74: routes[0].rateBy.pcn: the number 2 is out of range "
            + "(use a number from 0 to 1)");
  }

  @Test
  void onlyYamlAndJsonAreScenarioFormats() {
    assertThatThrownBy(() -> ScenarioReader.of(BASE).read("x", "s.csv", FileFormat.CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario files are YAML or JSON, not CSV");
    Scenario json = ScenarioReader.of(BASE).read("{\"format\": \"sp-pathways-scenario/1\", "
        + "\"name\": \"J\", \"removeRoles\": [\"nurse\"]}", "s.json", FileFormat.JSON);
    assertThat(json.removedRoles()).containsExactly(NURSE);
    assertThat(problems("name2: x\n")).singleElement().asString()
        .contains("unknown field 'name2' (did you mean 'name'?)");
    assertThat(TestFiles.problems(() -> ScenarioReader.of(BASE).read("- a\n", "l.yaml",
        FileFormat.YAML))).singleElement().asString().isEqualTo("l.yaml:1:1: format: this is not "
            + "an sp-pathways scenario file: it has no 'format' field (a scenario file starts "
            + "with 'format: sp-pathways-scenario/1')");
  }
}
