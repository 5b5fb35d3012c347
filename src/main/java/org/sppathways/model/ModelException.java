package org.sppathways.model;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model, profile or catalogue that is invalid, with every problem found, each with its location.
 *
 * <pre>{@code
 * try {
 *   WorkforceModel model = ModelReader.of().read(Path.of("model.yaml"));
 * } catch (ModelException e) {
 *   List<String> messages = e.problems().stream().map(Problem::toString).toList();
 * }
 * }</pre>
 *
 * <p>A file with one systematic mistake (a renamed column, a misspelt id used on every row) can
 * hold hundreds of problems of one kind. {@link #getMessage()} therefore lists the first
 * {@link #MESSAGE_LIMIT} and then counts every problem by its {@linkplain Problem#kind() kind},
 * so the mistake shows at a glance; {@link #problems()} has them all.
 *
 * @since 0.1.0
 */
public class ModelException extends SpPathwaysException {
  private static final long serialVersionUID = 1L;

  /** The most problems listed in {@link #getMessage()}; {@link #problems()} has them all. */
  public static final int MESSAGE_LIMIT = 20;

  private final transient ImmutableList<Problem> problems;
  private final String summary;

  /**
   * An exception listing problems.
   *
   * @param summary one sentence on what was being checked, e.g. {@code "model.yaml is not a valid model"}
   * @param problems the problems, at least one
   */
  public ModelException(String summary, List<Problem> problems) {
    super(describe(summary, problems, MESSAGE_LIMIT));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ModelException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
    this.summary = summary;
  }

  /** Every problem, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  /** The sentence on what was being checked, e.g. {@code "model.yaml is not a valid model"}. */
  public String summary() {
    return summary;
  }

  /**
   * The problems as shown to a person: a first line {@code "SUMMARY: N problems:"}, then up to
   * {@code shown} problems, one per line indented by two spaces; when some are left out, a count
   * of every problem by kind, most frequent first, and {@code hint} (e.g. the command-line option
   * that lists them all).
   *
   * <pre>
   * people.csv is not a valid profiles file: 240 problems:
   *   people.csv:2:4: competency: unknown competency 'safegaurding' (did you mean 'safeguarding'?)
   *   ...
   *   ... and 220 more; all 240 by kind:
   *     240 x competency: unknown competency '…'
   *   run with --all-problems to list every one
   * </pre>
   *
   * @param summary what was being checked
   * @param problems the problems, in the order to show
   * @param shown the most problems listed one by one
   * @param hint a last line when problems are left out
   * @return the text, lines separated by the system's line separator, without a final one
   */
  public static String describe(String summary, List<Problem> problems, int shown,
      String hint) {
    return text(summary, problems, shown, Optional.of(Objects.requireNonNull(hint, "hint")));
  }

  /**
   * {@link #describe(String, List, int, String)} without a hint line.
   *
   * @param summary what was being checked
   * @param problems the problems, in the order to show
   * @param shown the most problems listed one by one
   * @return the text, lines separated by the system's line separator, without a final one
   */
  public static String describe(String summary, List<Problem> problems, int shown) {
    return text(summary, problems, shown, Optional.empty());
  }

  private static String text(String summary, List<Problem> problems, int shown,
      Optional<String> hint) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(hint, "hint");
    StringBuilder sb = new StringBuilder(summary).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    int listed = Math.min(problems.size(), Math.max(shown, 0));
    for (int i = 0; i < listed; i++) {
      sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > listed) {
      sb.append(System.lineSeparator()).append("  ... and ").append(problems.size() - listed)
          .append(" more; all ").append(problems.size()).append(" by kind:");
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (Problem p : problems) {
        kinds.merge(p.kind(), 1, Integer::sum);
      }
      int width = String.valueOf(problems.size()).length();
      kinds.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sb.append(System.lineSeparator()).append("    ")
              .append(String.format(java.util.Locale.ROOT, "%" + width + "d", e.getValue()))
              .append(" x ").append(e.getKey()));
      hint.ifPresent(h -> sb.append(System.lineSeparator()).append("  ").append(h));
    }
    return sb.toString();
  }
}
