package org.sppathways.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Reader} against the JDK's decoder: the same text for valid UTF-8, and for invalid
 * UTF-8 all the text before the first invalid byte, then a failure placed at that byte.
 */
class Utf8ReaderProperties {

  /** What the JDK decodes before the first error, and where the error is (-1 for none). */
  private static final class Oracle {
    final String text;
    final int errorAt;
    final int errorLength;

    Oracle(byte[] bytes) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length + 1);
      CoderResult r = decoder.decode(in, out, true);
      if (!r.isError()) {
        decoder.flush(out);
      }
      text = out.flip().toString();
      errorAt = r.isError() ? in.position() : -1;
      errorLength = r.isError() ? r.length() : 0;
    }
  }

  /** Reads everything in chunks of random sizes; the failure, if any, after the text. */
  private static String readAll(byte[] bytes, long seed, StringBuilder text) throws IOException {
    Random random = new Random(seed);
    // an input stream that hands over few bytes at a time, to split characters between reads
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(5)));
      }
    };
    try (Utf8Reader reader = new Utf8Reader(random.nextBoolean() ? trickle
        : new ByteArrayInputStream(bytes))) {
      char[] buffer = new char[1 + random.nextInt(16)];
      int n;
      while ((n = reader.read(buffer, 0, 1 + random.nextInt(buffer.length))) != -1) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }

  @Provide
  Arbitrary<byte[]> mostlyText() {
    Arbitrary<byte[]> valid = Arbitraries.strings()
        .withChars("ab,\n\r é£€")
        .withCharRange('\u0000', '\u00ff')
        .withChars("\ud83d\ude00\u4e2d")
        .ofMaxLength(40)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> broken = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    Arbitrary<byte[]> validThenBroken = valid.flatMap(v -> Arbitraries.bytes()
        .array(byte[].class).ofMinSize(1).ofMaxSize(3).map(tail -> {
          byte[] all = new byte[v.length + tail.length];
          System.arraycopy(v, 0, all, 0, v.length);
          System.arraycopy(tail, 0, all, v.length, tail.length);
          // a byte with its high bit set: a continuation byte out of place, or a lead byte whose
          // continuation may be missing
          all[v.length] = (byte) (0x80 | all[v.length]);
          return all;
        }));
    return Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(1, broken),
        Tuple.of(2, validThenBroken));
  }

  @Property(tries = 2000, seed = "1123581321")
  void agreesWithTheJdkDecoder(@ForAll("mostlyText") byte[] bytes, @ForAll long seed)
      throws IOException {
    Oracle expected = new Oracle(bytes);
    StringBuilder text = new StringBuilder();

    if (expected.errorAt < 0) {
      assertThat(readAll(bytes, seed, text)).isEqualTo(expected.text);
      return;
    }
    assertThatThrownBy(() -> readAll(bytes, seed, text))
        .isInstanceOfSatisfying(Utf8Reader.MalformedText.class, e -> {
          String before = expected.text;
          int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
          int column = before.length() - before.lastIndexOf('\n');
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isEqualTo(column);
          assertThat(e.bytes()).startsWith(String.format("0x%02X",
              bytes[expected.errorAt] & 0xFF));
          assertThat(e.bytes().split(" ")).hasSize(expected.errorLength);
        });
    assertThat(text.toString()).isEqualTo(expected.text);
  }

  @Test
  void placesTheFirstInvalidByteOfALongFile() throws IOException {
    // beyond the first 8 KiB buffer: the JDK's reader would drop the good text decoded with it
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i < 1000; i++) {
      lines.append("row ").append(i).append(",caf\u00e9\n");
    }
    byte[] good = lines.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 8];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy("cost \u00a3".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, good.length, 6);
    bytes[good.length + 6] = '\n';
    bytes[good.length + 7] = 'x';
    StringBuilder text = new StringBuilder();

    assertThatThrownBy(() -> readAll(bytes, 7, text))
        .isInstanceOfSatisfying(Utf8Reader.MalformedText.class, e -> {
          assertThat(e.line()).isEqualTo(1000);
          assertThat(e.column()).isEqualTo(6);
          assertThat(e.bytes()).isEqualTo("0xA3");
          assertThat(e.getMessage()).isEqualTo("not valid UTF-8 at line 1000, column 6: 0xA3");
        });
    assertThat(text.toString()).isEqualTo(lines + "cost ");
  }

  @Test
  void truncatedCharacterAtTheEndIsInvalid() {
    // the first two of the three bytes of the euro sign
    byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x82};

    assertThatThrownBy(() -> readAll(bytes, 3, new StringBuilder()))
        .isInstanceOfSatisfying(Utf8Reader.MalformedText.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(1);
          assertThat(e.bytes()).isEqualTo("0xE2 0x82");
        });
  }

  @Test
  void emptyInputAndEmptyReads() throws IOException {
    try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[0]))) {
      assertThat(reader.read(new char[4], 0, 0)).isZero();
      assertThat(reader.read(new char[4], 0, 4)).isEqualTo(-1);
      assertThat(reader.read()).isEqualTo(-1);
    }
  }
}
