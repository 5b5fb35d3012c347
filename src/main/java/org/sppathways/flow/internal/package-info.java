/**
 * Numerics behind workforce projection: dense LU decomposition with partial pivoting. Internal:
 * not part of the API, and may change without notice.
 */
package org.sppathways.flow.internal;
