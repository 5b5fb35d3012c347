package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;

/**
 * What the fuzz tests require of a documented error: a {@link ModelException} that a user can act
 * on. Every other exception, a hang and an {@link OutOfMemoryError} are findings on their own.
 */
final class ReaderContract {
  private ReaderContract() {}

  /**
   * Checks that an error lists at least one problem, that every problem names the file it is
   * about and says what is wrong, that positions are 1-based, and that the message names the
   * file.
   *
   * @param source the name the reader was given, or for an importer the directory of its files
   */
  static void assertUsable(ModelException e, String source) {
    assertThat(e.getMessage()).as("summary").contains(source);
    assertThat(e.problems()).as("problems of: %s", e.getMessage()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.source()).as("source of: %s", p).hasValueSatisfying(
          s -> assertThat(s).startsWith(source));
      assertThat(p.message()).as("message of: %s", p).isNotBlank();
      p.line().ifPresent(line -> assertThat(line).as("line of: %s", p).isPositive());
      p.column().ifPresent(column -> {
        assertThat(column).as("column of: %s", p).isPositive();
        assertThat(p.line()).as("a column without a line: %s", p).isPresent();
      });
    }
  }

  /** Writes a fuzz input to {@code dir/name}, replacing what was there. */
  static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
