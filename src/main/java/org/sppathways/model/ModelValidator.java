package org.sppathways.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.sppathways.model.internal.Suggestions;

/**
 * The rules that span a model: unique ids, known references, levels within the scale, one route
 * per pair of roles, no loops among parents or prerequisites, and consistent flow parameters
 * (rates out of a role add up to at most 1). Collects every problem.
 */
final class ModelValidator {

  /** Unknown references beyond this many get no "did you mean" search, to bound the work. */
  static final int SUGGESTION_LIMIT = 100;

  private final WorkforceModel.Builder model;
  private final List<Problem> problems = new ArrayList<>();
  private int suggestionsMade;

  private final Map<CompetencyId, Integer> competencies = new HashMap<>();
  private final Map<OrganisationTypeId, Integer> organisationTypes = new HashMap<>();
  private final Map<RoleId, Integer> roles = new HashMap<>();
  private final Map<CourseId, Integer> courses = new HashMap<>();

  ModelValidator(WorkforceModel.Builder model) {
    this.model = model;
  }

  List<Problem> validate() {
    if (model.name() == null) {
      problems.add(Problem.of("name", "the model has no name").withSuggestion("add a name"));
    } else if (model.name().isBlank()) {
      problems.add(Problem.of("name", "the model name is blank"));
    }
    if (model.currency().isBlank()) {
      problems.add(Problem.of("currency", "the currency is blank").withSuggestion("use e.g. GBP"));
    }
    if (model.scale() == null) {
      problems.add(Problem.of("scale", "the model has no proficiency scale")
          .withSuggestion("add a scale such as 1 Awareness, 2 Working, 3 Practitioner, 4 Expert"));
    }
    ids("competencies", "competency", model.competencies(), Competency::id, competencies);
    ids("organisationTypes", "organisation type", model.organisationTypes(), OrganisationType::id,
        organisationTypes);
    ids("roles", "role", model.roles(), Role::id, roles);
    ids("courses", "course", model.courses(), Course::id, courses);

    checkCompetencies();
    checkRoles();
    checkRoutes();
    checkCourses();
    checkFlows();
    checkFigures();
    return problems;
  }

  private <T, K extends TypedId<K>> void ids(String list, String kind, List<T> items,
      Function<T, K> id, Map<K, Integer> index) {
    for (int i = 0; i < items.size(); i++) {
      K key = id.apply(items.get(i));
      Integer first = index.putIfAbsent(key, i);
      if (first != null) {
        problems.add(Problem.of(list + "[" + i + "].id",
            "duplicate " + kind + " id '" + key + "', first defined at " + list + "[" + first + "]")
            .withSuggestion("give each " + kind + " its own id, or merge the two entries"));
      }
    }
  }

  private void checkCompetencies() {
    Graph<CompetencyId, DefaultEdge> parents = new DefaultDirectedGraph<>(DefaultEdge.class);
    List<Competency> list = model.competencies();
    for (int i = 0; i < list.size(); i++) {
      Competency c = list.get(i);
      if (c.parent().isPresent()) {
        CompetencyId parent = c.parent().get();
        if (reference(competencies, parent, "competency", "competencies[" + i + "].parent")) {
          parents.addVertex(c.id());
          parents.addVertex(parent);
          parents.addEdge(c.id(), parent);
        }
      }
    }
    loops(parents, competencies, "competencies", ".parent",
        "competencies %s are each other's parents", "remove one parent link to break the loop");
  }

  private void checkRoles() {
    List<Role> list = model.roles();
    for (int i = 0; i < list.size(); i++) {
      Role role = list.get(i);
      String at = "roles[" + i + "]";
      for (int j = 0; j < role.offeredBy().size(); j++) {
        reference(organisationTypes, role.offeredBy().get(j), "organisation type",
            at + ".offeredBy[" + j + "]");
      }
      requirements(role.requirements(), at + ".requires");
      variants(role, at);
      firstYear(role, at);
    }
  }

