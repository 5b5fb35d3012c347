package org.sppathways.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;

/** Access to the hand-made files under {@code src/test/resources}. */
public final class TestFiles {
  private TestFiles() {}

  /** The path of a test resource, e.g. {@code models/valid/minimal.yaml}. */
  public static Path path(String resource) {
    URL url = TestFiles.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a UTF-8 test resource. */
  public static String text(String resource) {
    try {
      return Files.readString(path(resource), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a test resource. */
  public static byte[] bytes(String resource) {
    try {
      return Files.readAllBytes(path(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems an action reports; fails when it reports none. */
  public static List<Problem> problems(Runnable reading) {
    try {
      reading.run();
    } catch (ModelException e) {
      return e.problems();
    }
    throw new AssertionError("expected a ModelException, but the input was accepted");
  }
}
