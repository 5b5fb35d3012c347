package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sppathways.io.CsvCells;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.WorkforceModel;

/**
 * Prints results through the one result writer (JSON, CSV) and rows as an aligned table. Writers
 * never compute.
 */
final class Tables {
  private Tables() {}

  /** A result in its documented JSON shape ({@link ResultWriter}). */
  static void result(PrintWriter out, Object result) {
    ResultWriter.json().write(result, out);
  }

  /** A result in its documented CSV shape ({@link ResultWriter}). */
  static void resultCsv(PrintWriter out, WorkforceModel model, Object result) {
    ResultWriter.csv(model).write(result, out);
  }

  /** A result as CSV in its wide layout (a distance matrix: one column per role). */
  static void resultCsvWide(PrintWriter out, WorkforceModel model, Object result) {
    ResultWriter.csvWide(model).write(result, out);
  }

  /** CSV through the one writer that keeps spreadsheet formulas out ({@link CsvCells}). */
  static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
    CsvCells.write(out, header, rows);
  }

  static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    line(out, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.println(rule);
    rows.forEach(row -> line(out, row, widths));
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean number = !cell.isEmpty() && cell.chars().allMatch(c -> Character.isDigit(c) || c == '.');
      if (i > 0) {
        sb.append("  ");
      }
      String pad = " ".repeat(widths[i] - cell.length());
      sb.append(number ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
    }
    out.println(sb);
  }
}
