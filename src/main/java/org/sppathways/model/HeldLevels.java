package org.sppathways.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sppathways.model.internal.Checks;

/**
 * The competency levels a person holds on a given day, and the evidence behind them: the one
 * place where dates on evidence are read, so that every analysis (gaps, plans, paths,
 * compliance) counts the same levels as held.
 *
 * <h2>The rule</h2>
 * A person's evidence for a competency is
 * <ul>
 *   <li>each entry of {@link WorkerProfile#holds()} with a level of 1 or more, lapsing on its
 *       {@link WorkerProfile#holdsUntil() until} day when one is given; and</li>
 *   <li>each {@linkplain WorkerProfile#completions() completed course}, for every level the
 *       course {@linkplain Course#covers() teaches}: from its completion day until it lapses on
 *       completion day plus {@link Course#validForMonths()} months
 *       ({@link Course#lapsesOn(LocalDate)}).</li>
 * </ul>
 * On day {@code asOf} a piece of evidence is
 * <ul>
 *   <li><b>current</b> when it has begun (undated, or dated on or before {@code asOf}) and has not
 *       lapsed (no lapse day, or {@code asOf} before the lapse day);</li>
 *   <li><b>lapsed</b> when its lapse day is on or before {@code asOf}: <em>the lapse day itself
 *       is the first day it no longer counts</em> (a course completed on 2023-05-02, valid for 36
 *       months, counts up to and including 2026-05-01; {@code until: 2026-05-02} likewise);</li>
 *   <li><b>not yet</b> when it is dated after {@code asOf}: it neither counts nor has lapsed.</li>
 * </ul>
 * The level held of a competency is the highest level of its current evidence, 0 when none.
 * Undated evidence never lapses, so a profile without dates holds exactly the levels in
 * {@code holds} raised by what its completed courses teach.
 *
 * <p><b>Note for analyses written before dates.</b> Before this class, gap analysis counted only
 * {@code holds}; completed courses only met prerequisites. Counting the levels a completed
 * course teaches as held is the rule the file format states, and it agrees with the planner's
 * prerequisite rule (a course whose every taught level is held need not be taken again).
 *
 * <p>Besides the levels it reports, per competency, lapsed evidence that would have given a
 * higher level ({@link #lapsed(CompetencyId)}, {@link #lapsedOn(CompetencyId, int)}), so that a
 * gap caused by lapsed training can say so and when, and when the level held now lapses
 * ({@link #lapsesOn(CompetencyId)}), for "due" reminders.
 *
 * <pre>{@code
 * HeldLevels held = HeldLevels.of(model, person, LocalDate.of(2026, 6, 1));
 * held.level(CompetencyId.of("safeguarding-adults"));              // 2: the level 3 course lapsed
 * held.lapsed(CompetencyId.of("safeguarding-adults"));             // Optional[Lapse[level=3, lapsedOn=2026-05-02, ...]]
 * held.lapsedOn(CompetencyId.of("safeguarding-adults"), 3);        // Optional[2026-05-02]
 * }</pre>
 *
 * <h2>Complexity</h2>
 * Building takes O(h + c·v) for h held levels, c completions and v levels taught per course
 * (one model look-up per completion); every query is O(e) for the e pieces of evidence of the
 * competency asked about (O(1) for {@link #level(CompetencyId)}).
 *
 * <p>This class is immutable and thread-safe. Like the profile, it is personal data: its
 * {@link #toString()} shows only counts.
 *
 * @since 0.1.0
 */
public final class HeldLevels {

  /**
   * One piece of evidence for a competency level.
   *
   * @param level the level it evidences, 1 or more
   * @param from the day it begins (a course's completion day); empty when undated or a held level
   * @param lapsesOn the first day it no longer counts; empty when it never lapses
   * @param course the completed course it comes from; empty for an entry of {@code holds}
   * @since 0.1.0
   */
  public record Evidence(int level, Optional<LocalDate> from, Optional<LocalDate> lapsesOn,
      Optional<CourseId> course) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the level is below 1
     */
    public Evidence {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(lapsesOn, "lapsesOn");
      Objects.requireNonNull(course, "course");
      Checks.positiveLevel(level, "level");
    }

