/**
 * Internal: the Jackson mapper and per-result shapes behind ResultWriter and ResultReader. Not part of the API; may change in any release.
 */
@NullMarked
package org.sppathways.io.internal.results;

import org.jspecify.annotations.NullMarked;
