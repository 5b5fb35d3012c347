package org.sppathways.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;

/**
 * The roles a person could move to next ({@link GapAnalysis#nextRoles(WorkerProfile, int)}),
 * with the person, the role they move from and the step limit asked for: the result that
 * {@code sp-pathways next} prints and {@code org.sppathways.io.ResultWriter} writes.
 *
 * <pre>{@code
 * GapAnalysis gaps = GapAnalysis.of(model);
 * NextRoles next = NextRoles.of(person, 2, gaps.nextRoles(person, 2));
 * String json = ResultWriter.json().write(next);
 * }</pre>
 *
 * <p><b>Personal data.</b> Readiness and shortfall are derived from the person's competency
 * levels, so {@link #toString()} shows only the person's id and the number of roles.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person the person
 * @param from the person's current role; empty for a person without one, who is ranked against
 *     every role of the workforce, without steps
 * @param maxSteps the most moves away a listed role may be; empty for any number
 * @param roles the roles, ranked as {@link GapAnalysis#nextRoles(WorkerProfile, int)} says
 * @param asOf the day the person's held levels were taken on, when their evidence carries
 *     dates; empty otherwise
 * @since 0.1.0
 */
public record NextRoles(PersonId person, Optional<RoleId> from, OptionalInt maxSteps,
    List<RoleOption> roles, Optional<LocalDate> asOf) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code maxSteps} is below 1
   */
  public NextRoles {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(maxSteps, "maxSteps");
    Objects.requireNonNull(asOf, "asOf");
    roles = List.copyOf(roles);
    if (maxSteps.isPresent() && maxSteps.getAsInt() < 1) {
      throw new IllegalArgumentException("maxSteps must be 1 or more, was "
          + maxSteps.getAsInt());
    }
  }

  /**
   * The roles at most {@code maxSteps} moves from a person's current role.
   *
   * @param person the person the roles were ranked for
   * @param maxSteps the step limit the roles were found with, 1 or more
   * @param roles {@link GapAnalysis#nextRoles(WorkerProfile, int)} for that person and limit
   * @throws IllegalArgumentException if {@code maxSteps} is below 1
   */
  public static NextRoles of(WorkerProfile person, int maxSteps, List<RoleOption> roles) {
    return new NextRoles(person.id(), person.role(), OptionalInt.of(maxSteps), roles,
        Optional.empty());
  }

  /**
   * The roles at most {@code maxSteps} moves from a person's current role, ranked by the levels
   * they held on {@code asOf}.
   *
   * @param roles {@link GapAnalysis#nextRoles(WorkerProfile, int, LocalDate)} for that person,
   *     limit and day
   * @throws IllegalArgumentException if {@code maxSteps} is below 1
   */
  public static NextRoles of(WorkerProfile person, int maxSteps, LocalDate asOf,
      List<RoleOption> roles) {
    return new NextRoles(person.id(), person.role(), OptionalInt.of(maxSteps), roles,
        Optional.of(asOf));
  }

  /**
   * The roles any number of moves from a person's current role, ranked by the levels they held
   * on {@code asOf}.
   */
  public static NextRoles of(WorkerProfile person, LocalDate asOf, List<RoleOption> roles) {
    return new NextRoles(person.id(), person.role(), OptionalInt.empty(), roles,
        Optional.of(asOf));
  }

  /**
   * The roles any number of moves from a person's current role.
   *
   * @param person the person the roles were ranked for
   * @param roles {@link GapAnalysis#nextRoles(WorkerProfile)} for that person
   */
  public static NextRoles of(WorkerProfile person, List<RoleOption> roles) {
    return new NextRoles(person.id(), person.role(), OptionalInt.empty(), roles,
        Optional.empty());
  }

  /** The person's id and the number of roles, e.g. {@code NextRoles{person=p-0001, 4 roles}}. */
  @Override
  public String toString() {
    return "NextRoles{person=" + person + ", " + roles.size() + " roles}";
  }
}