    /** Whether it counts on {@code day}: begun on or before it and lapsing after it. */
    public boolean isCurrentOn(LocalDate day) {
      Objects.requireNonNull(day, "day");
      return !isNotYetOn(day) && !hasLapsedBy(day);
    }

    /** Whether its lapse day is on or before {@code day} (the lapse day no longer counts). */
    public boolean hasLapsedBy(LocalDate day) {
      Objects.requireNonNull(day, "day");
      return lapsesOn.isPresent() && !day.isBefore(lapsesOn.get());
    }

    /** Whether it is dated after {@code day}, so does not count yet. */
    public boolean isNotYetOn(LocalDate day) {
      Objects.requireNonNull(day, "day");
      return from.isPresent() && from.get().isAfter(day);
    }
  }

  /**
   * Lapsed evidence that would have given a level above the one held.
   *
   * @param level the level the lapsed evidence gave
   * @param lapsedOn the first day it no longer counted
   * @param course the course whose completion lapsed; empty for an entry of {@code holds}
   * @since 0.1.0
   */
  public record Lapse(int level, LocalDate lapsedOn, Optional<CourseId> course) {
    /** Checks the values. */
    public Lapse {
      Objects.requireNonNull(lapsedOn, "lapsedOn");
      Objects.requireNonNull(course, "course");
      Checks.positiveLevel(level, "level");
    }
  }

  private static final Comparator<Evidence> ORDER = Comparator
      .comparingInt(Evidence::level).reversed()
      .thenComparing(e -> e.lapsesOn().orElse(LocalDate.MAX), Comparator.reverseOrder())
      .thenComparing(e -> e.from().orElse(LocalDate.MIN))
      .thenComparing(e -> e.course().map(CourseId::value).orElse(""));

  private final LocalDate asOf;
  private final Map<CompetencyId, List<Evidence>> evidence;
  private final Map<CompetencyId, Integer> levels;
  private final Set<CourseId> completed;
  private final Set<CourseId> inDate;

  private HeldLevels(LocalDate asOf, Map<CompetencyId, List<Evidence>> evidence,
      Map<CompetencyId, Integer> levels, Set<CourseId> completed, Set<CourseId> inDate) {
    this.asOf = asOf;
    this.evidence = evidence;
    this.levels = levels;
    this.completed = completed;
    this.inDate = inDate;
  }

  /**
   * The levels {@code person} holds on day {@code asOf}, by the rule above.
   *
   * @throws UnknownIdException if a completed course is not in the model (check profiles first
   *     with {@link ProfileCheck})
   */
  public static HeldLevels of(WorkforceModel model, WorkerProfile person, LocalDate asOf) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(asOf, "asOf");
    Map<CompetencyId, List<Evidence>> found = new HashMap<>();
    person.holds().forEach((c, level) -> {
      if (level > 0) {
        found.computeIfAbsent(c, k -> new ArrayList<>()).add(new Evidence(level, Optional.empty(),
            Optional.ofNullable(person.holdsUntil().get(c)), Optional.empty()));
      }
    });
    Set<CourseId> done = new LinkedHashSet<>();
    Set<CourseId> current = new LinkedHashSet<>();
    for (Completion completion : person.completions()) {
      Course course = model.course(completion.course());
      Optional<LocalDate> lapses = completion.date().flatMap(course::lapsesOn);
      if (completion.date().isEmpty() || !completion.date().get().isAfter(asOf)) {
        done.add(course.id());
        if (lapses.isEmpty() || asOf.isBefore(lapses.get())) {
          current.add(course.id());
        }
      }
      for (CompetencyLevel cover : course.covers()) {
        found.computeIfAbsent(cover.competency(), k -> new ArrayList<>()).add(new Evidence(
            cover.level(), completion.date(), lapses, Optional.of(course.id())));
      }
    }
    Map<CompetencyId, List<Evidence>> sorted = new TreeMap<>();
    Map<CompetencyId, Integer> levels = new TreeMap<>();
    found.forEach((c, list) -> {
      list.sort(ORDER);
      sorted.put(c, List.copyOf(list));
      for (Evidence e : list) {
        if (e.isCurrentOn(asOf)) {
          levels.put(c, e.level());   // the list runs from the highest level down
          break;
        }
      }
    });
    return new HeldLevels(asOf, Collections.unmodifiableMap(sorted),
        Collections.unmodifiableMap(levels), Collections.unmodifiableSet(done),
        Collections.unmodifiableSet(current));
  }

  /** The day the levels are held on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The level held of a competency on {@link #asOf()}, 0 when not held. */
  public int level(CompetencyId competency) {
    return levels.getOrDefault(Objects.requireNonNull(competency, "competency"), 0);
  }

  /**
   * Every competency held on {@link #asOf()} at level 1 or more, by id: the map to pass where an
   * analysis takes held levels.
   */
  public Map<CompetencyId, Integer> levels() {
    return levels;
  }

  /**
   * The courses completed on or before {@link #asOf()} (undated ones included), whether or not
   * their evidence has lapsed: what {@link EntryRule.CompletedCourse} asks for. A training plan
   * counts only in-date completions as done (so that a lapsed course can be planned again as a
   * refresher); a lapsed one meets a prerequisite only through the levels still held.
   */
  public Set<CourseId> completed() {
    return completed;
  }

  /**
   * The courses completed on or before {@link #asOf()} whose completion has not lapsed by then
   * (undated ones included): what a training plan counts as done, so that a lapsed course can be
   * planned again as a refresher.
   */
  public Set<CourseId> completedInDate() {
    return inDate;
  }

  /** Every competency with evidence of any kind (current, lapsed or not yet begun), by id. */
  public Set<CompetencyId> competencies() {
    return evidence.keySet();
  }

  /**
   * Every piece of evidence for a competency, current or not: highest level first, then the
   * latest lapsing first (never lapsing before all), then the earliest, then by course id.
   */
  public List<Evidence> evidence(CompetencyId competency) {
    return evidence.getOrDefault(Objects.requireNonNull(competency, "competency"), List.of());
  }

  /**
   * The first day on which the level held now is no longer evidenced (the latest lapse day of
   * current evidence at that level or above); empty when the level is not held or some of that
   * evidence never lapses. Evidence dated after {@link #asOf()} is not taken into account.
   */
  public Optional<LocalDate> lapsesOn(CompetencyId competency) {
    int held = level(competency);
    if (held == 0) {
      return Optional.empty();
    }
    LocalDate last = null;
    for (Evidence e : evidence(competency)) {
      if (e.level() >= held && e.isCurrentOn(asOf)) {
        if (e.lapsesOn().isEmpty()) {
          return Optional.empty();
        }
        last = last == null || e.lapsesOn().get().isAfter(last) ? e.lapsesOn().get() : last;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The highest level above the one held that only lapsed evidence gave, with the latest day
   * evidence of that level lapsed (and its course, for the latest one; ties to the smallest
   * course id, a held level before a course); empty when no lapsed evidence was above the level
   * held.
   */
  public Optional<Lapse> lapsed(CompetencyId competency) {
    int held = level(competency);
    for (Evidence e : evidence(competency)) {   // highest level, then latest lapse, first
      if (e.level() <= held) {
        break;
      }
      if (e.hasLapsedBy(asOf)) {
        return Optional.of(new Lapse(e.level(), e.lapsesOn().get(), e.course()));
      }
    }
    return Optional.empty();
  }

  /**
   * When {@code level} is above the level held and lapsed evidence reached it, the latest day
   * such evidence lapsed; otherwise empty. A gap to {@code level} is "caused by lapsed evidence"
   * exactly when this is present.
   *
   * <pre>{@code
   * held.lapsedOn(requirement.competency(), requirement.level())   // lapsed: true, with the date
   * }</pre>
   */
  public Optional<LocalDate> lapsedOn(CompetencyId competency, int level) {
    if (level <= level(competency)) {
      return Optional.empty();
    }
    LocalDate last = null;
    for (Evidence e : evidence(competency)) {
      if (e.level() >= level && e.hasLapsedBy(asOf)
          && (last == null || e.lapsesOn().get().isAfter(last))) {
        last = e.lapsesOn().get();
      }
    }
    return Optional.ofNullable(last);
  }

  /** Counts only: held levels are personal data. */
  @Override
  public String toString() {
    return "HeldLevels{asOf=" + asOf + ", " + levels.size() + " competencies held}";
  }
}
