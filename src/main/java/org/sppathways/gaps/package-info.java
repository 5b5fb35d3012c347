/**
 * Gap analysis: what a person lacks for a role, readiness, next-role ranking, transferable skills and population training needs.
 */
@NullMarked
package org.sppathways.gaps;

import org.jspecify.annotations.NullMarked;
