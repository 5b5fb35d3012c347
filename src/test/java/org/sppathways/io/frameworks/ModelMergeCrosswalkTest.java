package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.Requirement;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Merging through a competency crosswalk: the merged-in model's competencies named in
 * {@code from} become the base's {@code to} competencies everywhere they are used, levels mapped
 * row by row; every bad row is reported at its line and column with a fix.
 */
class ModelMergeCrosswalkTest {

  /** The base: two competencies, one role, a four-level scale. */
  static final String BASE = """
      format: sp-pathways/1
      name: Base
      scale: [{level: 1, name: A}, {level: 2, name: W}, {level: 3, name: P}, {level: 4, name: E}]
      competencies:
        - {id: listening, name: Listening, domain: Core}
        - {id: safeguarding, name: Safeguarding, domain: Safety}
      organisationTypes: []
      roles:
        - id: link-worker
          title: Link worker
          requires: [{competency: listening, level: 2}]
      """;

  /** The model merged in: three competencies, two roles, a route, a course. */
  static final String OTHER = """
      format: sp-pathways/1
      name: Other
      scale: [{level: 1, name: A}, {level: 2, name: W}, {level: 3, name: P}, {level: 4, name: E}]
      competencies:
        - {id: 2.A.1.b, name: Active Listening, domain: skills}
        - {id: 2.C.1.e, name: Customer Service, domain: knowledge}
        - {id: 2.B.1.a, name: Social Perceptiveness, domain: skills}
      organisationTypes: []
      roles:
        - id: 21-1093.00
          title: Assistants
          requires:
            - {competency: 2.A.1.b, level: 2}
            - {competency: 2.B.1.a, level: 1}
        - id: 21-1094.00
          title: Community Health Workers
          requires:
            - {competency: 2.A.1.b, level: 4}
            - {competency: 2.C.1.e, level: 3, essential: false}
      routes:
        - from: 21-1093.00
          to: 21-1094.00
          kind: promotion
          months: 24
          requires: [{competency: 2.A.1.b, level: 3}]
      courses:
        - id: onet-course
          title: Listening course
          hours: 4
          cost: 0
          covers: [{competency: 2.A.1.b, level: 4}, {competency: 2.C.1.e, level: 2}]
      """;

  static WorkforceModel model(String yaml) {
    return ModelReader.of().read(yaml, "m.yaml", FileFormat.YAML);
  }

  static ModelMerge crosswalk(String csv) {
    return ModelMerge.of().withCrosswalk(new StringReader(csv), "crosswalk.csv");
  }

