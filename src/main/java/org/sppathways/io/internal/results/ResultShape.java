package org.sppathways.io.internal.results;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.model.WorkforceModel;

/**
 * The documented shape of one kind of analysis result: its name and version in JSON, how
 * Jackson writes (and, where supported, reads) it, and its CSV rows. One instance per result
 * type, listed in {@link ResultShapes}; documented in {@code docs/reference/results.md} with a
 * JSON Schema in {@code docs/reference/results/NAME.schema.json}.
 *
 * @param <T> the result type
 */
public interface ResultShape<T> {

  /** The result type (subclasses, e.g. Immutables implementations, use the same shape). */
  Class<T> type();

  /** The name written as {@code "result"} and used for the schema file, e.g. {@code gaps}. */
  String name();

  /** The version of the shape, written as {@code "version"}; raised on any incompatible change. */
  default int version() {
    return 1;
  }

  /**
   * Adds the mix-ins, serialisers and deserialisers of the result and of the parts only it
   * uses (parts shared by several results belong in {@link Parts}).
   */
  void setUp(SimpleModule module);

  /** Whether {@link org.sppathways.io.ResultReader} reads this result back. */
  default boolean readable() {
    return false;
  }

  /** The CSV header. */
  List<String> csvHeader();

  /**
   * The CSV header of this result: {@link #csvHeader()} unless the columns depend on what the
   * result holds (e.g. the one part of a structure result that CSV prints).
   */
  default List<String> csvHeader(T result) {
    return csvHeader();
  }

  /**
   * The CSV rows, one list of cells per row in header order: numbers through {@link CsvNumbers},
   * names and titles looked up in the model.
   */
  List<List<String>> csvRows(T result, WorkforceModel model);

  /**
   * The CSV header of the wide layout ({@link org.sppathways.io.ResultWriter#csvWide}): the
   * ordinary header unless the result has a wide layout (a distance matrix: one column per role).
   */
  default List<String> wideCsvHeader(T result) {
    return csvHeader(result);
  }

  /** The CSV rows of the wide layout: the ordinary rows unless the result has a wide layout. */
  default List<List<String>> wideCsvRows(T result, WorkforceModel model) {
    return csvRows(result, model);
  }
}
