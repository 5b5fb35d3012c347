package org.sppathways.model;

import java.util.Locale;

/**
 * How far a fact in a model is backed by a source.
 *
 * <p>File form: the lower-case name ({@code verified}, {@code uncertain}, {@code assumed}).
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Read in the cited source. */
  VERIFIED,
  /** Partial, secondary, undated or inferred: check before relying on it. */
  UNCERTAIN,
  /** No source: a value chosen by the model's author; the notes should say why. */
  ASSUMED;

  /** The lower-case name used in files. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
