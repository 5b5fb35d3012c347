package org.sppathways.model;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The worker profiles of a workforce, each person once, in the order given.
 *
 * <pre>{@code
 * Population people = ProfileReader.of(model).read(Path.of("people.csv"));
 * WorkerProfile alex = people.person(PersonId.of("p-0001"));
 * }</pre>
 *
 * <p><b>Profiles are personal data.</b> {@link #toString()} shows only the number of people.
 *
 * <p>This class is immutable and thread-safe; populations are equal when they hold equal profiles
 * in the same order.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Population {

  /**
   * A population of the given profiles.
   *
   * @throws ModelException if two profiles share an id (location {@code people[i].id})
   */
  public static Population of(List<WorkerProfile> profiles) {
    return ImmutablePopulation.of(profiles);
  }

  /** Where each person is in {@link #people()}: the first place when an id is given twice. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<PersonId, Integer> index() {
    List<WorkerProfile> people = people();
    Map<PersonId, Integer> seen = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      seen.putIfAbsent(people.get(i).id(), i);
    }
    return ImmutableMap.copyOf(seen);
  }

  /** Each person once. */
  @Value.Check
  void check() {
    if (index().size() == people().size()) {
      return;
    }
    List<WorkerProfile> people = people();
    Map<PersonId, Integer> seen = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Integer first = seen.putIfAbsent(people.get(i).id(), i);
      if (first != null) {
        problems.add(Problem.of("people[" + i + "].id", "duplicate person id '"
            + people.get(i).id() + "', first used at people[" + first + "]")
            .withSuggestion("give each person their own id"));
      }
    }
    throw new ModelException("the profiles are invalid", problems);
  }

  /** The profiles, in the order given. */
  @Value.Parameter
  public abstract List<WorkerProfile> people();

  /** The number of people. */
  public int size() {
    return people().size();
  }

  /**
   * The profile of a person.
   *
   * @throws UnknownIdException if there is no such person (no other ids are suggested)
   */
  public WorkerProfile person(PersonId id) {
    Integer i = index().get(id);
    if (i == null) {
      throw new UnknownIdException("person", id.value());
    }
    return people().get(i);
  }

  /** The profile of a person, if present. */
  public Optional<WorkerProfile> findPerson(PersonId id) {
    Objects.requireNonNull(id, "id");
    Integer i = index().get(id);
    return i == null ? Optional.empty() : Optional.of(people().get(i));
  }

  /** The number of people only: profiles are personal data. */
  @Override
  public String toString() {
    return "Population{" + people().size() + " people}";
  }
}
