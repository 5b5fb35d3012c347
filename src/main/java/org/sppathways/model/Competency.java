package org.sppathways.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * Something a person can hold at a proficiency level: a skill, a piece of knowledge or a
 * behaviour, grouped by {@linkplain #domain() domain}.
 *
 * <pre>{@code
 * Competency safeguarding = Competency.builder()
 *     .id(CompetencyId.of("safeguarding-adults"))
 *     .name("Safeguarding adults")
 *     .domain("Safety and boundaries")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Competency implements Sourced {

  /** The id, unique among the model's competencies. */
  public abstract CompetencyId id();

  /** The display name. */
  public abstract String name();

  /** The grouping this competency belongs to, e.g. {@code Person-centred practice}. */
  public abstract String domain();

  /** A longer description, when given. */
  public abstract Optional<String> description();

  /** The broader competency this one refines (as in ESCO's skill hierarchy), when given. */
  public abstract Optional<CompetencyId> parent();

  /** Whether the competency is acquired through practice, so that no course is expected to teach it. */
  @Value.Default
  public boolean learnedOnTheJob() {
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Competency}. */
  public static final class Builder extends ImmutableCompetency.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.notBlank(domain(), "domain");
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new IllegalArgumentException("competency '" + id() + "' cannot be its own parent");
    }
  }
}
