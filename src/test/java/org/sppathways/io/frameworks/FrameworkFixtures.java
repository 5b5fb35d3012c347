package org.sppathways.io.frameworks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The hand-made framework files under {@code src/test/resources/frameworks/}, assembled in a
 * temporary directory: the valid set, with the files of one or more cases laid over it (a case's
 * {@code X.gz} replaces the valid {@code X}); and the real data, found through the
 * {@code sppathways.data} system property.
 */
final class FrameworkFixtures {

  /** The system property naming the folder that holds {@code onet-29.2/} and {@code esco-1.2/}. */
  static final String DATA_PROPERTY = "sppathways.data";

  private FrameworkFixtures() {}

  /** The hand-made O*NET files in {@code parent/onet}, with the given cases laid over them. */
  static Path onet(Path parent, String... cases) {
    return assemble("onet", parent.resolve("onet"), cases);
  }

  /** The hand-made ESCO files in {@code parent/esco}, with the given cases laid over them. */
  static Path esco(Path parent, String... cases) {
    return assemble("esco", parent.resolve("esco"), cases);
  }

  private static Path assemble(String framework, Path target, String... cases) {
    try {
      Files.createDirectories(target);
      copy(resource("/frameworks/" + framework + "/valid"), target);
      for (String c : cases) {
        copy(resource("/frameworks/" + framework + "/cases/" + c), target);
      }
      Files.deleteIfExists(target.resolve("README.md"));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        Files.copy(f, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        if (name.endsWith(".gz")) {
          Files.deleteIfExists(to.resolve(name.substring(0, name.length() - 3)));
        }
      }
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(FrameworkFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /**
   * The real data folder {@code sub} (e.g. {@code onet-29.2}) under the {@code sppathways.data}
   * folder; skips the calling test, saying where to put the data, when it is absent.
   */
  static Path realData(String sub, String marker) {
    String root = System.getProperty(DATA_PROPERTY);
    assumeTrue(root != null && !root.isBlank(), "real-data test skipped: the system property "
        + DATA_PROPERTY + " is not set (mvn sets it to ../shared/data; or run with -D"
        + DATA_PROPERTY + "=DIR, DIR holding " + sub + "/)");
    Path dir = Path.of(root).resolve(sub);
    assumeTrue(Files.isRegularFile(dir.resolve(marker)), "real-data test skipped: no " + marker
        + " in " + dir.toAbsolutePath().normalize() + " (put the " + sub + " files there, or "
        + "point -D" + DATA_PROPERTY + "=DIR at the folder holding " + sub + "/)");
    return dir;
  }
}
