package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.RoleId;

/**
 * {@link EscoImporter} rules not exercised by the hand-made fixture, each on a few CSV lines
 * written for the test so that every line number in an expected message can be counted.
 */
class EscoImporterRulesTest {

  @TempDir
  Path tmp;

  private Path files(String occupations, String skills, String relations, String broader) {
    try {
      Files.writeString(tmp.resolve("occupations_en.csv"),
          "conceptUri,preferredLabel,description\n" + occupations);
      Files.writeString(tmp.resolve("skills_en.csv"),
          "conceptUri,preferredLabel,skillType,description\n" + skills);
      Files.writeString(tmp.resolve("occupationSkillRelations_en.csv"),
          "occupationUri,relationType,skillUri\n" + relations);
      if (broader != null) {
        Files.writeString(tmp.resolve("broaderRelationsOccPillar_en.csv"), broader);
      }
      return tmp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(Path dir, Runnable importing) {
    try {
      importing.run();
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString)
          .map(p -> p.replace(dir.toString() + "/", "")).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void occupationsAndSkillsListedTwiceAreBadRows() {
    Path dir = files("o1,One,\no1,One again,\n", "s1,S,knowledge,\ns1,S again,,\n",
        "o1,essential,s1\n", null);
    assertThat(problems(dir, () -> EscoImporter.of().read(dir))).containsExactly(
        "occupations_en.csv:3:1: conceptUri: occupation 'o1' is listed twice; the first is on "
            + "line 2 (keep one row per occupation)",
        "skills_en.csv:3:1: conceptUri: skill 's1' is listed twice; the first is on line 2 (keep "
            + "one row per skill)");
  }

  @Test
  void skillDescriptionsAndTypesFollowTheOptions() {
    Path dir = files("o1,One,About one\n", "s1,S,knowledge,About s\ns2,T,,\n",
        "o1,Optional,s2\no1,ESSENTIAL,s1\no1,essential,s2\n", null);
    ImportedModel imported = EscoImporter.of().read(dir);
    assertThat(imported.model().competency(CompetencyId.of("s1")).description())
        .hasValue("About s");
    assertThat(imported.model().competency(CompetencyId.of("s2")).domain())
        .isEqualTo(EscoImporter.UNCLASSIFIED);
    assertThat(imported.model().role(RoleId.of("o1")).requirements())
        .extracting(r -> r.competency().value(), r -> r.essential())
        .containsExactly(tuple("s1", true), tuple("s2", true));
    ImportedModel bare = EscoImporter.of(EscoOptions.defaults().withDescriptions(false))
        .read(dir);
    assertThat(bare.model().competency(CompetencyId.of("s1")).description()).isEmpty();
    assertThat(bare.model().role(RoleId.of("o1")).attributes()).isEmpty();
  }

  @Test
  void hierarchyLinksBetweenOccupationsOnlyBecomeRoutes() {
    Path dir = files("o1,One,\no2,Two,\no3,Three,\n", "s1,S,,\n", "", "conceptType,conceptUri,"
        + "broaderType,broaderUri\n"
        + "Occupation,o2,Occupation,o1\n"
        + "Occupation,o3,ISCOGroup,C1\n"
        + "Occupation,o3,Occupation,o1\n"
        + "Occupation,o2,Occupation,o1\n"
        + "Occupation,o9,Occupation,o1\n"
        + "Occupation,o2,Occupation,o8\n"
        + "Occupation,o2,Occupation,o2\n");
    EscoImporter importer = EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true));
    assertThat(problems(dir, () -> importer.read(dir))).containsExactly(
        "broaderRelationsOccPillar_en.csv:6:2: conceptUri: unknown occupation 'o9': it is not in "
            + "occupations_en.csv (check the URI, or add the occupation)",
        "broaderRelationsOccPillar_en.csv:7:4: broaderUri: unknown occupation 'o8': it is not in "
            + "occupations_en.csv (check the URI, or add the occupation)",
        "broaderRelationsOccPillar_en.csv:8:4: broaderUri: occupation 'o2' is broader than itself "
            + "(remove the row)");

    ImportedModel imported = EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true)
        .withSkipBadRows(true)).read(dir);
    assertThat(imported.model().routes()).extracting(r -> r.from().value() + ">" + r.to().value())
        .containsExactly("o1>o2", "o1>o3");
    assertThat(imported.report().skipped()).extracting(ImportReport.SkippedRows::reason,
        ImportReport.SkippedRows::rows).containsExactly(
            tuple("link involving an ISCO group (not between two occupations)", 1L),
            tuple("link listed twice (kept once)", 1L));
  }

  @Test
  void untypedHierarchyRowsLinkOnlyKnownOccupations() {
    Path dir = files("o1,One,\no2,Two,\n", "s1,S,,\n", "",
        "conceptUri,broaderUri\no2,o1\no2,C1\n");
    ImportedModel imported = EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true))
        .read(dir);
    assertThat(imported.model().routes()).extracting(r -> r.from().value() + ">" + r.to().value())
        .containsExactly("o1>o2");
    assertThat(imported.report().skipped()).extracting(ImportReport.SkippedRows::reason)
        .containsExactly("not a link between two occupations");
  }

  @Test
  void relationsOfBadRowsAreSkippedAndTheirRowsCounted() {
    Path dir = files("o1,One,\n,No uri,\n", "s1,S,,\n,No uri,,\n",
        "o1,essential,s1\no1,sometimes,s1\n", null);
    ImportedModel imported = EscoImporter.of(EscoOptions.defaults().withSkipBadRows(true))
        .read(dir);
    assertThat(imported.report().badRowCount()).isEqualTo(3);
    assertThat(imported.report().badRows()).extracting(Problem::message).containsExactly(
        "'conceptUri' is empty", "'conceptUri' is empty", "unknown relation type 'sometimes'");
  }
}
