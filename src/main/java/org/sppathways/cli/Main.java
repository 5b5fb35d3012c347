package org.sppathways.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.sppathways.model.ModelException;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.MonthsTies;
import org.sppathways.training.Objective;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sp-pathways} command line: {@code validate}, {@code summary}, {@code export}.
 *
 * <p>Exit codes: 0 on success; 2 on bad arguments or invalid input (the problems go to stderr,
 * without a stack trace); 1 on an internal error (stack trace only with {@code --debug}).
 */
@Command(name = "sp-pathways", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Workforce roles, competencies and progression routes: training gaps and "
        + "career paths. Commands use the bundled social prescribing model unless --model is given.",
    subcommands = {ValidateCommand.class, SummaryCommand.class, ExportCommand.class,
        GapsCommand.class, FitCommand.class, NextCommand.class, TransfersCommand.class,
        NeedsCommand.class, ComplianceCommand.class, CoverageCommand.class, PlanCommand.class, CommissionCommand.class,
        ReportCommand.class, ImportCommand.class,
        PathsCommand.class, ReachCommand.class,
        ProjectCommand.class, SteadyCommand.class, ReachProbabilityCommand.class,
        CapacityCommand.class, EstimateCommand.class, BatchCommand.class,
        StructureCommand.class, CompareCommand.class, WorkloadCommand.class, MatrixCommand.class,
        DiffCommand.class, DemandCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit code for invalid input or arguments. */
  public static final int INVALID = 2;
  /** Exit code for internal errors. */
  public static final int INTERNAL = 1;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean debug;

  @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Show no progress on stderr.")
  boolean quiet;

  @Option(names = "--all-problems", scope = CommandLine.ScopeType.INHERIT,
      description = "List every problem of an invalid file, not only the first "
          + ModelException.MESSAGE_LIMIT + " and a count by kind.")
  boolean allProblems;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line, writing to the given streams, and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(null);
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  /**
   * The command line, ready to execute (give it its streams first). For the lines of a batch
   * ({@code batch} given) every command's {@code --model} options hand out the batch's model and
   * its shared analysis objects ({@link ModelOptions#sharing}), and bad arguments print their
   * message only, without usage help; the batch executes the one instance for every line
   * (picocli resets every option before each parse).
   */
  static CommandLine commandLine(ModelOptions batch) {
    Main main = new Main();
    CommandLine cli = batch == null ? new CommandLine(main)
        : new CommandLine(main, new Sharing(batch));
    if (batch != null) {
      cli.setParameterExceptionHandler((e, a) -> {
        e.getCommandLine().getErr().println(e.getMessage() + suggestions(e));
        return INVALID;
      });
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    registerNames(cli);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof ModelException) {
        ModelException m = (ModelException) e;
        ModelException.describe(m.summary(), m.problems(),
            main.allProblems ? Integer.MAX_VALUE : ModelException.MESSAGE_LIMIT,
            "run with --all-problems to list every one").lines()
            .forEach(err::println);
        return INVALID;
      }
      if (e instanceof SpPathwaysException) {
        err.println("error: " + e.getMessage());
        return INVALID;
      }
      err.println("internal error: " + e + (main.debug ? "" : " (run with --debug for details)"));
      if (main.debug) {
        e.printStackTrace(err);
      }
      return INTERNAL;
    });
    return cli;
  }

  /** A bad option's likely meaning, as batch lines spell options: " (did you mean k?)". */
  private static String suggestions(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException)) {
      return "";
    }
    List<String> names = ((CommandLine.UnmatchedArgumentException) e).getSuggestions().stream()
        .map(s -> s.replaceFirst("^-+", "")).toList();
    return names.isEmpty() ? "" : " (did you mean " + String.join(" or ", names) + "?)";
  }

  /** Builds every command as usual, but their model options share the batch's. */
  private static final class Sharing implements CommandLine.IFactory {
    private final ModelOptions batch;

    Sharing(ModelOptions batch) {
      this.batch = batch;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      return type == ModelOptions.class ? type.cast(ModelOptions.sharing(batch))
          : CommandLine.defaultFactory().create(type);
    }
  }

  /**
   * Reads every public enum on the command line through its {@code parse}, the same names files
   * and JSON use ({@code steps}, {@code fewest-moves}); case does not matter on the command line.
   */
  private static void registerNames(CommandLine cli) {
    name(cli, Criterion.class, Criterion::parse);
    name(cli, Objective.class, Objective::parse);
    name(cli, RouteKind.class, RouteKind::parse);
    name(cli, MonthsTies.class, MonthsTies::parse);
    name(cli, org.sppathways.compliance.ComplianceSummary.Grouping.class,
        org.sppathways.compliance.ComplianceSummary.Grouping::parse);
  }

  private static <E extends Enum<E>> void name(CommandLine cli, Class<E> type,
      Function<String, E> parse) {
    cli.registerConverter(type, text -> {
      try {
        return parse.apply(text.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    });
  }

  /**
   * The version of this build, from {@code version.properties}, which Maven fills in from the
   * pom when it builds the jar; the jar manifest's version when that resource is missing.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sp-pathways " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // fall back to the manifest
      }
      String v = p.getProperty("version", "");
      if (v.isEmpty() || v.startsWith("${")) {
        v = Main.class.getPackage().getImplementationVersion();
      }
      return v == null ? "(development build)" : v;
    }
  }
}
