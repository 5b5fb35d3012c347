package org.sppathways.evidence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;

/**
 * One spell of a career history: a person holding one role (in one organisation type, when
 * known) from a start day, and how the spell ended: still going on, a move to another role
 * ({@code to}), leaving the workforce ({@code left}), or an end with no known destination
 * (censored).
 *
 * <pre>{@code
 * Spell s = Spell.of(PersonId.of("p-1"), RoleId.of("link-worker"), LocalDate.of(2021, 4, 1))
 *     .withOrganisationType(OrganisationTypeId.of("pcn"))
 *     .movedTo(RoleId.of("senior-link-worker"), LocalDate.of(2023, 9, 30));
 * }</pre>
 *
 * <p>A spell is personal data: its {@link #toString()} names neither the person nor the dates.
 * This class is immutable and thread-safe.
 *
 * @param person who held the role
 * @param role the role held
 * @param organisationType the organisation type the role was held in, when known
 * @param start the first day in the role
 * @param end the last day in the role; empty while the spell goes on
 * @param to the role moved to at the end; empty when the person left, the spell goes on, or its
 *     end has no known destination
 * @param left whether the person left the workforce at the end
 * @since 0.1.0
 */
public record Spell(PersonId person, RoleId role, Optional<OrganisationTypeId> organisationType,
    LocalDate start, Optional<LocalDate> end, Optional<RoleId> to, boolean left) {

  /**
   * Validates the spell.
   *
   * @throws IllegalArgumentException if the end is before the start, a move or leaving has no
   *     end, the spell both moves and leaves, or it moves to its own role
   */
  public Spell {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(to, "to");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("a spell ends before it starts");
    }
    if ((to.isPresent() || left) && end.isEmpty()) {
      throw new IllegalArgumentException("a spell that " + (left ? "leaves" : "moves")
          + " needs an end day");
    }
    if (to.isPresent() && left) {
      throw new IllegalArgumentException("a spell either moves to a role or leaves, not both");
    }
    if (to.isPresent() && to.get().equals(role)) {
      throw new IllegalArgumentException("a spell in '" + role + "' cannot move to '" + role
          + "' itself");
    }
  }

  /** A spell going on since {@code start}, organisation type unknown. */
  public static Spell of(PersonId person, RoleId role, LocalDate start) {
    return new Spell(person, role, Optional.empty(), start, Optional.empty(), Optional.empty(),
        false);
  }

  /** This spell held in an organisation type. */
  public Spell withOrganisationType(OrganisationTypeId type) {
    return new Spell(person, role, Optional.of(type), start, end, to, left);
  }

  /**
   * This spell ended by a move to another role, its last day {@code end}.
   *
   * @throws IllegalArgumentException if the end is before the start or the role is its own
   */
  public Spell movedTo(RoleId next, LocalDate end) {
    return new Spell(person, role, organisationType, start, Optional.of(end), Optional.of(next),
        false);
  }

  /**
   * This spell ended by leaving the workforce, its last day {@code end}.
   *
   * @throws IllegalArgumentException if the end is before the start
   */
  public Spell leftOn(LocalDate end) {
    return new Spell(person, role, organisationType, start, Optional.of(end), Optional.empty(),
        true);
  }

  /**
   * This spell ended on {@code end} with no known destination (censored).
   *
   * @throws IllegalArgumentException if the end is before the start
   */
  public Spell censoredOn(LocalDate end) {
    return new Spell(person, role, organisationType, start, Optional.of(end), Optional.empty(),
        false);
  }

  /** Whether the spell ended by a move or by leaving (an event, not censored or going on). */
  public boolean hasEvent() {
    return left || to.isPresent();
  }

  /** The role and how the spell ended; no person, no dates (they are personal data). */
  @Override
  public String toString() {
    return "Spell{" + role + organisationType.map(t -> "@" + t).orElse("")
        + (left ? ", left" : to.map(t -> ", to " + t).orElse(end.isPresent() ? ", censored"
        : ", ongoing")) + "}";
  }
}
