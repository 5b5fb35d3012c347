package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A fault in the program itself (not in the user's input) exits with {@link Main#INTERNAL}, says
 * "internal error" in one line, and shows the stack trace only when asked with {@code --debug}.
 */
class InternalErrorTest {
  /** A command with a bug: it throws an exception the CLI does not expect. */
  @Command(name = "faulty")
  static final class Faulty implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("index 3 out of bounds");
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = Main.commandLine(null);
    cli.addSubcommand(new CommandLine(new Faulty()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aFaultIsOneLineWithoutAStackTrace() {
    Run r = run("faulty");
    assertThat(r.code()).isEqualTo(Main.INTERNAL).isNotEqualTo(Main.INVALID).isNotZero();
    assertThat(r.err()).isEqualTo("internal error: java.lang.IllegalStateException: index 3 out "
        + "of bounds (run with --debug for details)" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void debugAddsTheStackTrace() {
    Run r = run("--debug", "faulty");
    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).startsWith("internal error: java.lang.IllegalStateException: index 3 out "
        + "of bounds" + System.lineSeparator())
        .contains("\tat " + Faulty.class.getName() + ".call(");
  }
}
