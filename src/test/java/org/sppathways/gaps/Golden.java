package org.sppathways.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept under {@code src/test/resources/golden/}, compared whole.
 *
 * <p>To regenerate them after an intended change of output, run the tests with
 * {@code -Dsppathways.golden.update=true}, e.g.
 * <pre>
 * mvn -q -B -ntp test -Dtest='org.sppathways.cli.**' -Dsppathways.golden.update=true
 * </pre>
 * and review the difference ({@code git diff src/test/resources/golden}) before committing it.
 * With the switch on, a mismatching or missing file is rewritten and the test passes; without
 * it, a missing file fails the test.
 *
 * <p>Files are read from and written to the source tree (the working directory is the project
 * directory under Maven), so an update is visible without a rebuild.
 */
public final class Golden {
  private Golden() {}

  /** The system property that switches regeneration on. */
  public static final String UPDATE = "sppathways.golden.update";

  /** Where golden files live. */
  public static final Path ROOT = Path.of("src", "test", "resources", "golden");

  /** Whether this run rewrites golden files instead of comparing with them. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code name} (a path under
   * {@link #ROOT}), or rewrites the file when {@link #updating()}.
   */
  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    String normalised = actual.replace("\r\n", "\n");
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(normalised)) {
          Files.writeString(file, normalised, StandardCharsets.UTF_8);
        }
        return;
      }
      assertThat(file).as("golden file %s is missing; run with -D%s=true to create it", file, UPDATE)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(normalised).as("output differs from golden file %s (run with -D%s=true to "
          + "regenerate it after an intended change)", file, UPDATE).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
