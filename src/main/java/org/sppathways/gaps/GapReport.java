package org.sppathways.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;

/**
 * What a person (or the holder of another role) lacks for a role: each requirement with the
 * level held and required, and the totals.
 *
 * <ul>
 *   <li>{@link #readiness()} = met requirements / all requirements (1.0 for a role with none);</li>
 *   <li>{@link #essentialMet()}: every essential requirement is met;</li>
 *   <li>{@link #shortfall()} = Σ max(0, required − held), in level steps;</li>
 *   <li>{@link #weightedReadiness()} = Σ wᵢ·min(heldᵢ, requiredᵢ)/requiredᵢ / Σ wᵢ with
 *       w = 2 for essential and 1 for desirable requirements (1.0 for a role with none): partial
 *       credit for partly held levels, essentials counting double.</li>
 * </ul>
 *
 * <p><b>Personal data.</b> A person's gap report holds their competency levels, so its
 * {@link #toString()} shows only the person, the role and the number of requirements; read the
 * components for the levels. A gap between two roles (no person) prints every requirement.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person the person assessed, when the gap is a person's
 * @param from the role whose requirements were taken as held, when the gap is between roles
 * @param role the target role
 * @param requirements every requirement of the target role, in the role's order
 * @param met the number of requirements met
 * @param essentialMet whether every essential requirement is met
 * @param shortfall the total missing level steps
 * @param weightedReadiness the weighted score described above, in [0, 1]
 * @param asOf for a person whose evidence carries dates, the day their held levels were taken
 *     on; empty between roles and for undated evidence, where the day makes no difference
 *
 * @since 0.1.0
 */
public record GapReport(Optional<PersonId> person, Optional<RoleId> from, RoleId role,
    List<RequirementGap> requirements, int met, boolean essentialMet, int shortfall,
    double weightedReadiness, Optional<LocalDate> asOf) {

  /** Validates and copies the components. */
  public GapReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(role, "role");
    requirements = List.copyOf(requirements);
  }

  /** Met requirements / all requirements, 1.0 when the role has none. */
  public double readiness() {
    return requirements.isEmpty() ? 1.0 : (double) met / requirements.size();
  }

  /** The requirements not met, in the role's order. */
  public List<RequirementGap> gaps() {
    return requirements.stream().filter(g -> !g.met()).toList();
  }

  /**
   * For a person: {@code GapReport{person=p-0001, role=sp-manager, 12 requirements}}, without held
   * levels or scores, which are personal data. Between roles: every component.
   */
  @Override
  public String toString() {
    if (person.isPresent()) {
      return "GapReport{person=" + person.get() + ", role=" + role + ", " + requirements.size()
          + " requirements}";
    }
    return "GapReport{from=" + from.map(Object::toString).orElse("-") + ", role=" + role
        + ", requirements=" + requirements + ", met=" + met + ", essentialMet=" + essentialMet
        + ", shortfall=" + shortfall + ", weightedReadiness=" + weightedReadiness + "}";
  }
}
