package org.sppathways.cli;

import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr for long work (the progressbar library draws it). Silent with
 * {@code --quiet}, and when the command does not run in an interactive terminal (Java 17 cannot
 * ask about stderr alone, so a redirected or piped run is taken as non-interactive).
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** Progress for a task of unknown length; shown only when wanted. */
  static Progress of(String task, boolean quiet) {
    if (quiet || System.console() == null) {
      return new Progress(null);
    }
    return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" profiles", 1).showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
  }

  /** The action, counting each call. */
  <T> Consumer<T> counting(Consumer<T> action) {
    if (bar == null) {
      return action;
    }
    return value -> {
      action.accept(value);
      bar.step();
    };
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
