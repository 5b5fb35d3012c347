package org.sppathways.io;

/**
 * Bounds on the work a reader does for one file, so that no input can exhaust memory or time.
 * Exceeding one is reported as a problem in the file, never as a crash.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentChars(1_000_000);
 * ModelReader reader = ModelReader.of(limits);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Within a document, a JSON text is limited to 20,000,000 characters, a YAML line to
 * {@link #MAX_YAML_LINE_CHARS} and a CSV value to 1,000,000 characters (each, or
 * {@link #maxDocumentChars()} if lower). Reading stops at the first limit exceeded, with a problem
 * that names it, so no file, however large or deeply nested, costs more than the limits allow.
 *
 * @param maxDocumentChars the most characters a YAML or JSON document may have (default 256 Mi);
 *     CSV files are streamed row by row and may be longer, only a single value is bounded (to
 *     1,000,000 characters, or this limit if lower)
 * @param maxNestingDepth the deepest nesting of maps and lists (default 32; the formats need 6)
 * @param maxProblems the most problems collected before reading stops (default 1,000)
 *
 * @since 0.1.0
 */
public record ReadLimits(int maxDocumentChars, int maxNestingDepth, int maxProblems) {

  /**
   * The longest line of a YAML file, in characters: {@value}, or {@link #maxDocumentChars()} if
   * lower. The YAML parser's time grows with the square of a line's length (about 2 s for
   * 2,000,000 characters), so long lines are rejected; YAML texts may span lines, and JSON has no
   * line limit.
   */
  public static final int MAX_YAML_LINE_CHARS = 1_000_000;

  /** Rejects limits below 1. */
  public ReadLimits {
    if (maxDocumentChars < 1 || maxNestingDepth < 1 || maxProblems < 1) {
      throw new IllegalArgumentException("read limits must be 1 or more, were " + maxDocumentChars
          + ", " + maxNestingDepth + ", " + maxProblems);
    }
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return new ReadLimits(256 * 1024 * 1024, 32, 1000);
  }

  /** These limits with another document size limit. */
  public ReadLimits withMaxDocumentChars(int chars) {
    return new ReadLimits(chars, maxNestingDepth, maxProblems);
  }

  /** These limits with another nesting limit. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentChars, depth, maxProblems);
  }

  /** These limits with another problem limit. */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxDocumentChars, maxNestingDepth, problems);
  }
}
