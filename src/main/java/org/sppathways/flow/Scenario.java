package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sppathways.model.Confidence;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * A "what if": changes to the roles and routes of a model — new or changed rates, leaving and
 * recruitment, a new post, a new or removed route — applied to a base model to give the
 * scenario's model. Scenario files ({@code format: sp-pathways-scenario/1}) are read by
 * {@code org.sppathways.io.ScenarioReader}.
 *
 * <pre>{@code
 * Role senior = model.role(RoleId.of("senior-link-worker"));
 * Scenario s = Scenario.builder()
 *     .name("Community organisations add senior posts")
 *     .putRole(Role.builder().from(senior).addOfferedBy(OrganisationTypeId.of("vcse-charity")).build())
 *     .putRoute(model.route(linkWorker, senior.id()).get().toBuilder().rate(0.08).build())
 *     .build();
 * WorkforceModel what = s.applyTo(model);
 * ProjectionComparison c = ProjectionComparison.of(
 *     FlowModel.of(model).project(start, 5), FlowModel.of(what).project(start, 5));
 * }</pre>
 *
 * <p>Applying: roles to remove go first (with every route to or from them), then routes to
 * remove; then each role put replaces the role with its id in place, or is added at the end;
 * then likewise each route put, matched by its pair of roles. The result is validated like any
 * model. Applying takes O(R + M) time for R roles and M routes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Scenario {
  /** A route by its pair of roles. */
  public record RouteKey(RoleId from, RoleId to) {
    /** Validates that no component is null. */
    public RouteKey {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
      return "'" + from + "' -> '" + to + "'";
    }
  }

  private final String name;
  private final Optional<String> description;
  private final ImmutableList<String> sources;
  private final Optional<Confidence> confidence;
  private final Optional<String> notes;
  private final ImmutableList<Role> roles;
  private final ImmutableList<ProgressionRoute> routes;
  private final ImmutableList<RoleId> removedRoles;
  private final ImmutableList<RouteKey> removedRoutes;

  private Scenario(Builder b) {
    this.name = b.name;
    this.description = Optional.ofNullable(b.description);
    this.sources = ImmutableList.copyOf(b.sources);
    this.confidence = Optional.ofNullable(b.confidence);
    this.notes = Optional.ofNullable(b.notes);
    this.roles = ImmutableList.copyOf(b.roles);
    this.routes = ImmutableList.copyOf(b.routes);
    this.removedRoles = ImmutableList.copyOf(b.removedRoles);
    this.removedRoutes = ImmutableList.copyOf(b.removedRoutes);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The scenario's name. */
  public String name() {
    return name;
  }

  /** A description, when given. */
  public Optional<String> description() {
    return description;
  }

  /** Citations for the scenario's figures. */
  public List<String> sources() {
    return sources;
  }

  /** How far the scenario's figures are backed by sources, when stated. */
  public Optional<Confidence> confidence() {
    return confidence;
  }

  /** Free-text notes, e.g. why the figures were chosen. */
  public Optional<String> notes() {
    return notes;
  }

  /** Roles to add, or to put in place of the base's role with the same id. */
  public List<Role> roles() {
    return roles;
  }

  /** Routes to add, or to put in place of the base's route between the same roles. */
  public List<ProgressionRoute> routes() {
    return routes;
  }

  /** Roles to remove, with every route to or from them. */
  public List<RoleId> removedRoles() {
    return removedRoles;
  }

  /** Routes to remove. */
  public List<RouteKey> removedRoutes() {
    return removedRoutes;
  }

  /**
   * The base model with this scenario's changes.
   *
   * @throws ModelException if a role or route to remove is not in the base (locations
   *     {@code removeRoles[i]}, {@code removeRoutes[i]}), or the changed model is invalid (its
   *     problems, located in the changed model)
   */
  public WorkforceModel applyTo(WorkforceModel base) {
    List<Role> newRoles = new ArrayList<>(base.roles());
    List<ProgressionRoute> newRoutes = new ArrayList<>(base.routes());
    List<Problem> problems = new ArrayList<>();
    Set<RoleId> roleIds = new java.util.HashSet<>();
    newRoles.forEach(r -> roleIds.add(r.id()));
    for (int i = 0; i < removedRoles.size(); i++) {
      if (!roleIds.contains(removedRoles.get(i))) {
        problems.add(Problem.of("removeRoles[" + i + "]", "role '" + removedRoles.get(i)
            + "' is not in the model").withSuggestion("remove only roles of the base model"));
      }
    }
    Set<RouteKey> routeKeys = new java.util.HashSet<>();
    newRoutes.forEach(r -> routeKeys.add(new RouteKey(r.from(), r.to())));
    for (int i = 0; i < removedRoutes.size(); i++) {
      if (!routeKeys.contains(removedRoutes.get(i))) {
        problems.add(Problem.of("removeRoutes[" + i + "]", "there is no route "
            + removedRoutes.get(i) + " in the model")
            .withSuggestion("remove only routes of the base model"));
      }
    }
    Set<RoleId> goneRoles = Set.copyOf(removedRoles);
    Set<RouteKey> goneRoutes = Set.copyOf(removedRoutes);
    newRoles.removeIf(r -> goneRoles.contains(r.id()));
    newRoutes.removeIf(r -> goneRoles.contains(r.from()) || goneRoles.contains(r.to())
        || goneRoutes.contains(new RouteKey(r.from(), r.to())));
    if (!problems.isEmpty()) {
      throw new ModelException("scenario '" + name + "' does not fit the model", problems);
    }
    Map<RoleId, Integer> rolePlace = new HashMap<>();
    for (int k = 0; k < newRoles.size(); k++) {
      rolePlace.put(newRoles.get(k).id(), k);
    }
    for (Role role : roles) {
      Integer at = rolePlace.get(role.id());
      if (at != null) {
        newRoles.set(at, role);
      } else {
        newRoles.add(role);
      }
    }
    Map<RouteKey, Integer> routePlace = new HashMap<>();
    for (int k = 0; k < newRoutes.size(); k++) {
      routePlace.put(new RouteKey(newRoutes.get(k).from(), newRoutes.get(k).to()), k);
    }
    for (ProgressionRoute route : routes) {
      Integer at = routePlace.get(new RouteKey(route.from(), route.to()));
      if (at != null) {
        newRoutes.set(at, route);
      } else {
        newRoutes.add(route);
      }
    }
    WorkforceModel.Builder b = WorkforceModel.builder().name(base.name())
        .currency(base.currency()).scale(base.scale()).addCompetencies(base.competencies())
        .addOrganisationTypes(base.organisationTypes()).addRoles(newRoles).addRoutes(newRoutes)
        .addCourses(base.courses()).figures(keptFigures(base.figures(), newRoles));
    base.description().ifPresent(b::description);
    base.sources().forEach(b::addSource);
    base.confidence().ifPresent(b::confidence);
    base.notes().ifPresent(b::notes);
    try {
      return b.build();
    } catch (ModelException e) {
      throw new ModelException("scenario '" + name + "' makes an invalid model", e.problems());
    }
  }

  /**
   * The base's figures on the roles the scenario keeps: figures, pay and mixes of removed roles,
   * or in organisation types that no longer offer the role, are dropped.
   */
  private static org.sppathways.model.WorkforceFigures keptFigures(
      org.sppathways.model.WorkforceFigures figures, List<Role> roles) {
    if (figures.isEmpty()) {
      return figures;
    }
    java.util.Map<RoleId, Role> byId = new java.util.HashMap<>();
    roles.forEach(r -> byId.put(r.id(), r));
    java.util.function.BiPredicate<RoleId, Optional<org.sppathways.model.OrganisationTypeId>> keep =
        (role, type) -> byId.containsKey(role) && !byId.get(role).external()
            && type.map(t -> byId.get(role).offeredBy().contains(t)).orElse(true);
    org.sppathways.model.WorkforceFigures.Builder b = org.sppathways.model.WorkforceFigures
        .builder().defaultSeriesId(figures.defaultSeriesId());
    for (org.sppathways.model.FigureSeries series : figures.series()) {
      b.addSeries(org.sppathways.model.FigureSeries.builder().from(series)
          .figures(series.figures().stream()
              .filter(f -> keep.test(f.role(), f.organisationType())).toList()).build());
    }
    figures.pay().stream().filter(p -> keep.test(p.role(), p.organisationType()))
        .forEach(b::addPay);
    for (org.sppathways.model.EmployerMix mix : figures.employerMix()) {
      if (keep.test(mix.role(), Optional.empty())) {
        java.util.Map<org.sppathways.model.OrganisationTypeId, Double> shares =
            new java.util.LinkedHashMap<>(mix.shares());
        shares.keySet().removeIf(t -> !byId.get(mix.role()).offeredBy().contains(t));
        b.addEmployerMix(org.sppathways.model.EmployerMix.builder().from(mix).shares(shares)
            .build());
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "Scenario{" + name + ": " + roles.size() + " roles and " + routes.size()
        + " routes put, " + removedRoles.size() + " roles and " + removedRoutes.size()
        + " routes removed}";
  }

  /** Collects a scenario. Not thread-safe; the scenario it builds is. */
  public static final class Builder {
    private String name;
    private String description;
    private final List<String> sources = new ArrayList<>();
    private Confidence confidence;
    private String notes;
    private final List<Role> roles = new ArrayList<>();
    private final List<ProgressionRoute> routes = new ArrayList<>();
    private final Set<RoleId> removedRoles = new LinkedHashSet<>();
    private final Set<RouteKey> removedRoutes = new LinkedHashSet<>();

    private Builder() {}

    /** Sets the name (required, not blank). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Adds a citation. */
    public Builder addSource(String source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Sets how far the figures are backed by sources. */
    public Builder confidence(Confidence confidence) {
      this.confidence = Objects.requireNonNull(confidence, "confidence");
      return this;
    }

    /** Sets free-text notes. */
    public Builder notes(String notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /**
     * Adds a role, or replaces the base's role with the same id.
     *
     * @throws IllegalArgumentException if the scenario already puts a role with this id
     */
    public Builder putRole(Role role) {
      Objects.requireNonNull(role, "role");
      if (roles.stream().anyMatch(r -> r.id().equals(role.id()))) {
        throw new IllegalArgumentException("the scenario puts role '" + role.id() + "' twice");
      }
      roles.add(role);
      return this;
    }

    /**
     * Adds a route, or replaces the base's route between the same roles.
     *
     * @throws IllegalArgumentException if the scenario already puts a route between these roles
     */
    public Builder putRoute(ProgressionRoute route) {
      Objects.requireNonNull(route, "route");
      if (routes.stream().anyMatch(r -> r.from().equals(route.from()) && r.to().equals(route.to()))) {
        throw new IllegalArgumentException("the scenario puts route '" + route.from() + "' -> '"
            + route.to() + "' twice");
      }
      routes.add(route);
      return this;
    }

    /** Removes a role and every route to or from it. */
    public Builder removeRole(RoleId role) {
      removedRoles.add(Objects.requireNonNull(role, "role"));
      return this;
    }

    /** Removes a route. */
    public Builder removeRoute(RoleId from, RoleId to) {
      removedRoutes.add(new RouteKey(from, to));
      return this;
    }

    /**
     * The scenario.
     *
     * @throws IllegalStateException if it has no name, or the name is blank
     */
    public Scenario build() {
      if (name == null || name.isBlank()) {
        throw new IllegalStateException("a scenario needs a name");
      }
      return new Scenario(this);
    }
  }
}
