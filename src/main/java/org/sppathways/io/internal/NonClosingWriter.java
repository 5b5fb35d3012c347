package org.sppathways.io.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Keeps a library (Jackson, jgrapht-io) from closing the caller's writer. Internal. */
public final class NonClosingWriter extends FilterWriter {
  /** Wraps a writer; {@link #close()} only flushes it. */
  public NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
