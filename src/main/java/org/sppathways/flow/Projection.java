package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Expected headcounts year by year, from {@link FlowModel#project}: year 0 is the start.
 *
 * <pre>{@code
 * Projection p = FlowModel.of(model).project(start, 5);
 * for (ProjectionYear y : p.years()) {
 *   y.headcount(RoleId.of("senior-link-worker"));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Projection {
  private final boolean split;
  private final ImmutableList<ProjectionYear> years;
  private final ImmutableList<String> notes;

  Projection(boolean split, List<ProjectionYear> years, List<String> notes) {
    this.split = split;
    this.years = ImmutableList.copyOf(years);
    this.notes = ImmutableList.copyOf(notes);
  }

  /** Whether states are split by organisation type. */
  public boolean isSplitByOrganisationType() {
    return split;
  }

  /** Every year, the start (year 0) first. */
  public List<ProjectionYear> years() {
    return years;
  }

  /**
   * One year.
   *
   * @throws IndexOutOfBoundsException if the year is not from 0 to {@link #length()}
   */
  public ProjectionYear year(int year) {
    return years.get(year);
  }

  /** The number of years projected (the last year). */
  public int length() {
    return years.size() - 1;
  }

  /** The last year. */
  public ProjectionYear last() {
    return years.get(years.size() - 1);
  }

  /** What to keep in mind about the data (see {@link FlowModel#notes()}), and about the start. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "Projection{" + length() + " years, headcount " + years.get(0).headcount() + " -> "
        + last().headcount() + "}";
  }
}
