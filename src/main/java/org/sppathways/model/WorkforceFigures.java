package org.sppathways.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dated, sourced workforce figures of a model: staff counts in named
 * {@linkplain FigureSeries series}, {@linkplain PayFigure pay} by role, and the
 * {@linkplain EmployerMix employer mix} of roles. Empty in a model that gives none.
 *
 * <p>File form: the top-level {@code figures} section (see {@code docs/reference/format.md}).
 *
 * <pre>{@code
 * WorkforceFigures figures = model.figures();
 * figures.defaultSeries().map(FigureSeries::id);              // Optional[nwrs]
 * figures.payFor(RoleId.of("link-worker"));                   // the pay staff costs use
 * figures.employerMix(RoleId.of("link-worker"));              // the latest mix
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WorkforceFigures {

  /** No figures. */
  public static WorkforceFigures empty() {
    return builder().build();
  }

  /** The id of the series a projection starts from by default, when named. */
  public abstract Optional<String> defaultSeriesId();

  /** The series, in the order given; ids are unique in a valid model. */
  public abstract List<FigureSeries> series();

  /** Pay figures, in the order given. */
  public abstract List<PayFigure> pay();

  /** Employer mixes, in the order given. */
  public abstract List<EmployerMix> employerMix();

  /** Whether there are no figures at all. */
  public boolean isEmpty() {
    return series().isEmpty() && pay().isEmpty() && employerMix().isEmpty()
        && defaultSeriesId().isEmpty();
  }

  /** The series with the given id, if any. */
  public Optional<FigureSeries> series(String id) {
    Objects.requireNonNull(id, "id");
    return series().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The series a projection starts from by default: the one named by
   * {@link #defaultSeriesId()}, else the first series; empty when there are no series.
   */
  public Optional<FigureSeries> defaultSeries() {
    if (defaultSeriesId().isPresent()) {
      return series(defaultSeriesId().get());
    }
    return series().stream().findFirst();
  }

  /**
   * The pay figure staff costs use for a role when organisation types are not told apart: the
   * first pay figure listed for the role without an organisation type.
   */
  public Optional<PayFigure> payFor(RoleId role) {
    Objects.requireNonNull(role, "role");
    return pay().stream().filter(p -> p.role().equals(role) && p.organisationType().isEmpty())
        .findFirst();
  }

  /**
   * The pay figure staff costs use for a role in an organisation type: the first pay figure
   * listed for the role in that type, else {@link #payFor(RoleId)}.
   */
  public Optional<PayFigure> payFor(RoleId role, OrganisationTypeId type) {
    Objects.requireNonNull(type, "type");
    Optional<PayFigure> own = pay().stream().filter(p -> p.role().equals(role)
        && p.organisationType().filter(type::equals).isPresent()).findFirst();
    return own.isPresent() ? own : payFor(role);
  }

  /** The latest employer mix of a role (the first listed among those of the latest date). */
  public Optional<EmployerMix> employerMix(RoleId role) {
    Objects.requireNonNull(role, "role");
    return employerMix().stream().filter(m -> m.role().equals(role))
        .max(Comparator.comparing(EmployerMix::date));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkforceFigures}. */
  public static final class Builder extends ImmutableWorkforceFigures.Builder {}
}
