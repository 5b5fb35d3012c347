package org.sppathways.training;

import java.util.Objects;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;

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
 * for (UnclosableTarget u : plan.unclosableTargets()) {
 *   System.out.println(u.target() + ": " + u.detail());
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
    NOT_ELIGIBLE
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
