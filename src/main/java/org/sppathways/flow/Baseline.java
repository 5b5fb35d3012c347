package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.EmployerMix;
import org.sppathways.model.FigureSeries;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.StaffFigure;
import org.sppathways.model.StaffMeasure;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.Suggestions;

/**
 * The sourced starting headcounts of a model: for each workforce role, the latest figure of one
 * {@linkplain FigureSeries series} (never a figure of another series, even a newer one), split
 * between organisation types by the role's latest {@linkplain EmployerMix employer mix}.
 *
 * <pre>{@code
 * Baseline baseline = Baseline.of(model);                 // the model's default series
 * Projection p = FlowModel.of(model, baseline.start()).project(baseline.start(), 5);
 * Baseline claims = Baseline.of(model, "nwrs-with-claims");
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A role's figure is the one with the latest date among the series' figures for it. At
 *       that date a figure without an organisation type is used when there is one; otherwise
 *       the figures for single types at that date are added up, each on its type.</li>
 *   <li>A figure without a type is split by the role's latest employer mix: each type gets its
 *       share; the rest ({@code 1 − Σ shares}) stays without a type, and projections place it
 *       evenly on the types offering the role that have no share (see {@link FlowModel}).</li>
 *   <li>A workforce role without a figure in the series starts at 0 and is listed in
 *       {@link #notes()}.</li>
 * </ul>
 *
 * <p>Takes O(f + m + r) time for f figures in the series, m employer mixes and r roles. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Baseline {
  private final FigureSeries series;
  private final Headcounts start;
  private final ImmutableList<StaffFigure> figures;
  private final ImmutableList<RoleId> missing;
  private final ImmutableList<String> notes;

  private Baseline(WorkforceModel model, FigureSeries series) {
    this.series = series;
    Headcounts.Builder b = Headcounts.builder();
    List<StaffFigure> used = new ArrayList<>();
    List<RoleId> without = new ArrayList<>();
    List<String> found = new ArrayList<>();
    List<String> splits = new ArrayList<>();
    for (Role role : model.roles()) {
      if (role.external()) {
        continue;
      }
      List<StaffFigure> own = series.figures().stream()
          .filter(f -> f.role().equals(role.id())).toList();
      if (own.isEmpty()) {
        without.add(role.id());
        continue;
      }
      LocalDate latest = own.stream().map(StaffFigure::date).max(Comparator.naturalOrder())
          .orElseThrow();
      List<StaffFigure> atLatest = own.stream().filter(f -> f.date().equals(latest)).toList();
      Optional<StaffFigure> whole = atLatest.stream()
          .filter(f -> f.organisationType().isEmpty()).findFirst();
      if (whole.isPresent()) {
        StaffFigure f = whole.get();
        used.add(f);
        Optional<EmployerMix> mix = model.figures().employerMix(role.id());
        double placed = 0;
        if (mix.isPresent() && !mix.get().shares().isEmpty()) {
          List<String> parts = new ArrayList<>();
          for (var e : mix.get().shares().entrySet()) {
            double n = f.value() * e.getValue();
            b.add(role.id(), e.getKey(), n);
            placed += n;
            parts.add(e.getKey() + " " + percent(e.getValue()));
          }
          splits.add("'" + role.id() + "' by the employer mix of " + mix.get().date() + " ("
              + String.join(", ", parts) + ", the other " + percent(1 - mix.get().total())
              + " spread over the other types offering it)");
        }
        b.add(role.id(), Math.max(0, f.value() - placed));
      } else {
        for (StaffFigure f : atLatest) {
          used.add(f);
          b.add(role.id(), f.organisationType().get(), f.value());
        }
      }
    }
    this.start = b.build();
    this.figures = ImmutableList.copyOf(used);
    this.missing = ImmutableList.copyOf(without);
    String measure = measure().map(m -> m == StaffMeasure.FTE ? "full-time equivalents"
        : "people (headcount)").orElse("no one");
    found.add("the start is the latest figure of each role in series '" + series.id() + "' ("
        + measure + "): " + String.join(", ", used.stream().map(f -> "'" + f.role() + "'"
            + f.organisationType().map(t -> " in '" + t + "'").orElse("") + " "
            + number(f.value()) + " on " + f.date()).toList()));
    if (!splits.isEmpty()) {
      found.add("starting staff split between organisation types: " + String.join("; ", splits));
    }
    if (!without.isEmpty()) {
      found.add(without.size() + " workforce role" + (without.size() == 1 ? " has" : "s have")
          + " no figure in series '" + series.id() + "' and start" + (without.size() == 1 ? "s"
          : "") + " at 0: " + String.join(", ", without.stream().map(r -> "'" + r + "'")
          .toList()));
    }
    this.notes = ImmutableList.copyOf(found);
  }

  private static String percent(double share) {
    return Math.round(share * 1000) / 10.0 + "%";
  }

  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * The baseline from the model's default series ({@code figures.defaultSeries}, else its first
   * series).
   *
   * @throws IllegalArgumentException if the model has no figure series
   */
  public static Baseline of(WorkforceModel model) {
    Objects.requireNonNull(model, "model");
    FigureSeries series = model.figures().defaultSeries().orElseThrow(() ->
        new IllegalArgumentException("model '" + model.name() + "' has no figure series to "
            + "start from (add figures.series to the model file)"));
    return new Baseline(model, series);
  }

  /**
   * The baseline from a named series.
   *
   * @throws UnknownIdException if the model has no series with that id; the message suggests
   *     the closest id
   */
  public static Baseline of(WorkforceModel model, String seriesId) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(seriesId, "seriesId");
    Optional<FigureSeries> series = model.figures().series(seriesId);
    if (series.isEmpty()) {
      List<String> ids = model.figures().series().stream().map(FigureSeries::id).toList();
      throw Suggestions.closest(seriesId, ids)
          .map(s -> new UnknownIdException("figure series", seriesId, s))
          .orElseGet(() -> new UnknownIdException("figure series", seriesId));
    }
    return new Baseline(model, series.get());
  }

  /** The series the start comes from. */
  public FigureSeries series() {
    return series;
  }

  /** What the series counts (people or full-time equivalents); empty for a series without figures. */
  public Optional<StaffMeasure> measure() {
    return series.figures().stream().map(StaffFigure::measure).findFirst();
  }

  /** The starting headcounts (in the series' measure), split by employer mix where there is one. */
  public Headcounts start() {
    return start;
  }

  /** The figures the start is made of, in role order. */
  public List<StaffFigure> figures() {
    return figures;
  }

  /** The workforce roles without a figure in the series, which start at 0, in role order. */
  public List<RoleId> missing() {
    return missing;
  }

  /**
   * What the start is: the series and each figure used, how staff were split between
   * organisation types, and which roles start at 0 for want of a figure.
   */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "Baseline{series=" + series.id() + ", " + start.total() + " in " + figures.size()
        + " figures}";
  }
}
