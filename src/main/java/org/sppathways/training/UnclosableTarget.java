package org.sppathways.training;

import java.util.Objects;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.internal.EnumNames;

/**
 * A target level no plan can reach, and why: no course in the catalogue reaches it, or every
 * course that does cannot be entered by the person planned for (an entry rule no training can
 * meet, such as a contract of too few hours or an employer of another organisation type).
 *
 * <p>The {@link #detail()} names the courses and the rules that stop them, never the person's
 * own values (their hours, their organisation type or their levels), so it may be shown to
 * anyone who may see the plan, e.g.
 * {@code course 'chww-apprenticeship' needs a contract of at least 30 hours a week}.
 *
 * <pre>{@code
 * List<String> why = new ArrayList<>();
 * for (UnclosableTarget u : plan.unclosableTargets()) {
 *   why.add(u.target() + ": " + u.detail());   // e.g. for a plan's report
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param target the competency and the level that cannot be reached
 * @param reason why, in one word
 * @param detail why, in a sentence a person reads
 * @since 0.1.0
 */
public record UnclosableTarget(CompetencyLevel target, Reason reason, String detail) {

  /**
   * Why a target cannot be reached.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** No course in the catalogue (not already completed) reaches the level. */
    NO_COURSE,
    /**
     * Courses reach the level, but the person cannot enter any of them, nor be made eligible by
     * other courses: an entry rule about their employer or contract, or one only such courses
     * could meet.
     */
    NOT_ELIGIBLE;

    /**
     * The printed name: the constant's name in lower case with hyphens for underscores
     * ({@code not-eligible}), the same in JSON and CSV.
     */
    @Override
    public String toString() {
      return EnumNames.print(this);
    }

    /**
     * The constant with the given printed name; {@code parse(c.toString()) == c} for every
     * constant {@code c}.
     *
     * @throws IllegalArgumentException if no constant prints as {@code name}; the message lists
     *     the valid names
     */
    public static Reason parse(String name) {
      return EnumNames.parse(Reason.class, "reason a target cannot be closed", name);
    }
  }

  /** Validates the components. */
  public UnclosableTarget {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** The competency that cannot be brought to {@link #level()}. */
  public CompetencyId competency() {
    return target.competency();
  }

  /** The level that cannot be reached. */
  public int level() {
    return target.level();
  }
}
