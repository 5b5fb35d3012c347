/**
 * Workforce evidence: annual leaving and move rates, with their uncertainty, estimated from
 * career histories (spells of people in roles) or from yearly aggregate counts, and the time in
 * a role before a move as a Kaplan–Meier curve; the estimates become flow parameters for
 * {@link org.sppathways.flow.FlowModel} through a {@link org.sppathways.flow.Scenario}.
 *
 * <p>Entry points: {@link org.sppathways.evidence.RateEstimator} (spells or counts in,
 * {@link org.sppathways.evidence.RateEstimates} out), {@link org.sppathways.evidence.SurvivalCurve}
 * (Kaplan–Meier on any durations) and {@link org.sppathways.evidence.AnnualRate} (a proportion
 * with its Wilson interval). Histories and counts files are read by
 * {@code org.sppathways.io.HistoriesReader} and {@code org.sppathways.io.YearlyCountsReader}.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>Depends on {@code model} and {@code flow}; neither depends on this package.</li>
 *   <li>Every value is immutable and thread-safe. No method accepts or returns {@code null};
 *       absent values are {@link java.util.Optional}.</li>
 *   <li>Spells are personal data: nothing here logs them, and no exception message names a
 *       person or a person's dates.</li>
 *   <li>{@code docs/explanation/estimating-rates.md} explains the estimators and their limits.</li>
 * </ul>
 */
@NullMarked
package org.sppathways.evidence;

import org.jspecify.annotations.NullMarked;
