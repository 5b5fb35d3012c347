package org.sppathways.model;

import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A competency at a minimum level that a role (or a move between roles) asks for, either
 * essential or desirable.
 *
 * <pre>{@code
 * Requirement r = Requirement.of(CompetencyId.of("safeguarding-adults"), 2);
 * Requirement nice = Requirement.desirable(CompetencyId.of("motivational-interviewing"), 1);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Requirement {

  /** The competency required. */
  public abstract CompetencyId competency();

  /** The minimum level, 1 or more. */
  public abstract int level();

  /** Whether the requirement is essential (true, the default) or desirable. */
  @Value.Default
  public boolean essential() {
    return true;
  }

  /** Returns an essential requirement. */
  public static Requirement of(CompetencyId competency, int level) {
    return builder().competency(competency).level(level).build();
  }

  /** Returns a desirable (not essential) requirement. */
  public static Requirement desirable(CompetencyId competency, int level) {
    return builder().competency(competency).level(level).essential(false).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}. */
  public static final class Builder extends ImmutableRequirement.Builder {}

  @Value.Check
  void check() {
    Checks.positiveLevel(level(), "level");
  }
}
