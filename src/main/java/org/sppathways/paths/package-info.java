/**
 * Career path search: how someone can get from one role to another, and what each step takes.
 *
 * <p>{@link org.sppathways.paths.CareerPathFinder} is the entry point: built once per model, it
 * answers k-best queries by one {@link org.sppathways.paths.Criterion} (steps, months, training
 * hours or cost), Pareto queries over all four, and reachability within step or month limits,
 * from a role or from a person. {@link org.sppathways.paths.PathQuery} holds the criterion, the
 * constraints (organisation types, roles to avoid, route kinds, the person's qualifications,
 * step and month limits, any further predicate) and the work limit. Results are immutable
 * records: {@link org.sppathways.paths.CareerPaths} and {@link org.sppathways.paths.Reach} hold
 * {@link org.sppathways.paths.CareerPath}s, each with its {@link org.sppathways.paths.PathStep}s.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>Paths are simple: no role twice. The model's graph may have cycles (lateral moves back
 *       and forth); paths never do.</li>
 *   <li>Training accumulates: a path's training is one plan for everything it asks for beyond
 *       what is held at its start, each course taken once, at the first step that needs it;
 *       a path's hours and cost are those of its distinct courses.</li>
 *   <li>Deterministic: results are ordered by the criterion, ties by the other criteria in a
 *       fixed order, then by the role ids along the path.</li>
 *   <li>Bounded: every search counts its work and stops at
 *       {@link org.sppathways.paths.PathQuery#maxWork()}, saying so with
 *       {@code complete = false}; it never runs unbounded.</li>
 *   <li>Null policy: no method accepts or returns {@code null}; absence is an empty
 *       {@link java.util.Optional} or an empty list. Unknown ids raise
 *       {@link org.sppathways.model.UnknownIdException} naming the id.</li>
 *   <li>The searches run on int arrays ({@code internal}, not part of the API); see
 *       {@code docs/explanation/path-algorithms.md}.</li>
 * </ul>
 */
@NullMarked
package org.sppathways.paths;

import org.jspecify.annotations.NullMarked;
