package org.sppathways.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import org.junit.jupiter.api.Test;

class ReadFailureTest {

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
    assertThat(ReadFailure.isFromParser(thrownAt(
        "org.yaml.snakeyaml.scanner.ScannerImpl", "org.sppathways.io.internal.TreeParser")))
        .isTrue();
    assertThat(ReadFailure.isFromParser(thrownAt(
        "com.fasterxml.jackson.dataformat.csv.CsvParser", "org.sppathways.io.internal.CsvRows")))
        .isTrue();
  }

  @Test
  void jdkFramesAreJudgedByTheirCaller() {
    assertThat(ReadFailure.isFromParser(thrownAt("java.lang.String", "jdk.internal.util.X",
        "sun.nio.cs.Y", "org.yaml.snakeyaml.reader.StreamReader"))).isTrue();
    assertThat(ReadFailure.isFromParser(thrownAt("java.lang.String",
        "org.sppathways.io.ProfileReader"))).isFalse();
  }

  @Test
  void thrownByThisLibraryOrACaller() {
    assertThat(ReadFailure.isFromParser(thrownAt("org.sppathways.io.internal.TreeParser",
        "org.yaml.snakeyaml.parser.ParserImpl"))).isFalse();
    assertThat(ReadFailure.isFromParser(thrownAt("com.example.Caller"))).isFalse();
    assertThat(ReadFailure.isFromParser(thrownAt())).isFalse();
  }

  @Test
  void wrappedIoErrorsAreReadFailuresWhereverThrown() {
    RuntimeException wrapped = new UncheckedIOException(new IOException("disk"));
    wrapped.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.sppathways.io.internal.ByteOrderMark", "skip", null, -1)});

    assertThat(ReadFailure.isReadFailure(wrapped)).isTrue();
    assertThat(ReadFailure.isReadFailure(thrownAt("org.sppathways.io.ProfileReader"))).isFalse();
    assertThat(ReadFailure.isReadFailure(thrownAt("org.yaml.snakeyaml.reader.StreamReader")))
        .isTrue();
  }

  @Test
  void encodingFailuresAreFoundInTheCauses() {
    assertThat(ReadFailure.isEncoding(new UncheckedIOException(new MalformedInputException(1))))
        .isTrue();
    assertThat(ReadFailure.isEncoding(new IOException("wrapped",
        new IllegalStateException("java.nio.charset.MalformedInputException: Input length = 1"))))
        .isTrue();
    assertThat(ReadFailure.isEncoding(new UncheckedIOException(new IOException("disk"))))
        .isFalse();
  }
}
