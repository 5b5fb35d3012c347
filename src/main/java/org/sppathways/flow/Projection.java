package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * <p>A projection made by {@link FlowModel#project} also lists the flow numbers it was made with
 * ({@link #parameters()}, each sourced or assumed) and costs its staff ({@link #staffCost()}).
 *
 * <p>Two projections are equal when their years, split, notes, parameters and staff costs are
 * equal; a projection written
 * by {@code org.sppathways.io.ResultWriter} reads back equal with {@code ResultReader}. This class
 * is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Projection {
  private final boolean split;
  private final ImmutableList<ProjectionYear> years;
  private final ImmutableList<String> notes;
  private final ImmutableList<FlowParameter> parameters;
  private final Optional<StaffCost> staffCost;

  Projection(boolean split, List<ProjectionYear> years, List<String> notes,
      List<FlowParameter> parameters, Optional<StaffCost> staffCost) {
    this.split = split;
    this.years = ImmutableList.copyOf(years);
    this.notes = ImmutableList.copyOf(notes);
    this.parameters = ImmutableList.copyOf(parameters);
    this.staffCost = Objects.requireNonNull(staffCost, "staffCost");
  }

  /**
   * A projection from its years, e.g. to rebuild a stored one. Checks that it is one: years
   * numbered 0, 1, 2 … with the same states, year 0 without flows, and each year's headcounts
   * following from the year before by its flows, exactly in millionths of a person.
   *
   * @param splitByOrganisationType whether states are split by organisation type
   * @param years every year, the start (year 0) first
   * @param notes what to keep in mind about the data
   * @throws IllegalArgumentException if the years do not make a projection, saying where
   * @since 0.1.0
   */
  public static Projection of(boolean splitByOrganisationType, List<ProjectionYear> years,
      List<String> notes) {
    check(splitByOrganisationType, years, notes);
    return new Projection(splitByOrganisationType, years, notes, List.of(), Optional.empty());
  }

  /**
   * A projection from its years, the flow parameters it was made with and its staff cost, e.g.
   * to rebuild a stored one. Checks the years as {@link #of(boolean, List, List)} does, and that
   * the staff cost has as many years.
   *
   * @param splitByOrganisationType whether states are split by organisation type
   * @param years every year, the start (year 0) first
   * @param notes what to keep in mind about the data
   * @param parameters the flow numbers of the model, with where each comes from
   * @param staffCost the staff cost of each year
   * @throws IllegalArgumentException if the years do not make a projection, saying where, or
   *     the staff cost covers other years
   * @since 0.1.0
   */
  public static Projection of(boolean splitByOrganisationType, List<ProjectionYear> years,
      List<String> notes, List<FlowParameter> parameters, StaffCost staffCost) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(staffCost, "staffCost");
    check(splitByOrganisationType, years, notes);
    if (staffCost.years().size() != years.size()) {
      throw new IllegalArgumentException("the staff cost covers " + staffCost.years().size()
          + " years but the projection has " + years.size());
    }
    return new Projection(splitByOrganisationType, years, notes, parameters,
        Optional.of(staffCost));
  }

  private static void check(boolean splitByOrganisationType, List<ProjectionYear> years,
      List<String> notes) {
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(notes, "notes");
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a projection has at least year 0");
    }
    for (int t = 0; t < years.size(); t++) {
      ProjectionYear y = Objects.requireNonNull(years.get(t), "year");
      if (y.year() != t) {
        throw new IllegalArgumentException("years must be numbered 0, 1, 2 …; entry " + t
            + " is year " + y.year());
      }
      if (t == 0 && !y.isStart()) {
        throw new IllegalArgumentException("year 0 is the start and has no flows");
      }
      if (t > 0) {
        y.checkFollows(years.get(t - 1));
      }
    }
    if (!splitByOrganisationType && years.get(0).stateList().stream()
        .anyMatch(s -> s.organisationType().isPresent())) {
      throw new IllegalArgumentException("states have organisation types but the projection is "
          + "not split by organisation type");
    }
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

  /**
   * The flow numbers the projection was made with — every leaving rate, route rate and recruits
   * figure of the model — each with where it comes from (its confidence, sources and notes), so
   * that a reader sees which are sourced and which assumed. Empty for a projection rebuilt
   * without them.
   *
   * @since 0.1.0
   */
  public List<FlowParameter> parameters() {
    return parameters;
  }

  /**
   * The staff cost of each year, from the model's pay figures; empty for a projection rebuilt
   * without one.
   *
   * @since 0.1.0
   */
  public Optional<StaffCost> staffCost() {
    return staffCost;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Projection p && split == p.split && years.equals(p.years)
        && notes.equals(p.notes) && parameters.equals(p.parameters)
        && staffCost.equals(p.staffCost);
  }

  @Override
  public int hashCode() {
    return Objects.hash(split, years, notes, parameters, staffCost);
  }

  @Override
  public String toString() {
    return "Projection{" + length() + " years, headcount " + years.get(0).headcount() + " -> "
        + last().headcount() + "}";
  }
}
