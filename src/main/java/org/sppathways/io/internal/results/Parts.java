package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sppathways.gaps.RequirementGap;

/**
 * Mix-ins for the parts several results share (a requirement's gap, a competency level …), so
 * that each is written the same way wherever it appears.
 */
final class Parts {
  private Parts() {}

  static void setUp(SimpleModule module) {
    module.setMixInAnnotation(RequirementGap.class, RequirementGapMixin.class);
  }

  /** {@code {"competency", "held", "required", "essential", "met"}}. */
  @JsonPropertyOrder({"competency", "held", "required", "essential", "met"})
  @JsonIgnoreProperties(value = {"met", "shortfall"}, allowGetters = true)
  abstract static class RequirementGapMixin {
    @JsonProperty("met")
    abstract boolean met();
  }
}
