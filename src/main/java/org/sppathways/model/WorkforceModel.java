package org.sppathways.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.sppathways.model.internal.Suggestions;

/**
 * A validated workforce: its proficiency scale, competencies, organisation types, roles,
 * progression routes and courses, with id look-ups and a read-only graph of roles and routes.
 *
 * <p>An invalid model cannot exist: {@link Builder#build()} checks every reference and rule and
 * reports all problems together in one {@link ModelException}.
 *
 * <pre>{@code
 * WorkforceModel model = WorkforceModel.builder()
 *     .name("Example")
 *     .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
 *     .addCompetency(listening)
 *     .addRole(linkWorker)
 *     .build();
 * Role role = model.role(RoleId.of("link-worker"));
 * }</pre>
 *
 * <h2>Performance notes</h2>
 * Look-ups by id and by dense index take O(1). Building a model takes O(n) for n entities and
 * references, plus O(r log r) for the route graph. Roles and competencies have dense indices
 * {@code 0..n-1} in the order they were added ({@link #roleIndex(RoleId)},
 * {@link #competencyIndex(CompetencyId)}), for analyses that work on arrays.
 *
 * <p>This class is immutable and thread-safe: one model can be shared by any number of threads.
 *
 * @since 0.1.0
 */
public final class WorkforceModel {

  /** The default currency of course costs. */
  public static final String DEFAULT_CURRENCY = "GBP";

  private final String name;
  private final Optional<String> description;
  private final String currency;
  private final ImmutableList<String> sources;
  private final Optional<Confidence> confidence;
  private final Optional<String> notes;
  private final ProficiencyScale scale;
  private final ImmutableList<Competency> competencies;
  private final ImmutableList<OrganisationType> organisationTypes;
  private final ImmutableList<Role> roles;
  private final ImmutableList<ProgressionRoute> routes;
  private final ImmutableList<Course> courses;
  private final WorkforceFigures figures;

  private final ImmutableMap<CompetencyId, Integer> competencyIndex;
  private final ImmutableMap<OrganisationTypeId, Integer> organisationTypeIndex;
  private final ImmutableMap<RoleId, Integer> roleIndex;
  private final ImmutableMap<CourseId, Integer> courseIndex;
  private final ImmutableListMultimap<RoleId, ProgressionRoute> routesFrom;
  private final ImmutableListMultimap<RoleId, ProgressionRoute> routesTo;
  private final Graph<RoleId, ProgressionRoute> graph;

  private WorkforceModel(Builder b) {
    this.name = b.name;
    this.description = Optional.ofNullable(b.description);
    this.currency = b.currency;
    this.sources = ImmutableList.copyOf(b.sources);
    this.confidence = Optional.ofNullable(b.confidence);
    this.notes = Optional.ofNullable(b.notes);
    this.scale = b.scale;
    this.competencies = ImmutableList.copyOf(b.competencies);
    this.organisationTypes = ImmutableList.copyOf(b.organisationTypes);
    this.roles = ImmutableList.copyOf(b.roles);
    this.routes = ImmutableList.copyOf(b.routes);
    this.courses = ImmutableList.copyOf(b.courses);
    this.figures = b.figures;
    this.competencyIndex = index(competencies, Competency::id);
    this.organisationTypeIndex = index(organisationTypes, OrganisationType::id);
    this.roleIndex = index(roles, Role::id);
    this.courseIndex = index(courses, Course::id);
    ImmutableListMultimap.Builder<RoleId, ProgressionRoute> from = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<RoleId, ProgressionRoute> to = ImmutableListMultimap.builder();
    DefaultDirectedGraph<RoleId, ProgressionRoute> g = new DefaultDirectedGraph<>(null, null, false);
    roles.forEach(r -> g.addVertex(r.id()));
    for (ProgressionRoute route : routes) {
      from.put(route.from(), route);
      to.put(route.to(), route);
      g.addEdge(route.from(), route.to(), route);
    }
    this.routesFrom = from.build();
    this.routesTo = to.build();
    this.graph = new AsUnmodifiableGraph<>(g);
  }

  private static <K, T> ImmutableMap<K, Integer> index(List<T> items, Function<T, K> key) {
    ImmutableMap.Builder<K, Integer> b = ImmutableMap.builderWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      b.put(key.apply(items.get(i)), i);
    }
    return b.buildOrThrow();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding everything in this model, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The model's name. */
  public String name() {
    return name;
  }

  /** A description of the model, when given. */
  public Optional<String> description() {
    return description;
  }

  /** The currency of course costs, {@value #DEFAULT_CURRENCY} unless set. */
  public String currency() {
    return currency;
  }

  /** Citations for the model as a whole. */
  public List<String> sources() {
    return sources;
  }

  /** How far the model as a whole is backed by sources, when stated. */
  public Optional<Confidence> confidence() {
    return confidence;
  }

  /** Free-text notes on the model. Not part of equality. */
  public Optional<String> notes() {
    return notes;
  }

  /** The proficiency scale. */
  public ProficiencyScale scale() {
    return scale;
  }

