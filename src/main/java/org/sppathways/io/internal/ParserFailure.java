package org.sppathways.io.internal;

/**
 * Tells an unchecked exception thrown inside a third-party parser (Jackson, SnakeYAML), which
 * untrusted input may provoke and which is reported as a problem of the file, from one thrown by
 * this library's own code or by a caller's action, which must reach the caller unchanged.
 * Internal: not part of the API.
 */
final class ParserFailure {
  private ParserFailure() {}

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
}
