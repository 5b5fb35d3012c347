package org.sppathways.model;

import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A support structure an organisation type typically offers its staff, such as
 * {@code clinical-supervision}, {@code line-management}, {@code peer-support},
 * {@code training-budget}, {@code management-training} or {@code induction}, with its own
 * provenance.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SupportStructure implements Sourced {

  /** The structure's name, e.g. {@code clinical-supervision}. */
  public abstract String structure();

  /** Returns a structure without provenance. */
  public static SupportStructure of(String structure) {
    return builder().structure(structure).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportStructure}. */
  public static final class Builder extends ImmutableSupportStructure.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(structure(), "structure");
  }
}
