package org.sppathways.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Provenance that every entity of a model may carry: where a fact comes from and how sure it is.
 *
 * @since 0.1.0
 */
public interface Sourced {

  /** Citations (text or URLs) for this entity; empty when none is given. */
  List<String> sources();

  /** How far this entity is backed by its sources, when stated. */
  Optional<Confidence> confidence();

  /** Free-text notes, e.g. why an assumed value was chosen. Not part of equality. */
  @Value.Auxiliary
  Optional<String> notes();
}
