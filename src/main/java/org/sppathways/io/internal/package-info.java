/** Internals of the readers: not part of the API and subject to change without notice. */
@NullMarked
package org.sppathways.io.internal;

import org.jspecify.annotations.NullMarked;
