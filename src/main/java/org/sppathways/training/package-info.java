/**
 * Training: course coverage of competencies, training plans that choose courses to close gaps,
 * commissioning plans, and the training places and cost a workforce projection implies
 * ({@link org.sppathways.training.DemandForecaster}, which reads {@code org.sppathways.flow}
 * projections; {@code flow} never depends on {@code training}).
 */
@NullMarked
package org.sppathways.training;

import org.jspecify.annotations.NullMarked;