  /** The competencies, in the order they were added. */
  public List<Competency> competencies() {
    return competencies;
  }

  /** The organisation types, in the order they were added. */
  public List<OrganisationType> organisationTypes() {
    return organisationTypes;
  }

  /** The roles, in the order they were added; a role's position is its dense index. */
  public List<Role> roles() {
    return roles;
  }

  /** The progression routes, in the order they were added. */
  public List<ProgressionRoute> routes() {
    return routes;
  }

  /** The courses, in the order they were added. */
  public List<Course> courses() {
    return courses;
  }

  /**
   * The dated, sourced workforce figures: staff counts in series, pay and employer mix; empty
   * when the model gives none.
   *
   * @since 0.1.0
   */
  public WorkforceFigures figures() {
    return figures;
  }

  /**
   * The role with the given id.
   *
   * @throws UnknownIdException if the model has no such role
   */
  public Role role(RoleId id) {
    return roles.get(roleIndex(id));
  }

  /** The role with the given id, if the model has it. */
  public Optional<Role> findRole(RoleId id) {
    Integer i = roleIndex.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(roles.get(i));
  }

  /**
   * The dense index {@code 0..roles().size()-1} of a role.
   *
   * @throws UnknownIdException if the model has no such role
   */
  public int roleIndex(RoleId id) {
    return lookUp(roleIndex, id, "role");
  }

  /**
   * The competency with the given id.
   *
   * @throws UnknownIdException if the model has no such competency
   */
  public Competency competency(CompetencyId id) {
    return competencies.get(competencyIndex(id));
  }

  /** The competency with the given id, if the model has it. */
  public Optional<Competency> findCompetency(CompetencyId id) {
    Integer i = competencyIndex.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(competencies.get(i));
  }

  /**
   * The dense index {@code 0..competencies().size()-1} of a competency.
   *
   * @throws UnknownIdException if the model has no such competency
   */
  public int competencyIndex(CompetencyId id) {
    return lookUp(competencyIndex, id, "competency");
  }

  /**
   * The organisation type with the given id.
   *
   * @throws UnknownIdException if the model has no such organisation type
   */
  public OrganisationType organisationType(OrganisationTypeId id) {
    return organisationTypes.get(lookUp(organisationTypeIndex, id, "organisation type"));
  }

  /** The organisation type with the given id, if the model has it. */
  public Optional<OrganisationType> findOrganisationType(OrganisationTypeId id) {
    Integer i = organisationTypeIndex.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(organisationTypes.get(i));
  }

  /**
   * The course with the given id.
   *
   * @throws UnknownIdException if the model has no such course
   */
  public Course course(CourseId id) {
    return courses.get(lookUp(courseIndex, id, "course"));
  }

  /** The course with the given id, if the model has it. */
  public Optional<Course> findCourse(CourseId id) {
    Integer i = courseIndex.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(courses.get(i));
  }

  /**
   * The routes leaving a role, in the order they were added.
   *
   * @throws UnknownIdException if the model has no such role
   */
  public List<ProgressionRoute> routesFrom(RoleId role) {
    roleIndex(role);
    return routesFrom.get(role);
  }

  /**
   * The routes arriving at a role, in the order they were added.
   *
   * @throws UnknownIdException if the model has no such role
   */
  public List<ProgressionRoute> routesTo(RoleId role) {
    roleIndex(role);
    return routesTo.get(role);
  }

  /**
   * The route from one role to another, if there is one.
   *
   * @throws UnknownIdException if the start role is not in the model
   */
  public Optional<ProgressionRoute> route(RoleId from, RoleId to) {
    Objects.requireNonNull(to, "to");
    return routesFrom(from).stream().filter(r -> r.to().equals(to)).findFirst();
  }

  /**
   * A read-only JGraphT view of the roles (vertices, by id) and routes (edges). Use it with
   * JGraphT's algorithms and exporters; any attempt to change it throws
   * {@link UnsupportedOperationException}.
   */
  public Graph<RoleId, ProgressionRoute> graph() {
    return graph;
  }

