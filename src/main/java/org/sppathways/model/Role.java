package org.sppathways.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;
import org.sppathways.model.internal.Requirements;

/**
 * A job in the workforce (or, when {@linkplain #external() external}, a profession outside it
 * that people enter from), with the competencies it requires.
 *
 * <pre>{@code
 * Role linkWorker = Role.builder()
 *     .id(RoleId.of("link-worker"))
 *     .title("Social prescribing link worker")
 *     .seniority(5)
 *     .addOfferedBy(OrganisationTypeId.of("pcn"))
 *     .addRequirement(Requirement.of(CompetencyId.of("safeguarding-adults"), 2))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Role implements Sourced {

  /** The id, unique among the model's roles. */
  public abstract RoleId id();

  /** The job title. */
  public abstract String title();

  /** An ordinal seniority (e.g. an NHS Agenda for Change band or an O*NET Job Zone), when known. */
  public abstract OptionalInt seniority();

  /** The role family, e.g. {@code social-prescribing}, when given. */
  public abstract Optional<String> family();

  /** Whether this is a profession outside the workforce that people enter from. */
  @Value.Default
  public boolean external() {
    return false;
  }

  /** The organisation types that offer this role, each listed once. */
  public abstract List<OrganisationTypeId> offeredBy();

  /** The competencies the role requires, at most one requirement per competency. */
  public abstract List<Requirement> requirements();

  /** Free key–value metadata, e.g. the code an importer read the role from. */
  public abstract Map<String, String> attributes();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}. */
  public static final class Builder extends ImmutableRole.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    if (seniority().isPresent()) {
      Checks.nonNegative(seniority().getAsInt(), "seniority");
    }
    String owner = "role '" + id() + "'";
    Requirements.unique(offeredBy(), t -> t, "organisation type", owner);
    Requirements.unique(requirements(), Requirement::competency, "a requirement on competency", owner);
  }
}
