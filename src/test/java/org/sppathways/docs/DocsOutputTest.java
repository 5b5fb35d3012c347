package org.sppathways.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sppathways.cli.Main;

/**
 * Every command-line output quoted in {@code docs/} is the output of its command today, so the
 * documentation cannot drift from the code.
 *
 * <p>A page marks a quoted output with an HTML comment naming the command, directly above the
 * fenced block that holds the output (blank lines may come between):
 *
 * <pre>
 * &lt;!-- output: sp-pathways reach-probability --from link-worker --to senior-link-worker --&gt;
 * ```
 * From link-worker to senior-link-worker: probability 0.18, ...
 * ```
 * </pre>
 *
 * <p>The command runs in-process ({@link Main#run}) from the project directory, so paths such as
 * {@code docs/examples/...} work; {@code sp-pathways} stands for
 * {@code java -jar target/sp-pathways-cli.jar}. The block holds standard output, then standard
 * error. Two settings may stand before the colon:
 *
 * <ul>
 *   <li>{@code lines=1-4,9,12-end}: quote only these lines of the output (1-based, inclusive),
 *       with a line {@code ...} where lines are left out;
 *   <li>{@code exit=2}: the exit code the command must end with (0 unless given).
 * </ul>
 *
 * <p>After an intended change of output, regenerate every marked block with
 * <pre>
 * mvn -B -ntp -q test -Dtest=DocsOutputTest -Dsppathways.golden.update=true
 * </pre>
 * and read the difference ({@code git diff docs}) as a reader of the page would. Commands that
 * write files are not marked.
 */
class DocsOutputTest {
  private static final Path DOCS = Path.of("docs");
  private static final boolean UPDATE = Boolean.getBoolean("sppathways.golden.update");

  static final Pattern MARKER = Pattern.compile(
      "^(\\s*)<!-- output((?: (?:lines|exit)=\\S+)*): sp-pathways (.+?) -->\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```.*$");

  /** One marked block: the page, the marker's line (0-based) and the block's line range. */
  record Marked(Path page, int markerLine, String command, String lines, int exit,
      int fenceOpen, int fenceClose, String indent) {

    String name() {
      return page + ":" + (markerLine + 1) + ": sp-pathways " + command;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyMarkedOutputIsTheCommandsOutput() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      List<Marked> marks = marks(page, Files.readAllLines(page, StandardCharsets.UTF_8));
      if (UPDATE && !marks.isEmpty()) {
        update(page, marks);
        continue;
      }
      for (Marked m : marks) {
        tests.add(DynamicTest.dynamicTest(m.name(), () -> check(m)));
      }
    }
    return tests.stream();
  }

  /** Guards against a marker that matches nothing, which would silently test nothing. */
  @Test
  void everyMarkerIsFollowedByABlockAndThereAreMarkers() throws IOException {
    int count = 0;
    for (Path page : pages()) {
      List<String> text = Files.readAllLines(page, StandardCharsets.UTF_8);
      List<Integer> written = outsideFences(text).stream()
          .filter(i -> text.get(i).contains("<!-- output")).toList();
      List<Marked> marks = marks(page, text);
      assertThat(marks).extracting(Marked::markerLine).as("markers of %s that parse and are "
          + "followed by a fenced block", page).containsExactlyElementsOf(written);
      count += marks.size();
    }
    assertThat(count).as("marked outputs in docs/").isGreaterThanOrEqualTo(20);
  }

