/**
 * Reading and writing models, profiles and course catalogues: YAML, JSON and CSV.
 *
 * <p>Readers report every problem in a file at once in a
 * {@link org.sppathways.model.ModelException}, each with the file name, line, column and path.
 * They are safe for untrusted input within {@link org.sppathways.io.ReadLimits}. Writers produce
 * files that the readers read back to equal values. No method accepts or returns {@code null}.
 */
@NullMarked
package org.sppathways.io;

import org.jspecify.annotations.NullMarked;
