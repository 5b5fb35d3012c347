package org.sppathways.io.frameworks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sppathways.io.frameworks.Table.Dialect;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/**
 * Imports the O*NET database, as published in its tab-delimited text layout, into a
 * {@link WorkforceModel}: occupations become roles, Skills and Knowledge elements become
 * competencies, their ratings become requirements, and Related Occupations become progression
 * routes. Works on the full official text download and on subsets with the same files.
 *
 * <pre>{@code
 * ImportedModel imported = OnetImporter.of(OnetOptions.defaults().withMinImportance(3.5))
 *     .read(Path.of("db_29_2_text"));
 * WorkforceModel onet = imported.model();
 * Role nurse = onet.role(RoleId.of("29-1141.00"));
 * }</pre>
 *
 * <h2>Files and columns</h2>
 * Each file may also be gzip-compressed ({@code Skills.txt.gz}). Other files and columns are
 * ignored.
 * <table>
 *   <caption>What is read</caption>
 *   <tr><th>file</th><th>required columns</th><th>optional columns</th></tr>
 *   <tr><td>{@value #OCCUPATIONS}</td><td>O*NET-SOC Code, Title</td><td>Description</td></tr>
 *   <tr><td>{@value #JOB_ZONES}</td><td>O*NET-SOC Code, Job Zone</td><td></td></tr>
 *   <tr><td>{@value #SKILLS}, {@value #KNOWLEDGE}</td><td>O*NET-SOC Code, Element ID, Element
 *       Name, Scale ID, Data Value</td><td>Recommend Suppress, Not Relevant</td></tr>
 *   <tr><td>{@value #RELATED} (only when importing routes)</td><td>O*NET-SOC Code, Related
 *       O*NET-SOC Code</td><td>Relatedness Tier, Index</td></tr>
 *   <tr><td>{@value #CONTENT_MODEL} (optional file)</td><td>Element ID, Description</td>
 *       <td></td></tr>
 * </table>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li><b>Roles</b>: one per occupation with a Job Zone; id = O*NET-SOC code (e.g.
 *       {@code 29-1141.00}), title, seniority = Job Zone (1–5), attribute {@code description}.
 *       Occupations without a Job Zone (the "All Other" groups, which O*NET does not rate) are
 *       left out, or kept without a seniority (see {@link OnetOptions}).</li>
 *   <li><b>Competencies</b>: one per element seen in Skills (domain {@code skills}) or Knowledge
 *       (domain {@code knowledge}); id = Element ID (e.g. {@code 2.A.1.a}), name = Element Name,
 *       description from the Content Model Reference when present.</li>
 *   <li><b>Requirements</b>: each occupation's rating of an element is an Importance (IM) row
 *       and a Level (LV) row. The pair is left out when either row says Not Relevant = Y, else
 *       when either says Recommend Suppress = Y, else when IM is below
 *       {@link OnetOptions#minImportance()}. Otherwise it is a requirement at level
 *       {@link OnetOptions#levelRule()}(LV), essential when IM ≥
 *       {@link OnetOptions#essentialImportance()}. Rows of other scales are left out.</li>
 *   <li><b>Routes</b>: one per related-occupation link between two imported roles, kind
 *       {@link RouteKind#PROMOTION} when the Job Zone rises and {@link RouteKind#LATERAL}
 *       otherwise, attributes {@code tier} and {@code index}, months from the options.</li>
 *   <li><b>Model</b>: the O*NET credit line ({@link #credit(String)}) in {@code sources}, and the
 *       mapping with the values used in {@code notes}.</li>
 * </ul>
 * Roles are ordered by id, their requirements by competency id, competencies by id and routes
 * by source role, then {@code Index}, then target role: the same files and options always give
 * an equal model.
 *
 * <h2>Errors</h2>
 * A missing directory is a {@link SpPathwaysException}. Missing files and required columns are
 * reported together in one {@link ModelException}, each naming the file and column, before any
 * row is read. Bad rows (an empty required value, a number out of range, an unknown occupation,
 * a duplicate rating) are collected, each with file, line, column and what is wrong, and reported
 * together, up to {@link OnetOptions#maxProblems()} — or, with
 * {@link OnetOptions#skipBadRows()}, skipped and counted in the {@link ImportReport}.
 *
 * <h2>Performance notes</h2>
 * One streaming pass per file: O(r) time for r rows, and memory for the occupations, the ratings
 * of one file (until paired) and the model made; never a whole file. The O*NET 29.2 files
 * (about 140,000 rows) import in well under a second; see {@code docs/performance.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OnetImporter {

  /** The occupations file. */
  public static final String OCCUPATIONS = "Occupation Data.txt";
  /** The Job Zones file. */
  public static final String JOB_ZONES = "Job Zones.txt";
  /** The Skills ratings file. */
  public static final String SKILLS = "Skills.txt";
  /** The Knowledge ratings file. */
  public static final String KNOWLEDGE = "Knowledge.txt";
  /** The related occupations file. */
  public static final String RELATED = "Related Occupations.txt";
  /** The content model file, optional: element descriptions. */
  public static final String CONTENT_MODEL = "Content Model Reference.txt";

  static final String CODE = "O*NET-SOC Code";
  static final String TITLE = "Title";
  static final String DESCRIPTION = "Description";
  static final String JOB_ZONE = "Job Zone";
  static final String ELEMENT_ID = "Element ID";
  static final String ELEMENT_NAME = "Element Name";
  static final String SCALE_ID = "Scale ID";
  static final String DATA_VALUE = "Data Value";
  static final String SUPPRESS = "Recommend Suppress";
  static final String NOT_RELEVANT = "Not Relevant";
  static final String RELATED_CODE = "Related O*NET-SOC Code";
  static final String TIER = "Relatedness Tier";
  static final String INDEX = "Index";

  private final OnetOptions options;

  private OnetImporter(OnetOptions options) {
    this.options = options;
  }

  /** An importer with {@link OnetOptions#defaults()}. */
  public static OnetImporter of() {
    return new OnetImporter(OnetOptions.defaults());
  }

  /** An importer with the given options. */
  public static OnetImporter of(OnetOptions options) {
    return new OnetImporter(Objects.requireNonNull(options, "options"));
  }

  /** The options in use. */
  public OnetOptions options() {
    return options;
  }

  /**
   * The credit line the O*NET licence (CC BY 4.0) requires of anything derived from the
   * database, for a release such as {@code 29.2}. Imported models carry it in their sources.
   */
  public static String credit(String version) {
    Objects.requireNonNull(version, "version");
    return "This data is from the O*NET " + version + " Database by the U.S. Department of "
        + "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
        + "license. O*NET® is a trademark of USDOL/ETA. Modified: imported by sp-pathways; "
        + "ratings filtered and mapped onto a proficiency scale as described in the model's notes.";
  }

  /**
   * Reads the O*NET files in a directory.
   *
   * @param directory the folder holding {@value #OCCUPATIONS}, {@value #SKILLS} and the others
   * @return the model and the report of what was read and left out
   * @throws SpPathwaysException if the directory does not exist
   * @throws ModelException if a file or required column is missing, a file cannot be parsed, or
   *     (unless bad rows are skipped) any row is bad; every problem names file, line and column
   */
  public ImportedModel read(Path directory) {
    return new Run(directory).run();
  }

  /** The state of one import. */
  private final class Run {
    final Path directory;
    final ImportLog log;
    final Map<String, Occupation> occupations = new LinkedHashMap<>();
    final Map<String, String> rejected = new HashMap<>();
    final Map<String, Element> elements = new HashMap<>();
    final Map<String, String> elementDescriptions = new HashMap<>();
    final List<RouteDraft> routes = new ArrayList<>();

    Run(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      this.log = new ImportLog("O*NET " + options.version(), directory, options.skipBadRows(),
          options.maxProblems());
    }

    ImportedModel run() {
      if (!Files.isDirectory(directory)) {
        throw new SpPathwaysException("O*NET directory not found: '" + directory + "' (unpack the "
            + "O*NET database's text download there, or give the folder that holds "
            + OCCUPATIONS + ")");
      }
      List<Problem> problems = new ArrayList<>();
      Table occupationTable = require(OCCUPATIONS, List.of(CODE, TITLE), List.of(DESCRIPTION),
          "it lists the occupations", problems);
      Table zoneTable = require(JOB_ZONES, List.of(CODE, JOB_ZONE), List.of(),
          "it gives each occupation's Job Zone (the role's seniority)", problems);
      List<String> ratingColumns = List.of(CODE, ELEMENT_ID, ELEMENT_NAME, SCALE_ID, DATA_VALUE);
      List<String> ratingOptional = List.of(SUPPRESS, NOT_RELEVANT);
      Table skillTable = require(SKILLS, ratingColumns, ratingOptional,
          "it rates each occupation's skills", problems);
      Table knowledgeTable = require(KNOWLEDGE, ratingColumns, ratingOptional,
          "it rates each occupation's knowledge", problems);
      Table relatedTable = options.routes() ? require(RELATED, List.of(CODE, RELATED_CODE),
          List.of(TIER, INDEX), "it lists related occupations, imported as routes "
              + "(or import without routes)", problems) : null;
      Optional<Table> contentTable = Table.find(directory, CONTENT_MODEL, Dialect.TAB,
          List.of(ELEMENT_ID, DESCRIPTION), List.of());
      for (Table t : new Table[] {occupationTable, zoneTable, skillTable, knowledgeTable,
          relatedTable, contentTable.orElse(null)}) {
        if (t != null) {
          t.checkHeader(problems);
        }
      }
      if (!problems.isEmpty()) {
        throw log.fatal(problems);
      }

      occupationTable.read(log, this::occupation);
      zoneTable.read(log, this::jobZone);
      for (Occupation o : occupations.values()) {
        if (o.badIn != null) {
          log.skip(OCCUPATIONS, "the occupation's row in " + o.badIn + " is bad");
        } else if (!imported(o)) {
          log.skip(OCCUPATIONS, "occupation has no Job Zone (left out)");
        }
      }
      contentTable.ifPresent(t -> t.read(log, this::contentModel));
      ratings(skillTable, "skills");
      ratings(knowledgeTable, "knowledge");
      if (relatedTable != null) {
        relatedTable.read(log, this::related);
      }
      log.throwIfBadRows();
      WorkforceModel model = build();
      return new ImportedModel(model, log.report(model));
    }

    private Table require(String file, List<String> required, List<String> optional, String why,
        List<Problem> problems) {
      Optional<Table> t = Table.find(directory, file, Dialect.TAB, required, optional);
      if (t.isEmpty()) {
        problems.add(Table.missingFile(directory, file, why));
      }
      return t.orElse(null);
    }

    private boolean imported(Occupation o) {
      return o.badIn == null && (o.jobZone > 0 || options.keepOccupationsWithoutJobZone());
    }

    /**
     * The occupation of a code; null after reporting an unknown code (a bad row) or counting a
     * row whose occupation's own row was bad (skipped).
     */
    private Occupation known(Table.Row row, String column, String code, String what) {
      Occupation o = occupations.get(code);
      String badIn = o != null ? o.badIn : rejected.get(code);
      if (badIn != null) {
        log.skip(row.file(), what + "'s row in " + badIn + " is bad");
        return null;
      }
      if (o == null) {
        row.problem(column, "unknown occupation '" + code + "': it is not in " + OCCUPATIONS,
            "check the code, or add the occupation to " + OCCUPATIONS);
      }
      return o;
    }

    private void occupation(Table.Row row) {
      RoleId id = row.id(CODE, RoleId::of);
      String title = row.required(TITLE);
      if (id != null && occupations.containsKey(id.value())) {
        row.problem(CODE, "occupation '" + id + "' is listed twice; the first is on line "
            + occupations.get(id.value()).line, "keep one row per occupation");
        return;
      }
      if (row.isBad()) {
        row.get(CODE).ifPresent(code -> rejected.put(code, OCCUPATIONS));
        return;
      }
      String description = options.descriptions() ? row.get(DESCRIPTION).orElse(null) : null;
      occupations.put(id.value(), new Occupation(id, title, description, row.line()));
    }

    private void jobZone(Table.Row row) {
      String code = row.required(CODE);
      Integer zone = row.integer(JOB_ZONE, 1, 5);
      if (zone == null && !row.isBad()) {
        row.problem(JOB_ZONE, "'" + JOB_ZONE + "' is empty", "write a Job Zone from 1 to 5");
      }
      if (row.isBad()) {
        Occupation o = code == null ? null : occupations.get(code);
        if (o != null && o.badIn == null && o.jobZone == 0) {
          o.badIn = JOB_ZONES;
        }
        return;
      }
      Occupation o = known(row, CODE, code, "the occupation");
      if (o == null) {
        return;
      }
      if (o.jobZone != 0) {
        row.problem(CODE, "occupation '" + code + "' has a second Job Zone; the first is on line "
            + o.jobZoneLine, "keep one row per occupation");
        return;
      }
      o.jobZone = zone;
      o.jobZoneLine = row.line();
    }

    private void contentModel(Table.Row row) {
      Optional<String> id = row.get(ELEMENT_ID);
      Optional<String> description = row.get(DESCRIPTION);
      if (id.isPresent() && description.isPresent()) {
        elementDescriptions.putIfAbsent(id.get(), description.get());
      }
    }

    private void ratings(Table table, String domain) {
      Map<String, Rating> pending = new LinkedHashMap<>();
      table.read(log, row -> rating(row, domain, pending));
      String file = table.fileName();
      String lowImportance = "Importance below "
          + OnetOptions.importance(options.minImportance());
      for (Rating r : pending.values()) {
        if (r.imLine == 0) {
          log.skip(file, "Level (LV) row without an Importance (IM) row");
        } else if (r.lvLine == 0) {
          log.skip(file, "Importance (IM) row without a Level (LV) row");
        } else if (r.notRelevant) {
          log.skip(file, "marked Not Relevant", 2);
        } else if (r.suppressed) {
          log.skip(file, "marked Recommend Suppress", 2);
        } else if (r.importance < options.minImportance()) {
          log.skip(file, lowImportance, 2);
        } else {
          r.occupation.requirements.put(r.element.id, Requirement.builder()
              .competency(r.element.id)
              .level(options.levelRule().level(r.level))
              .essential(r.importance >= options.essentialImportance())
              .build());
        }
      }
    }

    private void rating(Table.Row row, String domain, Map<String, Rating> pending) {
      String code = row.required(CODE);
      CompetencyId elementId = row.id(ELEMENT_ID, CompetencyId::of);
      String name = row.required(ELEMENT_NAME);
      String scale = row.required(SCALE_ID);
      if (row.isBad()) {
        return;
      }
      boolean importance = scale.equals("IM");
      if (!importance && !scale.equals("LV")) {
        log.skip(row.file(), "scale " + scale + " (only IM and LV are used)");
        return;
      }
      double value = importance ? row.number(DATA_VALUE, 1, 5)
          : row.number(DATA_VALUE, LevelRule.MIN_LEVEL_RATING, LevelRule.MAX_LEVEL_RATING);
      boolean notRelevant = row.flag(NOT_RELEVANT);
      boolean suppressed = row.flag(SUPPRESS);
      Element element = elements.get(elementId.value());
      if (element != null && !element.domain.equals(domain)) {
        row.problem(ELEMENT_ID, "element '" + elementId + "' is also in " + element.file
            + " (as " + element.domain + ")", "an element id belongs to one file only");
      }
      Occupation o = row.isBad() ? null : known(row, CODE, code, "the occupation");
      if (row.isBad() || o == null) {
        return;
      }
      if (element == null) {
        element = new Element(elementId, name, domain, row.file());
        elements.put(elementId.value(), element);
      }
      if (!imported(o)) {
        log.skip(row.file(), "occupation has no Job Zone (left out)");
        return;
      }
      Element e = element;
      Rating r = pending.computeIfAbsent(code + '\t' + elementId.value(), k -> new Rating(o, e));
      int first = importance ? r.imLine : r.lvLine;
      if (first != 0) {
        row.problem(SCALE_ID, "a second " + scale + " rating of element '" + elementId
            + "' for occupation '" + code + "'; the first is on line " + first,
            "keep one row per occupation, element and scale");
        return;
      }
      if (importance) {
        r.importance = value;
        r.imLine = row.line();
      } else {
        r.level = value;
        r.lvLine = row.line();
      }
      r.notRelevant |= notRelevant;
      r.suppressed |= suppressed;
    }

    private final Map<List<String>, Integer> routeLines = new HashMap<>();

    private void related(Table.Row row) {
      String code = row.required(CODE);
      String relatedCode = row.required(RELATED_CODE);
      Optional<String> tier = row.get(TIER);
      Integer index = row.integer(INDEX, 1, Integer.MAX_VALUE);
      if (row.isBad()) {
        return;
      }
      if (code.equals(relatedCode)) {
        row.problem(RELATED_CODE, "occupation '" + code + "' is related to itself",
            "remove the row");
        return;
      }
      Occupation from = known(row, CODE, code, "the occupation");
      Occupation to = from == null ? null : known(row, RELATED_CODE, relatedCode,
          "the related occupation");
      if (from == null || to == null) {
        return;
      }
      Integer first = routeLines.putIfAbsent(List.of(code, relatedCode), row.line());
      if (first != null) {
        row.problem(RELATED_CODE, "a second link from '" + code + "' to '" + relatedCode
            + "'; the first is on line " + first, "keep one row per pair of occupations");
        return;
      }
      if (!options.relatedTiers().isEmpty()
          && (tier.isEmpty() || !options.relatedTiers().contains(tier.get()))) {
        log.skip(row.file(), "tier " + tier.orElse("(none)") + " not selected");
        return;
      }
      if (!imported(from)) {
        log.skip(row.file(), "occupation has no Job Zone (left out)");
        return;
      }
      if (!imported(to)) {
        log.skip(row.file(), "related occupation has no Job Zone (left out)");
        return;
      }
      routes.add(new RouteDraft(from, to, tier.orElse(null), index));
    }

    private WorkforceModel build() {
      WorkforceModel.Builder b = WorkforceModel.builder()
          .name(options.name())
          .description("Occupations, skills and knowledge of the O*NET " + options.version()
              + " Database (USDOL/ETA), imported by sp-pathways from " + directory.getFileName()
              + ".")
          .addSource(credit(options.version()))
          .notes(options.describe())
          .scale(options.scale());
      elements.values().stream().sorted(Comparator.comparing(e -> e.id)).forEach(e -> {
        Competency.Builder c = Competency.builder().id(e.id).name(e.name).domain(e.domain);
        String description = elementDescriptions.get(e.id.value());
        if (description != null) {
          c.description(description);
        }
        b.addCompetency(c.build());
      });
      occupations.values().stream().filter(this::imported).sorted(Comparator.comparing(o -> o.id))
          .forEach(o -> {
            Role.Builder r = Role.builder().id(o.id).title(o.title)
                .addAllRequirements(o.requirements.values());
            if (o.jobZone > 0) {
              r.seniority(o.jobZone);
            }
            if (o.description != null) {
              r.putAttribute("description", o.description);
            }
            b.addRole(r.build());
          });
      routes.sort(Comparator.comparing((RouteDraft d) -> d.from.id)
          .thenComparing(d -> d.index == null ? Integer.MAX_VALUE : d.index)
          .thenComparing(d -> d.to.id));
      for (RouteDraft d : routes) {
        RouteKind kind = d.from.jobZone > 0 && d.to.jobZone > d.from.jobZone
            ? RouteKind.PROMOTION : RouteKind.LATERAL;
        ProgressionRoute.Builder route = ProgressionRoute.builder().from(d.from.id).to(d.to.id)
            .kind(kind).months(options.months(kind));
        if (d.tier != null) {
          route.putAttribute("tier", d.tier);
        }
        if (d.index != null) {
          route.putAttribute("index", d.index.toString());
        }
        b.addRoute(route.build());
      }
      return b.build();
    }
  }

  /** An occupation read from the occupations file. */
  private static final class Occupation {
    final RoleId id;
    final String title;
    final String description;
    final int line;
    String badIn;
    int jobZone;
    int jobZoneLine;
    final Map<CompetencyId, Requirement> requirements = new TreeMap<>();

    Occupation(RoleId id, String title, String description, int line) {
      this.id = id;
      this.title = title;
      this.description = description;
      this.line = line;
    }
  }

  /** A Skills or Knowledge element. */
  private static final class Element {
    final CompetencyId id;
    final String name;
    final String domain;
    final String file;

    Element(CompetencyId id, String name, String domain, String file) {
      this.id = id;
      this.name = name;
      this.domain = domain;
      this.file = file;
    }
  }

  /** The IM and LV rows of one occupation and element, paired up while a file is read. */
  private static final class Rating {
    final Occupation occupation;
    final Element element;
    double importance;
    double level;
    int imLine;
    int lvLine;
    boolean notRelevant;
    boolean suppressed;

    Rating(Occupation occupation, Element element) {
      this.occupation = occupation;
      this.element = element;
    }
  }

  /** A related-occupation link before it becomes a route. */
  private static final class RouteDraft {
    final Occupation from;
    final Occupation to;
    final String tier;
    final Integer index;

    RouteDraft(Occupation from, Occupation to, String tier, Integer index) {
      this.from = from;
      this.to = to;
      this.tier = tier;
      this.index = index;
    }
  }
}
