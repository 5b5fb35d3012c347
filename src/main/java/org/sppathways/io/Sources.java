package org.sppathways.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sppathways.io.internal.Utf8Reader;
import org.sppathways.model.SpPathwaysException;

/** Opening files for the readers, with clear errors. */
final class Sources {
  private Sources() {}

  /** The format of a file from its extension, which must be one of {@code allowed}. */
  static FileFormat format(Path file, FileFormat... allowed) {
    FileFormat format = FileFormat.of(file).orElse(null);
    if (format == null || !Arrays.asList(allowed).contains(format)) {
      String names = Arrays.stream(allowed).map(f -> f == FileFormat.YAML ? ".yaml or .yml"
          : "." + f.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
      throw new SpPathwaysException("cannot tell the format of '" + file
          + "' from its name: name the file with " + names);
    }
    return format;
  }

  /**
   * Opens a UTF-8 file (malformed bytes are an error placed at their line, not replaced) and
   * applies a reading.
   */
  static <T> T withReader(Path file, ReadLimits limits, Function<Reader, T> reading) {
    if (Files.isDirectory(file)) {
      throw new SpPathwaysException("'" + file + "' is a directory, not a file");
    }
    try (Reader reader = new Utf8Reader(Files.newInputStream(file))) {
      return reading.apply(reader);
    } catch (NoSuchFileException e) {
      throw new SpPathwaysException("file not found: " + file);
    } catch (IOException e) {
      throw new SpPathwaysException("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }
}
