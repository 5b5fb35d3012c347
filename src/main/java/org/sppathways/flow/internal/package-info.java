/**
 * Numerics behind workforce projection: dense LU decomposition with partial pivoting. Internal:
 * not part of the API, and may change without notice.
 */
@NullMarked
package org.sppathways.flow.internal;

import org.jspecify.annotations.NullMarked;
