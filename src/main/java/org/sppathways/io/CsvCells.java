package org.sppathways.io;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sppathways.io.internal.NonClosingWriter;

/**
 * Writes CSV that is safe to open in a spreadsheet: every CSV file the library and its command
 * line write (graph exports, profiles, analysis results) goes through this class.
 *
 * <p><b>CSV injection.</b> A spreadsheet runs a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, and some treat a leading tab or carriage return the same
 * way; a role titled {@code =HYPERLINK("http://evil","click")} would become a live link. As
 * OWASP's CSV-injection guidance advises, such a text cell is written with a single quote in
 * front ({@code '=HYPERLINK(...)}), and the cell is quoted, so that the spreadsheet shows the
 * text and runs nothing. A cell that is a plain decimal number ({@code -12}, {@code -0.25},
 * {@code 3.5e-7}) is a number, not a formula, and is written unchanged, so negative numbers stay
 * numbers.
 *
 * <p>The CSV readers ({@link ProfileReader}, {@link CourseCatalogueReader},
 * {@link HeadcountReader}) undo the prefix ({@link #restore(String)}), so files written here read
 * back to equal values.
 *
 * <pre>{@code
 * CsvCells.write(out, List.of("role", "roleTitle"), List.of(List.of("lw", "=1+1")));
 * // role,roleTitle
 * // lw,"'=1+1"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvCells {
  private static final Pattern NUMBER =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private CsvCells() {}

  /**
   * The cell as it is written: text that a spreadsheet would run as a formula gets a leading
   * single quote; anything else, numbers included, is returned as it is.
   *
   * @param cell the text of one cell
   * @return the safe text of the cell
   */
  public static String neutralise(String cell) {
    return isFormulaStart(cell) && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }

  /**
   * The text a cell written by {@link #neutralise(String)} stood for: a single quote followed by
   * one of {@code = + - @}, a tab or a carriage return is dropped; anything else is returned as
   * it is.
   *
   * @param cell the text of one cell as read
   * @return the original text
   */
  public static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaStart(cell.substring(1))
        ? cell.substring(1) : cell;
  }

  /**
   * Writes a header and rows as CSV (Jackson), every cell {@linkplain #neutralise(String)
   * neutralised}; the writer is flushed, not closed.
   *
   * @param out where to write
   * @param header the column names
   * @param rows the rows, each with one cell per column
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Writer out, List<String> header, List<? extends List<String>> rows) {
    Objects.requireNonNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    header.forEach(column -> schema.addColumn(neutralise(column)));
    List<List<String>> safe = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      safe.add(row.stream().map(CsvCells::neutralise).toList());
    }
    try {
      new CsvMapper().writer(schema.build()).writeValue(new NonClosingWriter(out), safe);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isFormulaStart(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
