package org.sppathways.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Headcounts per role, optionally per role and organisation type: the starting stocks of a
 * projection, or the weights that split a role between the organisation types offering it.
 *
 * <p>An entry with an organisation type counts the role's staff in that type; an entry without
 * one counts staff whose organisation type is not given. How entries are placed on the states of
 * a {@link FlowModel} is described there. Headcounts are expected values and may have fractions.
 *
 * <pre>{@code
 * Headcounts start = Headcounts.builder()
 *     .put(RoleId.of("link-worker"), OrganisationTypeId.of("pcn"), 1650)
 *     .put(RoleId.of("link-worker"), OrganisationTypeId.of("vcse-charity"), 990)
 *     .put(RoleId.of("link-worker"), 660)
 *     .build();
 * start.total();                                  // 3300
 * Headcounts counted = Headcounts.count(model, population.people());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; headcounts are equal when they have equal entries
 * (in any order).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
// The project style (org.sppathways.model.internal.ValueStyle), with the generated factory
// renamed: of(Map) and builder() here are the public ways in, in terms of roles.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    of = "ofEntries")
public abstract class Headcounts {
  private static final Headcounts EMPTY = ImmutableHeadcounts.ofEntries(Map.of());

  /** No one anywhere. */
  public static Headcounts empty() {
    return EMPTY;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Headcounts per role.
   *
   * @throws IllegalArgumentException if a count is negative, infinite or NaN
   */
  public static Headcounts of(Map<RoleId, ? extends Number> counts) {
    Builder b = builder();
    counts.forEach((role, n) -> b.put(role, n.doubleValue()));
    return b.build();
  }

  /**
   * Counts people by role and organisation type. People with no role, or in an external role
   * (not part of the workforce), are not counted.
   *
   * <p>Takes O(p) time for p people.
   *
   * @throws org.sppathways.model.UnknownIdException if a person's role is not in the model
   */
  public static Headcounts count(WorkforceModel model, Iterable<WorkerProfile> people) {
    Objects.requireNonNull(model, "model");
    Builder b = builder();
    for (WorkerProfile p : people) {
      b.addPerson(model, p);
    }
    return b.build();
  }

  /** The entries in the order they were added: state (role, optional type) to headcount. */
  @Value.Parameter
  public abstract Map<FlowState, Double> entries();

  /** Every headcount finite, 0 or more. */
  @Value.Check
  void check() {
    entries().forEach((state, headcount) -> check(headcount, state));
  }

  private static void check(double headcount, FlowState state) {
    if (!(headcount >= 0) || Double.isInfinite(headcount)) {
      throw new IllegalArgumentException("headcount of '" + state
          + "' must be a finite number, 0 or more, was " + headcount);
    }
  }

  /** The sum of every entry. */
  public double total() {
    double sum = 0;
    for (double v : entries().values()) {
      sum += v;
    }
    return sum;
  }

  /** The sum of a role's entries, with and without organisation type; 0 when it has none. */
  public double role(RoleId role) {
    Objects.requireNonNull(role, "role");
    double sum = 0;
    for (Map.Entry<FlowState, Double> e : entries().entrySet()) {
      if (e.getKey().role().equals(role)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Whether there are no entries. */
  public boolean isEmpty() {
    return entries().isEmpty();
  }

  /** These headcounts with only the entries of roles that pass the filter. */
  public Headcounts filterRoles(Predicate<RoleId> keep) {
    Builder b = builder();
    entries().forEach((state, n) -> {
      if (keep.test(state.role())) {
        b.add(state, n);
      }
    });
    return b.build();
  }

  /** The entries, e.g. {@code Headcounts{link-worker@pcn=1650.0, link-worker=660.0}}. */
  @Override
  public String toString() {
    return "Headcounts" + entries();
  }

  /** Collects headcounts. Not thread-safe; the headcounts it builds are. */
  public static final class Builder {
    private final Map<FlowState, Double> entries = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the headcount of a role (organisation type not given).
     *
     * @throws IllegalArgumentException if the role already has such an entry, or the count is
     *     negative, infinite or NaN
     */
    public Builder put(RoleId role, double headcount) {
      return put(FlowState.of(role), headcount);
    }

    /**
     * Sets the headcount of a role in an organisation type.
     *
     * @throws IllegalArgumentException if there is already such an entry, or the count is
     *     negative, infinite or NaN
     */
    public Builder put(RoleId role, OrganisationTypeId type, double headcount) {
      return put(FlowState.of(role, type), headcount);
    }

    private Builder put(FlowState state, double headcount) {
      check(headcount, state);
      if (entries.putIfAbsent(state, headcount) != null) {
        throw new IllegalArgumentException("headcount of '" + state + "' is given twice");
      }
      return this;
    }

    /**
     * Adds to the headcount of a role (organisation type not given).
     *
     * @throws IllegalArgumentException if the count is negative, infinite or NaN
     */
    public Builder add(RoleId role, double headcount) {
      return add(FlowState.of(role), headcount);
    }

    /**
     * Adds to the headcount of a role in an organisation type.
     *
     * @throws IllegalArgumentException if the count is negative, infinite or NaN
     */
    public Builder add(RoleId role, OrganisationTypeId type, double headcount) {
      return add(FlowState.of(role, type), headcount);
    }

    private Builder add(FlowState state, double headcount) {
      check(headcount, state);
      entries.merge(state, headcount, Double::sum);
      return this;
    }

    /**
     * Counts one person in their role and organisation type; people with no role or in an
     * external role are not counted.
     *
     * @throws org.sppathways.model.UnknownIdException if the person's role is not in the model
     */
    public Builder addPerson(WorkforceModel model, WorkerProfile person) {
      if (person.role().isPresent() && !model.role(person.role().get()).external()) {
        add(new FlowState(person.role().get(), person.organisationType()), 1);
      }
      return this;
    }

    /** The headcounts. */
    public Headcounts build() {
      return entries.isEmpty() ? EMPTY : ImmutableHeadcounts.ofEntries(entries);
    }
  }
}
