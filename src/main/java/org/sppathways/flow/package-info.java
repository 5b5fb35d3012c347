/**
 * Workforce projection: the discrete-time Markov manpower model (Bartholomew; Vajda) on the role
 * graph of a {@link org.sppathways.model.WorkforceModel}, with scenarios.
 *
 * <p>Entry points: {@link org.sppathways.flow.FlowModel} (the chain read from the model's flow
 * parameters; {@link org.sppathways.flow.FlowModel#project projections} with exact stock–flow
 * accounting), {@link org.sppathways.flow.LongRunAnalysis} (steady state, time in roles, reach
 * probabilities, training capacity) and {@link org.sppathways.flow.Scenario} (what-if changes,
 * compared with {@link org.sppathways.flow.ProjectionComparison}).
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>States are workforce roles, or (role, organisation type) pairs; external roles are
 *       sources of recruits and destinations of leavers, never states.</li>
 *   <li>Every result is immutable and thread-safe. No method accepts or returns {@code null};
 *       absent values are {@link java.util.Optional} or {@link java.util.OptionalDouble}.</li>
 *   <li>Headcounts are expected values, not people: they have fractions.</li>
 *   <li>Linear algebra uses plain double arrays and LU decomposition with partial pivoting (no
 *       extra dependency); see {@link org.sppathways.flow.LongRunAnalysis} for precision.</li>
 *   <li>{@code docs/explanation/workforce-projection.md} explains the model, its assumptions and
 *       its limits.</li>
 * </ul>
 */
@NullMarked
package org.sppathways.flow;

import org.jspecify.annotations.NullMarked;
