package org.sppathways.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A model, profile or catalogue that is invalid, with every problem found, each with its location.
 *
 * <pre>{@code
 * try {
 *   WorkforceModel model = ModelReader.create().read(Path.of("model.yaml"));
 * } catch (ModelException e) {
 *   List<String> messages = e.problems().stream().map(Problem::toString).toList();
 * }
 * }</pre>
 */
public class ModelException extends SpPathwaysException {
  private static final long serialVersionUID = 1L;

  /** The most problems listed in {@link #getMessage()}; {@link #problems()} has them all. */
  public static final int MESSAGE_LIMIT = 50;

  private final transient ImmutableList<Problem> problems;

  /**
   * An exception listing problems.
   *
   * @param summary one sentence on what was being checked, e.g. {@code "model.yaml is not a valid model"}
   * @param problems the problems, at least one
   */
  public ModelException(String summary, List<Problem> problems) {
    super(message(summary, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ModelException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String summary, List<Problem> problems) {
    StringBuilder sb = new StringBuilder(summary).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), MESSAGE_LIMIT);
    for (int i = 0; i < shown; i++) {
      sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > shown) {
      sb.append(System.lineSeparator()).append("  ... and ").append(problems.size() - shown)
          .append(" more");
    }
    return sb.toString();
  }
}
