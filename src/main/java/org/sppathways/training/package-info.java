/**
 * Training: course coverage of competencies, training plans that choose courses to close gaps, and commissioning plans.
 */
@NullMarked
package org.sppathways.training;

import org.jspecify.annotations.NullMarked;
