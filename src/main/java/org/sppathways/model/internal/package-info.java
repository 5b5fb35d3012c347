/** Internals shared by the model types: not part of the API and subject to change without notice. */
@NullMarked
package org.sppathways.model.internal;

import org.jspecify.annotations.NullMarked;
