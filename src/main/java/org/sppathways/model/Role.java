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
 * <p>The requirements may differ by employer ({@link #variants()}) and be lower in a person's
 * first year ({@link #firstYear()}); {@link #requirementsFor(OrganisationTypeId, int)} gives the
 * requirements that apply:
 *
 * <pre>{@code
 * Role role = Role.builder()
 *     .id(RoleId.of("link-worker")).title("Link worker")
 *     .addRequirement(Requirement.of(CompetencyId.of("clinical-systems"), 2))
 *     .addRequirement(Requirement.of(CompetencyId.of("coaching"), 3))
 *     .putVariant(OrganisationTypeId.of("vcse-charity"), RoleVariant.builder()
 *         .addAdd(Requirement.of(CompetencyId.of("lone-working"), 3))
 *         .addRemove(CompetencyId.of("clinical-systems")).build())
 *     .addFirstYear(CompetencyLevel.of(CompetencyId.of("coaching"), 2))
 *     .build();
 * role.requirementsFor(OrganisationTypeId.of("vcse-charity"), 4);
 * // [coaching 2, lone-working 3]
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

  /**
   * Per organisation type, how that type's version of the role differs from
   * {@link #requirements()}; types without an entry use the requirements as they are.
   *
   * @since 0.1.0
   */
  public abstract Map<OrganisationTypeId, RoleVariant> variants();

  /**
   * Lower targets for someone in their first 12 months in the role, at most one per
   * competency, each naming a competency of {@link #requirements()} at a level no higher than
   * required there. See {@link #requirementsFor(OrganisationTypeId, int)} for how they combine.
   *
   * @since 0.1.0
   */
  public abstract List<CompetencyLevel> firstYear();

  /** Months in role below which {@link #firstYear()} targets apply: 12. */
  public static final int FIRST_YEAR_MONTHS = 12;

  /**
   * The requirements of the role as offered by organisation type {@code type}:
   * {@link #requirements()} with that type's {@linkplain #variants() variant} applied (removed
   * competencies dropped, added requirements replacing the one on the same competency in place,
   * others appended in the variant's order); the role's own requirements when the type has no
   * variant. No first-year targets: this is the full target, e.g. for someone moving into the
   * role, or for the role "in" a type in structure and coverage analyses.
   *
   * <pre>{@code
   * role.requirementsIn(OrganisationTypeId.of("vcse-charity"));
   * }</pre>
   *
   * <p>O(r + a) for r requirements and a added ones.
   *
   * @since 0.1.0
   */
  public List<Requirement> requirementsIn(OrganisationTypeId type) {
    RoleVariant variant = variants().get(java.util.Objects.requireNonNull(type, "type"));
    if (variant == null) {
      return requirements();
    }
    java.util.Map<CompetencyId, Requirement> added = new java.util.LinkedHashMap<>();
    variant.add().forEach(r -> added.put(r.competency(), r));
    java.util.Set<CompetencyId> removed = java.util.Set.copyOf(variant.remove());
    List<Requirement> out = new java.util.ArrayList<>();
    for (Requirement r : requirements()) {
      if (removed.contains(r.competency())) {
        continue;
      }
      Requirement replacement = added.remove(r.competency());
      out.add(replacement != null ? replacement : r);
    }
    out.addAll(added.values());
    return List.copyOf(out);
  }

  /**
   * The requirements that apply to someone in the role at an employer of organisation type
   * {@code type} after {@code monthsInRole} months: {@link #requirementsIn(OrganisationTypeId)}
   * and then, while {@code monthsInRole < 12}, each {@linkplain #firstYear() first-year target}
   * lowers the requirement on its competency to {@code min(first-year level, level there)},
   * keeping its importance. A first-year target on a competency the variant removed has no
   * effect. From month 12 on, the full requirements apply.
   *
   * <pre>{@code
   * role.requirementsFor(OrganisationTypeId.of("pcn"), 4);
   * }</pre>
   *
   * <p>O(r + a + f) for r requirements, a added by the variant and f first-year targets.
   *
   * @param type the employer's organisation type
   * @param monthsInRole months in the role, 0 or more
   * @throws IllegalArgumentException if {@code monthsInRole} is negative
   * @since 0.1.0
   */
  public List<Requirement> requirementsFor(OrganisationTypeId type, int monthsInRole) {
    return firstYearOver(requirementsIn(type), monthsInRole);
  }

  /**
   * The requirements that apply after {@code monthsInRole} months at an employer whose
   * organisation type is not known: {@link #requirements()}, lowered by the
   * {@linkplain #firstYear() first-year targets} while {@code monthsInRole < 12} (see
   * {@link #requirementsFor(OrganisationTypeId, int)}).
   *
   * @throws IllegalArgumentException if {@code monthsInRole} is negative
   * @since 0.1.0
   */
  public List<Requirement> requirementsFor(int monthsInRole) {
    return firstYearOver(requirements(), monthsInRole);
  }

  /**
   * The requirements that apply to a person in this role, their current one: their
   * organisation type's variant (when the type is known) and, while their
   * {@link WorkerProfile#monthsInRole()} is below 12, the first-year targets. For a role the
   * person is not in yet (a target role), use {@link #requirementsIn(OrganisationTypeId)} or
   * {@link #requirements()}.
   *
   * <pre>{@code
   * List<Requirement> now = model.role(person.role().get()).requirementsFor(person);
   * }</pre>
   *
   * @since 0.1.0
   */
  public List<Requirement> requirementsFor(WorkerProfile person) {
    java.util.Objects.requireNonNull(person, "person");
    return person.organisationType().isPresent()
        ? requirementsFor(person.organisationType().get(), person.monthsInRole())
        : requirementsFor(person.monthsInRole());
  }

  /**
   * The requirements a person is assessed against for this role: for their current role,
   * {@link #requirementsFor(WorkerProfile)} (their organisation type's variant and, in their
   * first twelve months, the first-year targets); for any other role, its full requirements in
   * their organisation type ({@link #requirementsIn(OrganisationTypeId)}, or
   * {@link #requirements()} when the type is not known). Gap analysis, needs and commissioning
   * all use this rule.
   *
   * <pre>{@code
   * List<Requirement> target = model.role(RoleId.of("senior-link-worker")).requirementsAssessing(person);
   * }</pre>
   *
   * @since 0.1.0
   */
  public List<Requirement> requirementsAssessing(WorkerProfile person) {
    java.util.Objects.requireNonNull(person, "person");
    if (person.role().isPresent() && person.role().get().equals(id())) {
      return requirementsFor(person);
    }
    return person.organisationType().isPresent()
        ? requirementsIn(person.organisationType().get()) : requirements();
  }

  private List<Requirement> firstYearOver(List<Requirement> full, int monthsInRole) {
    Checks.nonNegative(monthsInRole, "monthsInRole");
    if (monthsInRole >= FIRST_YEAR_MONTHS || firstYear().isEmpty()) {
      return full;
    }
    java.util.Map<CompetencyId, Integer> lower = new java.util.HashMap<>();
    firstYear().forEach(f -> lower.put(f.competency(), f.level()));
    List<Requirement> out = new java.util.ArrayList<>(full.size());
    for (Requirement r : full) {
      Integer level = lower.get(r.competency());
      out.add(level == null || level >= r.level() ? r
          : Requirement.builder().from(r).level(level).build());
    }
    return List.copyOf(out);
  }

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

  /**
   * Where {@link #leaving()} and {@link #leavingBy()} come from, when the file says
   * ({@code leaving: {value: 0.15, confidence: assumed, notes: ...}}).
   *
   * @since 0.1.0
   */
  public abstract Optional<Provenance> leavingProvenance();

  /**
   * Where {@link #recruits()} and {@link #recruitsBy()} come from, when the file says.
   *
   * @since 0.1.0
   */
  public abstract Optional<Provenance> recruitsProvenance();

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
    Requirements.unique(firstYear(), CompetencyLevel::competency,
        "a first-year target on competency", owner);
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
