package org.sppathways.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sppathways.model.internal.Suggestions;

/**
 * Checks worker profiles built in code against a model the way the profile readers check the
 * profiles they read: every role, organisation type, competency and completed course must be in
 * the model and every held level inside its scale. Each problem is located
 * ({@code people[3].holds.safegaurding}), names the person and the bad id, and suggests the
 * closest id when one is close ("did you mean 'safeguarding-adults'?").
 *
 * <pre>{@code
 * ProfileCheck check = ProfileCheck.of(model);
 * List<Problem> problems = check.problems(person);   // empty when the profile fits the model
 * check.require(population);                         // or a ModelException listing them all
 * }</pre>
 *
 * <p><b>Personal data.</b> Like the readers' messages, a problem names the person's id, the field
 * and the unknown id, never a held level or any other part of the profile.
 *
 * <p>The analyses that take a profile ({@code GapAnalysis}, {@code TrainingPlanner},
 * {@code CareerPathFinder}, {@code NeedsAnalysis}) run this check first and throw its
 * {@link ModelException}, rather than fail later on an unknown id.
 *
 * <h2>Complexity</h2>
 * O(h + c) look-ups per profile of h held competencies and c completed courses; an unknown id
 * also costs one "did you mean" search over the model's ids of its kind.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProfileCheck {
  private final WorkforceModel model;

  private ProfileCheck(WorkforceModel model) {
    this.model = model;
  }

  /** A check against a model. */
  public static ProfileCheck of(WorkforceModel model) {
    return new ProfileCheck(Objects.requireNonNull(model, "model"));
  }

  /**
   * Every way a profile does not fit the model, located inside the profile ({@code role},
   * {@code organisationType}, {@code holds.<competency>}, {@code completed[j]}); empty when it
   * fits.
   */
  public List<Problem> problems(WorkerProfile person) {
    List<Problem> out = new ArrayList<>();
    add(Objects.requireNonNull(person, "person"), "", out);
    return List.copyOf(out);
  }

  /**
   * Every way the profiles do not fit the model, located as in a profiles file
   * ({@code people[i].holds.<competency>}), in the population's order; empty when all fit.
   */
  public List<Problem> problems(Population people) {
    List<Problem> out = new ArrayList<>();
    List<WorkerProfile> list = Objects.requireNonNull(people, "people").people();
    for (int i = 0; i < list.size(); i++) {
      add(list.get(i), "people[" + i + "].", out);
    }
    return List.copyOf(out);
  }

  /**
   * The profile, when it fits the model.
   *
   * @throws ModelException listing every problem, when it does not
   */
  public WorkerProfile require(WorkerProfile person) {
    List<Problem> problems = problems(person);
    if (!problems.isEmpty()) {
      throw new ModelException("the profile does not fit the model", problems);
    }
    return person;
  }

  /**
   * The profile at position {@code index} of a stream or population, when it fits the model;
   * problems are located at {@code people[index]}.
   *
   * @throws ModelException listing every problem, when it does not
   */
  public WorkerProfile require(WorkerProfile person, int index) {
    List<Problem> problems = new ArrayList<>();
    add(Objects.requireNonNull(person, "person"), "people[" + index + "].", problems);
    if (!problems.isEmpty()) {
      throw new ModelException("the profiles do not fit the model", problems);
    }
    return person;
  }

  /**
   * The population, when every profile fits the model.
   *
   * @throws ModelException listing every problem, when one does not
   */
  public Population require(Population people) {
    List<Problem> problems = problems(people);
    if (!problems.isEmpty()) {
      throw new ModelException("the profiles do not fit the model", problems);
    }
    return people;
  }

  private void add(WorkerProfile person, String prefix, List<Problem> out) {
    String who = "person '" + person.id() + "': ";
    person.role().ifPresent(r -> known(() -> model.role(r), prefix + "role", who, out));
    person.organisationType().ifPresent(t ->
        known(() -> model.organisationType(t), prefix + "organisationType", who, out));
    int max = model.scale().maxLevel();
    for (Map.Entry<CompetencyId, Integer> e : person.holds().entrySet()) {
      String at = prefix + "holds." + e.getKey();
      if (known(() -> model.competency(e.getKey()), at, who, out) && e.getValue() > max) {
        out.add(Problem.of(at, who + "the level is outside the scale 0.." + max)
            .withSuggestion("use a level from 0 to " + max + " (0 = not held)"));
      }
    }
    for (int j = 0; j < person.completions().size(); j++) {
      CourseId course = person.completions().get(j).course();
      known(() -> model.course(course), prefix + "completed[" + j + "]", who, out);
    }
  }

  private static boolean known(Supplier<?> lookUp, String at, String who, List<Problem> out) {
    try {
      lookUp.get();
      return true;
    } catch (UnknownIdException e) {
      Optional<String> suggestion = e.suggestion().map(s -> "did you mean '" + s + "'?");
      out.add(Suggestions.suggest(
          Problem.of(at, who + "unknown " + e.kind() + " '" + e.id() + "'"), suggestion));
      return false;
    }
  }
}
