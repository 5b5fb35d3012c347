package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.structure.StructureProfile;

/**
 * Mix-ins for the parts several results share (a requirement's gap, a competency level …), so
 * that each is written the same way wherever it appears.
 */
final class Parts {
  private Parts() {}

  static void setUp(SimpleModule module) {
    module.setMixInAnnotation(RequirementGap.class, RequirementGapMixin.class);
    module.setMixInAnnotation(CompetencyLevel.class, CompetencyLevelMixin.class);
    module.setMixInAnnotation(NeedSplit.class, NeedSplitMixin.class);
  }

  /**
   * {@code {"competency", "held", "required", "essential", "met", "lapsed", "lapsedOn"}};
   * {@code lapsedOn} only when evidence of the required level lapsed.
   */
  @JsonPropertyOrder({"competency", "held", "required", "essential", "met", "lapsed",
      "lapsedOn"})
  @JsonIgnoreProperties(value = {"met", "shortfall", "lapsed"}, allowGetters = true)
  abstract static class RequirementGapMixin {
    @JsonProperty("met")
    abstract boolean met();

    @JsonProperty("lapsed")
    abstract boolean lapsed();
  }

  /** {@code {"competency", "level"}}: a level of one competency (e.g. a gap no course closes). */
  @JsonPropertyOrder({"competency", "level"})
  abstract static class CompetencyLevelMixin {
    @JsonCreator
    static CompetencyLevel of(@JsonProperty(value = "competency", required = true)
        CompetencyId competency, @JsonProperty(value = "level", required = true) int level) {
      throw new AssertionError("a mix-in");
    }

    @JsonProperty("competency")
    abstract CompetencyId competency();

    @JsonProperty("level")
    abstract int level();
  }

  /**
   * {@code {"key", "peopleShort", "totalShortfall"}}: one part of a need (a role, an organisation
   * type, a competency); an empty key (people without an organisation type) is left out and read
   * back as empty.
   */
  @JsonPropertyOrder({"key", "peopleShort", "totalShortfall"})
  abstract static class NeedSplitMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonSetter(nulls = Nulls.AS_EMPTY)
    abstract String key();

    @JsonProperty(required = true)
    abstract long peopleShort();

    @JsonProperty(required = true)
    abstract long totalShortfall();
  }
  /** A {@link StructureProfile}: every component by name (compare; structure results). */
  static void profile(SimpleModule module) {
    module.setMixInAnnotation(StructureProfile.class, StructureProfileMixin.class);
  }

  @JsonPropertyOrder({"model", "organisationType", "name", "roles", "entryRoles", "topSeniority",
      "ceiling", "ceilingRoles", "meanCeiling", "meanMonthsToCeiling", "ladderDepth", "levels",
      "deadEnds", "plateaus", "supports", "lacks", "supportGaps"})
  abstract static class StructureProfileMixin {}
}
