package org.sppathways.model;

import org.sppathways.model.internal.EnumNames;

/**
 * What a {@linkplain StaffFigure staff figure} counts: people, or full-time equivalents. One
 * {@linkplain FigureSeries series} counts in one measure only.
 *
 * <p>File form: the key that holds the figure's value, {@code headcount} or {@code fte}.
 *
 * @since 0.1.0
 */
public enum StaffMeasure {
  /** People in post, each counted once whatever their hours. */
  HEADCOUNT,
  /** Full-time equivalents: contracted hours over full-time hours, summed. */
  FTE;

  /** The printed name, {@code headcount} or {@code fte}. */
  @Override
  public String toString() {
    return EnumNames.print(this);
  }

  /**
   * The constant with the given printed name.
   *
   * @throws IllegalArgumentException if no constant prints as {@code name}
   */
  public static StaffMeasure parse(String name) {
    return EnumNames.parse(StaffMeasure.class, "staff measure", name);
  }
}
