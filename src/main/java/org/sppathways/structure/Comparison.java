package org.sppathways.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Two career structures side by side — two organisation types of one model, the same type in two
 * models, or two whole models — with the differences that matter to the seed study's questions:
 * how much higher one ladder reaches, how much deeper it is, how many roles stall, and which
 * support one offers that the other does not. Differences are left minus right.
 *
 * <pre>{@code
 * Comparison c = structure.compare(OrganisationTypeId.of("vcse-charity"), OrganisationTypeId.of("pcn"));
 * c.ceilingDifference();   // OptionalInt[-1]: the VCSE ladder stops one level lower
 * c.onlyRight();           // [clinical-supervision, management-training, training-budget]
 * }</pre>
 *
 * <p>JSON: {@code left}, {@code right} ({@link StructureProfile}s) and {@code differences}, an
 * object of the methods below by name.
 *
 * @param left the first profile
 * @param right the second profile
 *
 * @since 0.1.0
 */
public record Comparison(StructureProfile left, StructureProfile right) {

  /** Validates the components. */
  public Comparison {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  /** Left ceiling minus right ceiling; empty when either has none. */
  public OptionalInt ceilingDifference() {
    return difference(left.ceiling(), right.ceiling());
  }

  /** Left top seniority minus right top seniority; empty when either has none. */
  public OptionalInt topSeniorityDifference() {
    return difference(left.topSeniority(), right.topSeniority());
  }

  /** Left mean ceiling minus right mean ceiling; empty when either has none. */
  public OptionalDouble meanCeilingDifference() {
    return left.meanCeiling().isPresent() && right.meanCeiling().isPresent()
        ? OptionalDouble.of(left.meanCeiling().getAsDouble() - right.meanCeiling().getAsDouble())
        : OptionalDouble.empty();
  }

  /** Left ladder depth minus right ladder depth. */
  public int ladderDepthDifference() {
    return left.ladderDepth() - right.ladderDepth();
  }

  /** Left dead ends minus right dead ends. */
  public int deadEndDifference() {
    return left.deadEnds() - right.deadEnds();
  }

  /** Left support gaps minus right support gaps. */
  public int supportGapDifference() {
    return left.supportGaps() - right.supportGaps();
  }

  /** The support structures the left offers and the right does not, by name. */
  public List<String> onlyLeft() {
    List<String> only = new ArrayList<>(left.supports());
    only.removeAll(right.supports());
    return List.copyOf(only);
  }

  /** The support structures the right offers and the left does not, by name. */
  public List<String> onlyRight() {
    List<String> only = new ArrayList<>(right.supports());
    only.removeAll(left.supports());
    return List.copyOf(only);
  }

  private static OptionalInt difference(OptionalInt a, OptionalInt b) {
    return a.isPresent() && b.isPresent() ? OptionalInt.of(a.getAsInt() - b.getAsInt())
        : OptionalInt.empty();
  }
}
