package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.PathStep;
import org.sppathways.training.Objective;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paths}: the k best career paths between two roles, or the Pareto trade-offs. */
@Command(name = "paths", mixinStandardHelpOptions = true,
    description = "The k best career paths from a role (or a person) to a role, by steps, "
        + "months, training hours or cost; or with --pareto every trade-off between them.")
final class PathsCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  Constraints constraints;

  @Option(names = "--to", paramLabel = "ROLE", required = true, description = "The target role.")
  String to;

  @Option(names = "--k", paramLabel = "N", defaultValue = "3",
      description = "The most paths to list (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--pareto",
      description = "List every trade-off between months, hours, cost and steps instead.")
  boolean pareto;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  /** The options {@code paths} and {@code reach} share: start, criterion and constraints. */
  static final class Constraints {
    @Option(names = "--from", paramLabel = "ROLE",
        description = "The start role (or give --profiles and --person).")
    String from;

    @Option(names = "--profiles", paramLabel = "FILE",
        description = "Worker profiles (.yaml, .yml, .json or .csv), with --person.")
    Path profiles;

    @Option(names = "--person", paramLabel = "ID",
        description = "Start from this person's current role (or every entry route if none); "
            + "what they hold and have completed is carried along the path.")
    String person;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfOptions.Day.class,
        description = "With --person: take held levels as of this day (lapsed training no "
            + "longer counts; default: today).")
    java.time.LocalDate asOf;

    @Option(names = "--organisation-type", paramLabel = "ORG",
        description = "Plan each step against its role's requirements in this organisation type "
            + "(its variant; id or exact name) (default: the person's own type; from a role, "
            + "each role's own requirements).")
    String organisationType;

    @Option(names = "--by", paramLabel = "steps|months|hours|cost", defaultValue = "months",
        description = "What to minimise (default: ${DEFAULT-VALUE}).")
    Criterion by;

    @Option(names = "--within", paramLabel = "ORG", split = ",",
        description = "Only roles offered by one of these organisation types (ids or exact "
            + "names).")
    List<String> within = new ArrayList<>();

    @Option(names = "--avoid", paramLabel = "ROLE", split = ",",
        description = "Never these roles (ids or exact titles).")
    List<String> avoid = new ArrayList<>();

    @Option(names = "--max-steps", paramLabel = "N", description = "At most N moves.")
    Integer maxSteps;

    @Option(names = "--max-months", paramLabel = "M", description = "At most M months in all.")
    Integer maxMonths;

    @Option(names = "--kinds", paramLabel = "KIND", split = ",",
        description = "Only routes of these kinds: entry, promotion, lateral, specialisation.")
    List<RouteKind> kinds = new ArrayList<>();

    @Option(names = "--qualified-only",
        description = "Only routes whose essential extra requirements the person meets (needs --person).")
    boolean qualifiedOnly;

    @Option(names = "--training", paramLabel = "hours|cost|count",
        description = "What each path's training plan minimises (default: cost with --by cost, "
            + "else hours).")
    Objective training;

    @Option(names = "--no-detail",
        description = "Do not plan the paths' training (faster on big models; hours and cost "
            + "then show 0). Ignored with --by hours|cost and --pareto.")
    boolean noDetail;

    @Option(names = "--max-work", paramLabel = "N",
        description = "Stop after N units of search work and say so (default: "
            + PathQuery.DEFAULT_MAX_WORK + ").")
    Long maxWork;

    /** Checks the options that belong together, before the model is read. */
    void check(CommandSpec spec) {
      if ((from == null) == (person == null)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "give either --from ROLE or --profiles FILE --person ID");
      }
      if ((person == null) != (profiles == null)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--person and --profiles go together");
      }
      if (qualifiedOnly && person == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--qualified-only needs --profiles and --person");
      }
      if (asOf != null && person == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--as-of needs --profiles and --person (a role holds no dated training)");
      }
    }

    /**
     * The query, after checking the options that belong together; the roles to avoid and the
     * organisation types to stay within are named by id or exact title (name) in the model.
     */
    PathQuery query(CommandSpec spec, WorkforceModel m) {
      check(spec);
      PathQuery.Builder b = PathQuery.builder().by(by)
          .within(Names.organisationTypes(m, within))
          .avoid(Names.roles(m, avoid))
          .kinds(kinds)
          .qualifiedOnly(qualifiedOnly)
          .detail(!noDetail);
      if (asOf != null) {
        b.asOf(asOf);
      }
      if (organisationType != null) {
        b.organisationType(Names.organisationType(m, organisationType));
      }
      try {
        if (maxSteps != null) {
          b.maxSteps(maxSteps);
        }
        if (maxMonths != null) {
          b.maxMonths(maxMonths);
        }
        if (maxWork != null) {
          b.maxWork(maxWork);
        }
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      if (training != null) {
        b.training(training);
      }
      return b.build();
    }

    /** The person, when searching from one. */
    WorkerProfile person(WorkforceModel m) {
      ProfileOptions options = new ProfileOptions();
      options.profiles = profiles;
      return options.person(m, person);
    }
  }

  @Override
  public Integer call() {
    if (k < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--k must be 1 or more, was " + k);
    }
    constraints.check(spec);
    WorkforceModel m = model.load();
    PathQuery query = constraints.query(spec, m);
    CareerPathFinder finder = model.queries().pathFinder();
    RoleId target = Names.role(m, to);
    CareerPaths found;
    if (constraints.person != null) {
      WorkerProfile p = constraints.person(m);
      found = pareto ? finder.pareto(p, target, query) : finder.paths(p, target, k, query);
    } else {
      RoleId start = Names.role(m, constraints.from);
      found = pareto ? finder.pareto(start, target, query) : finder.paths(start, target, k, query);
    }
    print(spec.commandLine().getOut(), found, m);
    return 0;
  }

  private void print(PrintWriter out, CareerPaths found, WorkforceModel m) {
    String currency = m.currency();
    switch (format) {
      case JSON:
        Tables.result(out, found);
        break;
      case CSV:
        Tables.resultCsv(out, m, found);
        break;
      default:
        int count = found.paths().size();
        out.println((pareto ? count + (count == 1 ? " trade-off" : " trade-offs")
            : count + (count == 1 ? " path" : " paths"))
            + " from " + found.from().map(RoleId::value).orElse("any entry route") + " to "
            + found.to() + (pareto ? "" : " by " + found.by().toString())
            + (found.complete() ? "" : " (search stopped at its work limit; more may exist)"));
        int rank = 0;
        for (CareerPath p : found.paths()) {
          out.println();
          out.println(++rank + ". " + String.join(" -> ", p.roles().stream().map(RoleId::value)
              .toList()));
          out.println("   " + p.stepCount() + " steps, " + p.months() + " months, "
              + number(p.hours()) + " hours, " + number(p.cost()) + " " + currency);
          if (p.stepCount() > 0) {
            out.println();
            Tables.table(out, List.of("from", "to", "kind", "months", "hours", "cost", "gaps",
                "courses"), steps(p));
          }
        }
        out.flush();
    }
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static List<List<String>> steps(CareerPath p) {
    List<List<String>> rows = new ArrayList<>();
    for (PathStep s : p.steps()) {
      rows.add(List.of(s.from().value(), s.to().value(), s.route().kind().toString(),
          String.valueOf(s.months()), number(s.hours()), number(s.cost()),
          String.valueOf(s.gaps().size()), String.valueOf(s.courses().size())));
    }
    return rows;
  }
}
