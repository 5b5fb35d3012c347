/**
 * The workforce domain model: immutable values for roles, competencies, organisation types,
 * progression routes, courses and worker profiles, and {@link org.sppathways.model.WorkforceModel},
 * the validated aggregate of them.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li>Every type here is immutable and thread-safe; values compare by value. Free-text
 *       {@code notes} never take part in equality.</li>
 *   <li>Ids are typed ({@link org.sppathways.model.RoleId}, {@link org.sppathways.model.CompetencyId},
 *       ...) so a role id cannot be passed where a competency id is expected.</li>
 *   <li>Null policy: no method accepts or returns {@code null}. Absent values are
 *       {@link java.util.Optional}; absent collections are empty.</li>
 *   <li>A value that breaks its own invariants (a negative number of months, a blank name) is
 *       rejected when it is built, with an {@link java.lang.IllegalArgumentException} naming the
 *       field and the bad value. Rules that span the model (unknown references, duplicate ids,
 *       levels outside the scale) are checked by {@link org.sppathways.model.WorkforceModel.Builder#build()},
 *       which reports every problem at once in a {@link org.sppathways.model.ModelException}.</li>
 *   <li>Worker profiles are personal data: the library never logs them, and
 *       {@link org.sppathways.model.WorkerProfile#toString()} shows no held levels.</li>
 * </ul>
 */
@ValueStyle
@NullMarked
package org.sppathways.model;

import org.jspecify.annotations.NullMarked;
