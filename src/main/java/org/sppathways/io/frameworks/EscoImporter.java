package org.sppathways.io.frameworks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * Imports ESCO (European Skills, Competences, Qualifications and Occupations), as published in
 * its CSV download, into a {@link WorkforceModel}: occupations become roles, skills become
 * competencies, and essential and optional occupation–skill relations become essential and
 * desirable requirements. Optionally, the occupation hierarchy becomes specialisation routes.
 *
 * <pre>{@code
 * ImportedModel imported = EscoImporter.of().read(Path.of("esco-v1.2.0-en-csv"));
 * WorkforceModel esco = imported.model();
 * imported.report().requirements();        // essential + optional relations
 * }</pre>
 *
 * <h2>Files and columns</h2>
 * Files are named for a language ({@link EscoOptions#language()}, {@code en} by default); each
 * may be gzip-compressed ({@code occupationSkillRelations_en.csv.gz}). Other files and columns
 * are ignored. Fields may be quoted and span lines, as in the official files.
 * <table>
 *   <caption>What is read</caption>
 *   <tr><th>file</th><th>required columns</th><th>optional columns</th></tr>
 *   <tr><td>{@code occupations_en.csv}</td><td>conceptUri, preferredLabel</td><td>iscoGroup,
 *       code, description</td></tr>
 *   <tr><td>{@code skills_en.csv}</td><td>conceptUri, preferredLabel</td><td>skillType,
 *       description</td></tr>
 *   <tr><td>{@code occupationSkillRelations_en.csv}</td><td>occupationUri, relationType,
 *       skillUri</td><td></td></tr>
 *   <tr><td>{@code broaderRelationsOccPillar_en.csv} (only for hierarchy routes)</td>
 *       <td>conceptUri, broaderUri</td><td>conceptType, broaderType</td></tr>
 * </table>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li><b>Roles</b>: one per occupation; id = conceptUri, title = preferredLabel, attributes
 *       {@code iscoGroup}, {@code code} and {@code description}; no seniority (ESCO has
 *       none).</li>
 *   <li><b>Competencies</b>: one per skill; id = conceptUri (placeholder URIs such as
 *       {@code urn:esco-label:...} are kept as they are), name = preferredLabel, domain =
 *       skillType ({@code skill/competence}, {@code knowledge}; {@code unclassified} when
 *       blank).</li>
 *   <li><b>Requirements</b>: one per relation, essential for {@code essential} and desirable for
 *       {@code optional}, all at {@link EscoOptions#level()}: ESCO has no proficiency levels. A
 *       relation listed twice is kept once, essential if either row is.</li>
 *   <li><b>Routes</b>: none by default — ESCO records no career transitions. With
 *       {@link EscoOptions#hierarchyRoutes()}, each occupation-to-occupation link of
 *       {@code broaderRelationsOccPillar} becomes a {@link RouteKind#SPECIALISATION} route from
 *       the broader occupation to the narrower one (attribute {@code source}); links to ISCO
 *       groups are left out. Nothing else is invented.</li>
 *   <li><b>Model</b>: the ESCO attribution ({@link #attribution(String)}) in {@code sources},
 *       and the mapping in {@code notes}.</li>
 * </ul>
 * Roles, competencies and requirements are ordered by id, routes by source then target: the
 * same files and options always give an equal model.
 *
 * <h2>Errors</h2>
 * As for {@link OnetImporter}: a missing directory is a {@link SpPathwaysException}; missing files
 * and required columns are reported together before any row is read; bad rows (an empty required
 * value, an unknown relation type, an unknown occupation or skill, an id listed twice) are
 * collected with file, line and column, or skipped and counted with
 * {@link EscoOptions#skipBadRows()}.
 *
 * <h2>Performance notes</h2>
 * One streaming pass per file: O(r) time for r rows, and memory for the occupations, skills and
 * requirements made, never a whole file. The full ESCO v1.2.0 set (3,039 occupations, 13,492
 * skills, 129,004 relations) imports in about a second; see {@code docs/performance.md}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EscoImporter {

  static final String URI = "conceptUri";
  static final String LABEL = "preferredLabel";
  static final String ISCO_GROUP = "iscoGroup";
  static final String CODE = "code";
  static final String DESCRIPTION = "description";
  static final String SKILL_TYPE = "skillType";
  static final String OCCUPATION_URI = "occupationUri";
  static final String RELATION_TYPE = "relationType";
  static final String SKILL_URI = "skillUri";
  static final String BROADER_URI = "broaderUri";
  static final String CONCEPT_TYPE = "conceptType";
  static final String BROADER_TYPE = "broaderType";

  /** The domain of a skill with a blank skillType. */
  public static final String UNCLASSIFIED = "unclassified";

  private final EscoOptions options;

  private EscoImporter(EscoOptions options) {
    this.options = options;
  }

  /** An importer with {@link EscoOptions#defaults()}. */
  public static EscoImporter of() {
    return new EscoImporter(EscoOptions.defaults());
  }

  /** An importer with the given options. */
  public static EscoImporter of(EscoOptions options) {
    return new EscoImporter(Objects.requireNonNull(options, "options"));
  }

  /** The options in use. */
  public EscoOptions options() {
    return options;
  }

  /** The occupations file's name for the options' language, e.g. {@code occupations_en.csv}. */
  public String occupationsFile() {
    return "occupations_" + options.language() + ".csv";
  }

  /** The skills file's name, e.g. {@code skills_en.csv}. */
  public String skillsFile() {
    return "skills_" + options.language() + ".csv";
  }

  /** The relations file's name, e.g. {@code occupationSkillRelations_en.csv}. */
  public String relationsFile() {
    return "occupationSkillRelations_" + options.language() + ".csv";
  }

  /** The hierarchy file's name, e.g. {@code broaderRelationsOccPillar_en.csv}. */
  public String hierarchyFile() {
    return "broaderRelationsOccPillar_" + options.language() + ".csv";
  }

  /**
   * The attribution ESCO's reuse policy asks of anything derived from it, for a release such as
   * {@code v1.2.0}. Imported models carry it in their sources.
   */
  public static String attribution(String version) {
    Objects.requireNonNull(version, "version");
    return "ESCO — European Skills, Competences, Qualifications and Occupations, " + version
        + ", © European Union, reused under the Commission's reuse policy (Decision "
        + "2011/833/EU). Modified: imported by sp-pathways; every requirement given one "
        + "proficiency level as described in the model's notes.";
  }

  /**
   * Reads the ESCO CSV files in a directory.
   *
   * @param directory the folder holding {@code occupations_en.csv} and the others
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
    final Map<String, Occupation> occupations = new HashMap<>();
    final Set<String> rejectedOccupations = new HashSet<>();
    final Map<String, Skill> skills = new HashMap<>();
    final Set<String> rejectedSkills = new HashSet<>();
    final Map<List<String>, Integer> links = new HashMap<>();
    final List<Occupation[]> routes = new ArrayList<>();

    Run(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      this.log = new ImportLog("ESCO " + options.version(), directory, options.skipBadRows(),
          options.maxProblems());
    }

    ImportedModel run() {
      if (!Files.isDirectory(directory)) {
        throw new SpPathwaysException("ESCO directory not found: '" + directory + "' (unpack the "
            + "ESCO CSV download there, or give the folder that holds " + occupationsFile() + ")");
      }
      List<Problem> problems = new ArrayList<>();
      Table occupationTable = require(occupationsFile(), List.of(URI, LABEL),
          List.of(ISCO_GROUP, CODE, DESCRIPTION), "it lists the occupations", problems);
      Table skillTable = require(skillsFile(), List.of(URI, LABEL),
          List.of(SKILL_TYPE, DESCRIPTION), "it lists the skills", problems);
      Table relationTable = require(relationsFile(),
          List.of(OCCUPATION_URI, RELATION_TYPE, SKILL_URI), List.of(),
          "it links occupations to their essential and optional skills", problems);
      Table hierarchyTable = options.hierarchyRoutes() ? require(hierarchyFile(),
          List.of(URI, BROADER_URI), List.of(CONCEPT_TYPE, BROADER_TYPE),
          "it links narrower occupations to broader ones, imported as routes "
              + "(or import without hierarchy routes)", problems) : null;
      for (Table t : new Table[] {occupationTable, skillTable, relationTable, hierarchyTable}) {
        if (t != null) {
          t.checkHeader(problems);
        }
      }
      if (!problems.isEmpty()) {
        throw log.fatal(problems);
      }
      occupationTable.read(log, this::occupation);
      skillTable.read(log, this::skill);
      relationTable.read(log, this::relation);
      if (hierarchyTable != null) {
        hierarchyTable.read(log, this::broader);
      }
      log.throwIfBadRows();
      WorkforceModel model = build();
      return new ImportedModel(model, log.report(model));
    }

    private Table require(String file, List<String> required, List<String> optional, String why,
        List<Problem> problems) {
      Optional<Table> t = Table.find(directory, file, Dialect.COMMA, required, optional);
      if (t.isEmpty()) {
        problems.add(Table.missingFile(directory, file, why));
      }
      return t.orElse(null);
    }

    private void occupation(Table.Row row) {
      RoleId id = row.id(URI, RoleId::of);
      String title = row.required(LABEL);
      if (id != null && occupations.containsKey(id.value())) {
        row.problem(URI, "occupation '" + id + "' is listed twice; the first is on line "
            + occupations.get(id.value()).line, "keep one row per occupation");
        return;
      }
      if (row.isBad()) {
        row.get(URI).ifPresent(rejectedOccupations::add);
        return;
      }
      Occupation o = new Occupation(id, title, row.line());
      row.get(ISCO_GROUP).ifPresent(v -> o.attributes.put(ISCO_GROUP, v));
      row.get(CODE).ifPresent(v -> o.attributes.put(CODE, v));
      if (options.descriptions()) {
        row.get(DESCRIPTION).ifPresent(v -> o.attributes.put(DESCRIPTION, v));
      }
      occupations.put(id.value(), o);
    }

    private void skill(Table.Row row) {
      CompetencyId id = row.id(URI, CompetencyId::of);
      String name = row.required(LABEL);
      if (id != null && skills.containsKey(id.value())) {
        row.problem(URI, "skill '" + id + "' is listed twice; the first is on line "
            + skills.get(id.value()).line, "keep one row per skill");
        return;
      }
      if (row.isBad()) {
        row.get(URI).ifPresent(rejectedSkills::add);
        return;
      }
      String domain = row.get(SKILL_TYPE).orElse(UNCLASSIFIED);
      String description = options.descriptions() ? row.get(DESCRIPTION).orElse(null) : null;
      skills.put(id.value(), new Skill(id, name, domain, description, row.line()));
    }

    private void relation(Table.Row row) {
      String occupationUri = row.required(OCCUPATION_URI);
      String type = row.required(RELATION_TYPE);
      String skillUri = row.required(SKILL_URI);
      if (row.isBad()) {
        return;
      }
      String t = type.toLowerCase(Locale.ROOT);
      if (!t.equals("essential") && !t.equals("optional")) {
        row.problem(RELATION_TYPE, "unknown relation type '" + Table.abbreviate(type) + "'",
            "use essential or optional");
      }
      Occupation o = occupations.get(occupationUri);
      if (o == null && !rejectedOccupations.contains(occupationUri)) {
        row.problem(OCCUPATION_URI, "unknown occupation '" + occupationUri + "': it is not in "
            + occupationsFile(), "check the URI, or add the occupation");
      }
      Skill s = skills.get(skillUri);
      if (s == null && !rejectedSkills.contains(skillUri)) {
        row.problem(SKILL_URI, "unknown skill '" + skillUri + "': it is not in " + skillsFile(),
            "check the URI, or add the skill");
      }
      if (row.isBad()) {
        return;
      }
      if (o == null) {
        log.skip(row.file(), "the occupation's row in " + occupationsFile() + " is bad");
        return;
      }
      if (s == null) {
        log.skip(row.file(), "the skill's row in " + skillsFile() + " is bad");
        return;
      }
      boolean essential = t.equals("essential");
      Boolean before = o.requirements.get(s.id);
      if (before != null) {
        log.skip(row.file(), "relation listed twice (kept once, essential if either is)");
        o.requirements.put(s.id, before || essential);
        return;
      }
      o.requirements.put(s.id, essential);
    }

    private void broader(Table.Row row) {
      String narrowerUri = row.required(URI);
      String broaderUri = row.required(BROADER_URI);
      if (row.isBad()) {
        return;
      }
      boolean typed = row.has(CONCEPT_TYPE) && row.has(BROADER_TYPE);
      boolean occupational = typed
          && "Occupation".equals(row.get(CONCEPT_TYPE).orElse(""))
          && "Occupation".equals(row.get(BROADER_TYPE).orElse(""));
      if (typed && !occupational) {
        log.skip(row.file(), "link involving an ISCO group (not between two occupations)");
        return;
      }
      Occupation narrower = occupations.get(narrowerUri);
      Occupation broader = occupations.get(broaderUri);
      if (narrower == null || broader == null) {
        if (occupational && !rejectedOccupations.contains(narrowerUri)
            && !rejectedOccupations.contains(broaderUri)) {
          String column = narrower == null ? URI : BROADER_URI;
          String uri = narrower == null ? narrowerUri : broaderUri;
          row.problem(column, "unknown occupation '" + uri + "': it is not in "
              + occupationsFile(), "check the URI, or add the occupation");
        } else {
          log.skip(row.file(), occupational ? "the occupation's row in " + occupationsFile()
              + " is bad" : "not a link between two occupations");
        }
        return;
      }
      if (narrower == broader) {
        row.problem(BROADER_URI, "occupation '" + narrowerUri + "' is broader than itself",
            "remove the row");
        return;
      }
      Integer first = links.putIfAbsent(List.of(broaderUri, narrowerUri), row.line());
      if (first != null) {
        log.skip(row.file(), "link listed twice (kept once)");
        return;
      }
      routes.add(new Occupation[] {broader, narrower});
    }

    private WorkforceModel build() {
      WorkforceModel.Builder b = WorkforceModel.builder()
          .name(options.name())
          .description("Occupations and skills of ESCO " + options.version() + " ("
              + options.language() + "), imported by sp-pathways from "
              + directory.getFileName() + ".")
          .addSource(attribution(options.version()))
          .notes(options.describe())
          .scale(options.scale());
      skills.values().stream().sorted(Comparator.comparing(s -> s.id)).forEach(s -> {
        Competency.Builder c = Competency.builder().id(s.id).name(s.name).domain(s.domain);
        if (s.description != null) {
          c.description(s.description);
        }
        b.addCompetency(c.build());
      });
      int level = options.level();
      occupations.values().stream().sorted(Comparator.comparing(o -> o.id)).forEach(o -> {
        Role.Builder r = Role.builder().id(o.id).title(o.title).putAllAttributes(o.attributes);
        o.requirements.forEach((skill, essential) -> r.addRequirement(Requirement.builder()
            .competency(skill).level(level).essential(essential).build()));
        b.addRole(r.build());
      });
      routes.sort(Comparator.comparing((Occupation[] p) -> p[0].id).thenComparing(p -> p[1].id));
      for (Occupation[] pair : routes) {
        b.addRoute(ProgressionRoute.builder().from(pair[0].id).to(pair[1].id)
            .kind(RouteKind.SPECIALISATION).months(options.hierarchyMonths())
            .putAttribute("source", "broaderRelationsOccPillar").build());
      }
      return b.build();
    }
  }

  /** An occupation and its relations, gathered while the files are read. */
  private static final class Occupation {
    final RoleId id;
    final String title;
    final int line;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final Map<CompetencyId, Boolean> requirements = new TreeMap<>();

    Occupation(RoleId id, String title, int line) {
      this.id = id;
      this.title = title;
      this.line = line;
    }
  }

  /** A skill. */
  private static final class Skill {
    final CompetencyId id;
    final String name;
    final String domain;
    final String description;
    final int line;

    Skill(CompetencyId id, String name, String domain, String description, int line) {
      this.id = id;
      this.name = name;
      this.domain = domain;
      this.description = description;
      this.line = line;
    }
  }
}
