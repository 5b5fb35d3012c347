package org.sppathways.io.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Skips a leading UTF-8 byte order mark, as spreadsheet programs and some editors write one. */
final class ByteOrderMark {
  private ByteOrderMark() {}

  static Reader skip(Reader reader) {
    PushbackReader in = new PushbackReader(reader, 1);
    try {
      int first = in.read();
      if (first != -1 && first != '\uFEFF') {
        in.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return in;
  }
}
