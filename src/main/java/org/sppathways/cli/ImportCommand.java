package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.io.frameworks.EscoOptions;
import org.sppathways.io.frameworks.ImportReport;
import org.sppathways.io.frameworks.ImportSummary;
import org.sppathways.io.frameworks.ImportedModel;
import org.sppathways.io.frameworks.LevelRule;
import org.sppathways.io.frameworks.ModelMerge;
import org.sppathways.io.frameworks.OnetImporter;
import org.sppathways.io.frameworks.OnetOptions;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.RoleId;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code import onet DIR --out FILE} and {@code import esco DIR --out FILE}: reads a published
 * framework into a model file and prints what was read, made and left out.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a published occupational framework (O*NET or ESCO) into a model file.",
    subcommands = {ImportCommand.Onet.class, ImportCommand.Esco.class})
final class ImportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a framework: onet or esco");
  }

  /** Options every framework shares. */
  static final class Shared {
    @Parameters(index = "0", paramLabel = "DIR",
        description = "The folder holding the framework's files (plain or .gz).")
    Path directory;

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "The model file to write: .yaml, .yml or .json.")
    Path out;

    @Option(names = "--skip-bad-rows",
        description = "Skip and count bad rows instead of stopping at them.")
    boolean skipBadRows;

    @Option(names = "--max-problems", paramLabel = "N",
        description = "List at most N bad-row problems (default: 1000).")
    Integer maxProblems;

    @Option(names = "--levels", paramLabel = "N",
        description = "Proficiency levels of the model's scale (default: 4, named as in the "
            + "bundled reference model).")
    Integer levels;

    @Option(names = "--name", paramLabel = "TEXT", description = "The model's name.")
    String name;

    @Option(names = "--no-descriptions",
        description = "Leave out occupation and skill descriptions (smaller files).")
    boolean noDescriptions;

    @Option(names = "--merge-with", paramLabel = "FILE",
        description = "Merge the imported model into this model file and write the result.")
    Path mergeWith;

    @Option(names = "--merge-with-reference",
        description = "Merge the imported model into the bundled social prescribing model.")
    boolean mergeWithReference;

    @Option(names = "--map-role", paramLabel = "IMPORTED=BASE",
        description = "When merging: treat an imported role as a base role (or rename it). "
            + "Repeatable.")
    List<String> mapRoles = new ArrayList<>();

    @Option(names = "--map-competency", paramLabel = "IMPORTED=BASE",
        description = "When merging: treat an imported competency as a base competency (or "
            + "rename it). Repeatable.")
    List<String> mapCompetencies = new ArrayList<>();

    @Option(names = "--crosswalk", paramLabel = "FILE",
        description = "When merging: a competency crosswalk, CSV with columns from,to and "
            + "optionally levelFrom,levelTo; each imported competency in 'from' becomes the base "
            + "competency in 'to' wherever it is used.")
    Path crosswalk;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
        description = "Summary format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
  }

  /** {@code import onet}. */
  @Command(name = "onet", mixinStandardHelpOptions = true,
      description = "Import O*NET's text files (Occupation Data.txt, Job Zones.txt, Skills.txt, "
          + "Knowledge.txt, Related Occupations.txt).")
  static final class Onet implements Callable<Integer> {
    @Mixin
    Shared shared;

    @Option(names = "--release", paramLabel = "VERSION",
        description = "The O*NET release, for the name and credit line (default: "
            + OnetOptions.DEFAULT_VERSION + ").")
    String release;

    @Option(names = "--min-importance", paramLabel = "IM",
        description = "Keep ratings with Importance at least IM, 1-5 (default: 3.0).")
    Double minImportance;

    @Option(names = "--essential-importance", paramLabel = "IM",
        description = "Requirements with Importance at least IM are essential (default: 4.0).")
    Double essentialImportance;

    @Option(names = "--level-thresholds", paramLabel = "T1,T2,...",
        description = "Lowest Level (LV 0-7) rating of levels 2..N (default: equal bands, "
            + "1.75,3.5,5.25 for 4 levels).")
    String levelThresholds;

    @Option(names = "--keep-without-job-zone",
        description = "Keep occupations without a Job Zone, as roles without seniority.")
    boolean keepWithoutJobZone;

    @Option(names = "--no-routes", description = "Import no routes from Related Occupations.")
    boolean noRoutes;

    @Option(names = "--tiers", split = ",", paramLabel = "TIER",
        description = "Relatedness tiers to import as routes: Primary-Short, Primary-Long, "
            + "Supplemental (default: all).")
    List<String> tiers = new ArrayList<>();

    @Option(names = "--lateral-months", paramLabel = "N",
        description = "Months before a lateral move (default: 12).")
    Integer lateralMonths;

    @Option(names = "--promotion-months", paramLabel = "N",
        description = "Months before a move to a higher Job Zone (default: 24).")
    Integer promotionMonths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      OnetOptions options = options(spec, () -> {
        OnetOptions o = OnetOptions.defaults();
        if (release != null) {
          o = o.withVersion(release);
        }
        if (shared.name != null) {
          o = o.withName(shared.name);
        }
        if (shared.levels != null) {
          o = o.withLevels(shared.levels);
        }
        if (levelThresholds != null) {
          LevelRule rule = LevelRule.parse(levelThresholds);
          if (shared.levels != null && rule.levels() != shared.levels) {
            throw new IllegalArgumentException("--level-thresholds " + levelThresholds + " makes "
                + rule.levels() + " levels but --levels is " + shared.levels);
          }
          o = o.withLevelRule(rule);
        }
        if (minImportance != null) {
          o = o.withMinImportance(minImportance);
        }
        if (essentialImportance != null) {
          o = o.withEssentialImportance(essentialImportance);
        }
        if (lateralMonths != null) {
          o = o.withLateralMonths(lateralMonths);
        }
        if (promotionMonths != null) {
          o = o.withPromotionMonths(promotionMonths);
        }
        if (shared.maxProblems != null) {
          o = o.withMaxProblems(shared.maxProblems);
        }
        return o.withKeepOccupationsWithoutJobZone(keepWithoutJobZone).withRoutes(!noRoutes)
            .withRelatedTiers(tiers).withDescriptions(!shared.noDescriptions)
            .withSkipBadRows(shared.skipBadRows);
      });
      OnetImporter importer = OnetImporter.of(options);
      return ImportCommand.run(spec, shared, () -> importer.read(shared.directory));
    }
  }

  /** {@code import esco}. */
  @Command(name = "esco", mixinStandardHelpOptions = true,
      description = "Import ESCO's CSV files (occupations_en.csv, skills_en.csv, "
          + "occupationSkillRelations_en.csv; plain or .gz).")
  static final class Esco implements Callable<Integer> {
    @Mixin
    Shared shared;

    @Option(names = "--release", paramLabel = "VERSION",
        description = "The ESCO release, for the name and attribution (default: "
            + EscoOptions.DEFAULT_VERSION + ").")
    String release;

    @Option(names = "--language", paramLabel = "CODE",
        description = "The language suffix of the files (default: en).")
    String language;

    @Option(names = "--level", paramLabel = "L",
        description = "The level of every requirement; ESCO has none (default: 3, or the top "
            + "level of a smaller scale).")
    Integer level;

    @Option(names = "--hierarchy-routes",
        description = "Add a specialisation route from each broader occupation to each narrower "
            + "one (broaderRelationsOccPillar_en.csv).")
    boolean hierarchyRoutes;

    @Option(names = "--hierarchy-months", paramLabel = "N",
        description = "Months before a move from a broader to a narrower occupation "
            + "(default: 12).")
    Integer hierarchyMonths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      EscoOptions options = options(spec, () -> {
        EscoOptions o = EscoOptions.defaults();
        if (release != null) {
          o = o.withVersion(release);
        }
        if (language != null) {
          o = o.withLanguage(language);
        }
        if (shared.name != null) {
          o = o.withName(shared.name);
        }
        if (shared.levels != null) {
          o = o.withLevels(shared.levels);
        }
        if (level != null) {
          o = o.withLevel(level);
        }
        if (hierarchyMonths != null) {
          o = o.withHierarchyMonths(hierarchyMonths);
        }
        if (shared.maxProblems != null) {
          o = o.withMaxProblems(shared.maxProblems);
        }
        return o.withHierarchyRoutes(hierarchyRoutes).withDescriptions(!shared.noDescriptions)
            .withSkipBadRows(shared.skipBadRows);
      });
      EscoImporter importer = EscoImporter.of(options);
      return ImportCommand.run(spec, shared, () -> importer.read(shared.directory));
    }
  }

  /** Builds options, turning a rejected value into a usage error (exit code 2). */
  private static <T> T options(CommandSpec spec, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static int run(CommandSpec spec, Shared shared,
      java.util.function.Supplier<ImportedModel> importing) {
    FileFormat format = FileFormat.of(shared.out).filter(f -> f != FileFormat.CSV).orElseThrow(
        () -> new ParameterException(spec.commandLine(), "--out must name a .yaml, .yml or "
            + ".json file, was '" + shared.out + "'"));
    if (shared.mergeWith != null && shared.mergeWithReference) {
      throw new ParameterException(spec.commandLine(),
          "give --merge-with FILE or --merge-with-reference, not both");
    }
    boolean merging = shared.mergeWith != null || shared.mergeWithReference;
    if (!merging && (!shared.mapRoles.isEmpty() || !shared.mapCompetencies.isEmpty()
        || shared.crosswalk != null)) {
      throw new ParameterException(spec.commandLine(), "--map-role, --map-competency and "
          + "--crosswalk apply only with --merge-with or --merge-with-reference");
    }
    ModelMerge merge = ModelMerge.of();
    for (String mapping : shared.mapRoles) {
      String[] pair = pair(spec, "--map-role", mapping);
      merge = merge.withRoleMapping(id(spec, "--map-role", pair[0], RoleId::of),
          id(spec, "--map-role", pair[1], RoleId::of));
    }
    for (String mapping : shared.mapCompetencies) {
      String[] pair = pair(spec, "--map-competency", mapping);
      merge = merge.withCompetencyMapping(id(spec, "--map-competency", pair[0], CompetencyId::of),
          id(spec, "--map-competency", pair[1], CompetencyId::of));
    }
    if (shared.crosswalk != null) {
      merge = merge.withCrosswalk(shared.crosswalk); // a bad file stops before the import
    }

    long start = System.nanoTime();
    ImportedModel imported = importing.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    WorkforceModel written = imported.model();
    String mergedWith = null;
    if (merging) {
      WorkforceModel base = shared.mergeWithReference ? ReferenceModels.socialPrescribing()
          : ModelReader.of().read(shared.mergeWith);
      mergedWith = shared.mergeWithReference ? "the bundled social prescribing model"
          : shared.mergeWith.toString();
      written = merge.merge(base, written);
    }
    ModelWriter.of(format).write(written, shared.out);
    print(spec.commandLine().getOut(), shared, imported.report(), seconds, mergedWith, written);
    return 0;
  }

  private static String[] pair(CommandSpec spec, String option, String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new ParameterException(spec.commandLine(), option + " takes IMPORTED=BASE, e.g. "
          + "21-1094.00=community-health-wellbeing-worker; was '" + text + "'");
    }
    return new String[] {text.substring(0, eq), text.substring(eq + 1)};
  }

  private static <T> T id(CommandSpec spec, String option, String text,
      Function<String, T> factory) {
    String problem = TypedId.problem(text);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), option + ": the id " + problem);
    }
    return factory.apply(text);
  }

  private static void print(PrintWriter out, Shared shared, ImportReport report, double seconds,
      String mergedWith, WorkforceModel written) {
    if (shared.format == OutputFormat.JSON) {
      String file = shared.out.toString();
      Tables.result(out, mergedWith == null ? ImportSummary.of(report, file)
          : ImportSummary.of(report, file, new ImportSummary.Merged(mergedWith,
              written.roles().size(), written.competencies().size(), written.routes().size())));
      return;
    }
    out.println("Imported " + report.framework() + " from " + report.directory() + " in "
        + String.format(Locale.ROOT, "%.1f", seconds) + " s"
        + (mergedWith == null ? "" : ", merged into " + mergedWith)
        + "; wrote " + shared.out);
    out.println();
    Tables.table(out, List.of("made", "count"), List.of(
        List.of("roles", String.valueOf(report.roles())),
        List.of("competencies", String.valueOf(report.competencies())),
        List.of("requirements", String.valueOf(report.requirements())),
        List.of("  essential", String.valueOf(report.essentialRequirements())),
        List.of("routes", String.valueOf(report.routes()))));
    out.println();
    List<List<String>> files = new ArrayList<>();
    for (ImportReport.FileRows f : report.files()) {
      files.add(List.of(f.file(), String.valueOf(f.rows())));
    }
    Tables.table(out, List.of("file", "rows read"), files);
    out.println();
    if (report.skipped().isEmpty()) {
      out.println("Rows skipped by rule: none.");
    } else {
      List<List<String>> skipped = new ArrayList<>();
      for (ImportReport.SkippedRows s : report.skipped()) {
        skipped.add(List.of(s.file(), String.valueOf(s.rows()), s.reason()));
      }
      out.println("Rows skipped by rule (" + report.skippedRowCount() + "):");
      Tables.table(out, List.of("file", "rows", "why"), skipped);
    }
    if (report.badRowCount() > 0) {
      out.println();
      out.println("Bad rows skipped (" + report.badRowCount() + "):");
      report.badRows().forEach(p -> out.println("  " + p));
      int limit = shared.maxProblems == null ? 1000 : shared.maxProblems;
      if (report.badRows().size() >= limit) {
        out.println("  ... only the first " + limit + " problems are listed (--max-problems)");
      }
    }
    if (mergedWith != null) {
      out.println();
      out.println("Merged model: " + written.roles().size() + " roles, "
          + written.competencies().size() + " competencies, " + written.routes().size()
          + " routes.");
    }
    out.flush();
  }
}