  /** Variants: known organisation types that offer the role, known competencies, removals of required ones. */
  private void variants(Role role, String at) {
    java.util.Set<CompetencyId> required = new java.util.HashSet<>();
    role.requirements().forEach(r -> required.add(r.competency()));
    for (Map.Entry<OrganisationTypeId, RoleVariant> e : role.variants().entrySet()) {
      String here = at + ".variants." + e.getKey();
      offeredTypes(java.util.Set.of(e.getKey()), role, at + ".variants");
      requirements(e.getValue().add(), here + ".add");
      List<CompetencyId> remove = e.getValue().remove();
      for (int j = 0; j < remove.size(); j++) {
        CompetencyId c = remove.get(j);
        String place = here + ".remove[" + j + "]";
        if (reference(competencies, c, "competency", place) && !required.contains(c)) {
          problems.add(Problem.of(place, "the variant for '" + e.getKey() + "' removes competency '"
              + c + "', which role '" + role.id() + "' does not require")
              .withSuggestion("remove only competencies listed in the role's requires"));
        }
      }
    }
  }

  /** First-year targets: on required competencies, at most the required level. */
  private void firstYear(Role role, String at) {
    Map<CompetencyId, Integer> required = new HashMap<>();
    role.requirements().forEach(r -> required.put(r.competency(), r.level()));
    for (int j = 0; j < role.firstYear().size(); j++) {
      CompetencyLevel target = role.firstYear().get(j);
      String place = at + ".firstYear[" + j + "]";
      if (!reference(competencies, target.competency(), "competency", place + ".competency")) {
        continue;
      }
      Integer full = required.get(target.competency());
      if (full == null) {
        problems.add(Problem.of(place + ".competency", "the first-year target names competency '"
            + target.competency() + "', which role '" + role.id() + "' does not require")
            .withSuggestion("add a requirement on it to requires, or remove the target"));
      } else if (target.level() > full) {
        problems.add(Problem.of(place + ".level", "the first-year target on '"
            + target.competency() + "' is level " + target.level() + ", above the level "
            + full + " the role requires")
            .withSuggestion("a first-year target is a lower level than the full one: use a level "
                + "from 1 to " + full));
      }
    }
  }

  private void checkRoutes() {
    Map<List<RoleId>, Integer> pairs = new HashMap<>();
    List<ProgressionRoute> list = model.routes();
    for (int i = 0; i < list.size(); i++) {
      ProgressionRoute route = list.get(i);
      String at = "routes[" + i + "]";
      reference(roles, route.from(), "role", at + ".from");
      reference(roles, route.to(), "role", at + ".to");
      Integer first = pairs.putIfAbsent(List.of(route.from(), route.to()), i);
      if (first != null) {
        problems.add(Problem.of(at, "a second route from '" + route.from() + "' to '" + route.to()
            + "', first defined at routes[" + first + "]")
            .withSuggestion("keep one route per pair of roles; merge the two entries"));
      }
      requirements(route.requirements(), at + ".requires");
    }
  }

