/**
 * The {@code sp-pathways} command line, a thin picocli front end over the public API. Optional:
 * library users do not need picocli on their class path.
 */
@NullMarked
package org.sppathways.cli;

import org.jspecify.annotations.NullMarked;
