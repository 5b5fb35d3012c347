package org.sppathways.model;

import org.immutables.value.Value;

/**
 * Where one number of a model comes from, e.g. a role's leaving rate or a route's rate: its
 * sources, how sure it is, and notes (for an {@linkplain Confidence#ASSUMED assumed} number,
 * why it was chosen).
 *
 * <p>File form: a flow number written as a map, {@code leaving: {value: 0.15, confidence:
 * assumed, notes: "..."}}, instead of a plain number; a plain number has no provenance.
 *
 * <pre>{@code
 * Provenance why = Provenance.builder()
 *     .confidence(Confidence.ASSUMED)
 *     .notes("anchored on the NALW 2020 survey: 29% intended to leave within a year")
 *     .build();
 * Role role = Role.builder().from(linkWorker).leaving(0.15).leavingProvenance(why).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Provenance implements Sourced {

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the number is {@linkplain Confidence#ASSUMED assumed}: chosen, not read in a source. */
  public boolean isAssumed() {
    return confidence().filter(c -> c == Confidence.ASSUMED).isPresent();
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {}
}
