package org.sppathways.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
 *
 * @since 0.1.0
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

  /**
   * The share of the role's staff who leave the workforce each year, in [0, 1], when known. Used
   * by workforce projection ({@code org.sppathways.flow}); moves along routes are not leaving.
   */
  public abstract OptionalDouble leaving();

  /**
   * Leaving rates in [0, 1] for particular organisation types offering the role; for those types
   * they replace {@link #leaving()}.
   */
  public abstract Map<OrganisationTypeId, Double> leavingBy();

  /**
   * Expected recruits per year from outside the workforce straight into this role (not along a
   * modelled entry route), 0 or more, when known. Not tied to an organisation type.
   */
  public abstract OptionalDouble recruits();

  /**
   * Expected recruits per year into this role in particular organisation types, 0 or more each, in
   * addition to {@link #recruits()}.
   */
  public abstract Map<OrganisationTypeId, Double> recruitsBy();

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
    if (leaving().isPresent()) {
      Checks.rate(leaving().getAsDouble(), "leaving");
    }
    leavingBy().forEach((type, rate) -> Checks.rate(rate, "leaving in '" + type + "'"));
    if (recruits().isPresent()) {
      Checks.nonNegative(recruits().getAsDouble(), "recruits");
    }
    recruitsBy().forEach((type, n) -> Checks.nonNegative(n, "recruits in '" + type + "'"));
  }
}
