package org.sppathways.adversarial;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small main class of the tests in a fresh JVM with a small heap, so that a test can show
 * an operation works in bounded memory: the child fails with {@link OutOfMemoryError} (exit code
 * {@value #OUT_OF_MEMORY}) if it does not.
 */
final class ForkedJvm {
  private ForkedJvm() {}

  /** The child's exit code when it ran out of memory. */
  static final int OUT_OF_MEMORY = 3;

  /** What a child printed and how it ended. */
  record Result(int exitCode, String output, long millis) {
    /** The value of a {@code key=value} line the child printed. */
    String value(String key) {
      return output.lines().filter(l -> l.startsWith(key + "="))
          .map(l -> l.substring(key.length() + 1)).findFirst()
          .orElseThrow(() -> new AssertionError("no " + key + " in:\n" + output));
    }
  }

  /**
   * Runs {@code main} with the test class path and the given heap, waiting at most the given
   * seconds (then the child is killed and the result is an error).
   */
  static Result run(Class<?> main, String maxHeap, int timeoutSeconds, String... args)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap,
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    File log = Files.createTempFile("forked-jvm", ".log").toFile();
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError(main.getSimpleName() + " did not finish within "
            + timeoutSeconds + " s:\n" + Files.readString(log.toPath()));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Result(p.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8),
          millis);
    } finally {
      Files.deleteIfExists(log.toPath());
    }
  }

  /** The most heap the current JVM has used so far, summed over its heap pools (for children). */
  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