  private void checkCourses() {
    Graph<CourseId, DefaultEdge> prerequisites = new DefaultDirectedGraph<>(DefaultEdge.class);
    List<Course> list = model.courses();
    for (int i = 0; i < list.size(); i++) {
      Course course = list.get(i);
      String at = "courses[" + i + "]";
      for (int j = 0; j < course.covers().size(); j++) {
        CompetencyLevel cover = course.covers().get(j);
        reference(competencies, cover.competency(), "competency", at + ".covers[" + j + "].competency");
        level(cover.level(), at + ".covers[" + j + "].level");
      }
      for (int j = 0; j < course.prerequisites().size(); j++) {
        CourseId prerequisite = course.prerequisites().get(j);
        if (reference(courses, prerequisite, "course", at + ".prerequisites[" + j + "]")) {
          prerequisites.addVertex(course.id());
          prerequisites.addVertex(prerequisite);
          prerequisites.addEdge(course.id(), prerequisite);
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      List<EntryRule> entry = list.get(i).entry();
      for (int j = 0; j < entry.size(); j++) {
        entryRule(list.get(i), entry.get(j), "courses[" + i + "].entry[" + j + "]");
      }
    }
    loops(prerequisites, courses, "courses", ".prerequisites",
        "courses %s are each other's prerequisites", "remove one prerequisite to break the loop");
    entryLoops(list, prerequisites);
  }

  /**
   * Reports each loop of courses that must be completed before one another where an entry rule
   * closes the loop (course A's entry needs B completed, and B needs A, by an entry rule or a
   * prerequisite): no one could begin any of them. Only rules that must hold count: a course
   * named at the top of {@code entry}, or as the only alternative of an {@code anyOf}. Loops of
   * prerequisites alone are reported as such.
   */
  private void entryLoops(List<Course> list, Graph<CourseId, DefaultEdge> prerequisites) {
    Graph<CourseId, DefaultEdge> must = new DefaultDirectedGraph<>(DefaultEdge.class);
    prerequisites.vertexSet().forEach(must::addVertex);
    prerequisites.edgeSet().forEach(e -> must.addEdge(prerequisites.getEdgeSource(e),
        prerequisites.getEdgeTarget(e)));
    boolean any = false;
    for (Course course : list) {
      for (EntryRule rule : course.entry()) {
        CourseId named = mustComplete(rule);
        if (named != null && courses.containsKey(named) && !named.equals(course.id())) {
          must.addVertex(course.id());
          must.addVertex(named);
          must.addEdge(course.id(), named);
          any = true;
        }
      }
    }
    if (!any) {
      return;
    }
    Set<Set<CourseId>> prerequisiteLoops = new java.util.HashSet<>(
        new KosarajuStrongConnectivityInspector<>(prerequisites).stronglyConnectedSets());
    for (Set<CourseId> component
        : new KosarajuStrongConnectivityInspector<>(must).stronglyConnectedSets()) {
      if (component.size() < 2 || prerequisiteLoops.contains(component)) {
        continue;
      }
      List<CourseId> members = new ArrayList<>(component);
      members.sort(Comparator.comparing(courses::get));
      String at = "courses[" + courses.get(members.get(0)) + "].entry";
      List<EntryRule> entry = list.get(courses.get(members.get(0))).entry();
      for (int j = 0; j < entry.size(); j++) {
        CourseId named = mustComplete(entry.get(j));
        if (named != null && component.contains(named)) {
          at += "[" + j + "]";
          break;
        }
      }
      problems.add(Problem.of(at, "courses " + members.stream().map(k -> "'" + k + "'").toList()
          + " must each be completed before another of them can be entered, so no one could "
          + "begin any of them").withSuggestion("remove one entry rule or prerequisite to break "
          + "the loop, or offer an alternative with anyOf"));
    }
  }

  /** The course an entry rule requires completed, when it must be (not one of alternatives). */
  private static CourseId mustComplete(EntryRule rule) {
    if (rule instanceof EntryRule.CompletedCourse done) {
      return done.course();
    }
    if (rule instanceof EntryRule.AnyOf any && any.rules().size() == 1) {
      return mustComplete(any.rules().get(0));
    }
    return null;
  }

  /** An entry rule: known ids, levels within the scale, not the course itself. */
  private void entryRule(Course course, EntryRule rule, String at) {
    if (rule instanceof EntryRule.HeldLevel held) {
      reference(competencies, held.competency(), "competency", at + ".competency");
      level(held.level(), at + ".level");
    } else if (rule instanceof EntryRule.CompletedCourse done) {
      if (reference(courses, done.course(), "course", at + ".course")
          && done.course().equals(course.id())) {
        problems.add(Problem.of(at + ".course", "course '" + course.id()
            + "' requires itself to be completed before entry, so no one could enrol")
            .withSuggestion("remove the rule, or name the course that must come first"));
      }
    } else if (rule instanceof EntryRule.AnyOf any) {
      for (int k = 0; k < any.rules().size(); k++) {
        entryRule(course, any.rules().get(k), at + ".anyOf[" + k + "]");
      }
    } else if (rule instanceof EntryRule.OrganisationTypes types) {
      int k = 0;
      for (OrganisationTypeId type : types.types()) {
        reference(organisationTypes, type, "organisation type", at + ".organisationTypes[" + k++ + "]");
      }
    }
  }

  /**
   * Flow parameters: leaving and recruits only on workforce roles, recruits on routes only from
   * external roles, per-type values only for types that offer the role, and for every role (and
   * every organisation type that has its own values) routes out plus leaving at most 1.
   */
  private void checkFlows() {
    List<Role> list = model.roles();
    Map<RoleId, List<ProgressionRoute>> out = new HashMap<>();
    for (ProgressionRoute route : model.routes()) {
      out.computeIfAbsent(route.from(), k -> new ArrayList<>()).add(route);
    }
    for (int i = 0; i < list.size(); i++) {
      Role role = list.get(i);
      String at = "roles[" + i + "]";
      if (role.external()) {
        String fix = "remove it: an external role has no headcount in the workforce; give "
            + "'recruits' on the entry routes from '" + role.id() + "' instead";
        if (role.leaving().isPresent() || !role.leavingBy().isEmpty()) {
          problems.add(Problem.of(at + (role.leaving().isPresent() ? ".leaving" : ".leavingBy"),
              "role '" + role.id() + "' is external, so it has no leaving rate").withSuggestion(fix));
        }
        if (role.recruits().isPresent() || !role.recruitsBy().isEmpty()) {
          problems.add(Problem.of(at + (role.recruits().isPresent() ? ".recruits" : ".recruitsBy"),
              "role '" + role.id() + "' is external, so it has no recruits").withSuggestion(fix));
        }
      }
      offeredTypes(role.leavingBy().keySet(), role, at + ".leavingBy");
      offeredTypes(role.recruitsBy().keySet(), role, at + ".recruitsBy");
    }
    List<ProgressionRoute> routes = model.routes();
    for (int i = 0; i < routes.size(); i++) {
      ProgressionRoute route = routes.get(i);
      Integer from = roles.get(route.from());
      if (from == null) {
        continue;
      }
      Role source = list.get(from);
      offeredTypes(route.rateBy().keySet(), source, "routes[" + i + "].rateBy");
      if (route.recruits().isPresent() && !source.external()) {
        problems.add(Problem.of("routes[" + i + "].recruits", "recruits come from outside the "
            + "workforce, but the route starts at workforce role '" + route.from() + "'")
            .withSuggestion("give the move a 'rate' instead, or put the recruits on role '"
                + route.to() + "'"));
      }
    }
    for (int i = 0; i < list.size(); i++) {
      Role role = list.get(i);
      List<ProgressionRoute> leaving = out.getOrDefault(role.id(), List.of());
      outflow(role, leaving, null, "roles[" + i + "]");
      java.util.Set<OrganisationTypeId> own = new java.util.LinkedHashSet<>(role.leavingBy().keySet());
      leaving.forEach(r -> own.addAll(r.rateBy().keySet()));
      for (OrganisationTypeId type : own) {
        if (role.offeredBy().contains(type)) {
          outflow(role, leaving, type, "roles[" + i + "]"
              + (role.leavingBy().containsKey(type) ? ".leavingBy." + type : ""));
        }
      }
    }
  }

  /**
   * Workforce figures: a named default series that exists; unique series ids; in each series,
   * known workforce roles, known organisation types that offer the role, one measure, and one
   * figure per role, type and date; pay and employer mix on known roles and types; shares that
   * add up to at most 1, one mix per role and date.
   */
  private void checkFigures() {
    WorkforceFigures figures = model.figures();
    Map<String, Integer> series = new HashMap<>();
    List<FigureSeries> list = figures.series();
    for (int i = 0; i < list.size(); i++) {
      FigureSeries s = list.get(i);
      String at = "figures.series[" + i + "]";
      Integer first = series.putIfAbsent(s.id(), i);
      if (first != null) {
        problems.add(Problem.of(at + ".id", "duplicate series id '" + s.id()
            + "', first defined at figures.series[" + first + "]")
            .withSuggestion("give each series its own id, or merge the two entries"));
      }
      StaffMeasure measure = null;
      int measureAt = -1;
      Map<List<Object>, Integer> seen = new HashMap<>();
      for (int j = 0; j < s.figures().size(); j++) {
        StaffFigure f = s.figures().get(j);
        String here = at + ".figures[" + j + "]";
        staffRole(f.role(), here + ".role");
        f.organisationType().ifPresent(t -> typeOfRole(t, f.role(), here + ".organisationType"));
        if (measure == null) {
          measure = f.measure();
          measureAt = j;
        } else if (f.measure() != measure) {
          problems.add(Problem.of(here + "." + f.measure(), "series '" + s.id() + "' mixes "
              + "counts: this figure is " + describe(f.measure()) + " but figures[" + measureAt
              + "] is " + describe(measure))
              .withSuggestion("a series counts one way only: put " + (f.measure()
                  == StaffMeasure.FTE ? "fte" : "headcount") + " figures in a series of their "
                  + "own"));
        }
        Integer twice = seen.putIfAbsent(List.of(f.role(), f.organisationType(), f.date()), j);
        if (twice != null) {
          problems.add(Problem.of(here, "series '" + s.id() + "' has two figures for role '"
              + f.role() + "'" + f.organisationType().map(t -> " in '" + t + "'").orElse("")
              + " on " + f.date() + ", first at figures[" + twice + "]")
              .withSuggestion("keep one figure per role, organisation type and date in a series; "
                  + "a figure counted differently belongs in another series"));
        }
      }
    }
    figures.defaultSeriesId().ifPresent(id -> {
      if (!series.containsKey(id)) {
        Problem p = Problem.of("figures.defaultSeries", "unknown series '" + id + "'");
        problems.add(Suggestions.suggest(p, Suggestions.closest(id, series.keySet())
            .map(c -> "did you mean '" + c + "'?")
            .or(() -> java.util.Optional.of(series.isEmpty() ? "add the series under "
                + "figures.series, or remove defaultSeries" : "name one of " + series.keySet()
                .stream().sorted().toList()))));
      }
    });
    for (int i = 0; i < figures.pay().size(); i++) {
      PayFigure p = figures.pay().get(i);
      String at = "figures.pay[" + i + "]";
      staffRole(p.role(), at + ".role");
      p.organisationType().ifPresent(t -> typeOfRole(t, p.role(), at + ".organisationType"));
    }
    Map<List<Object>, Integer> mixes = new HashMap<>();
    for (int i = 0; i < figures.employerMix().size(); i++) {
      EmployerMix m = figures.employerMix().get(i);
      String at = "figures.employerMix[" + i + "]";
      staffRole(m.role(), at + ".role");
      for (OrganisationTypeId t : m.shares().keySet()) {
        typeOfRole(t, m.role(), at + ".shares." + t);
      }
      if (m.total() > 1 + RATE_TOLERANCE) {
        problems.add(Problem.of(at + ".shares", "the shares of role '" + m.role() + "' add up to "
            + decimal(m.total()) + ", more than all its staff")
            .withSuggestion("lower the shares so that they add up to at most 1; the rest is staff "
                + "the source does not split by employer"));
      }
      Integer first = mixes.putIfAbsent(List.of(m.role(), m.date()), i);
      if (first != null) {
        problems.add(Problem.of(at, "a second employer mix for role '" + m.role() + "' on "
            + m.date() + ", first at figures.employerMix[" + first + "]")
            .withSuggestion("merge the two entries"));
      }
    }
  }

  private static String describe(StaffMeasure measure) {
    return measure == StaffMeasure.FTE ? "full-time equivalents (fte)" : "a headcount";
  }

  /** Reports an unknown or external role named by a figure. */
  private void staffRole(RoleId role, String at) {
    if (reference(roles, role, "role", at) && model.roles().get(roles.get(role)).external()) {
      problems.add(Problem.of(at, "role '" + role + "' is external: it has no staff in the "
          + "workforce to count, pay or split by employer")
          .withSuggestion("name a workforce role, or remove the entry"));
    }
  }

  /** Reports an organisation type that is unknown or does not offer a (known) role. */
  private void typeOfRole(OrganisationTypeId type, RoleId role, String at) {
    if (!reference(organisationTypes, type, "organisation type", at)) {
      return;
    }
    Integer r = roles.get(role);
    if (r != null && !model.roles().get(r).offeredBy().contains(type)) {
      problems.add(Problem.of(at, "organisation type '" + type + "' does not offer role '"
          + role + "'").withSuggestion("add '" + type + "' to the role's offeredBy, or name a "
          + "type that offers it"));
    }
  }

  /** Reports organisation types that are unknown or do not offer the role. */
  private void offeredTypes(java.util.Set<OrganisationTypeId> types, Role role, String at) {
    for (OrganisationTypeId type : types) {
      String here = at + "." + type;
      if (reference(organisationTypes, type, "organisation type", here)
          && !role.offeredBy().contains(type)) {
        problems.add(Problem.of(here, "organisation type '" + type + "' does not offer role '"
            + role.id() + "'").withSuggestion("add '" + type + "' to the role's offeredBy, or "
            + "remove the entry"));
      }
    }
  }

  /** Rounding allowance when rates written as decimals add up to exactly 1. */
  static final double RATE_TOLERANCE = 1e-9;

  /** Reports a role (in one organisation type, when given) whose rates out add up to more than 1. */
  private void outflow(Role role, List<ProgressionRoute> routes, OrganisationTypeId type, String at) {
    double moves = 0;
    List<String> parts = new ArrayList<>();
    for (ProgressionRoute r : routes) {
      Double rate = type != null && r.rateBy().containsKey(type) ? r.rateBy().get(type)
          : r.rate().isPresent() ? Double.valueOf(r.rate().getAsDouble()) : null;
      if (rate != null && rate > 0) {
        moves += rate;
        parts.add("to '" + r.to() + "' " + decimal(rate));
      }
    }
    double leaving = type != null && role.leavingBy().containsKey(type)
        ? role.leavingBy().get(type) : role.leaving().orElse(0);
    if (moves + leaving <= 1 + RATE_TOLERANCE) {
      return;
    }
    String shown = parts.size() <= 5 ? String.join(", ", parts)
        : String.join(", ", parts.subList(0, 5)) + " and " + (parts.size() - 5) + " more";
    problems.add(Problem.of(at, "role '" + role.id() + "'"
        + (type == null ? "" : " in organisation type '" + type + "'")
        + " loses more than all its staff each year: routes out " + decimal(moves) + " (" + shown
        + ") plus leaving " + decimal(leaving) + " make " + decimal(moves + leaving)
        + ", more than 1")
        .withSuggestion("lower the rates so that they add up to at most 1; the rest is the share "
            + "who stay in the role"));
  }

  private static String decimal(double value) {
    return new java.math.BigDecimal(value).round(new java.math.MathContext(6))
        .stripTrailingZeros().toPlainString();
  }

  private void requirements(List<Requirement> requirements, String at) {
    for (int j = 0; j < requirements.size(); j++) {
      Requirement r = requirements.get(j);
      reference(competencies, r.competency(), "competency", at + "[" + j + "].competency");
      level(r.level(), at + "[" + j + "].level");
    }
  }

  private void level(int level, String at) {
    ProficiencyScale scale = model.scale();
    if (scale != null && !scale.contains(level)) {
      problems.add(Problem.of(at, "level " + level + " is above the scale's highest level "
          + scale.maxLevel() + " (" + scale.name(scale.maxLevel()) + ")")
          .withSuggestion("use a level from 1 to " + scale.maxLevel()));
    }
  }

  /** Reports an unknown reference; returns whether the reference is known. */
  private <K extends TypedId<K>> boolean reference(Map<K, Integer> index, K id, String kind,
      String at) {
    if (index.containsKey(id)) {
      return true;
    }
    Problem problem = Problem.of(at, "unknown " + kind + " '" + id + "'");
    if (suggestionsMade++ < SUGGESTION_LIMIT) {
      problem = Suggestions.suggest(problem, Suggestions.closest(id.value(),
          () -> index.keySet().stream().map(TypedId::value).iterator())
          .map(s -> "did you mean '" + s + "'?"));
    }
    problems.add(problem);
    return false;
  }

  /** Reports each loop (strongly connected set of two or more) once, at its first member. */
  private <K extends TypedId<K>> void loops(Graph<K, DefaultEdge> graph, Map<K, Integer> index,
      String list, String field, String message, String fix) {
    for (Set<K> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() < 2) {
        continue;
      }
      List<K> members = new ArrayList<>(component);
      members.sort(Comparator.comparing(index::get));
      problems.add(Problem.of(list + "[" + index.get(members.get(0)) + "]" + field,
          String.format(message, members.stream().map(k -> "'" + k + "'").toList()))
          .withSuggestion(fix));
    }
  }
}
