package org.sppathways.adversarial;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ModelException;
import org.sppathways.reference.ReferenceModels;

/**
 * Streams a profiles file through {@link ProfileReader#forEach} in a forked JVM and prints, as
 * {@code key=value} lines, how many profiles were handed out, the error (if any), the time taken
 * and the peak heap. Run by {@link HugeProfileFilesTest}; prints counts and the reader's error
 * message only, never a profile.
 */
public final class StreamProfilesMain {
  private StreamProfilesMain() {}

  public static void main(String[] args) {
    try {
      ProfileReader reader = ProfileReader.of(ReferenceModels.socialPrescribing());
      AtomicLong profiles = new AtomicLong();
      long start = System.nanoTime();
      String error = "none";
      try {
        reader.forEach(Path.of(args[0]), p -> profiles.incrementAndGet());
      } catch (ModelException e) {
        error = e.getMessage().replace('\n', '|');
      }
      System.out.println("millis=" + (System.nanoTime() - start) / 1_000_000);
      System.out.println("profiles=" + profiles.get());
      System.out.println("error=" + error);
      System.out.println("peakHeap=" + ForkedJvm.peakHeapBytes());
    } catch (OutOfMemoryError e) {
      System.exit(ForkedJvm.OUT_OF_MEMORY);
    }
  }
}
