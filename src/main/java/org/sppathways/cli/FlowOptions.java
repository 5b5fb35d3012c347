package org.sppathways.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.flow.Baseline;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.io.HeadcountReader;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the workforce projection commands: scenario files applied to the model first,
 * starting headcounts (a headcounts file or a profiles file), and the split by organisation type.
 */
final class FlowOptions {
  @Option(names = "--apply", paramLabel = "FILE",
      description = "Apply a scenario file (.yaml, .yml, .json) to the model first, e.g. flow "
          + "parameters kept apart from the model. Repeatable; applied in order.")
  List<Path> apply = new ArrayList<>();

  @Option(names = "--start", paramLabel = "FILE",
      description = "Starting headcounts (.csv, .yaml, .yml or .json). Default: the latest "
          + "figures of the model's default figure series (see --series), or no one when the "
          + "model has no figures.")
  Path start;

  @Option(names = "--series", paramLabel = "NAME",
      description = "Start from the latest figures of this figure series of the model instead "
          + "of its default series (not with --start or --profiles).")
  String series;

  @Option(names = "--profiles", paramLabel = "FILE",
      description = "Count starting headcounts from worker profiles (.yaml, .yml, .json or .csv) "
          + "instead of --start.")
  Path profiles;

  @Option(names = "--by-organisation-type",
      description = "Split each role into one state per organisation type offering it.")
  boolean byOrganisationType;

  /** The options whose model {@link #model} returned unchanged (no --apply), if any. */
  private ModelOptions unchanged;

  /** The baseline the start came from, when it came from the model's figures. */
  private Baseline baseline;

  /** The model with the --apply scenarios. */
  WorkforceModel model(ModelOptions options) {
    unchanged = apply.isEmpty() ? options : null;
    WorkforceModel model = options.load();
    for (Path file : apply) {
      model = ScenarioReader.of(model).read(file).applyTo(model);
    }
    return model;
  }

  /** The starting headcounts, checked against the model. */
  Headcounts start(WorkforceModel model, CommandLine commandLine) {
    if (start != null && profiles != null) {
      throw new CommandLine.ParameterException(commandLine,
          "give --start or --profiles, not both");
    }
    if (series != null && (start != null || profiles != null)) {
      throw new CommandLine.ParameterException(commandLine, "give --series or "
          + (start != null ? "--start" : "--profiles") + ", not both: --series starts from the "
          + "model's own figures");
    }
    if (start != null) {
      return HeadcountReader.of(model).read(start);
    }
    if (profiles != null) {
      Headcounts.Builder b = Headcounts.builder();
      ProfileReader.of(model).forEach(profiles, person -> b.addPerson(model, person));
      return b.build();
    }
    if (series != null) {
      if (model.figures().series().isEmpty()) {
        throw new CommandLine.ParameterException(commandLine, "--series " + series + ": the "
            + "model has no figure series; give starting headcounts with --start FILE instead");
      }
      baseline = Baseline.of(model, series);
      return baseline.start();
    }
    if (model.figures().defaultSeries().isPresent()) {
      baseline = Baseline.of(model);
      return baseline.start();
    }
    return Headcounts.empty();
  }

  /** The baseline the start came from, when no --start or --profiles was given and the model has figures. */
  java.util.Optional<Baseline> baseline() {
    return java.util.Optional.ofNullable(baseline);
  }

  /** Where the start came from, for table headings. */
  String startName() {
    if (baseline != null) {
      return "the latest figures of series '" + baseline.series().id() + "'"
          + baseline.measure().map(m -> m == org.sppathways.model.StaffMeasure.FTE
              ? " (full-time equivalents)" : " (headcount)").orElse("");
    }
    return start != null ? start.toString() : profiles != null ? "profiles in " + profiles
        : "no one (give --start or --profiles)";
  }

  /** Where the flow parameters and their example are documented, for messages. */
  static final String FLOW_DOCS = "see docs/how-to/project-the-workforce.md; "
      + "docs/examples/flows/sp-flows.yaml is an example of flow parameters";

  /**
   * Refuses a model in which nobody moves, leaves or is recruited: every figure a projection
   * command printed from it would be zero, or the start unchanged, and mean nothing.
   *
   * @param what what the command would compute, e.g. "nothing to project"
   * @throws SpPathwaysException (exit code 2) naming the model and how to give it flow data
   */
  static void requireFlows(FlowModel flows, ModelOptions options, String what) {
    boolean moves = flows.totalRecruits() > 0
        || flows.states().stream().anyMatch(s -> flows.stayRate(s) < 1);
    if (!moves) {
      throw new SpPathwaysException(what + ": " + options.name() + " has no flow data (no "
          + "leaving rates, route rates or recruits), so nobody would move, leave or join. Give "
          + "them in the model file or with --apply FILE (a scenario file); " + FLOW_DOCS);
    }
  }

  /**
   * The flow model; the shared one (built once per model, or once per batch) when the model has
   * no scenario applied, the states are roles and no weights are given.
   */
  FlowModel flows(WorkforceModel model, Headcounts weights) {
    if (unchanged != null && !byOrganisationType && weights.isEmpty()
        && model == unchanged.load()) {
      return unchanged.queries().flowModel();
    }
    return byOrganisationType ? FlowModel.byOrganisationType(model, weights)
        : FlowModel.of(model, weights);
  }

  /** A number for JSON: the shortest decimal that reads back as the double, never in E notation. */
  static BigDecimal exact(double value) {
    return new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
  }

  /** A number for tables, two decimals. */
  static String cell(double value) {
    return Formats.ratio(value);
  }
}
