/**
 * Every query of the command line as a plain method call on one shared model, for scripts,
 * notebooks and JShell.
 *
 * <p>{@link org.sppathways.query.Queries} is the entry point: built once per model, it builds
 * each analysis object (gap analysis, path finder, training planner, structure analysis, flow
 * model…) the first time a query needs it and keeps it, so a loop of many queries pays for the
 * model's indexes and caches once. The {@code batch} command of the command line runs its lines
 * on one instance.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Unknown ids raise
 * {@link org.sppathways.model.UnknownIdException} naming the id.
 *
 * @since 0.1.0
 */
@NullMarked
package org.sppathways.query;

import org.jspecify.annotations.NullMarked;
