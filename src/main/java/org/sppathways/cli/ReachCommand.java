package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.Reach;
import org.sppathways.paths.ReachableRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reach}: every role reachable within some steps or months, with the best path to each. */
@Command(name = "reach", mixinStandardHelpOptions = true,
    description = "Every role reachable from a role (or a person) within --max-steps and "
        + "--max-months, with the best path to each by --by.")
final class ReachCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  PathsCommand.Constraints constraints;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    constraints.check(spec);
    WorkforceModel m = model.load();
    PathQuery query = constraints.query(spec, m);
    CareerPathFinder finder = model.queries().pathFinder();
    Reach reach = constraints.person != null ? finder.reach(constraints.person(m), query)
        : finder.reach(Names.role(m, constraints.from), query);
    print(spec.commandLine().getOut(), m, reach, query);
    return 0;
  }

  private void print(PrintWriter out, WorkforceModel m, Reach reach, PathQuery query) {
    List<String> header = List.of("role", "steps", "months", "hours", "cost", "path");
    switch (format) {
      case JSON:
        Tables.result(out, reach);
        break;
      case CSV:
        Tables.resultCsv(out, m, reach);
        break;
      default:
        out.println(reach.roles().size() + " roles reachable from "
            + reach.from().map(RoleId::value).orElse("any entry route")
            + (query.maxSteps().isPresent() ? " within " + query.maxSteps().getAsInt() + " steps" : "")
            + (query.maxMonths().isPresent() ? " within " + query.maxMonths().getAsInt() + " months" : "")
            + ", best path by " + reach.by().toString()
            + (reach.complete() ? "" : " (search stopped at its work limit; more may exist)"));
        out.println();
        Tables.table(out, header, rows(reach, " -> "));
    }
  }

  private static List<List<String>> rows(Reach reach, String arrow) {
    List<List<String>> rows = new ArrayList<>();
    for (ReachableRole r : reach.roles()) {
      CareerPath p = r.path();
      rows.add(List.of(r.role().value(), String.valueOf(p.stepCount()), String.valueOf(p.months()),
          PathsCommand.number(p.hours()), PathsCommand.number(p.cost()),
          String.join(arrow, p.roles().stream().map(RoleId::value).toList())));
    }
    return rows;
  }
}
