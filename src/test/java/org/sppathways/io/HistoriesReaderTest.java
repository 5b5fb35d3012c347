package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.evidence.Spell;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

class HistoriesReaderTest {
  static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  static final String HEADER = "person,role,organisationType,start,end,to\n";

  private static List<Spell> read(String csv) {
    List<Spell> spells = new ArrayList<>();
    HistoriesReader.of(MODEL).forEach(csv, "h.csv", FileFormat.CSV, spells::add);
    return spells;
  }

  /** The problems of a file that fails, as printed; every one checked free of personal data. */
  private static List<String> problems(String text, FileFormat format) {
    List<Spell> passed = new ArrayList<>();
    ModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(ModelException.class,
        () -> HistoriesReader.of(MODEL).forEach(text, "h." + format.name().toLowerCase(), format,
            passed::add));
    assertThat(e).as("a problem is found").isNotNull();
    List<String> out = e.problems().stream().map(Problem::toString).toList();
    for (String p : out) {
      assertThat(p).doesNotContain("secret-person", "1999-12-31");
    }
    assertThat(e.getMessage()).doesNotContain("secret-person", "1999-12-31");
    return out;
  }

  @Test
  void readsSpellsAndPassesThemOnInOrderOfStartPerPerson() {
    List<Spell> spells = read(HEADER
        + "p1,senior-link-worker,pcn,2022-01-01,,\n"
        + "p1,link-worker,pcn,2019-04-01,2021-12-31,senior-link-worker\n"
        + "p2,link-worker,,2020-01-01,2020-06-30,left\n"
        + "p3,link-worker,vcse-charity,2020-01-01,2021-01-01,\n");
    assertThat(spells).extracting(Spell::toString).containsExactly(
        "Spell{link-worker@pcn, to senior-link-worker}", "Spell{senior-link-worker@pcn, ongoing}",
        "Spell{link-worker, left}", "Spell{link-worker@vcse-charity, censored}");
  }

  @Test
  void aSpellMayStartOnTheDayThePreviousEnds() {
    assertThat(read(HEADER + "p1,link-worker,pcn,2019-04-01,2021-12-31,senior-link-worker\n"
        + "p1,senior-link-worker,pcn,2021-12-31,,\n")).hasSize(2);
  }

  @Test
  void everyProblemIsLocatedWithAFixAndNoPersonalData() {
    List<String> p = problems(HEADER
        + "secret-person,link-wroker,pcn,1999-12-31,,\n"                            // 2
        + "secret-person,link-worker,pcm,1999-12-31,,\n"                            // 3
        + "p2,link-worker,pcn,2020-05-01,1999-12-31,\n"                             // 4
        + "p3,link-worker,pcn,2020-13-01,,\n"                                       // 5
        + "p4,link-worker,pcn,2020-01-01,2021-01-01,senior-lnk-worker\n"            // 6
        + "p5,link-worker,pcn,2020-01-01,,left\n"                                   // 7
        + "p6,sp-manager,vcse-charity,2020-01-01,,\n",                              // 8
        FileFormat.CSV);
    assertThat(p).containsExactly(
        "h.csv:2:2: role: unknown role 'link-wroker' (did you mean 'link-worker'?)",
        "h.csv:3:3: organisationType: unknown organisation type 'pcm' (did you mean 'pcn'?)",
        "h.csv:4:5: end: the spell ends before it starts (correct 'start' or 'end' (the last day "
            + "in the role))",
        "h.csv:5:4: start: the 'start' value is not a day (write it as YYYY-MM-DD, e.g. "
            + "2023-04-01)",
        "h.csv:6:6: to: unknown role 'senior-lnk-worker' (did you mean 'senior-link-worker'?)",
        "h.csv:7:5: end: the spell ends by leaving but has no end day (give the last day in the "
            + "role in 'end')",
        "h.csv:8:3: organisationType: organisation type 'vcse-charity' does not offer role "
            + "'sp-manager' (use one of: pcn, gp-federation, nhs-trust, local-authority; or "
            + "leave the type empty)");
  }

