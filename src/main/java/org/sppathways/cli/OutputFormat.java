package org.sppathways.cli;

/** How a command prints its result: aligned for people, or stable JSON / CSV for programs. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
