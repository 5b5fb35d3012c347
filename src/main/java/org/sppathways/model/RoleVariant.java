package org.sppathways.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.sppathways.model.internal.Requirements;

/**
 * How one organisation type's version of a role differs from the role's own requirements
 * ({@link Role#variants()}): requirements it adds (or, for a competency the role already
 * requires, replaces) and competencies it does not require.
 *
 * <pre>{@code
 * RoleVariant charity = RoleVariant.builder()
 *     .addAdd(Requirement.of(CompetencyId.of("lone-working"), 3))
 *     .addRemove(CompetencyId.of("clinical-systems"))
 *     .build();
 * }</pre>
 *
 * <p>In a model file: {@code vcse-charity: {add: [{competency: lone-working, level: 3}],
 * remove: [clinical-systems]}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RoleVariant {

  /**
   * Requirements this organisation type adds, at most one per competency. One on a competency
   * the role already requires replaces that requirement (its level and importance), in place.
   */
  public abstract List<Requirement> add();

  /** Competencies the role requires that this organisation type does not, each listed once. */
  public abstract List<CompetencyId> remove();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleVariant}. */
  public static final class Builder extends ImmutableRoleVariant.Builder {}

  @Value.Check
  void check() {
    Requirements.unique(add(), Requirement::competency, "an added requirement on competency",
        "the variant");
    Requirements.unique(remove(), c -> c, "a removed competency", "the variant");
    Set<CompetencyId> removed = new HashSet<>(remove());
    for (Requirement r : add()) {
      if (removed.contains(r.competency())) {
        throw new IllegalArgumentException("the variant both adds and removes competency '"
            + r.competency() + "'; keep one");
      }
    }
  }
}
