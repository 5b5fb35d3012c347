package org.sppathways.model;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * The share of a role's staff employed by each organisation type at a date, with its sources:
 * e.g. about half of link workers employed by a PCN and 30% by VCSE organisations in autumn 2023.
 * Shares add up to at most 1; the rest is staff whose employer type the source does not split.
 *
 * <pre>{@code
 * EmployerMix mix = EmployerMix.builder()
 *     .role(RoleId.of("link-worker")).date(LocalDate.of(2023, 11, 30))
 *     .putShare(OrganisationTypeId.of("pcn"), 0.5)
 *     .putShare(OrganisationTypeId.of("vcse-charity"), 0.3)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EmployerMix implements Sourced {

  /** The role. */
  public abstract RoleId role();

  /** The date the shares are as at. */
  public abstract LocalDate date();

  /** Each organisation type's share of the role's staff, in [0, 1]. */
  public abstract Map<OrganisationTypeId, Double> shares();

  /** The shares added up; at most 1 in a valid model. */
  public double total() {
    return shares().values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EmployerMix}. */
  public static final class Builder extends ImmutableEmployerMix.Builder {}

  @Value.Check
  void check() {
    shares().forEach((type, share) -> Checks.rate(share, "share of '" + type + "'"));
  }
}
