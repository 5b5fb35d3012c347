/**
 * Mandatory training compliance: for each person and each competency their role requires, whether
 * the level is held and in date ({@code current}), held but lapsing soon ({@code due}), no longer
 * held because its evidence lapsed ({@code lapsed}) or never evidenced ({@code missing}); counts by
 * role, organisation type and competency, and the refresher courses needed month by month.
 *
 * <p>{@link org.sppathways.compliance.ComplianceAnalysis} is the entry point. It reads held levels
 * through {@link org.sppathways.model.HeldLevels}, so a level counts here exactly when it counts
 * in gap analysis. It streams profiles and keeps only counts, so a national workforce needs no
 * more memory than a team.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Unknown ids raise
 * {@link org.sppathways.model.UnknownIdException} naming the id. Every type here is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@NullMarked
package org.sppathways.compliance;

import org.jspecify.annotations.NullMarked;
