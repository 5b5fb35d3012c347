package org.sppathways.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * What a role pays a year (in the model's {@linkplain WorkforceModel#currency() currency}),
 * for one pay year, optionally in one organisation type: e.g. an Agenda for Change band point
 * or a reimbursement cap, with its sources and confidence.
 *
 * <p>Staff costs use, for each role (and organisation type), the <em>first</em> pay figure
 * listed for it: see {@link WorkforceFigures#payFor(RoleId, OrganisationTypeId)}.
 *
 * <pre>{@code
 * PayFigure band5 = PayFigure.builder()
 *     .role(RoleId.of("link-worker")).year("2024/25").annual(29970)
 *     .basis("Agenda for Change band 5, entry point")
 *     .confidence(Confidence.VERIFIED)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PayFigure implements Sourced {

  /** The role paid. */
  public abstract RoleId role();

  /** The organisation type, when the figure applies to one type only. */
  public abstract Optional<OrganisationTypeId> organisationType();

  /** The pay year as the source gives it, e.g. {@code 2024/25}. */
  public abstract String year();

  /** Annual pay per full-time post, 0 or more, in the model's currency. */
  public abstract double annual();

  /**
   * What the figure is, e.g. {@code Agenda for Change band 5, entry point} or
   * {@code ARRS maximum reimbursement}.
   */
  public abstract String basis();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayFigure}. */
  public static final class Builder extends ImmutablePayFigure.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(year(), "year");
    Checks.notBlank(basis(), "basis");
    Checks.nonNegative(annual(), "annual");
  }
}
