package org.sppathways.io.frameworks;

import java.nio.file.Path;

/** The hand-made framework files of {@link FrameworkFixtures}, for tests in other packages. */
public final class FrameworkTestFiles {
  private FrameworkTestFiles() {}

  /** The valid hand-made O*NET files, copied into {@code parent/onet}. */
  public static Path onet(Path parent) {
    return FrameworkFixtures.onet(parent);
  }

  /** The valid hand-made ESCO files, copied into {@code parent/esco}. */
  public static Path esco(Path parent) {
    return FrameworkFixtures.esco(parent);
  }
}
