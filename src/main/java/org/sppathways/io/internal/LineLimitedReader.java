package org.sppathways.io.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails when a line is longer than a limit. The YAML parser takes time quadratic
 * in the length of a line (about 2 s for 2,000,000 characters, minutes for 20,000,000), so YAML
 * lines are bounded; texts may span lines. Internal: not part of the API.
 */
final class LineLimitedReader extends FilterReader {

  private final int limit;
  private int line = 1;
  private int length;
  private int tooLongAt;

  LineLimitedReader(Reader in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c != -1) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    for (int i = offset; i < offset + n; i++) {
      count(buffer[i]);
    }
    return n;
  }

  /** The line that was too long, or 0 while none was. */
  int tooLongAt() {
    return tooLongAt;
  }

  private void count(char c) throws IOException {
    if (c == '\n') {
      line++;
      length = 0;
    } else if (++length > limit) {
      tooLongAt = line;
      throw new IOException("line " + line + " is longer than " + limit + " characters");
    }
  }
}
