package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.ModelException;
import org.sppathways.model.Population;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * A population's needs ({@code needs}) read back to equal objects, with and without a target
 * role; a document that is not a needs result, or holds a value out of place, is refused with its
 * place and without the value.
 */
class NeedsReadBackTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final Population PEOPLE = ProfileReader.of(SP).read(Path.of(ResultSchemaTest.PROFILES));

  static PopulationNeeds needs(Optional<RoleId> target) {
    NeedsAnalysis analysis = NeedsAnalysis.of(GapAnalysis.of(SP));
    ProfileSource people = ProfileSource.of(PEOPLE.people());
    return target.isPresent() ? analysis.needs(people, target.get()) : analysis.needs(people);
  }

  static PopulationNeeds read(String json) {
    return ResultReader.of().read(new StringReader(json), PopulationNeeds.class);
  }

  @Test
  void needsAgainstEachPersonsCurrentRoleReadBackEqual() {
    PopulationNeeds needs = needs(Optional.empty());
    assertThat(needs.competencies()).isNotEmpty();
    assertThat(needs.readiness()).isEmpty();
    assertThat(read(ResultWriter.json().write(needs))).isEqualTo(needs);
    assertThat(read(ResultWriter.jsonLine().write(needs))).isEqualTo(needs);
  }

  @Test
  void needsAgainstATargetRoleReadBackEqualWithTheirReadiness() {
    PopulationNeeds needs = needs(Optional.of(RoleId.of("link-worker")));
    assertThat(needs.readiness()).isPresent();
    String json = ResultWriter.json().write(needs);
    assertThat(json).contains("\"role\" : \"link-worker\"").doesNotContain("\"target\"");
    assertThat(read(json)).isEqualTo(needs);
  }

  /**
   * People without an organisation type are one part of {@code byOrganisationType} whose key is
   * empty: the key is left out of the document (never {@code null}) and read back as empty.
   */
  @Test
  void thePartWithoutAnOrganisationTypeHasNoKeyAndReadsBackEmpty() {
    PopulationNeeds needs = needs(Optional.of(RoleId.of("link-worker")));
    assertThat(needs.competencies().get(0).byOrganisationType()).extracting(NeedSplit::key)
        .contains("");
    String json = ResultWriter.json().write(needs);
    assertThat(json).doesNotContain("null").doesNotContain("\"key\" : \"\"");
    assertThat(read(json).competencies().get(0).byOrganisationType()).extracting(NeedSplit::key)
        .contains("");
  }

  @Test
  void theMostCommonNeedsReadBackAsWritten() {
    PopulationNeeds top = needs(Optional.of(RoleId.of("link-worker"))).mostCommon(3);
    assertThat(top.competencies()).hasSize(3);
    assertThat(read(ResultWriter.json().write(top))).isEqualTo(top);
  }

  @Test
  void aGapsDocumentIsNotReadAsNeeds() {
    GapReport gap = GapAnalysis.of(SP).gap(RoleId.of("link-worker"), RoleId.of("sp-manager"));
    assertThatThrownBy(() -> read(ResultWriter.json().write(gap)))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("result: expected \"needs\", found \"gaps\"");
  }

  @Test
  void aNeedsDocumentIsNotReadAsAGapReport() {
    String json = ResultWriter.json().write(needs(Optional.empty()));
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(json), GapReport.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("result: expected \"gaps\", found \"needs\"");
  }

  @Test
  void aCountOfTheWrongTypeIsLocatedWithoutRepeatingIt() {
    String json = ResultWriter.json().write(needs(Optional.of(RoleId.of("link-worker"))))
        .replaceFirst("\"peopleShort\" : 11", "\"peopleShort\" : \"secret-count\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("competencies[0].peopleShort")
        .hasMessageNotContaining("secret-count");
  }

  @Test
  void aNegativeCountIsRefusedWithItsPlace() {
    String json = ResultWriter.json().write(needs(Optional.of(RoleId.of("link-worker"))))
        .replaceFirst("\"totalShortfall\" : 27", "\"totalShortfall\" : -27");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("competencies[0]")
        .hasMessageNotContaining("-27");
  }

  @Test
  void readinessForAnotherRoleThanTheTargetIsRefused() {
    String json = ResultWriter.json().write(needs(Optional.of(RoleId.of("link-worker"))))
        .replaceFirst("\"role\" : \"link-worker\",\n  \"competencies\"",
            "\"role\" : \"sp-manager\",\n  \"competencies\"");
    assertThat(json).contains("\"role\" : \"sp-manager\"");
    assertThatThrownBy(() -> read(json)).isInstanceOf(ModelException.class);
  }

  @Test
  void tenReadinessBandsAreRefused() {
    String json = ResultWriter.json().write(needs(Optional.of(RoleId.of("link-worker"))))
        .replaceFirst("\"bands\" : \\[ [0-9]+, ", "\"bands\" : [ ");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("readiness");
  }

  @Test
  void anUnknownFieldIsRefusedWithItsPlace() {
    String json = ResultWriter.json().write(needs(Optional.empty()))
        .replaceFirst("\"peopleShort\"", "\"peopleShorts\" : 1,\n    \"peopleShort\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("competencies[0].peopleShorts")
        .hasMessageContaining("unknown field");
  }

  @Test
  void aMissingCountIsRefusedNotReadAsZero() {
    String json = ResultWriter.json().write(needs(Optional.empty()))
        .replaceFirst("\"assessed\" : [0-9]+,", "");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("missing");
    String split = ResultWriter.json().write(needs(Optional.empty()))
        .replaceFirst("\"key\" : \"([a-z-]+)\",\n(\\s+)\"peopleShort\" : [0-9]+,",
            "\"key\" : \"$1\",");
    assertThatThrownBy(() -> read(split))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("byRole[0]")
        .hasMessageContaining("missing");
  }
}