  private static <K extends TypedId<K>> int lookUp(Map<K, Integer> index, K id, String kind) {
    Integer i = index.get(Objects.requireNonNull(id, "id"));
    if (i == null) {
      throw Suggestions.closest(id.value(),
              () -> index.keySet().stream().map(TypedId::value).iterator())
          .map(s -> new UnknownIdException(kind, id.value(), s))
          .orElseGet(() -> new UnknownIdException(kind, id.value()));
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WorkforceModel)) {
      return false;
    }
    WorkforceModel m = (WorkforceModel) o;
    return name.equals(m.name) && description.equals(m.description) && currency.equals(m.currency)
        && sources.equals(m.sources) && confidence.equals(m.confidence) && scale.equals(m.scale)
        && competencies.equals(m.competencies) && organisationTypes.equals(m.organisationTypes)
        && roles.equals(m.roles) && routes.equals(m.routes) && courses.equals(m.courses)
        && figures.equals(m.figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, currency, sources, confidence, scale, competencies,
        organisationTypes, roles, routes, courses, figures);
  }

  /** A one-line summary: the name and the count of each kind of entity. */
  @Override
  public String toString() {
    return "WorkforceModel{name=" + name + ", " + competencies.size() + " competencies, "
        + organisationTypes.size() + " organisation types, " + roles.size() + " roles, "
        + routes.size() + " routes, " + courses.size() + " courses}";
  }

  /**
   * Collects the parts of a model and validates them together. Not thread-safe; the model it
   * builds is.
   */
  public static final class Builder {
    private String name;
    private String description;
    private String currency = DEFAULT_CURRENCY;
    private final List<String> sources = new ArrayList<>();
    private Confidence confidence;
    private String notes;
    private ProficiencyScale scale;
    private final List<Competency> competencies = new ArrayList<>();
    private final List<OrganisationType> organisationTypes = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<ProgressionRoute> routes = new ArrayList<>();
    private final List<Course> courses = new ArrayList<>();
    private WorkforceFigures figures = WorkforceFigures.empty();

    private Builder() {}

    /** Copies everything from a model into this builder, replacing what it held. */
    public Builder from(WorkforceModel model) {
      name = model.name;
      description = model.description.orElse(null);
      currency = model.currency;
      sources.clear();
      sources.addAll(model.sources);
      confidence = model.confidence.orElse(null);
      notes = model.notes.orElse(null);
      scale = model.scale;
      replace(competencies, model.competencies);
      replace(organisationTypes, model.organisationTypes);
      replace(roles, model.roles);
      replace(routes, model.routes);
      replace(courses, model.courses);
      figures = model.figures;
      return this;
    }

    private static <T> void replace(List<T> list, List<T> values) {
      list.clear();
      list.addAll(values);
    }

    /** Sets the model's name (required, not blank). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Sets the currency of course costs (default {@value #DEFAULT_CURRENCY}). */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /** Adds a citation for the model as a whole. */
    public Builder addSource(String source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Sets the confidence of the model as a whole. */
    public Builder confidence(Confidence confidence) {
      this.confidence = Objects.requireNonNull(confidence, "confidence");
      return this;
    }

    /** Sets free-text notes on the model. */
    public Builder notes(String notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /** Sets the proficiency scale (required). */
    public Builder scale(ProficiencyScale scale) {
      this.scale = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /** Adds a competency. */
    public Builder addCompetency(Competency competency) {
      competencies.add(Objects.requireNonNull(competency, "competency"));
      return this;
    }

    /** Adds competencies. */
    public Builder addCompetencies(Collection<Competency> values) {
      values.forEach(this::addCompetency);
      return this;
    }

    /** Adds an organisation type. */
    public Builder addOrganisationType(OrganisationType type) {
      organisationTypes.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Adds organisation types. */
    public Builder addOrganisationTypes(Collection<OrganisationType> values) {
      values.forEach(this::addOrganisationType);
      return this;
    }

    /** Adds a role. */
    public Builder addRole(Role role) {
      roles.add(Objects.requireNonNull(role, "role"));
      return this;
    }

    /** Adds roles. */
    public Builder addRoles(Collection<Role> values) {
      values.forEach(this::addRole);
      return this;
    }

    /** Adds a progression route. */
    public Builder addRoute(ProgressionRoute route) {
      routes.add(Objects.requireNonNull(route, "route"));
      return this;
    }

    /** Adds progression routes. */
    public Builder addRoutes(Collection<ProgressionRoute> values) {
      values.forEach(this::addRoute);
      return this;
    }

    /** Adds a course. */
    public Builder addCourse(Course course) {
      courses.add(Objects.requireNonNull(course, "course"));
      return this;
    }

    /** Adds courses. */
    public Builder addCourses(Collection<Course> values) {
      values.forEach(this::addCourse);
      return this;
    }

    /**
     * Sets the workforce figures (default: none).
     *
     * @since 0.1.0
     */
    public Builder figures(WorkforceFigures figures) {
      this.figures = Objects.requireNonNull(figures, "figures");
      return this;
    }

    /**
     * Validates everything added and returns the model.
     *
     * <p>Problems are located by the path a model file would have, e.g.
     * {@code roles[3].requires[0].competency}, where indices count entities in the order they
     * were added. The rules are listed in {@code docs/reference/errors.md}.
     *
     * @throws ModelException listing every problem found, when there is any
     */
    public WorkforceModel build() {
      List<Problem> problems = new ModelValidator(this).validate();
      if (!problems.isEmpty()) {
        throw new ModelException("the model is invalid", problems);
      }
      return new WorkforceModel(this);
    }

    String name() {
      return name;
    }

    String currency() {
      return currency;
    }

    ProficiencyScale scale() {
      return scale;
    }

    List<Competency> competencies() {
      return competencies;
    }

    List<OrganisationType> organisationTypes() {
      return organisationTypes;
    }

    List<Role> roles() {
      return roles;
    }

    List<ProgressionRoute> routes() {
      return routes;
    }

    List<Course> courses() {
      return courses;
    }

    WorkforceFigures figures() {
      return figures;
    }
  }
}
