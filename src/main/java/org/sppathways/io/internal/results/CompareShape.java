package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Comparison;
import org.sppathways.structure.StructureProfile;

/**
 * {@code compare}: a {@link Comparison}: the two {@link StructureProfile}s and their
 * {@code differences} (left minus right). CSV one row per side, then a {@code difference} row.
 */
final class CompareShape implements ResultShape<Comparison> {

  @Override
  public Class<Comparison> type() {
    return Comparison.class;
  }

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(Comparison.class, ComparisonMixin.class);
    Parts.profile(module);
  }

  @JsonSerialize(converter = Out.class)
  abstract static class ComparisonMixin {}

  /** The comparison as written: both sides and what differs. */
  @JsonPropertyOrder({"left", "right", "differences"})
  record Written(StructureProfile left, StructureProfile right, Differences differences) {}

  /** The differences, left minus right, named by the measure they compare. */
  @JsonPropertyOrder({"ceiling", "topSeniority", "meanCeiling", "ladderDepth", "deadEnds",
      "supportGaps", "onlyLeft", "onlyRight"})
  record Differences(OptionalInt ceiling, OptionalInt topSeniority, OptionalDouble meanCeiling,
      int ladderDepth, int deadEnds, int supportGaps, List<String> onlyLeft,
      List<String> onlyRight) {}

  static final class Out extends StdConverter<Comparison, Written> {
    @Override
    public Written convert(Comparison c) {
      return new Written(c.left(), c.right(), new Differences(c.ceilingDifference(),
          c.topSeniorityDifference(), c.meanCeilingDifference(), c.ladderDepthDifference(),
          c.deadEndDifference(), c.supportGapDifference(), c.onlyLeft(), c.onlyRight()));
    }
  }

  @Override
  public List<String> csvHeader() {
    return List.of("side", "model", "organisationType", "name", "roles", "entryRoles",
        "topSeniority", "ceiling", "ceilingRoles", "ceilingRoleTitles", "meanCeiling",
        "meanMonthsToCeiling", "ladderDepth", "levels", "deadEnds", "plateaus", "supports",
        "lacks", "supportGaps");
  }

  /**
   * A row per side with the profile's fields, then a {@code difference} row filling only the
   * numeric columns the comparison measures. Titles come from the model written with (with two
   * models, the right side's roles missing from it get no title).
   */
  @Override
  public List<List<String>> csvRows(Comparison c, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(side("left", c.left(), model));
    rows.add(side("right", c.right(), model));
    rows.add(List.of("difference", "", "", "", "", "", whole(c.topSeniorityDifference()),
        whole(c.ceilingDifference()), "", "", amount(c.meanCeilingDifference()), "",
        CsvNumbers.whole(c.ladderDepthDifference()), "", CsvNumbers.whole(c.deadEndDifference()),
        "", "", "", CsvNumbers.whole(c.supportGapDifference())));
    return rows;
  }

  private static List<String> side(String side, StructureProfile p, WorkforceModel model) {
    return List.of(side, p.model(), p.organisationType().map(t -> t.value()).orElse(""), p.name(),
        CsvNumbers.whole(p.roles()), CsvNumbers.whole(p.entryRoles()), whole(p.topSeniority()),
        whole(p.ceiling()), String.join(";", p.ceilingRoles().stream().map(r -> r.value())
            .toList()),
        String.join(";", p.ceilingRoles().stream().map(r -> model.findRole(r).map(Role::title)
            .orElse("")).toList()),
        amount(p.meanCeiling()), amount(p.meanMonthsToCeiling()), CsvNumbers.whole(p.ladderDepth()),
        CsvNumbers.whole(p.levels()), CsvNumbers.whole(p.deadEnds()),
        CsvNumbers.whole(p.plateaus()), String.join(";", p.supports()),
        String.join(";", p.lacks()), CsvNumbers.whole(p.supportGaps()));
  }

  private static String whole(OptionalInt value) {
    return value.isPresent() ? CsvNumbers.whole(value.getAsInt()) : "";
  }

  private static String amount(OptionalDouble value) {
    return value.isPresent() ? CsvNumbers.amount(value.getAsDouble()) : "";
  }
}