  @Test
  void aLineSelectionKeepsTheChosenLinesAndMarksTheGaps() {
    List<String> output = List.of("a", "b", "c", "d", "e", "f");

    assertThat(select(output, "1-2,4,6-end")).containsExactly("a", "b", "...", "d", "...", "f");
    assertThat(select(output, "2-3")).containsExactly("...", "b", "c", "...");
    assertThat(select(output, "")).isEqualTo(output);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(DOCS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  /**
   * The lines outside fenced blocks, so that a marker shown as an example inside a block (as
   * docs/README.md does) is not taken for one. A fence closes at a line of at least as many
   * backticks as opened it.
   */
  static List<Integer> outsideFences(List<String> text) {
    List<Integer> outside = new ArrayList<>();
    int open = 0;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      int ticks = 0;
      while (ticks < line.length() && line.charAt(ticks) == '`') {
        ticks++;
      }
      if (open == 0) {
        if (ticks >= 3) {
          open = ticks;
        } else {
          outside.add(i);
        }
      } else if (ticks >= open && line.length() == ticks) {
        open = 0;
      }
    }
    return outside;
  }

  static List<Marked> marks(Path page, List<String> text) {
    List<Marked> marks = new ArrayList<>();
    for (int i : outsideFences(text)) {
      Matcher m = MARKER.matcher(text.get(i));
      if (!m.matches()) {
        continue;
      }
      String lines = "";
      int exit = 0;
      for (String setting : m.group(2).trim().split(" ")) {
        if (setting.startsWith("lines=")) {
          lines = setting.substring("lines=".length());
        } else if (setting.startsWith("exit=")) {
          exit = Integer.parseInt(setting.substring("exit=".length()));
        }
      }
      int open = i + 1;
      while (open < text.size() && text.get(open).isBlank()) {
        open++;
      }
      Matcher fence = open < text.size() ? FENCE.matcher(text.get(open)) : null;
      if (fence == null || !fence.matches()) {
        continue;
      }
      int close = open + 1;
      while (close < text.size() && !text.get(close).strip().equals("```")) {
        close++;
      }
      if (close == text.size()) {
        continue;
      }
      marks.add(new Marked(page, i, m.group(3), lines, exit, open, close, fence.group(1)));
    }
    return marks;
  }

  private static void check(Marked m) throws IOException {
    List<String> text = Files.readAllLines(m.page(), StandardCharsets.UTF_8);
    List<String> quoted = new ArrayList<>();
    for (String line : text.subList(m.fenceOpen() + 1, m.fenceClose())) {
      quoted.add(line.startsWith(m.indent()) ? line.substring(m.indent().length()) : line.strip());
    }
    assertThat(quoted).as("%s quotes its output (regenerate with -Dsppathways.golden.update=true "
        + "and read the diff)", m.name()).isEqualTo(expected(m));
  }

  /** The lines the block must hold: the command's output, selected. */
  static List<String> expected(Marked m) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(arguments(m.command()), new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(code).as("exit code of %s; stderr: %s", m.name(), err).isEqualTo(m.exit());
    List<String> lines = new ArrayList<>(out.toString().lines().toList());
    lines.addAll(err.toString().lines().toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return select(lines.stream().map(l -> l.replaceAll("\\s+$", "")).toList(), m.lines());
  }

  /** The chosen lines ({@code 1-4,9,12-end}; all when blank), with {@code ...} at each gap. */
  static List<String> select(List<String> output, String spec) {
    if (spec.isBlank()) {
      return output;
    }
    List<String> chosen = new ArrayList<>();
    int next = 1;
    for (String range : spec.split(",")) {
      String[] ends = range.split("-", 2);
      int from = Integer.parseInt(ends[0]);
      int to = ends.length == 1 ? from
          : ends[1].equals("end") ? output.size() : Integer.parseInt(ends[1]);
      if (from > next) {
        chosen.add("...");
      }
      for (int i = from; i <= Math.min(to, output.size()); i++) {
        chosen.add(output.get(i - 1));
      }
      next = to + 1;
    }
    if (next <= output.size()) {
      chosen.add("...");
    }
    return chosen;
  }

  /** Splits a command at spaces; single or double quotes keep spaces inside an argument. */
  static String[] arguments(String command) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (c == ' ') {
        if (any || current.length() > 0) {
          args.add(current.toString());
        }
        current.setLength(0);
        any = false;
      } else {
        current.append(c);
      }
    }
    if (any || current.length() > 0) {
      args.add(current.toString());
    }
    return args.toArray(String[]::new);
  }

  /** Rewrites every marked block of a page with its command's output today. */
  private static void update(Path page, List<Marked> marks) {
    try {
      List<String> text = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
      for (int k = marks.size() - 1; k >= 0; k--) {
        Marked m = marks.get(k);
        List<String> block = new ArrayList<>();
        for (String line : expected(m)) {
          block.add(line.isEmpty() ? "" : m.indent() + line);
        }
        text.subList(m.fenceOpen() + 1, m.fenceClose()).clear();
        text.addAll(m.fenceOpen() + 1, block);
      }
      Files.writeString(page, String.join("\n", text) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
