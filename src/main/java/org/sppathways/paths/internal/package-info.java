/**
 * The path searches on int arrays over the shared graph
 * ({@link org.sppathways.graph.internal.RoleGraph}): a reverse shortest-path tree, lazy
 * k-shortest simple paths and multi-objective label setting. Not part of the API: it may change
 * in any release.
 */
@NullMarked
package org.sppathways.paths.internal;

import org.jspecify.annotations.NullMarked;
