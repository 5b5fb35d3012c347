/**
 * The models bundled with the library, above all the social prescribing reference model
 * ({@link org.sppathways.reference.ReferenceModels#socialPrescribing()}).
 */
@NullMarked
package org.sppathways.reference;

import org.jspecify.annotations.NullMarked;
