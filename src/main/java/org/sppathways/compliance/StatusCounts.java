package org.sppathways.compliance;

import java.util.Objects;

/**
 * How many person–competency checks of one group (a role, an organisation type, a competency,
 * or everyone) have each status.
 *
 * @param key the role, organisation type or competency id; {@code ""} for people without an
 *     organisation type, and for the total
 * @param current checks {@code current}
 * @param due checks {@code due}
 * @param lapsed checks {@code lapsed}
 * @param missing checks {@code missing}
 * @since 0.1.0
 */
public record StatusCounts(String key, long current, long due, long lapsed, long missing) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public StatusCounts {
    Objects.requireNonNull(key, "key");
    if (current < 0 || due < 0 || lapsed < 0 || missing < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
  }

  /** Every check of the group: the four counts added. */
  public long total() {
    return current + due + lapsed + missing;
  }

  /** The count of one status. */
  public long count(ComplianceStatus status) {
    return switch (Objects.requireNonNull(status, "status")) {
      case CURRENT -> current;
      case DUE -> due;
      case LAPSED -> lapsed;
      case MISSING -> missing;
    };
  }
}
