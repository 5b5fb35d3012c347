package org.sppathways.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;
import org.sppathways.model.internal.Requirements;

/**
 * A directed move from one role to another: its kind, the typical months of experience in the
 * source role before the move, any extra requirements of the move itself, and an optional
 * observed annual transition rate.
 *
 * <pre>{@code
 * ProgressionRoute up = ProgressionRoute.builder()
 *     .from(RoleId.of("link-worker"))
 *     .to(RoleId.of("senior-link-worker"))
 *     .kind(RouteKind.PROMOTION)
 *     .months(24)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgressionRoute implements Sourced {

  /** The source role. */
  public abstract RoleId from();

  /** The target role, never the same as {@link #from()}. */
  public abstract RoleId to();

  /** The kind of move. */
  public abstract RouteKind kind();

  /** Typical months of experience in the source role before the move, 0 or more. */
  public abstract int months();

  /** The observed annual transition rate in [0, 1], when known. */
  public abstract OptionalDouble rate();

  /**
   * Annual transition rates in [0, 1] for staff of the source role in particular organisation
   * types; for those types they replace {@link #rate()}.
   */
  public abstract Map<OrganisationTypeId, Double> rateBy();

  /**
   * Expected recruits per year who arrive in the target role along this route, 0 or more, when
   * known. Only for routes from an {@linkplain Role#external() external} role: recruits come
   * from outside the workforce.
   */
  public abstract OptionalDouble recruits();

  /**
   * Where {@link #rate()} and {@link #rateBy()} come from, when the file says
   * ({@code rate: {value: 0.04, confidence: assumed, notes: ...}}).
   *
   * @since 0.1.0
   */
  public abstract java.util.Optional<Provenance> rateProvenance();

  /**
   * Where {@link #recruits()} comes from, when the file says.
   *
   * @since 0.1.0
   */
  public abstract java.util.Optional<Provenance> recruitsProvenance();

  /** Requirements of the move itself, beyond those of the target role. */
  public abstract List<Requirement> requirements();

  /** Free key–value metadata, e.g. an importer's tier and index. */
  public abstract Map<String, String> attributes();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every value of this route, to derive a changed copy. (The generated
   * builder has no copy method: its {@code from} sets the source role.)
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from(from()).to(to()).kind(kind()).months(months()).rate(rate()).rateBy(rateBy())
        .recruits(recruits()).rateProvenance(rateProvenance())
        .recruitsProvenance(recruitsProvenance()).requirements(requirements()).attributes(attributes())
        .sources(sources()).confidence(confidence()).notes(notes());
    return b;
  }

  /** Builds a {@link ProgressionRoute}. */
  public static final class Builder extends ImmutableProgressionRoute.Builder {}

  @Value.Check
  void check() {
    if (from().equals(to())) {
      throw new IllegalArgumentException("a route cannot lead from role '" + from() + "' to itself");
    }
    Checks.nonNegative(months(), "months");
    if (rate().isPresent()) {
      Checks.rate(rate().getAsDouble(), "rate");
    }
    rateBy().forEach((type, rate) -> Checks.rate(rate, "rate in '" + type + "'"));
    if (recruits().isPresent()) {
      Checks.nonNegative(recruits().getAsDouble(), "recruits");
    }
    Requirements.unique(requirements(), Requirement::competency, "a requirement on competency",
        "route '" + from() + "' -> '" + to() + "'");
  }
}
