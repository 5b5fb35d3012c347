package org.sppathways.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * One named level of a {@link ProficiencyScale}, such as {@code 2 Working}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProficiencyLevel {

  /** The level number, 1 or more. */
  public abstract int level();

  /** The level's short name, e.g. {@code Awareness}. */
  public abstract String name();

  /** What holding this level means, when documented. */
  public abstract Optional<String> description();

  /**
   * Returns a level without a description.
   *
   * @throws IllegalArgumentException if the level is below 1 or the name is blank
   */
  public static ProficiencyLevel of(int level, String name) {
    return builder().level(level).name(name).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProficiencyLevel}. */
  public static final class Builder extends ImmutableProficiencyLevel.Builder {}

  @Value.Check
  void check() {
    Checks.positiveLevel(level(), "level");
    Checks.notBlank(name(), "name");
  }
}
