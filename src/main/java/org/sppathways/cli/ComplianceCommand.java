package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceItem;
import org.sppathways.compliance.ComplianceRegister;
import org.sppathways.compliance.ComplianceSettings;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.compliance.RefresherDemand;
import org.sppathways.compliance.StatusCounts;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code compliance}: whether everyone's required training is current, due, lapsed or missing on
 * a day, counted by role, organisation type and competency, with refresher demand per month.
 */
@Command(name = "compliance", mixinStandardHelpOptions = true,
    description = "Mandatory training compliance of everyone in a profiles file on a day: per "
        + "person and required competency current, due (lapsing within --within months), "
        + "lapsed or missing; counts by role, organisation type and competency; refresher "
        + "courses needed per month over --horizon months. Streamed: only counts are kept "
        + "(except with --people).")
final class ComplianceCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--profiles", paramLabel = "FILE", required = true,
      description = "Worker profiles (.yaml, .yml, .json or .csv).")
  Path profiles;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfOptions.Day.class,
      description = "The day to assess on (default: today).")
  LocalDate asOf;

  @Option(names = "--within", paramLabel = "MONTHS", defaultValue = "3",
      description = "A level lapsing within this many months is due (default: ${DEFAULT-VALUE}; "
          + "0 to " + ComplianceSettings.MAX_WITHIN_MONTHS + ").")
  int within;

  @Option(names = "--horizon", paramLabel = "MONTHS", defaultValue = "12",
      description = "Months of refresher demand, from the month of --as-of (default: "
          + "${DEFAULT-VALUE}; 1 to " + ComplianceSettings.MAX_HORIZON_MONTHS + ").")
  int horizon;

  @Option(names = "--by", paramLabel = "role|organisation-type|competency",
      description = "Show the counts of one grouping only (default: all three).")
  ComplianceSummary.Grouping by;

  @Option(names = "--people", description = "List every person's rows (person ids only) "
      + "instead of the counts; holds every row in memory.")
  boolean people;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  Main main;

  @Override
  public Integer call() {
    ComplianceSettings settings;
    try {
      settings = ComplianceSettings.of(within, horizon);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), (within < 0
          || within > ComplianceSettings.MAX_WITHIN_MONTHS ? "--within" : "--horizon")
          + ": " + e.getMessage().replaceFirst("^\\w+ ", ""));
    }
    if (by != null && people) {
      throw new ParameterException(spec.commandLine(),
          "--by groups the counts and --people lists rows; give one");
    }
    WorkforceModel m = model.load();
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    ComplianceAnalysis analysis = model.compliance(settings);
    ProfileReader reader = ProfileReader.of(m);
    PrintWriter out = spec.commandLine().getOut();
    try (Progress progress = Progress.of("compliance", main.quiet)) {
      ProfileSource source = action -> reader.forEach(profiles, progress.counting(action));
      if (people) {
        print(out, m, analysis.register(source, day));
        return 0;
      }
      ComplianceSummary summary = analysis.summarise(source, day);
      print(out, m, by == null ? summary : summary.only(by));
    }
    return 0;
  }

  private void print(PrintWriter out, WorkforceModel m, ComplianceRegister register) {
    switch (format) {
      case JSON -> Tables.result(out, register);
      case CSV -> Tables.resultCsv(out, m, register);
      default -> table(out, register);
    }
  }

  private void print(PrintWriter out, WorkforceModel m, ComplianceSummary summary) {
    switch (format) {
      case JSON -> Tables.result(out, summary);
      case CSV -> Tables.resultCsv(out, m, summary);
      default -> table(out, summary);
    }
  }

  /** The human table of a summary: totals, each grouping held, then refresher demand. */
  static void table(PrintWriter out, ComplianceSummary s) {
    out.println("As of " + s.asOf() + " (due: lapsing within " + s.withinMonths() + " months): "
        + s.people() + " people, " + s.assessed() + " with a role, " + s.total().total()
        + " checks");
    StatusCounts t = s.total();
    out.println(t.current() + " current, " + t.due() + " due, " + t.lapsed() + " lapsed, "
        + t.missing() + " missing");
    List<String> header = List.of("", "current", "due", "lapsed", "missing", "total");
    for (ComplianceSummary.Grouping g : ComplianceSummary.Grouping.values()) {
      if (s.by(g).isEmpty()) {
        continue;
      }
      out.println();
      List<String> named = new ArrayList<>(header);
      named.set(0, g.toString());
      Tables.table(out, named, s.by(g).stream().map(c -> List.of(
          c.key().isEmpty() ? "(none)" : c.key(), String.valueOf(c.current()),
          String.valueOf(c.due()), String.valueOf(c.lapsed()), String.valueOf(c.missing()),
          String.valueOf(c.total()))).toList());
    }
    out.println();
    if (s.refreshers().isEmpty()) {
      out.println("No refreshers needed in the " + s.horizonMonths() + " months from "
          + java.time.YearMonth.from(s.asOf()) + ".");
      return;
    }
    out.println("Refreshers needed per month (" + s.horizonMonths() + " months from "
        + java.time.YearMonth.from(s.asOf()) + "; lapsed levels in the first month):");
    Tables.table(out, List.of("month", "course", "people"), s.refreshers().stream()
        .map(ComplianceCommand::demandRow).toList());
  }

  private static List<String> demandRow(RefresherDemand d) {
    return List.of(d.month().toString(), d.course().map(Object::toString)
        .orElseGet(() -> "(no course teaches " + d.competency().get() + ")"),
        String.valueOf(d.people()));
  }

  /** The human table of every person's rows. */
  static void table(PrintWriter out, ComplianceRegister r) {
    out.println("As of " + r.asOf() + " (due: lapsing within " + r.withinMonths() + " months): "
        + r.items().size() + " checks");
    out.println();
    Tables.table(out, List.of("person", "role", "competency", "required", "held", "status",
        "date"), r.items().stream().map((ComplianceItem i) -> List.of(i.person().value(),
            i.role().value(), i.competency().value(), String.valueOf(i.required()),
            String.valueOf(i.held()), i.status().toString(),
            i.date().map(Object::toString).orElse(""))).toList());
  }
}
