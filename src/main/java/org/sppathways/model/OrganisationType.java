package org.sppathways.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A kind of employer, such as a primary care network or a VCSE community organisation, with the
 * support structures it typically offers.
 *
 * <pre>{@code
 * OrganisationType pcn = OrganisationType.builder()
 *     .id(OrganisationTypeId.of("pcn"))
 *     .name("Primary care network")
 *     .sector("nhs-primary-care")
 *     .addSupport(SupportStructure.of("clinical-supervision"))
 *     .build();
 * pcn.offers("clinical-supervision");   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OrganisationType implements Sourced {

  /** The id, unique among the model's organisation types. */
  public abstract OrganisationTypeId id();

  /** The display name. */
  public abstract String name();

  /** The sector, e.g. {@code nhs-primary-care}, {@code vcse}, {@code local-authority}. */
  public abstract String sector();

  /** The support structures this kind of employer typically offers, each listed once. */
  public abstract List<SupportStructure> supports();

  /** Whether the named support structure is among {@link #supports()}. */
  public boolean offers(String structure) {
    Objects.requireNonNull(structure, "structure");
    return supports().stream().anyMatch(s -> s.structure().equals(structure));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganisationType}. */
  public static final class Builder extends ImmutableOrganisationType.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.notBlank(sector(), "sector");
    Set<String> seen = new HashSet<>();
    for (SupportStructure s : supports()) {
      if (!seen.add(s.structure())) {
        throw new IllegalArgumentException(
            "support structure '" + s.structure() + "' is listed twice for '" + id() + "'");
      }
    }
  }
}
