package org.sppathways.model;

import java.util.List;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A named series of {@linkplain StaffFigure staff figures} counted the same way, e.g. the
 * National Workforce Reporting Service alone, or with reimbursement claims added. Two series
 * that count differently are never mixed: a projection starts from the latest figures of one
 * series.
 *
 * <p>The model checks that a series counts in one {@linkplain StaffMeasure measure} and holds
 * at most one figure per role, organisation type and date.
 *
 * <pre>{@code
 * FigureSeries nwrs = FigureSeries.builder()
 *     .id("nwrs").description("NHS England PCN workforce statistics, NWRS only")
 *     .addFigure(figure)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FigureSeries implements Sourced {

  /** The series' id, unique among the model's series, e.g. {@code nwrs}. */
  public abstract String id();

  /** What the series counts and how, e.g. which collection it comes from. */
  public abstract String description();

  /** The figures, in the order given. */
  public abstract List<StaffFigure> figures();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FigureSeries}. */
  public static final class Builder extends ImmutableFigureSeries.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(id(), "series id");
    Checks.notBlank(description(), "description");
  }
}
