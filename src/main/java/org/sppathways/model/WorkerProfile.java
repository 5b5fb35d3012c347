package org.sppathways.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A person in the workforce: current role and employer type (when known), months in role, the
 * competency levels they hold and the courses they have completed.
 *
 * <p><b>Profiles are personal data.</b> The library never logs them, and {@link #toString()}
 * shows only the id and counts, never held levels, hours or courses.
 *
 * <pre>{@code
 * WorkerProfile alex = WorkerProfile.builder()
 *     .id(PersonId.of("p-0001"))
 *     .role(RoleId.of("link-worker"))
 *     .putHold(CompetencyId.of("safeguarding-adults"), 2)
 *     .build();
 * alex.level(CompetencyId.of("safeguarding-adults"));   // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WorkerProfile {

  /** The person's id. */
  public abstract PersonId id();

  /** The current role, when known. */
  public abstract Optional<RoleId> role();

  /** The current employer's organisation type, when known. */
  public abstract Optional<OrganisationTypeId> organisationType();

  /** Months in the current role, 0 or more (default 0). */
  @Value.Default
  public int monthsInRole() {
    return 0;
  }

  /** Contracted hours per week, when known. */
  public abstract OptionalDouble contractedHours();

  /** Hours per week actually worked, when known. */
  public abstract OptionalDouble workedHours();

  /** The competency levels held (0 means not held). */
  public abstract Map<CompetencyId, Integer> holds();

  /** Completed courses. */
  public abstract List<CourseId> completed();

  /** The level held of a competency, 0 when not held. */
  public int level(CompetencyId competency) {
    Integer level = holds().get(Objects.requireNonNull(competency, "competency"));
    return level == null ? 0 : level;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerProfile}. */
  public static final class Builder extends ImmutableWorkerProfile.Builder {}

  @Value.Check
  void check() {
    Checks.nonNegative(monthsInRole(), "monthsInRole");
    if (contractedHours().isPresent()) {
      Checks.nonNegative(contractedHours().getAsDouble(), "contractedHours");
    }
    if (workedHours().isPresent()) {
      Checks.nonNegative(workedHours().getAsDouble(), "workedHours");
    }
    holds().forEach((c, level) -> Checks.nonNegative(level, "level of '" + c + "'"));
  }

  /** The id and counts only: profiles are personal data and must not reach logs. */
  @Override
  public String toString() {
    return "WorkerProfile{id=" + id() + ", " + holds().size() + " competencies, "
        + completed().size() + " courses}";
  }
}
