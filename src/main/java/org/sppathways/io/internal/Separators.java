package org.sppathways.io.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a delimited file written with another separator than the one expected: a CSV file
 * saved with semicolons by a spreadsheet program set to a language that writes decimal commas,
 * or a tab-separated file saved as CSV. Such a file reads as one wide column whose name is the
 * whole header line, and would otherwise be reported as every column missing. Internal: not part
 * of the API.
 */
public final class Separators {
  private Separators() {}

  private static final List<Character> CANDIDATES = List.of(';', '\t', ',', '|');

  /**
   * The separator a header row seems to use instead of {@code expected}: one that splits the
   * header, as read, into parts of which at least one is a column the reader knows. Empty when
   * the header names a known column as read, or no other separator explains it.
   *
   * @param header the header row as split with {@code expected}
   * @param expected the separator the reader uses
   * @param known the column names the reader knows (required and optional)
   */
  public static Optional<Character> misused(String[] header, char expected,
      Collection<String> known) {
    for (String cell : header) {
      if (known.contains(unquote(cell))) {
        return Optional.empty();
      }
    }
    String line = String.join(String.valueOf(expected), header);
    for (char c : CANDIDATES) {
      if (c == expected || line.indexOf(c) < 0) {
        continue;
      }
      for (String part : line.split(Pattern.quote(String.valueOf(c)), -1)) {
        if (known.contains(unquote(part))) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern AFTER_QUOTE = Pattern.compile(
      "Unexpected character \\('(.)' \\(code [0-9]+\\)\\): Expected column separator");

  /**
   * The separator of a quoted file read with the wrong one: the CSV parser's complaint that a
   * quoted value is followed by {@code ;} or a tab where it expected a comma. Empty for any other
   * syntax error.
   *
   * @param parserMessage the CSV parser's message
   */
  public static Optional<Character> afterQuote(String parserMessage) {
    java.util.regex.Matcher m = AFTER_QUOTE.matcher(String.valueOf(parserMessage));
    if (m.find() && (m.group(1).equals(";") || m.group(1).equals("\t"))) {
      return Optional.of(m.group(1).charAt(0));
    }
    return Optional.empty();
  }

  /** The sentence naming the cause: {@code the file seems to use ';' between values}. */
  public static String message(char separator, char expected) {
    return "the file seems to use " + name(separator) + " between values, not " + name(expected);
  }

  /** How a separator is named in a message: {@code ';'}, {@code tabs}. */
  public static String name(char separator) {
    return separator == '\t' ? "tabs" : "'" + separator + "'";
  }

  /**
   * The fix for a file meant to be comma-separated: save it as CSV with commas, as spreadsheet
   * programs call it.
   */
  public static final String SAVE_WITH_COMMAS = "save it as \"CSV UTF-8 (comma delimited)\"; "
      + "spreadsheet programs set to a language that writes decimal commas use ';' instead";

  private static String unquote(String cell) {
    String s = cell.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
