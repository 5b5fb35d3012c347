/**
 * What changed between two workforce models: roles, competencies, organisation types, routes,
 * courses, role requirements, the proficiency scale and the model's own fields, each added,
 * removed or changed, with the old and the new value.
 *
 * <p>{@link org.sppathways.diff.ModelDiff#of} is the entry point. It compares the models in the
 * form the model writer gives them ({@link org.sppathways.io.ModelWriter#toTree}), field by
 * field, so every field a model file can hold is compared, including fields added to the format
 * later. This package sits on top of {@code io}; nothing below it depends on it.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.sppathways.diff;

import org.jspecify.annotations.NullMarked;