  static List<String> problems(Runnable run) {
    ModelException e = catchThrowableOfType(run::run, ModelException.class);
    assertThat(e).as("a ModelException").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  /**
   * Counted by hand: 2.A.1.b becomes listening with levels 2→1, 3→2, 4→3; 2.C.1.e becomes
   * safeguarding at its own levels; 2.B.1.a is not in the crosswalk and stays. So the merged
   * model has 3 competencies (listening, safeguarding, 2.B.1.a), not 5; the assistant requires
   * listening 1 and 2.B.1.a 1; the community health worker listening 3 and safeguarding 3
   * (desirable); the route listening 2; the course covers listening 3 and safeguarding 2.
   */
  @Test
  void aHandCountedMergeSharesTheBasesCompetencies() {
    WorkforceModel merged = crosswalk("""
        from,to,levelFrom,levelTo
        2.A.1.b,listening,2,1
        2.A.1.b,listening,3,2
        2.A.1.b,listening,4,3
        2.C.1.e,safeguarding
        """).merge(model(BASE), model(OTHER));

    assertThat(merged.competencies()).extracting(c -> c.id().value())
        .containsExactly("listening", "safeguarding", "2.B.1.a");
    assertThat(merged.competency(CompetencyId.of("listening")).name())
        .as("the base's definition is kept").isEqualTo("Listening");
    assertThat(merged.role(RoleId.of("21-1093.00")).requirements()).containsExactly(
        Requirement.of(CompetencyId.of("listening"), 1),
        Requirement.of(CompetencyId.of("2.B.1.a"), 1));
    assertThat(merged.role(RoleId.of("21-1094.00")).requirements()).containsExactly(
        Requirement.of(CompetencyId.of("listening"), 3),
        Requirement.desirable(CompetencyId.of("safeguarding"), 3));
    assertThat(merged.route(RoleId.of("21-1093.00"), RoleId.of("21-1094.00")).orElseThrow()
        .requirements()).containsExactly(Requirement.of(CompetencyId.of("listening"), 2));
    assertThat(merged.courses().get(0).covers()).containsExactly(
        CompetencyLevel.of(CompetencyId.of("listening"), 3),
        CompetencyLevel.of(CompetencyId.of("safeguarding"), 2));
    assertThat(merged.role(RoleId.of("link-worker")).requirements())
        .as("the base is unchanged").containsExactly(
            Requirement.of(CompetencyId.of("listening"), 2));

    WorkforceModel back = ModelReader.of().read(ModelWriter.yaml().toString(merged), "back.yaml",
        FileFormat.YAML);
    assertThat(back).as("the merged model reads back equal").isEqualTo(merged);
  }

  @Test
  void twoCompetenciesMappedOntoOneKeepTheStricterRequirement() {
    WorkforceModel merged = crosswalk("""
        from,to
        2.A.1.b,listening
        2.B.1.a,listening
        """).merge(model(BASE), model(OTHER));
    assertThat(merged.role(RoleId.of("21-1093.00")).requirements())
        .containsExactly(Requirement.of(CompetencyId.of("listening"), 2));
  }

  @Test
  void badRowsOfTheFileAreReportedAtTheirLineAndColumn() {
    assertThat(problems(() -> crosswalk("""
        from,to,levelFrom,levelTo
        ,listening
        2.A.1.b,listening,two,1
        2.C.1.e,safeguarding,2
        2.B.1.a,has space
        x,a
        x,b
        y,a,1,1
        y,a
        z,a,1,1
        z,a,1,2
        w,a
        w,a
        v,a,0,1
        """))).containsExactly(
        "crosswalk.csv:2:1: from: the column 'from' is empty (fill it in)",
        "crosswalk.csv:3:3: levelFrom: expected a whole number, found 'two' (write a number "
            + "such as 1)",
        "crosswalk.csv:4:4: levelTo: the row gives levelFrom but no levelTo (give both levels, "
            + "to map one level, or neither, to keep every level as it is)",
        "crosswalk.csv:5:2: to: the id 'has space' contains whitespace or a control character "
            + "at position 4; use '-' instead of spaces",
        "crosswalk.csv:7:2: to: competency 'x' is mapped to 'a' on line 6 and to 'b' here "
            + "(map each competency to one competency of the base model: delete one of the two "
            + "rows)",
        "crosswalk.csv:9:1: from: line 8 maps one level of 'y' and this row every level (give "
            + "levels on every row of 'y', or on none)",
        "crosswalk.csv:11:4: levelTo: 'z' level 1 is mapped to level 1 on line 10 and to level "
            + "2 here (keep the row with the right level and delete the other)",
        "crosswalk.csv:13:1: from: the row repeats line 12 (delete one of the two rows)",
        "crosswalk.csv:14:3: levelFrom: the number 0 is out of range (use a whole number from 1 "
            + "up)");
    assertThat(problems(() -> crosswalk("from,too\na,b\n"))).containsExactlyInAnyOrder(
        "crosswalk.csv:1:2: too: unknown column 'too' (did you mean 'to'?)",
        "crosswalk.csv:1: to: the header has no column 'to' (the first line names the columns: "
            + "from,to)");
  }

  @Test
  void rowsThatDoNotFitTheModelsAreReportedWithSuggestions() {
    ModelMerge merge = crosswalk("""
        from,to,levelFrom,levelTo
        2.A.1.c,listening,1,1
        2.C.1.e,safeguardin,1,1
        2.B.1.a,safeguarding,5,1
        2.B.1.a,safeguarding,1,9
        2.A.1.b,listening,2,1
        """).withCompetencyMapping(CompetencyId.of("2.A.1.b"), CompetencyId.of("safeguarding"));
    assertThat(problems(() -> merge.merge(model(BASE), model(OTHER)))).contains(
        "crosswalk.csv:2:1: from: the model merged in has no competency '2.A.1.c' (did you mean "
            + "'2.A.1.b'?)",
        "crosswalk.csv:3:2: to: the base model has no competency 'safeguardin' (did you mean "
            + "'safeguarding'?)",
        "crosswalk.csv:4:3: levelFrom: level 5 is above the highest level of the model merged "
            + "in, 4 (use a level from 1 to 4)",
        "crosswalk.csv:5:4: levelTo: level 9 is above the base model's highest level, 4 (use a "
            + "level from 1 to 4)",
        "crosswalk.csv:6:2: to: competency '2.A.1.b' is also mapped to 'safeguarding' outside "
            + "the crosswalk (--map-competency) (map it in one place only)");
  }

  @Test
  void anIdFarFromEveryCompetencySaysWhatToNameInstead() {
    assertThat(problems(() -> crosswalk("from,to\nzzzzzzzzzz,qqqqqqqqqq\n")
        .merge(model(BASE), model(OTHER)))).containsExactly(
        "crosswalk.csv:2:1: from: the model merged in has no competency 'zzzzzzzzzz' (name a "
            + "competency of the model merged in, or delete the row)",
        "crosswalk.csv:2:2: to: the base model has no competency 'qqqqqqqqqq' (name one of the "
            + "base model's competencies; leave a competency out of the crosswalk to keep it as "
            + "it is)");
  }

  /**
   * Variants, first-year targets and entry rules of the model merged in name competencies too:
   * they are mapped like requirements (2.A.1.b level 4 → listening 3, level 2 → listening 1), so
   * the merged model is valid and reads back equal.
   */
  @Test
  void variantsFirstYearTargetsAndEntryRulesAreMappedToo() {
    String other = OTHER.replace("organisationTypes: []",
        "organisationTypes: [{id: clinic, name: Clinic, sector: nhs}]").replace(
        "    title: Community Health Workers\n",
        "    title: Community Health Workers\n"
            + "    offeredBy: [clinic]\n"
            + "    variants:\n"
            + "      clinic: {add: [{competency: 2.A.1.b, level: 2}], remove: [2.C.1.e]}\n"
            + "    firstYear: [{competency: 2.A.1.b, level: 2}]\n").replace(
        "    covers: [{competency: 2.A.1.b, level: 4}, {competency: 2.C.1.e, level: 2}]\n",
        "    covers: [{competency: 2.A.1.b, level: 4}, {competency: 2.C.1.e, level: 2}]\n"
            + "    validForMonths: 24\n"
            + "    entry:\n"
            + "      - {anyOf: [{competency: 2.A.1.b, level: 2}, {organisationTypes: [clinic]}]}\n");
    assertThat(other).as("every part was placed").contains("variants", "firstYear", "entry",
        "Clinic");
    WorkforceModel merged = crosswalk("""
        from,to,levelFrom,levelTo
        2.A.1.b,listening,2,1
        2.A.1.b,listening,3,2
        2.A.1.b,listening,4,3
        2.C.1.e,safeguarding
        """).merge(model(BASE), model(other));

    CompetencyId listening = CompetencyId.of("listening");
    org.sppathways.model.Role chw = merged.role(RoleId.of("21-1094.00"));
    org.sppathways.model.RoleVariant clinic =
        chw.variants().get(org.sppathways.model.OrganisationTypeId.of("clinic"));
    assertThat(clinic.add()).containsExactly(Requirement.of(listening, 1));
    assertThat(clinic.remove()).containsExactly(CompetencyId.of("safeguarding"));
    assertThat(chw.firstYear()).containsExactly(CompetencyLevel.of(listening, 1));
    assertThat(merged.courses().get(0).entry()).containsExactly(
        org.sppathways.model.EntryRule.AnyOf.of(List.of(
            org.sppathways.model.EntryRule.HeldLevel.of(listening, 1),
            org.sppathways.model.EntryRule.OrganisationTypes.of(
                java.util.Set.of(org.sppathways.model.OrganisationTypeId.of("clinic"))))));
    assertThat(merged.courses().get(0).validForMonths()).hasValue(24);
    WorkforceModel back = ModelReader.of().read(ModelWriter.yaml().toString(merged), "back.yaml",
        FileFormat.YAML);
    assertThat(back).isEqualTo(merged);
  }

  @Test
  void aLevelUsedOnlyByAnEntryRuleNeedsARowToo() {
    String other = OTHER.replace(
        "    covers: [{competency: 2.A.1.b, level: 4}, {competency: 2.C.1.e, level: 2}]\n",
        "    covers: [{competency: 2.A.1.b, level: 4}, {competency: 2.C.1.e, level: 2}]\n"
            + "    entry: [{competency: 2.A.1.b, level: 1}]\n");
    assertThat(other).contains("entry");
    assertThat(problems(() -> crosswalk("""
        from,to,levelFrom,levelTo
        2.A.1.b,listening,2,1
        2.A.1.b,listening,3,2
        2.A.1.b,listening,4,3
        """).merge(model(BASE), model(other)))).containsExactly(
        "crosswalk.csv:2:3: levelFrom: the model merged in uses level 1 of '2.A.1.b' (the entry "
            + "rules of course 'onet-course') but the crosswalk maps only levels 2, 3, 4 of it "
            + "(add a row 2.A.1.b,listening,1,LEVEL)");
  }

  @Test
  void aLevelInUseWithNoRowIsReported() {
    assertThat(problems(() -> crosswalk("""
        from,to,levelFrom,levelTo
        2.A.1.b,listening,2,1
        2.A.1.b,listening,3,2
        """).merge(model(BASE), model(OTHER)))).containsExactly(
        "crosswalk.csv:2:3: levelFrom: the model merged in uses level 4 of '2.A.1.b' (role "
            + "'21-1094.00') but the crosswalk maps only levels 2, 3 of it (add a row "
            + "2.A.1.b,listening,4,LEVEL)");
  }

  @Test
  void anUnmappedCompetencyInBothModelsIsStillACollision() {
    String other = OTHER.replace("2.B.1.a", "safeguarding");
    assertThat(problems(() -> crosswalk("from,to\n2.A.1.b,listening\n")
        .merge(model(BASE), model(other)))).anyMatch(p -> p.contains("competency id "
        + "'safeguarding' is in both models"));
    assertThat(crosswalk("from,to\n2.A.1.b,listening\nsafeguarding,safeguarding\n")
        .merge(model(BASE), model(other)).competencies()).hasSize(3);
  }
}
