package org.sppathways.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.internal.Suggestions;

/**
 * Collects the problems found in one source, each placed at its line and column, up to a limit.
 * Internal: not part of the API.
 */
public final class ProblemSink {
  private final String source;
  private final int limit;
  private final List<Problem> problems = new ArrayList<>();
  private int reported;
  private boolean full;

  /**
   * A sink for a source.
   *
   * @param source the file name shown in problems
   * @param limit the most problems kept; one more says that reading stopped
   */
  public ProblemSink(String source, int limit) {
    this.source = source;
    this.limit = limit;
  }

  /** The source name. */
  public String source() {
    return source;
  }

  /** Adds a problem at a node's position. */
  public void add(Node at, String location, String message) {
    add(at, location, message, Optional.empty());
  }

  /** Adds a problem with a suggestion at a node's position. */
  public void add(Node at, String location, String message, String suggestion) {
    add(at, location, message, Optional.of(suggestion));
  }

  /** Adds a problem with an optional suggestion at a node's position. */
  public void add(Node at, String location, String message, Optional<String> suggestion) {
    add(Suggestions.suggest(Problem.of(location, message), suggestion)
        .withPosition(source, at == null ? 0 : at.line(), at == null ? 0 : at.column()));
  }

  /** Adds a problem that already carries its position. */
  public void add(Problem problem) {
    reported++;
    if (problems.size() < limit) {
      problems.add(problem);
    } else if (!full) {
      full = true;
      problems.add(Problem.of("", "stopped after " + limit + " problems")
          .withSuggestion("fix these first, or raise ReadLimits.maxProblems").withSource(source));
    }
  }

  /** Whether any problem was found. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * The number of problems reported so far, counting those past the limit that were not kept,
   * so that a caller comparing counts sees every new problem even once the sink is full.
   */
  public int count() {
    return reported;
  }

  /** Whether the limit was reached, so reading should stop. */
  public boolean isFull() {
    return full;
  }

  /**
   * Throws a {@link ModelException} listing the problems in document order, if there are any.
   *
   * @param what the kind of document, e.g. {@code "model"}
   */
  public void throwIfAny(String what) {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.line().orElse(Integer.MAX_VALUE))
        .thenComparingInt(p -> p.column().orElse(0)));
    throw new ModelException(source + " is not a valid " + what, sorted);
  }
}
