/**
 * Int-array graph machinery shared by the path searches ({@code org.sppathways.paths}) and the
 * structure analytics ({@code org.sppathways.structure}): one indexed min-heap and one bucket
 * queue. Not part of the API: it may change in any release.
 */
@NullMarked
package org.sppathways.graph.internal;

import org.jspecify.annotations.NullMarked;
