package org.sppathways.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line, for tests: its exit code, standard output and
 * standard error.
 */
public record CliRun(int code, String out, String err) {

  /** Runs {@code sp-pathways ARGS} in this process, as {@link Main#run} does for the jar. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
