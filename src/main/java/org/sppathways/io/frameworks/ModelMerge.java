package org.sppathways.io.frameworks;

import com.google.common.collect.ImmutableSortedMap;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.Suggestions;

/**
 * Merges a second model (for example an imported framework) into a base model (for example the
 * bundled social prescribing model or a local one), so that analyses can run across both.
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li><b>Ids.</b> The merged model holds the base's entities, then the other's. An id that both
 *       models use is an error — unless it is <em>mapped</em>. A mapping {@code from → to}
 *       names an entity of the other model and says what it becomes:
 *       <ul>
 *         <li>if {@code to} is an id of the base, the two are the same entity: the base's
 *             definition is kept, the other's is dropped, and every reference to {@code from}
 *             in the other model now points at the base's entity (map an id to itself to merge
 *             two entities that share an id);</li>
 *         <li>otherwise the other's entity is renamed to {@code to}, and references follow.</li>
 *       </ul>
 *       Two entities of the other model may not end up with the same new id.</li>
 *   <li><b>Crosswalk.</b> A competency crosswalk ({@link #withCrosswalk(Path)}) is a CSV file
 *       with the columns {@code from,to} and optionally {@code levelFrom,levelTo}. Each row maps a
 *       competency of the other model ({@code from}) onto a competency of the base
 *       ({@code to}, which must exist there): the other's competency is dropped and every
 *       requirement of its roles and routes and every course coverage names the base's instead.
 *       A row without levels keeps the levels as they are; rows with levels map one level each
 *       ({@code levelFrom} of the other model becomes {@code levelTo} of the base), and then
 *       every level the other model uses of that competency needs a row — a level in use with no
 *       row is an error naming where it is used (levels are never guessed). A competency gives
 *       levels on all its rows or on none, maps to one base competency, and maps each level
 *       once; a repeated row is an error too. Competencies not in the crosswalk are kept as they
 *       are. Every bad row is reported at its line and column in the file, with did-you-mean
 *       suggestions for unknown ids.</li>
 *   <li><b>Requirements.</b> When mapping makes a role (or route) of the other model require the
 *       same competency twice, the stricter requirement is kept: the higher level, essential if
 *       either is. Likewise a course covering a competency twice keeps the higher level.</li>
 *   <li><b>Routes.</b> A route of the other model between the same two roles as a base route
 *       (after mapping) is dropped: the base's route is kept. A route that mapping turns into a
 *       loop (both ends the same role) is an error.</li>
 *   <li><b>Scale.</b> Both models must have the same number of proficiency levels; the base's
 *       level names and descriptions are kept. Import with as many levels as the base has
 *       (e.g. {@link OnetOptions#withLevels(int)}).</li>
 *   <li><b>Model fields.</b> Name, description, currency, confidence and notes come from the
 *       base (the name can be set with {@link #withName(String)}); sources are the base's
 *       followed by the other's that the base lacks, so framework credit lines are kept. When the
 *       other model has courses, both must use the same currency.</li>
 * </ul>
 *
 * <pre>{@code
 * WorkforceModel sp = ReferenceModels.socialPrescribing();
 * WorkforceModel onet = OnetImporter.of().read(Path.of("onet")).model();
 * WorkforceModel both = ModelMerge.of()
 *     .withRoleMapping(RoleId.of("21-1094.00"), RoleId.of("community-health-wellbeing-worker"))
 *     .merge(sp, onet);
 * }</pre>
 *
 * <p>Merging takes O(n + r) time for n entities and r references, plus the model's own
 * validation. All problems are reported together in one {@link ModelException}, located as
 * {@code other.roles[3].id} or {@code mapping.roles['x']}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelMerge {

  private static final ModelMerge EMPTY = new ModelMerge(ImmutableSortedMap.of(),
      ImmutableSortedMap.of(), ImmutableSortedMap.of(), ImmutableSortedMap.of(), null, null);

  private final ImmutableSortedMap<RoleId, RoleId> roles;
  private final ImmutableSortedMap<CompetencyId, CompetencyId> competencies;
  private final ImmutableSortedMap<OrganisationTypeId, OrganisationTypeId> organisationTypes;
  private final ImmutableSortedMap<CourseId, CourseId> courses;
  private final String name;
  private final Crosswalk crosswalk;

  private ModelMerge(ImmutableSortedMap<RoleId, RoleId> roles,
      ImmutableSortedMap<CompetencyId, CompetencyId> competencies,
      ImmutableSortedMap<OrganisationTypeId, OrganisationTypeId> organisationTypes,
      ImmutableSortedMap<CourseId, CourseId> courses, String name, Crosswalk crosswalk) {
    this.roles = roles;
    this.competencies = competencies;
    this.organisationTypes = organisationTypes;
    this.courses = courses;
    this.name = name;
    this.crosswalk = crosswalk;
  }

  /** A merge with no mappings. */
  public static ModelMerge of() {
    return EMPTY;
  }

  /** The role mappings, other model's id to merged id, sorted. */
  public Map<RoleId, RoleId> roleMappings() {
    return roles;
  }

  /** The competency mappings, sorted. */
  public Map<CompetencyId, CompetencyId> competencyMappings() {
    return competencies;
  }

  /** The organisation type mappings, sorted. */
  public Map<OrganisationTypeId, OrganisationTypeId> organisationTypeMappings() {
    return organisationTypes;
  }

  /** The course mappings, sorted. */
  public Map<CourseId, CourseId> courseMappings() {
    return courses;
  }

  /** The merged model's name, when set; otherwise the base's name is used. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * A copy that maps a role of the other model onto a base role (same role) or a new id.
   *
   * @throws IllegalArgumentException if {@code from} is already mapped elsewhere
   */
  public ModelMerge withRoleMapping(RoleId from, RoleId to) {
    return new ModelMerge(put(roles, from, to, "role"), competencies, organisationTypes, courses,
        name, crosswalk);
  }

  /**
   * A copy that maps a competency of the other model onto a base competency or a new id.
   *
   * @throws IllegalArgumentException if {@code from} is already mapped elsewhere
   */
  public ModelMerge withCompetencyMapping(CompetencyId from, CompetencyId to) {
    return new ModelMerge(roles, put(competencies, from, to, "competency"), organisationTypes,
        courses, name, crosswalk);
  }

  /**
   * A copy that maps an organisation type of the other model onto a base one or a new id.
   *
   * @throws IllegalArgumentException if {@code from} is already mapped elsewhere
   */
  public ModelMerge withOrganisationTypeMapping(OrganisationTypeId from, OrganisationTypeId to) {
    return new ModelMerge(roles, competencies, put(organisationTypes, from, to,
        "organisation type"), courses, name, crosswalk);
  }

  /**
   * A copy that maps a course of the other model onto a base course or a new id.
   *
   * @throws IllegalArgumentException if {@code from} is already mapped elsewhere
   */
  public ModelMerge withCourseMapping(CourseId from, CourseId to) {
    return new ModelMerge(roles, competencies, organisationTypes, put(courses, from, to, "course"),
        name, crosswalk);
  }

  /**
   * A copy that names the merged model.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public ModelMerge withName(String name) {
    OnetOptions.requireText(name, "name");
    return new ModelMerge(roles, competencies, organisationTypes, courses, name, crosswalk);
  }

  /**
   * A copy that merges competencies through a crosswalk file (UTF-8 CSV, columns
   * {@code from,to} and optionally {@code levelFrom,levelTo}; see the rules above). The file is
   * read and checked on its own now; its rows are checked against the two models by
   * {@link #merge}. A crosswalk given before is replaced.
   *
   * <pre>{@code
   * ModelMerge merge = ModelMerge.of().withCrosswalk(Path.of("onet-crosswalk.csv"));
   * }</pre>
   *
   * @throws ModelException listing every bad row of the file, each at its line and column
   * @throws org.sppathways.model.SpPathwaysException if the file cannot be read
   */
  public ModelMerge withCrosswalk(Path file) {
    Objects.requireNonNull(file, "file");
    return new ModelMerge(roles, competencies, organisationTypes, courses, name,
        Crosswalk.read(file));
  }

  /**
   * A copy that merges competencies through a crosswalk read from CSV text, which the caller
   * closes; {@code sourceName} names it in problems.
   *
   * @throws ModelException listing every bad row, each at its line and column
   */
  public ModelMerge withCrosswalk(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    return new ModelMerge(roles, competencies, organisationTypes, courses, name,
        Crosswalk.read(reader, sourceName));
  }

  private static <K extends TypedId<K>> ImmutableSortedMap<K, K> put(
      ImmutableSortedMap<K, K> map, K from, K to, String kind) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    K before = map.get(from);
    if (before != null && !before.equals(to)) {
      throw new IllegalArgumentException(kind + " '" + from + "' is already mapped to '" + before
          + "'; it cannot also map to '" + to + "'");
    }
    Map<K, K> copy = new HashMap<>(map);
    copy.put(from, to);
    return ImmutableSortedMap.copyOf(copy);
  }

  /**
   * Merges {@code other} into {@code base} by the rules above.
   *
   * @return the merged, validated model
   * @throws ModelException listing every collision, unknown mapping, scale or currency mismatch,
   *     and any problem of the merged model
   */
  public WorkforceModel merge(WorkforceModel base, WorkforceModel other) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(other, "other");
    List<Problem> problems = new ArrayList<>();
    if (base.scale().maxLevel() != other.scale().maxLevel()) {
      problems.add(Problem.of("other.scale", "the other model's scale has "
          + other.scale().maxLevel() + " levels but the base model's has "
          + base.scale().maxLevel()).withSuggestion("import or write the other model with "
          + base.scale().maxLevel() + " levels"));
    }
    if (!other.courses().isEmpty() && !other.currency().equals(base.currency())) {
      problems.add(Problem.of("other.currency", "the other model's course costs are in "
          + other.currency() + " but the base model's are in " + base.currency())
          .withSuggestion("convert the costs to " + base.currency() + " first"));
    }
    Map<CompetencyId, CompetencyId> competencyMap = new HashMap<>(competencies);
    Levels levels = new Levels();
    if (crosswalk != null) {
      crosswalk(base, other, competencyMap, levels, problems);
    }
    Kind<CompetencyId, Competency> cs = new Kind<>("competencies", "competency", competencyMap,
        base.competencies(), other.competencies(), Competency::id, problems);
    Kind<OrganisationTypeId, OrganisationType> ts = new Kind<>("organisationTypes",
        "organisation type", organisationTypes, base.organisationTypes(),
        other.organisationTypes(), OrganisationType::id, problems);
    Kind<RoleId, Role> rs = new Kind<>("roles", "role", roles, base.roles(), other.roles(),
        Role::id, problems);
    Kind<CourseId, Course> os = new Kind<>("courses", "course", courses, base.courses(),
        other.courses(), Course::id, problems);

    WorkforceModel.Builder b = base.toBuilder();
    if (name != null) {
      b.name(name);
    }
    for (String source : other.sources()) {
      if (!base.sources().contains(source)) {
        b.addSource(source);
      }
    }
    for (Competency c : cs.kept) {
      Competency.Builder copy = Competency.builder().from(c).id(cs.map(c.id()));
      c.parent().ifPresent(p -> copy.parent(cs.map(p)));
      b.addCompetency(copy.build());
    }
    for (OrganisationType t : ts.kept) {
      b.addOrganisationType(OrganisationType.builder().from(t).id(ts.map(t.id())).build());
    }
    for (Role r : rs.kept) {
      List<OrganisationTypeId> offeredBy = new ArrayList<>();
      for (OrganisationTypeId t : r.offeredBy()) {
        OrganisationTypeId mapped = ts.map(t);
        if (!offeredBy.contains(mapped)) {
          offeredBy.add(mapped);
        }
      }
      Map<OrganisationTypeId, RoleVariant> variants = new LinkedHashMap<>();
      r.variants().forEach((type, v) -> variants.put(ts.map(type), RoleVariant.builder()
          .add(requirements(v.add(), cs, levels))
          .remove(v.remove().stream().map(cs::map).distinct().toList()).build()));
      Map<CompetencyId, Integer> firstYear = new LinkedHashMap<>();
      for (CompetencyLevel f : r.firstYear()) {
        firstYear.merge(cs.map(f.competency()), levels.map(f.competency(), f.level()), Math::min);
      }
      List<CompetencyLevel> firstYearList = new ArrayList<>();
      firstYear.forEach((k, v) -> firstYearList.add(CompetencyLevel.of(k, v)));
      b.addRole(Role.builder().from(r).id(rs.map(r.id())).offeredBy(offeredBy)
          .requirements(requirements(r.requirements(), cs, levels)).variants(variants)
          .firstYear(firstYearList).build());
    }
    Set<List<RoleId>> pairs = new HashSet<>();
    for (ProgressionRoute route : base.routes()) {
      pairs.add(List.of(route.from(), route.to()));
    }
    List<ProgressionRoute> otherRoutes = other.routes();
    for (int i = 0; i < otherRoutes.size(); i++) {
      ProgressionRoute route = otherRoutes.get(i);
      RoleId from = rs.map(route.from());
      RoleId to = rs.map(route.to());
      if (from.equals(to)) {
        problems.add(Problem.of("other.routes[" + i + "]", "the route from '" + route.from()
            + "' to '" + route.to() + "' becomes a loop on '" + from + "' after mapping")
            .withSuggestion("map the two roles to different roles"));
        continue;
      }
      if (!pairs.add(List.of(from, to))) {
        continue;
      }
      b.addRoute(route.toBuilder().from(from).to(to)
          .requirements(requirements(route.requirements(), cs, levels)).build());
    }
    for (Course c : os.kept) {
      Map<CompetencyId, Integer> covers = new LinkedHashMap<>();
      for (CompetencyLevel cl : c.covers()) {
        covers.merge(cs.map(cl.competency()), levels.map(cl.competency(), cl.level()),
            Math::max);
      }
      List<CompetencyLevel> coverList = new ArrayList<>();
      covers.forEach((k, v) -> coverList.add(CompetencyLevel.of(k, v)));
      List<CourseId> prerequisites = new ArrayList<>();
      for (CourseId p : c.prerequisites()) {
        CourseId mapped = os.map(p);
        if (!prerequisites.contains(mapped)) {
          prerequisites.add(mapped);
        }
      }
      b.addCourse(Course.builder().from(c).id(os.map(c.id())).covers(coverList)
          .prerequisites(prerequisites)
          .entry(c.entry().stream().map(rule -> entry(rule, cs, ts, os, levels)).toList())
          .build());
    }
    if (!problems.isEmpty()) {
      throw new ModelException("the models cannot be merged", problems);
    }
    try {
      return b.build();
    } catch (ModelException e) {
      throw new ModelException("the merged model is invalid", e.problems());
    }
  }

  private static List<Requirement> requirements(List<Requirement> list,
      Kind<CompetencyId, Competency> cs, Levels levels) {
    Map<CompetencyId, Requirement> out = new LinkedHashMap<>();
    for (Requirement r : list) {
      CompetencyId id = cs.map(r.competency());
      Requirement mapped = Requirement.builder().competency(id)
          .level(levels.map(r.competency(), r.level()))
          .essential(r.essential()).build();
      out.merge(id, mapped, (a, c) -> Requirement.builder().competency(id)
          .level(Math.max(a.level(), c.level())).essential(a.essential() || c.essential()).build());
    }
    return new ArrayList<>(out.values());
  }

  /** Every competency level an entry rule names, nested ones included. */
  private static void entryLevels(List<EntryRule> rules,
      java.util.function.Consumer<CompetencyLevel> use) {
    for (EntryRule rule : rules) {
      if (rule instanceof EntryRule.HeldLevel h) {
        use.accept(CompetencyLevel.of(h.competency(), h.level()));
      } else if (rule instanceof EntryRule.AnyOf any) {
        entryLevels(any.rules(), use);
      }
    }
  }

  /** An entry rule of the model merged in, with its ids and levels mapped. */
  private static EntryRule entry(EntryRule rule, Kind<CompetencyId, Competency> cs,
      Kind<OrganisationTypeId, OrganisationType> ts, Kind<CourseId, Course> os, Levels levels) {
    if (rule instanceof EntryRule.HeldLevel h) {
      return EntryRule.HeldLevel.of(cs.map(h.competency()), levels.map(h.competency(), h.level()));
    }
    if (rule instanceof EntryRule.CompletedCourse c) {
      return EntryRule.CompletedCourse.of(os.map(c.course()));
    }
    if (rule instanceof EntryRule.AnyOf any) {
      return EntryRule.AnyOf.of(any.rules().stream().map(r -> entry(r, cs, ts, os, levels))
          .toList());
    }
    if (rule instanceof EntryRule.OrganisationTypes types) {
      return EntryRule.OrganisationTypes.of(types.types().stream().map(ts::map)
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }
    return rule;   // a contract's hours name no id
  }

  /** The level mappings of the crosswalk: competency of the other model → level → base level. */
  private static final class Levels {
    final Map<CompetencyId, Map<Integer, Integer>> byCompetency = new HashMap<>();

    int map(CompetencyId competency, int level) {
      Map<Integer, Integer> m = byCompetency.get(competency);
      return m == null ? level : m.getOrDefault(level, level);
    }
  }

  /**
   * Checks the crosswalk's rows against the two models and adds the good ones to the mappings;
   * every bad row is a problem placed at its line and column in the crosswalk file.
   */
  private void crosswalk(WorkforceModel base, WorkforceModel other,
      Map<CompetencyId, CompetencyId> mapping, Levels levels, List<Problem> problems) {
    String source = crosswalk.source();
    Map<CompetencyId, Crosswalk.Row> first = new LinkedHashMap<>();
    for (Crosswalk.Row row : crosswalk.rows()) {
      boolean ok = true;
      if (other.findCompetency(row.from()).isEmpty()) {
        problems.add(Suggestions.suggest(row.problem(source, "from", "the model merged in has "
            + "no competency '" + row.from() + "'", null), Suggestions.closest(row.from().value(),
            () -> other.competencies().stream().map(c -> c.id().value()).iterator())
            .map(s -> "did you mean '" + s + "'?").or(() -> Optional.of("name a competency of "
                + "the model merged in, or delete the row"))));
        ok = false;
      }
      if (base.findCompetency(row.to()).isEmpty()) {
        problems.add(Suggestions.suggest(row.problem(source, "to", "the base model has no "
            + "competency '" + row.to() + "'", null), Suggestions.closest(row.to().value(),
            () -> base.competencies().stream().map(c -> c.id().value()).iterator())
            .map(s -> "did you mean '" + s + "'?").or(() -> Optional.of("name one of the base "
                + "model's competencies; leave a competency out of the crosswalk to keep it as "
                + "it is"))));
        ok = false;
      }
      if (row.levelFrom().isPresent() && row.levelFrom().get() > other.scale().maxLevel()) {
        problems.add(row.problem(source, "levelFrom", "level " + row.levelFrom().get()
            + " is above the highest level of the model merged in, "
            + other.scale().maxLevel(), "use a level from 1 to " + other.scale().maxLevel()));
        ok = false;
      }
      if (row.levelTo().isPresent() && row.levelTo().get() > base.scale().maxLevel()) {
        problems.add(row.problem(source, "levelTo", "level " + row.levelTo().get()
            + " is above the base model's highest level, " + base.scale().maxLevel(),
            "use a level from 1 to " + base.scale().maxLevel()));
        ok = false;
      }
      CompetencyId explicit = competencies.get(row.from());
      if (explicit != null && !explicit.equals(row.to())) {
        problems.add(row.problem(source, "to", "competency '" + row.from() + "' is also mapped "
            + "to '" + explicit + "' outside the crosswalk (--map-competency)", "map it in one "
            + "place only"));
        ok = false;
      }
      if (!ok) {
        continue;
      }
      first.putIfAbsent(row.from(), row);
      mapping.put(row.from(), row.to());
      if (row.levelFrom().isPresent()) {
        levels.byCompetency.computeIfAbsent(row.from(), k -> new java.util.TreeMap<>())
            .put(row.levelFrom().get(), row.levelTo().orElseThrow());
      }
    }
    // a competency mapped level by level must have a row for every level the other model uses
    Map<CompetencyId, java.util.TreeMap<Integer, String>> used = new HashMap<>();
    java.util.function.BiConsumer<CompetencyLevel, String> use = (cl, where) -> {
      if (levels.byCompetency.containsKey(cl.competency())) {
        used.computeIfAbsent(cl.competency(), k -> new java.util.TreeMap<>())
            .putIfAbsent(cl.level(), where);
      }
    };
    for (Role r : other.roles()) {
      r.requirements().forEach(q -> use.accept(CompetencyLevel.of(q.competency(), q.level()),
          "role '" + r.id() + "'"));
    }
    for (ProgressionRoute r : other.routes()) {
      r.requirements().forEach(q -> use.accept(CompetencyLevel.of(q.competency(), q.level()),
          "the route from '" + r.from() + "' to '" + r.to() + "'"));
    }
    for (Role r : other.roles()) {
      r.firstYear().forEach(f -> use.accept(f, "the first-year targets of role '" + r.id() + "'"));
      r.variants().forEach((type, v) -> v.add().forEach(q -> use.accept(
          CompetencyLevel.of(q.competency(), q.level()),
          "the " + type + " variant of role '" + r.id() + "'")));
    }
    for (Course c : other.courses()) {
      c.covers().forEach(cl -> use.accept(cl, "course '" + c.id() + "'"));
      entryLevels(c.entry(), cl -> use.accept(cl, "the entry rules of course '" + c.id() + "'"));
    }
    for (Map.Entry<CompetencyId, java.util.TreeMap<Integer, String>> e : used.entrySet()
        .stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Map<Integer, Integer> mapped = levels.byCompetency.get(e.getKey());
      for (Map.Entry<Integer, String> u : e.getValue().entrySet()) {
        if (!mapped.containsKey(u.getKey())) {
          Crosswalk.Row row = first.get(e.getKey());
          problems.add(row.problem(source, "levelFrom", "the model merged in uses level "
              + u.getKey() + " of '" + e.getKey() + "' (" + u.getValue() + ") but the crosswalk "
              + "maps only level" + (mapped.size() == 1 ? " " : "s ") + String.join(", ",
              mapped.keySet().stream().map(String::valueOf).toList()) + " of it",
              "add a row " + e.getKey() + "," + row.to() + "," + u.getKey() + ",LEVEL"));
        }
      }
    }
  }

  /**
   * The id mapping of one kind of entity: which of the other model's entities are kept (and
   * under which id) and which merge into the base's.
   */
  private static final class Kind<K extends TypedId<K>, T> {
    final Map<K, K> mapping;
    final List<T> kept = new ArrayList<>();

    Kind(String list, String kind, Map<K, K> explicit, List<T> base, List<T> other,
        Function<T, K> id, List<Problem> problems) {
      Map<K, Integer> baseIndex = new HashMap<>();
      for (int i = 0; i < base.size(); i++) {
        baseIndex.put(id.apply(base.get(i)), i);
      }
      Map<K, Integer> otherIndex = new HashMap<>();
      for (int i = 0; i < other.size(); i++) {
        otherIndex.put(id.apply(other.get(i)), i);
      }
      for (K from : explicit.keySet()) {
        if (!otherIndex.containsKey(from)) {
          Problem p = Problem.of("mapping." + list + "['" + from + "']", "the other model has no "
              + kind + " '" + from + "' to map");
          problems.add(Suggestions.suggest(p, Suggestions.closest(from.value(), () -> otherIndex
              .keySet().stream().map(TypedId::value).iterator()).map(s -> "did you mean '" + s
              + "'?")));
        }
      }
      this.mapping = new HashMap<>(explicit);
      Map<K, Integer> produced = new HashMap<>();
      for (int i = 0; i < other.size(); i++) {
        T entity = other.get(i);
        K from = id.apply(entity);
        boolean mapped = explicit.containsKey(from);
        K to = mapped ? explicit.get(from) : from;
        Integer inBase = baseIndex.get(to);
        if (inBase != null) {
          if (!mapped) {
            problems.add(Problem.of("other." + list + "[" + i + "].id", kind + " id '" + from
                + "' is in both models (base " + list + "[" + inBase + "])").withSuggestion(
                "map it: to itself to treat the two as one " + kind + ", or to a new id to keep "
                    + "both"));
          }
          continue;
        }
        Integer first = produced.putIfAbsent(to, i);
        if (first != null) {
          problems.add(Problem.of("other." + list + "[" + i + "].id", kind + " '" + from
              + "' would become '" + to + "', as other." + list + "[" + first + "] already does")
              .withSuggestion("map the two to different ids, or one of them onto a base " + kind));
          continue;
        }
        kept.add(entity);
      }
    }

    /** The merged id of an id of the other model. */
    K map(K id) {
      return mapping.getOrDefault(id, id);
    }
  }
}
