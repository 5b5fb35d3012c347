package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.gaps.Candidate;
import org.sppathways.gaps.TalentPool;
import org.sppathways.model.WorkforceModel;

/** {@code fit}: a {@link TalentPool}; CSV one row per person, best first. */
final class FitShape implements ResultShape<TalentPool> {

  @Override
  public Class<TalentPool> type() {
    return TalentPool.class;
  }

  @Override
  public String name() {
    return "fit";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(TalentPool.class, Mixin.class);
    module.setMixInAnnotation(Candidate.class, CandidateMixin.class);
  }

  @JsonPropertyOrder({"role", "people"})
  abstract static class Mixin {}

  @JsonPropertyOrder({"person", "readiness", "essentialMet", "shortfall"})
  abstract static class CandidateMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("person", "readiness", "essentialMet", "shortfall");
  }

  @Override
  public List<List<String>> csvRows(TalentPool pool, WorkforceModel model) {
    return pool.people().stream().map(c -> List.of(c.person().value(),
        CsvNumbers.share(c.readiness()), String.valueOf(c.essentialMet()),
        CsvNumbers.whole(c.shortfall()))).toList();
  }
}
