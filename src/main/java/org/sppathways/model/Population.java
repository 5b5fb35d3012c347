package org.sppathways.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * <p>This class is immutable and thread-safe.
 */
public final class Population {
  private final ImmutableList<WorkerProfile> people;
  private final ImmutableMap<PersonId, Integer> index;

  private Population(ImmutableList<WorkerProfile> people, ImmutableMap<PersonId, Integer> index) {
    this.people = people;
    this.index = index;
  }

  /**
   * A population of the given profiles.
   *
   * @throws ModelException if two profiles share an id (location {@code people[i].id})
   */
  public static Population of(List<WorkerProfile> profiles) {
    Map<PersonId, Integer> seen = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      Integer first = seen.putIfAbsent(profiles.get(i).id(), i);
      if (first != null) {
        problems.add(Problem.of("people[" + i + "].id", "duplicate person id '"
            + profiles.get(i).id() + "', first used at people[" + first + "]")
            .withSuggestion("give each person their own id"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException("the profiles are invalid", problems);
    }
    return new Population(ImmutableList.copyOf(profiles), ImmutableMap.copyOf(seen));
  }

  /** The profiles, in the order given. */
  public List<WorkerProfile> people() {
    return people;
  }

  /** The number of people. */
  public int size() {
    return people.size();
  }

  /**
   * The profile of a person.
   *
   * @throws UnknownIdException if there is no such person (no other ids are suggested)
   */
  public WorkerProfile person(PersonId id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new UnknownIdException("person", id.value());
    }
    return people.get(i);
  }

  /** The profile of a person, if present. */
  public Optional<WorkerProfile> findPerson(PersonId id) {
    Objects.requireNonNull(id, "id");
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(people.get(i));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Population && ((Population) o).people.equals(people);
  }

  @Override
  public int hashCode() {
    return people.hashCode();
  }

  /** The number of people only: profiles are personal data. */
  @Override
  public String toString() {
    return "Population{" + people.size() + " people}";
  }
}
