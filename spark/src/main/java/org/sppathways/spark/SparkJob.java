package org.sppathways.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The runnable job: {@code needs}, {@code score}, {@code top} and {@code pool} over profile tables
 * in CSV or Parquet, writing CSV or Parquet (and, for needs, the {@code needs} command's JSON and
 * CSV documents). Run it with {@code spark-submit --class org.sppathways.spark.SparkJob
 * sp-pathways-spark.jar needs ...}, or locally with {@code spark/run-local needs ...}; see
 * docs/how-to/run-on-spark.md. Prints counts only, never a person's data.
 */
public final class SparkJob {
  private static final String USAGE = String.join("\n",
      "usage: SparkJob COMMAND [options]",
      "commands:",
      "  needs   training needs by competency, role and organisation type (the needs command's figures)",
      "  score   every person against every role, or --roles a,b,...",
      "  top     each person's --n best roles (default 5)",
      "  pool    the people who could fill --role, best first",
      "input (one of):",
      "  --profiles PATH        the library's profile CSV (person,role,organisationType,monthsInRole,competency,level[,until][,completed])",
      "  --levels PATH --people PATH [--completions PATH]   the long-form tables",
      "options:",
      "  --model FILE           model file (YAML or JSON, read on the driver); default: the bundled SP model",
      "  --input-format csv|parquet    of --levels/--people/--completions (default: by extension, else parquet)",
      "  --out DIR              where to write (required)",
      "  --output-format csv|parquet   (default parquet)",
      "  --role ROLE            needs: assess everyone against ROLE; pool: the role",
      "  --roles A,B,...        score: only these roles",
      "  --n N                  top: how many roles per person (default 5)",
      "  --as-of YYYY-MM-DD     the day held levels are taken on (default today)",
      "  --partitions N         partitions of the people (default: spark.sql.shuffle.partitions)",
      "  --fail-on-bad-rows     stop at the first row that does not fit the model",
      "  --master URL           when not run by spark-submit (default local[*])");

  private SparkJob() {
  }

  /**
   * Runs one command; exits 0 when done, 2 on a usage error, 1 when the input does not fit.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    int status;
    try {
      status = run(args);
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      status = 2;
    } catch (SpPathwaysException e) {
      System.err.println("error: " + e.getMessage());
      status = 1;
    } catch (RuntimeException e) {   // a task failed: Spark wraps what it threw
      BadRowException bad = badRow(e);
      if (bad == null) {
        throw e;
      }
      System.err.println("error: " + bad.getMessage());
      status = 1;
    }
    System.exit(status);
  }

  private static BadRowException badRow(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadRowException b) {
        return b;
      }
    }
    return null;
  }

  static int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String command = args[0];
    if (!List.of("needs", "score", "top", "pool").contains(command)) {
      throw new UsageException("unknown command '" + command + "'");
    }
    Map<String, String> options = options(args);
    String out = required(options, "out");
    String outputFormat = format(options.getOrDefault("output-format", "parquet"));
    WorkforceModel model = options.containsKey("model")
        ? ModelReader.of().read(Path.of(options.get("model")))
        : ReferenceModels.socialPrescribing();
    SparkConf conf = new SparkConf().setAppName("sp-pathways " + command);
    if (!conf.contains("spark.master")) {
      conf.setMaster(options.getOrDefault("master", "local[*]"));
    }
    if (options.containsKey("partitions")) {
      conf.set("spark.sql.shuffle.partitions", String.valueOf(positive(options, "partitions")));
    } else if (conf.get("spark.master").startsWith("local")
        && !conf.contains("spark.sql.shuffle.partitions")) {
      // one machine: a few partitions per core, not Spark's 200
      conf.set("spark.sql.shuffle.partitions",
          String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      ProfileTables tables = tables(spark, options);
      SparkGapAnalysis gaps = SparkGapAnalysis.of(spark, model)
          .withFailOnBadRows(options.containsKey("fail-on-bad-rows"));
      if (options.containsKey("as-of")) {
        gaps = gaps.withAsOf(day(options.get("as-of")));
      }
      switch (command) {
        case "needs" -> needs(gaps, tables, options, out, outputFormat);
        case "score" -> scores(options.containsKey("roles")
            ? gaps.score(tables, roles(options.get("roles"))) : gaps.score(tables),
            out, outputFormat, "scores");
        case "top" -> scores(gaps.topRoles(tables, options.containsKey("n")
            ? positive(options, "n") : 5), out, outputFormat, "top roles");
        default -> scores(gaps.talentPool(tables, RoleId.of(required(options, "role"))), out,
            outputFormat, "candidates");
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static void needs(SparkGapAnalysis gaps, ProfileTables tables,
      Map<String, String> options, String out, String format) {
    SparkNeedsAnalysis analysis = SparkNeedsAnalysis.of(gaps);
    PopulationNeedsTables result = options.containsKey("role")
        ? analysis.needs(tables, RoleId.of(options.get("role"))) : analysis.needs(tables);
    result.all().persist(StorageLevel.MEMORY_AND_DISK());
    result.totals().persist(StorageLevel.MEMORY_AND_DISK());
    PopulationNeeds needs = result.collect();
    write(result.byCompetency(), format, out + "/by-competency");
    write(result.byRole(), format, out + "/by-role");
    write(result.byOrganisationType(), format, out + "/by-organisation-type");
    long problems = writeProblems(result.problems(), format, out);
    writeText(out + "/needs.json", ResultWriter.json().write(needs));
    writeText(out + "/needs.csv", ResultWriter.csv(gaps.model()).write(needs));
    System.out.println(needs.people() + " people, " + needs.assessed() + " assessed against "
        + needs.target().map(t -> "role " + t).orElse("their current role") + "; "
        + needs.competencies().size() + " competencies short; " + problems
        + " rows did not fit the model; written to " + out);
  }

  private static void scores(Scores scores, String out, String format, String what) {
    scores.all().persist(StorageLevel.MEMORY_AND_DISK());
    write(scores.rows(), format, out + "/scores");
    long problems = writeProblems(scores.problems(), format, out);
    System.out.println(what + " written to " + out + "/scores; " + problems
        + " rows did not fit the model");
  }

  private static long writeProblems(Dataset<Row> problems, String format, String out) {
    long count = problems.count();
    write(problems, format, out + "/problems");
    return count;
  }

  private static void write(Dataset<Row> table, String format, String path) {
    var writer = table.write().mode(SaveMode.Overwrite);
    if (format.equals("csv")) {
      writer.option("header", "true").csv(path);
    } else {
      writer.parquet(path);
    }
  }

  /** A small document written beside the tables, on the driver (a local path or a mounted one). */
  private static void writeText(String path, String text) {
    try {
      Path p = Path.of(path);
      Files.createDirectories(p.toAbsolutePath().getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("cannot write " + path + ": "
          + e.getMessage(), e));
    }
  }

