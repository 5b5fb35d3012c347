package org.sppathways.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sppathways.model.internal.EnumNames;

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

  /**
   * The printed name: the constant's name in lower case with hyphens for underscores
   * ({@code yaml}), the same in files, JSON, CSV and on the command line.
   */
  @Override
  public String toString() {
    return EnumNames.print(this);
  }

  /**
   * The constant with the given printed name; {@code parse(c.toString()) == c} for every
   * constant {@code c}.
   *
   * @throws IllegalArgumentException if no constant prints as {@code name}; the message lists
   *     the valid names
   */
  public static FileFormat parse(String name) {
    return EnumNames.parse(FileFormat.class, "file format", name);
  }
}
