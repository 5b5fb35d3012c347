package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import java.util.Optional;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.ReadinessDistribution;
import org.sppathways.model.Competency;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * {@code needs}: {@link PopulationNeeds}, read back too; the target role is written as
 * {@code role}. CSV one row per competency, most common first.
 */
final class NeedsShape implements ResultShape<PopulationNeeds> {

  @Override
  public Class<PopulationNeeds> type() {
    return PopulationNeeds.class;
  }

  @Override
  public String name() {
    return "needs";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(PopulationNeeds.class, Mixin.class);
    module.setMixInAnnotation(CompetencyNeed.class, CompetencyNeedMixin.class);
    module.setMixInAnnotation(ReadinessDistribution.class, ReadinessMixin.class);
  }

  /* Counts are required when reading: a missing count must not be read as 0. */

  @JsonPropertyOrder({"people", "assessed", "role", "competencies", "readiness"})
  abstract static class Mixin {
    @JsonProperty("role")
    abstract Optional<RoleId> target();

    @JsonProperty(required = true)
    abstract long people();

    @JsonProperty(required = true)
    abstract long assessed();

    @JsonProperty(required = true)
    abstract List<?> competencies();
  }

  @JsonPropertyOrder({"competency", "peopleShort", "totalShortfall", "byRole",
      "byOrganisationType"})
  abstract static class CompetencyNeedMixin {
    @JsonProperty(required = true)
    abstract long peopleShort();

    @JsonProperty(required = true)
    abstract long totalShortfall();

    @JsonProperty(required = true)
    abstract List<?> byRole();

    @JsonProperty(required = true)
    abstract List<?> byOrganisationType();
  }

  @JsonPropertyOrder({"role", "people", "mean", "essentialMet", "bands"})
  abstract static class ReadinessMixin {
    @JsonProperty(required = true)
    abstract long people();

    @JsonProperty(required = true)
    abstract double mean();

    @JsonProperty(required = true)
    abstract long essentialMet();

    @JsonProperty(required = true)
    abstract List<?> bands();
  }

  @Override
  public List<String> csvHeader() {
    return List.of("competency", "competencyName", "peopleShort", "totalShortfall");
  }

  @Override
  public List<List<String>> csvRows(PopulationNeeds needs, WorkforceModel model) {
    return needs.competencies().stream().map(n -> List.of(n.competency().value(),
        model.findCompetency(n.competency()).map(Competency::name).orElse(""),
        CsvNumbers.whole(n.peopleShort()), CsvNumbers.whole(n.totalShortfall()))).toList();
  }
}
