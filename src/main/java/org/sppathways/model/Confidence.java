package org.sppathways.model;

import org.sppathways.model.internal.EnumNames;

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

  /**
   * The printed name: the constant's name in lower case with hyphens for underscores
   * ({@code uncertain}), the same in files, JSON, CSV and on the command line.
   */
  @Override
  public String toString() {
    return EnumNames.print(this);
  }

  /**
   * The constant with the given printed name; {@code parse(c.toString()) == c} for every
   * constant {@code c}.
   *
   * @throws IllegalArgumentException if no constant prints as {@code name}; the message lists
   *     the valid names
   */
  public static Confidence parse(String name) {
    return EnumNames.parse(Confidence.class, "confidence", name);
  }
}