  private static ProfileTables tables(SparkSession spark, Map<String, String> options) {
    if (options.containsKey("profiles")) {
      return ProfileTables.fromProfileCsv(spark.read().option("header", "true")
          .csv(options.get("profiles")));
    }
    String levels = required(options, "levels");
    String people = required(options, "people");
    if (options.containsKey("completions")) {
      return ProfileTables.of(read(spark, options, levels), read(spark, options, people),
          read(spark, options, options.get("completions")));
    }
    return ProfileTables.of(read(spark, options, levels), read(spark, options, people));
  }

  private static Dataset<Row> read(SparkSession spark, Map<String, String> options, String path) {
    String format = options.containsKey("input-format") ? format(options.get("input-format"))
        : path.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
    DataFrameReader reader = spark.read();
    return format.equals("csv") ? reader.option("header", "true").csv(path)
        : reader.parquet(path);
  }

  private static List<RoleId> roles(String list) {
    List<RoleId> out = new ArrayList<>();
    for (String r : list.split(",")) {
      if (!r.isBlank()) {
        out.add(RoleId.of(r.trim()));
      }
    }
    return out;
  }

  private static Map<String, String> options(String[] args) {
    Set<String> flags = Set.of("fail-on-bad-rows");
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new UsageException("unexpected argument '" + args[i] + "'");
      }
      String name = args[i].substring(2);
      if (flags.contains(name)) {
        out.put(name, "true");
      } else if (i + 1 < args.length) {
        out.put(name, args[++i]);
      } else {
        throw new UsageException("--" + name + " needs a value");
      }
    }
    return out;
  }

  private static String required(Map<String, String> options, String name) {
    String v = options.get(name);
    if (v == null) {
      throw new UsageException("--" + name + " is required");
    }
    return v;
  }

  private static String format(String f) {
    if (!f.equals("csv") && !f.equals("parquet")) {
      throw new UsageException("format must be csv or parquet, was '" + f + "'");
    }
    return f;
  }

  private static int positive(Map<String, String> options, String name) {
    try {
      int n = Integer.parseInt(options.get(name));
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new UsageException("--" + name + " must be a whole number 1 or more, was '"
        + options.get(name) + "'");
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of must be a day written YYYY-MM-DD, was '" + text + "'");
    }
  }

  /** A command line that cannot be run. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