  @Test
  void overlappingSpellsOfOnePersonAreLocated() {
    assertThat(problems(HEADER
        + "secret-person,link-worker,pcn,2019-01-01,2021-12-31,senior-link-worker\n"
        + "secret-person,senior-link-worker,pcn,2021-06-01,,\n", FileFormat.CSV))
        .containsExactly("h.csv:3:4: start: this spell starts before the person's spell at line 2 "
            + "ends: a person holds one role at a time (correct the days; a spell may start on "
            + "the day the previous one ends)");
    assertThat(problems(HEADER
        + "secret-person,link-worker,pcn,2019-01-01,,\n"
        + "secret-person,care-coordinator,pcn,2021-06-01,,\n", FileFormat.CSV))
        .containsExactly("h.csv:3:4: start: this spell starts while the person's spell at line 2 "
            + "goes on (it has no end) (give that spell its last day in 'end', or correct this "
            + "start)");
  }

  @Test
  void aToThatIsNotTheNextSpellsRoleIsLocated() {
    assertThat(problems(HEADER
        + "secret-person,link-worker,pcn,2019-01-01,2021-12-31,senior-link-worker\n"
        + "secret-person,sp-manager,pcn,2022-01-01,,\n", FileFormat.CSV))
        .containsExactly("h.csv:2:6: to: the spell moves to 'senior-link-worker' but the person's "
            + "next spell (line 3) is in 'sp-manager' (correct 'to', or the next spell's role)");
  }

  @Test
  void aPersonWhoseSpellsAreSplitIsLocatedAndNeitherPartPassedOn() {
    List<Spell> passed = new ArrayList<>();
    assertThatThrownBy(() -> HistoriesReader.of(MODEL).forEach(HEADER
        + "secret-person,link-worker,pcn,2019-01-01,2020-12-31,left\n"
        + "p2,link-worker,pcn,2019-01-01,,\n"
        + "secret-person,link-worker,pcn,2022-01-01,,\n", "h.csv", FileFormat.CSV, passed::add))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("h.csv:4:1: person: this person's spells are not together")
        .hasMessageNotContaining("secret-person");
    // The first part was passed on before the second was seen; the second is not.
    assertThat(passed).hasSize(2);
  }

  @Test
  void aMoveToAnExternalRoleNeedsNoNextSpell() {
    assertThat(read(HEADER + "p1,care-coordinator,pcn,2019-01-01,2020-12-31,"
        + "nursing-ahp-training\np1,link-worker,pcn,2023-01-01,,\n")).hasSize(2);
  }

  @Test
  void yamlHistoriesAreReadAndLocatedByPath() {
    String yaml = "format: sp-pathways-histories/1\nspells:\n"
        + "  - {person: p1, role: link-worker, start: 2020-01-01, end: 2021-01-01, to: left}\n"
        + "  - {person: p2, role: link-worker, start: 2020-01-01, to: sp-managr}\n";
    assertThat(problems(yaml, FileFormat.YAML)).containsExactly(
        "h.yaml:4:5: spells[1].end: the spell moves to another role but has no end day (give the "
            + "last day in the role in 'end')",
        "h.yaml:4:60: spells[1].to: unknown role 'sp-managr' (did you mean 'sp-manager'?)");
    List<Spell> spells = new ArrayList<>();
    HistoriesReader.of(MODEL).forEach("{\"format\": \"sp-pathways-histories/1\", \"spells\": "
        + "[{\"person\": \"p1\", \"role\": \"link-worker\", \"start\": \"2020-01-01\"}]}", "h.json",
        FileFormat.JSON, spells::add);
    assertThat(spells).singleElement().extracting(Spell::role)
        .isEqualTo(RoleId.of("link-worker"));
  }

  @Test
  void theBundledExampleReads() {
    List<Spell> spells = new ArrayList<>();
    HistoriesReader.of(MODEL).forEach(java.nio.file.Path.of(
        "docs/examples/histories/sp-histories.csv"), spells::add);
    assertThat(spells).hasSizeGreaterThan(300);
  }
}
