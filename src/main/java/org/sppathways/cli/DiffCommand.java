package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.diff.ModelDiff;
import org.sppathways.io.ModelReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff A B}: what changed from one model file to another. Exits like {@code diff(1)}: 0
 * when the models are the same, 1 when they differ, 2 when a file cannot be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What changed from model A to model B: roles, competencies, organisation "
        + "types, routes, courses, role requirements, scale levels and model fields added, "
        + "removed and changed, with old and new values. Exit code 0 when the models are the "
        + "same, 1 when they differ, 2 when a file is not a valid model.")
final class DiffCommand implements Callable<Integer> {

  /** Exit code when the models differ, as {@code diff(1)} does. */
  static final int DIFFERENT = 1;

  /** The longest value shown in the table; JSON and CSV give values whole. */
  static final int TABLE_VALUE_CHARS = 60;

  @Parameters(index = "0", paramLabel = "A", description = "The first model file (.yaml, .yml "
      + "or .json), e.g. the national model or last release.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "The second model file, e.g. the "
      + "local model or this release.")
  Path b;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    WorkforceModel ma = read(a, problems);
    WorkforceModel mb = read(b, problems);
    if (ma == null || mb == null) {
      throw new ModelException(ma == null && mb == null ? a + " and " + b
          + " are not valid models" : (ma == null ? a : b) + " is not a valid model", problems);
    }
    ModelDiff diff = ModelDiff.of(ma, mb);
    print(spec.commandLine().getOut(), mb, diff);
    return diff.identical() ? 0 : DIFFERENT;
  }

  /** Reads a model, or collects its problems and returns null, so both files are checked. */
  private static WorkforceModel read(Path file, List<Problem> problems) {
    try {
      return ModelReader.of().read(file);
    } catch (ModelException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private void print(PrintWriter out, WorkforceModel b, ModelDiff diff) {
    switch (format) {
      case JSON:
        Tables.result(out, diff);
        break;
      case CSV:
        Tables.resultCsv(out, b, diff);
        break;
      default:
        table(out, diff);
    }
  }

  private void table(PrintWriter out, ModelDiff diff) {
    if (diff.identical()) {
      out.println("No differences between " + a + " (" + diff.a() + ") and " + b + " ("
          + diff.b() + ").");
      out.flush();
      return;
    }
    out.println("From " + a + " (" + diff.a() + ") to " + b + " (" + diff.b() + "): "
        + diff.changes().size() + (diff.changes().size() == 1 ? " change" : " changes") + ".");
    out.println();
    List<List<String>> counts = new ArrayList<>();
    for (ModelDiff.Count c : diff.counts()) {
      if (c.added() + c.removed() + c.changed() > 0) {
        counts.add(List.of(c.kind().toString(), String.valueOf(c.added()),
            String.valueOf(c.removed()), String.valueOf(c.changed())));
      }
    }
    Tables.table(out, List.of("kind", "added", "removed", "changed"), counts);
    out.println();
    List<List<String>> rows = new ArrayList<>();
    for (ModelDiff.Change c : diff.changes()) {
      String value = c.edit() == ModelDiff.Edit.CHANGED
          ? shorten(c.before().orElse("(none)")) + " -> " + shorten(c.after().orElse("(none)"))
          : shorten(c.after().or(c::before).orElseThrow());
      rows.add(List.of(c.kind().toString(), c.key(), c.edit().toString(), c.field().orElse(""),
          value));
    }
    Tables.table(out, List.of("kind", "key", "edit", "field", "A -> B"), rows);
    out.flush();
  }

  /** A value cut to {@link #TABLE_VALUE_CHARS} characters, with an ellipsis when cut. */
  static String shorten(String value) {
    String one = value.replace('\n', ' ');
    return one.length() <= TABLE_VALUE_CHARS ? one
        : one.substring(0, TABLE_VALUE_CHARS - 1) + "\u2026";
  }
}
