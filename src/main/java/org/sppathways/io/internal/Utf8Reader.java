package org.sppathways.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly and places the first invalid byte. Unlike an {@code InputStreamReader}
 * with a reporting decoder, which drops the text decoded before the invalid bytes of its
 * buffer, this reader hands over all the text before them and then fails with a
 * {@link MalformedText} that gives their line, column and value. Not thread-safe, like any
 * reader. Internal: not part of the API.
 */
public final class Utf8Reader extends Reader {
  private static final int BUFFER = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private boolean endOfInput;
  private boolean flushed;
  private MalformedText failure;
  // line and column (1-based) of the next character decoded
  private int line = 1;
  private int column = 1;

  /** A reader of {@code in}, which it closes when closed. */
  public Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** Bytes that are not UTF-8, with where they start. */
  public static final class MalformedText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String bytes;

    MalformedText(int line, int column, String bytes) {
      this.line = line;
      this.column = column;
      this.bytes = bytes;
    }

    /** The 1-based line of the first invalid byte. */
    public int line() {
      return line;
    }

    /** The 1-based column (in characters) of the first invalid byte. */
    public int column() {
      return column;
    }

    /** The invalid bytes in hexadecimal, such as {@code 0xA3}. */
    public String bytes() {
      return bytes;
    }

    @Override
    public String getMessage() {
      return "not valid UTF-8 at line " + line + ", column " + column + ": " + bytes;
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (failure != null) {
        throw failure;
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && failure == null && !flushed) {
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          count(chars);
          failure = malformed(result.length());
        } else if (result.isUnderflow() && endOfInput) {
          decoder.flush(chars);
          flushed = true;
        } else if (result.isUnderflow()) {
          readBytes();
        }
      }
      if (failure == null) {
        count(chars);
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining() || failure != null;
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Advances the line and column over the characters decoded into {@code decoded}. */
  private void count(CharBuffer decoded) {
    char[] text = decoded.array();
    int end = decoded.position();
    int lastNewline = -1;
    for (int i = 0; i < end; i++) {
      if (text[i] == '\n') {
        line++;
        lastNewline = i;
      }
    }
    column = lastNewline < 0 ? column + end : end - lastNewline;
  }

  private MalformedText malformed(int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
          bytes.get(bytes.position() + i) & 0xFF));
    }
    return new MalformedText(line, column, hex.toString());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
