package org.sppathways.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserFailureTest {

  private static RuntimeException thrownAt(String... classes) {
    RuntimeException e = new IllegalArgumentException("x");
    StackTraceElement[] frames = new StackTraceElement[classes.length];
    for (int i = 0; i < classes.length; i++) {
      frames[i] = new StackTraceElement(classes[i], "m", null, -1);
    }
    e.setStackTrace(frames);
    return e;
  }

  @Test
  void thrownInsideSnakeYamlOrJackson() {
    assertThat(ParserFailure.isFromParser(thrownAt(
        "org.yaml.snakeyaml.scanner.ScannerImpl", "org.sppathways.io.internal.TreeParser")))
        .isTrue();
    assertThat(ParserFailure.isFromParser(thrownAt(
        "com.fasterxml.jackson.dataformat.csv.CsvParser", "org.sppathways.io.internal.CsvRows")))
        .isTrue();
  }

  @Test
  void jdkFramesAreJudgedByTheirCaller() {
    assertThat(ParserFailure.isFromParser(thrownAt("java.lang.String", "jdk.internal.util.X",
        "sun.nio.cs.Y", "org.yaml.snakeyaml.reader.StreamReader"))).isTrue();
    assertThat(ParserFailure.isFromParser(thrownAt("java.lang.String",
        "org.sppathways.io.ProfileReader"))).isFalse();
  }

  @Test
  void thrownByThisLibraryOrACaller() {
    assertThat(ParserFailure.isFromParser(thrownAt("org.sppathways.io.internal.TreeParser",
        "org.yaml.snakeyaml.parser.ParserImpl"))).isFalse();
    assertThat(ParserFailure.isFromParser(thrownAt("com.example.Caller"))).isFalse();
    assertThat(ParserFailure.isFromParser(thrownAt())).isFalse();
  }
}
