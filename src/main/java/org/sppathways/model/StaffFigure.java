package org.sppathways.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * How many staff a role had at a date, by one count ({@linkplain StaffMeasure headcount or
 * FTE}), optionally in one organisation type, with its sources and confidence. Figures live in
 * a {@link FigureSeries}: figures counted the same way.
 *
 * <pre>{@code
 * StaffFigure f = StaffFigure.builder()
 *     .role(RoleId.of("link-worker")).date(LocalDate.of(2024, 7, 31))
 *     .measure(StaffMeasure.FTE).value(2781)
 *     .addSource("pulsetoday.co.uk/pulse-pcn/latest-arrs-data-shows-shift-in-hiring-trends/")
 *     .confidence(Confidence.UNCERTAIN)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StaffFigure implements Sourced {

  /** The role counted. */
  public abstract RoleId role();

  /** The organisation type counted, when the figure is for one type only. */
  public abstract Optional<OrganisationTypeId> organisationType();

  /** The date the count is as at. */
  public abstract LocalDate date();

  /** What is counted. */
  public abstract StaffMeasure measure();

  /** The count, 0 or more. */
  public abstract double value();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffFigure}. */
  public static final class Builder extends ImmutableStaffFigure.Builder {}

  @Value.Check
  void check() {
    Checks.nonNegative(value(), measure().toString());
  }
}
