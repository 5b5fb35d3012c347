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

  /** Requirements of the move itself, beyond those of the target role. */
  public abstract List<Requirement> requirements();

  /** Free key–value metadata, e.g. an importer's tier and index. */
  public abstract Map<String, String> attributes();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
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
      double r = rate().getAsDouble();
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalArgumentException("rate must be between 0 and 1, was " + r);
      }
    }
    Requirements.unique(requirements(), Requirement::competency, "a requirement on competency",
        "route '" + from() + "' -> '" + to() + "'");
  }
}
