package org.sppathways.io.internal;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import org.sppathways.model.Problem;

/**
 * Tells a failure to read a file, which untrusted input may provoke and which is reported as a
 * problem of the file, from a bug in this library or an exception of a caller's action, which
 * must reach the caller unchanged. Internal: not part of the API.
 */
final class ReadFailure {
  private ReadFailure() {}

  /**
   * Whether an unchecked exception is a failure to read: an I/O error wrapped as unchecked (as
   * this package's readers wrap it), or one thrown inside a parser (Jackson, SnakeYAML).
   */
  static boolean isReadFailure(RuntimeException e) {
    return e instanceof UncheckedIOException || isFromParser(e);
  }

  /**
   * Whether the first frame of {@code e}'s stack outside the JDK belongs to a parser. A failure
   * inside the JDK (say, an index out of bounds in {@code String}) is judged by its caller.
   */
  static boolean isFromParser(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
        continue;
      }
      return type.startsWith("com.fasterxml.jackson.") || type.startsWith("org.yaml.snakeyaml.");
    }
    return false;
  }

  /** Whether a failure is, or was caused by, text that is not valid in the file's encoding. */
  static boolean isEncoding(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException
          || String.valueOf(t.getMessage()).contains("MalformedInputException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problem for a file that is not UTF-8, placed at the first invalid byte when the file was
   * read through {@link Utf8Reader} (every file the readers open), else with no line: a reader
   * the caller made cannot say where its decoding failed.
   */
  static Problem notUtf8(Throwable e, String source) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Utf8Reader.MalformedText) {
        Utf8Reader.MalformedText m = (Utf8Reader.MalformedText) t;
        return Problem.of("", "the file is not valid UTF-8 text ("
                + (m.bytes().contains(" ") ? "bytes " : "byte ") + m.bytes() + ")")
            .withSuggestion(SAVE_AS_UTF8).withPosition(source, m.line(), m.column());
      }
    }
    return Problem.of("", "the file is not valid UTF-8 text").withSuggestion(SAVE_AS_UTF8)
        .withSource(source);
  }

  private static final String SAVE_AS_UTF8 = "save it with UTF-8 encoding (in a spreadsheet "
      + "program, as \"CSV UTF-8\"); text saved as Windows-1252 or Latin-1 writes letters such "
      + "as \u00e9 and signs such as \u00a3 in bytes that are not UTF-8";
}
