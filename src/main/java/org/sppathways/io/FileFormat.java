package org.sppathways.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats the readers and writers understand, told apart by file name extension.
 *
 * @since 0.1.0
 */
public enum FileFormat {
  /** YAML 1.1 ({@code .yaml}, {@code .yml}). */
  YAML,
  /** JSON ({@code .json}). */
  JSON,
  /** Comma-separated values with a header row ({@code .csv}). */
  CSV;

  /** The format a file name's extension names, if any. */
  public static Optional<FileFormat> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}
