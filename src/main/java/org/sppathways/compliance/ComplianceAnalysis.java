package org.sppathways.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Completion;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProfileCheck;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Mandatory training compliance of people against the competencies their roles require, on an
 * "as of" day: per person and requirement a {@link ComplianceStatus}, and for a whole population,
 * streamed, the counts by role, organisation type and competency and the refresher courses
 * needed month by month.
 *
 * <pre>{@code
 * ComplianceAnalysis compliance = ComplianceAnalysis.of(model, ComplianceSettings.of(3, 12));
 * ComplianceSummary summary = compliance.summarise(profiles.stream(), LocalDate.of(2026, 6, 1));
 * summary.total().lapsed();                             // checks whose training has lapsed
 * compliance.person(alex, LocalDate.of(2026, 6, 1));    // Alex's rows, one per requirement
 * }</pre>
 *
 * <h2>The rule</h2>
 * A person with a current role is checked against {@link Role#requirementsFor(org.sppathways.model.WorkerProfile) the
 * role's requirements for their organisation type and months in role} (the type's variant and,
 * in the first year, the first-year targets applied). Evidence of a level is read as
 * {@link HeldLevels} reads it: a completed course teaches its levels from its completion day until
 * it lapses, a held level until its {@code until} day, undated evidence never lapses, evidence
 * dated after "as of" does not count yet, and <em>a lapse day is the first day the evidence no
 * longer counts</em>. For a requirement of level {@code r} on competency {@code c}, with
 * {@code end = asOf + withinMonths months} ({@link LocalDate#plusMonths}):
 * <ul>
 *   <li><b>current</b>: evidence of {@code c} at level {@code r} or above counts on {@code asOf},
 *       and some of it never lapses or the latest such lapse day is on or after {@code end}: the
 *       level is held on every day of the window {@code [asOf, end)}. A lapse exactly on
 *       {@code end} is current.</li>
 *   <li><b>due</b>: such evidence counts on {@code asOf} but all of it lapses before
 *       {@code end}; the date is that latest lapse day, so a lapse on the day before {@code end}
 *       is due, and one on the day after {@code asOf} too.</li>
 *   <li><b>lapsed</b>: no evidence at level {@code r} or above counts on {@code asOf}, but some
 *       lapsed on or before {@code asOf}; the date is the latest such lapse day (a lapse on
 *       {@code asOf} itself is lapsed).</li>
 *   <li><b>missing</b>: otherwise (never evidenced at that level, or only by evidence dated
 *       after {@code asOf}).</li>
 * </ul>
 * With {@code withinMonths = 0} nothing is due.
 *
 * <h2>Refresher demand</h2>
 * Every requirement whose level is lapsed, or held but lapsing before the end of the horizon
 * (the {@code horizonMonths} calendar months starting with the month of {@code asOf}; current
 * levels lapsing after the "within" window but inside the horizon count too, so the horizon can
 * be longer than the notice period), needs a refresher in the month its level lapses; lapsed
 * levels count in the first month. The course that renews it is the course whose completion
 * gave the lapsing (or lapsed) level, i.e. the evidence at the required level or above with the
 * latest lapse day (on the same day, a completed course before a held level, then the smaller
 * course id), when that evidence came from a course; otherwise (a held level with an
 * {@code until} day) the cheapest course in the model that teaches the competency at the
 * required level or above, ties by course id; when no course does, the demand is counted
 * against the competency with no course. Entry rules and prerequisites are not applied: this is
 * the demand, not a plan. A person who needs one course for several competencies in the same
 * month counts once for that course and month.
 *
 * <h2>Complexity</h2>
 * Building is O(R·(T + 1)·q + C·v·L) for R roles, T organisation types, q requirements per role,
 * C courses teaching v levels each and L the highest level: every role's requirements for every
 * organisation type, with and without first-year targets, are turned into arrays once, as are
 * the levels each course teaches. Per person: O(h + c) to check the profile against the model
 * and resolve their c completions, then O(q·(1 + c·v)) for the q requirements of their role
 * (one look-up of the held level, a pass over the completed courses' v levels each). The
 * evidence is read by the rule of {@link HeldLevels}, straight from the profile. {@link #summarise} keeps
 * O(R + T + K + (C + K)·H) counts for K competencies and H months, however many profiles stream
 * past; it never holds a profile after counting it.
 *
 * <p>This class is immutable and thread-safe: one analysis may serve many threads, each
 * summarising its own stream.
 *
 * @since 0.1.0
 */
public final class ComplianceAnalysis {
  /** One role's requirements for one organisation type, with or without first-year targets. */
  private static final class Targets {
    final CompetencyId[] competency;
    final int[] competencyIndex;
    final int[] level;

    Targets(WorkforceModel model, List<Requirement> requirements) {
      int n = requirements.size();
      competency = new CompetencyId[n];
      competencyIndex = new int[n];
      level = new int[n];
      for (int i = 0; i < n; i++) {
        Requirement r = requirements.get(i);
        competency[i] = r.competency();
        competencyIndex[i] = model.competencyIndex(r.competency());
        level[i] = r.level();
      }
    }
  }

  private final WorkforceModel model;
  private final ComplianceSettings settings;
  private final ProfileCheck check;
  private final int maxScaleLevel;
  private final Map<OrganisationTypeId, Integer> organisationIndex = new HashMap<>();
  private final Map<CourseId, Integer> courseIndex = new HashMap<>();
  /** By role, then {@code 2·organisation type + (first year ? 1 : 0)}; the last type is "none". */
  private final Targets[][] targets;
  /** By competency, then level: the cheapest course teaching it at that level or above, or -1. */
  private final int[][] cheapest;
  /** By course: months its completion counts (0: never lapses), competencies taught, levels. */
  private final int[] validFor;
  private final int[][] coverCompetency;
  private final int[][] coverLevel;

  private ComplianceAnalysis(WorkforceModel model, ComplianceSettings settings) {
    this.model = model;
    this.settings = settings;
    this.check = ProfileCheck.of(model);
    this.maxScaleLevel = model.scale().maxLevel();
    List<OrganisationTypeId> types = new ArrayList<>();
    for (int o = 0; o < model.organisationTypes().size(); o++) {
      OrganisationTypeId id = model.organisationTypes().get(o).id();
      organisationIndex.put(id, o);
      types.add(id);
    }
    int maxLevel = 1;
    targets = new Targets[model.roles().size()][2 * (types.size() + 1)];
    for (int r = 0; r < model.roles().size(); r++) {
      Role role = model.roles().get(r);
      Targets base = new Targets(model, role.requirements());
      for (int o = 0; o <= types.size(); o++) {
        Optional<OrganisationTypeId> type = o < types.size() ? Optional.of(types.get(o))
            : Optional.empty();
        boolean variant = type.isPresent() && role.variants().containsKey(type.get());
        Targets full = variant ? new Targets(model, role.requirementsIn(type.get())) : base;
        targets[r][2 * o] = full;
        targets[r][2 * o + 1] = role.firstYear().isEmpty() ? full
            : new Targets(model, type.isPresent() ? role.requirementsFor(type.get(), 0)
                : role.requirementsFor(0));
        for (int l : full.level) {
          maxLevel = Math.max(maxLevel, l);
        }
      }
    }
    List<Course> courses = model.courses();
    validFor = new int[courses.size()];
    coverCompetency = new int[courses.size()][];
    coverLevel = new int[courses.size()][];
    for (int k = 0; k < courses.size(); k++) {
      Course course = courses.get(k);
      courseIndex.put(course.id(), k);
      validFor[k] = course.validForMonths().orElse(0);
      coverCompetency[k] = new int[course.covers().size()];
      coverLevel[k] = new int[course.covers().size()];
      for (int v = 0; v < course.covers().size(); v++) {
        CompetencyLevel cover = course.covers().get(v);
        coverCompetency[k][v] = model.competencyIndex(cover.competency());
        coverLevel[k][v] = cover.level();
        maxLevel = Math.max(maxLevel, cover.level());
      }
    }
    cheapest = new int[model.competencies().size()][maxLevel + 1];
    for (int[] row : cheapest) {
      Arrays.fill(row, -1);
    }
    Comparator<Course> cheaper = Comparator.comparingDouble(Course::cost)
        .thenComparing(Course::id);
    for (int k = 0; k < courses.size(); k++) {
      for (CompetencyLevel cover : courses.get(k).covers()) {
        int[] row = cheapest[model.competencyIndex(cover.competency())];
        for (int l = 1; l <= cover.level(); l++) {
          if (row[l] < 0 || cheaper.compare(courses.get(k), courses.get(row[l])) < 0) {
            row[l] = k;
          }
        }
      }
    }
  }

  /**
   * The analysis on a model with the {@linkplain ComplianceSettings#DEFAULT default settings}
   * (three months' notice, twelve months of refresher demand).
   */
  public static ComplianceAnalysis of(WorkforceModel model) {
    return of(model, ComplianceSettings.DEFAULT);
  }

  /** The analysis on a model with the given settings. */
  public static ComplianceAnalysis of(WorkforceModel model, ComplianceSettings settings) {
    return new ComplianceAnalysis(Objects.requireNonNull(model, "model"),
        Objects.requireNonNull(settings, "settings"));
  }

  /** The model. */
  public WorkforceModel model() {
    return model;
  }

  /** The settings. */
  public ComplianceSettings settings() {
    return settings;
  }

  /**
   * One person's rows on {@code asOf}, one per requirement of their current role in the role's
   * order; empty when they have no current role.
   *
   * @throws org.sppathways.model.ModelException if the profile does not fit the model (see
   *     {@link ProfileCheck})
   */
  public List<ComplianceItem> person(WorkerProfile person, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!fits(Objects.requireNonNull(person, "person"))) {
      check.require(person);
    }
    List<ComplianceItem> out = new ArrayList<>();
    assess(person, asOf, (p, t, i, held, status, date, renew, month) ->
        out.add(new ComplianceItem(p.id(), p.role().get(), t.competency[i], t.level[i], held,
            status, Optional.ofNullable(status == ComplianceStatus.DUE
                || status == ComplianceStatus.LAPSED ? date : null))));
    return List.copyOf(out);
  }

  /**
   * The summary of a stream of profiles on {@code asOf}; the stream is consumed in order on the
   * calling thread and no profile is kept.
   *
   * @throws org.sppathways.model.ModelException if a profile does not fit the model, located at
   *     {@code people[i]}, its position in the stream; the run stops there
   */
  public ComplianceSummary summarise(Stream<? extends WorkerProfile> profiles, LocalDate asOf) {
    Objects.requireNonNull(profiles, "profiles");
    return summarise((ProfileSource) profiles::forEachOrdered, asOf);
  }

  /**
   * The summary of profiles on {@code asOf}, iterated once on the calling thread.
   *
   * @throws org.sppathways.model.ModelException as {@link #summarise(Stream, LocalDate)}
   */
  public ComplianceSummary summarise(Iterable<? extends WorkerProfile> profiles, LocalDate asOf) {
    Objects.requireNonNull(profiles, "profiles");
    return summarise((ProfileSource) profiles::forEach, asOf);
  }

  /**
   * The summary of the profiles a source hands out (e.g. a file streamed by
   * {@code ProfileReader.forEach}) on {@code asOf}.
   *
   * @throws org.sppathways.model.ModelException as {@link #summarise(Stream, LocalDate)}
   */
  public ComplianceSummary summarise(ProfileSource source, LocalDate asOf) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Tally tally = new Tally(asOf);
    int[] position = {0};
    source.forEach(p -> tally.add(checked(p, position[0]++)));
    return tally.result();
  }

  /**
   * Every person's rows on {@code asOf}, in the order the source hands them out: the
   * {@link ComplianceRegister} the command line's {@code --people} prints. It holds a row per
   * check; for a population too large for that, call {@link #person} on each profile instead.
   *
   * @throws org.sppathways.model.ModelException as {@link #summarise(Stream, LocalDate)}
   */
  public ComplianceRegister register(ProfileSource source, LocalDate asOf) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    List<ComplianceItem> items = new ArrayList<>();
    int[] position = {0};
    source.forEach(p -> {
      checked(p, position[0]++);
      assess(p, asOf, (q, t, i, held, status, date, renew, month) ->
          items.add(new ComplianceItem(q.id(), q.role().get(), t.competency[i], t.level[i], held,
              status, Optional.ofNullable(status == ComplianceStatus.DUE
                  || status == ComplianceStatus.LAPSED ? date : null))));
    });
    return new ComplianceRegister(asOf, settings.withinMonths(), items);
  }

  /**
   * The profile, when it fits the model; otherwise the located problems of {@link ProfileCheck}
   * (which builds the messages, so only a profile that does not fit pays for them).
   */
  private WorkerProfile checked(WorkerProfile person, int position) {
    return fits(person) ? person : check.require(person, position);
  }

  /**
   * What {@link ProfileCheck} accepts, without building any message: ids known, levels in scale.
   * Package-private so that tests can hold it to {@link ProfileCheck}'s answer.
   */
  boolean fits(WorkerProfile person) {
    if (person.role().isPresent() && model.findRole(person.role().get()).isEmpty()) {
      return false;
    }
    if (person.organisationType().isPresent()
        && !organisationIndex.containsKey(person.organisationType().get())) {
      return false;
    }
    for (Map.Entry<CompetencyId, Integer> e : person.holds().entrySet()) {
      if (e.getValue() > maxScaleLevel || model.findCompetency(e.getKey()).isEmpty()) {
        return false;
      }
    }
    for (Completion done : person.completions()) {
      if (!courseIndex.containsKey(done.course())) {
        return false;
      }
    }
    return true;
  }

  /** What {@link #assess} reports for one requirement. */
  @FunctionalInterface
  private interface Sink {
    /**
     * One check: requirement {@code i} of {@code t}; {@code date} the lapse day (null when the
     * level never lapses or was never held); {@code renew} the course (index) or, as
     * {@code courses + competency index}, the competency a refresher is needed for, -1 when none
     * is needed within the horizon; {@code month} the horizon month (0-based) it is needed in.
     */
    void accept(WorkerProfile person, Targets t, int i, int held, ComplianceStatus status,
        LocalDate date, int renew, int month);
  }

  /**
   * Assesses every requirement of the person's role. The evidence is read by the rule of
   * {@link HeldLevels} (tests check that the levels held agree with it on random profiles), but
   * straight from the profile, per requirement, without building a map of every competency: the
   * person's completions are resolved to course indexes once, then each requirement looks at its
   * competency's held level and at the courses completed.
   */
  private void assess(WorkerProfile person, LocalDate asOf, Sink sink) {
    if (person.role().isEmpty()) {
      return;
    }
    int o = person.organisationType().map(organisationIndex::get)
        .orElse(organisationIndex.size());
    Targets t = targets[model.roleIndex(person.role().get())]
        [2 * o + (person.monthsInRole() < Role.FIRST_YEAR_MONTHS ? 1 : 0)];
    if (t.level.length == 0) {
      return;
    }
    List<Completion> completions = person.completions();
    int n = completions.size();
    int[] course = new int[n];
    LocalDate[] from = new LocalDate[n];
    LocalDate[] until = new LocalDate[n];
    for (int j = 0; j < n; j++) {
      Completion done = completions.get(j);
      course[j] = courseIndex.get(done.course());
      from[j] = done.date().orElse(null);
      int months = validFor[course[j]];
      until[j] = from[j] == null || months == 0 ? null : from[j].plusMonths(months);
    }
    LocalDate end = asOf.plusMonths(settings.withinMonths());
    int firstMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    Evidence e = new Evidence(asOf);
    for (int i = 0; i < t.level.length; i++) {
      int required = t.level[i];
      int ci = t.competencyIndex[i];
      e.reset(required);
      Integer held = person.holds().get(t.competency[i]);
      if (held != null && held > 0) {
        e.add(held, null, person.holdsUntil().get(t.competency[i]), -1);
      }
      for (int j = 0; j < n; j++) {
        int[] covers = coverCompetency[course[j]];
        for (int v = 0; v < covers.length; v++) {
          if (covers[v] == ci) {
            e.add(coverLevel[course[j]][v], from[j], until[j], course[j]);
          }
        }
      }
      ComplianceStatus status;
      LocalDate date;
      int renewedBy;
      if (e.held) {
        date = e.lasting ? null : e.lapse;
        renewedBy = e.lapseCourse;
        status = date != null && date.isBefore(end) ? ComplianceStatus.DUE
            : ComplianceStatus.CURRENT;
      } else {
        date = e.lapsed;
        renewedBy = e.lapsedCourse;
        status = date != null ? ComplianceStatus.LAPSED : ComplianceStatus.MISSING;
      }
      int renew = -1;
      int month = 0;
      if (date != null) {
        month = e.held ? date.getYear() * 12 + date.getMonthValue() - 1 - firstMonth : 0;
        if (month < settings.horizonMonths()) {
          renew = renewedBy >= 0 ? renewedBy : cheapestOrNone(ci, required);
        }
      }
      sink.accept(person, t, i, e.level, status, date, renew, month);
    }
  }

  /** What the evidence of one competency says against one required level. */
  private final class Evidence {
    final LocalDate asOf;
    int required;
    /** The level held: the highest level of current evidence. */
    int level;
    /** Whether current evidence reaches the required level, and whether some never lapses. */
    boolean held;
    boolean lasting;
    /** The latest lapse day of such current evidence, and its course (-1: a held level). */
    LocalDate lapse;
    int lapseCourse;
    /** The latest lapse day of lapsed evidence at the required level or above, its course. */
    LocalDate lapsed;
    int lapsedCourse;

    Evidence(LocalDate asOf) {
      this.asOf = asOf;
    }

    void reset(int required) {
      this.required = required;
      level = 0;
      held = false;
      lasting = false;
      lapse = null;
      lapsed = null;
      lapseCourse = -1;
      lapsedCourse = -1;
    }

    /** One piece of evidence: a level from a day (null: undated) until a day (null: never). */
    void add(int evidenced, LocalDate begins, LocalDate ends, int course) {
      if (begins != null && begins.isAfter(asOf)) {
        return;                                   // not yet
      }
      boolean current = ends == null || asOf.isBefore(ends);
      if (current && evidenced > level) {
        level = evidenced;
      }
      if (evidenced < required) {
        return;
      }
      if (current) {
        held = true;
        if (ends == null) {
          lasting = true;
        } else if (lapse == null || ends.isAfter(lapse)
            || ends.equals(lapse) && before(course, lapseCourse)) {
          lapse = ends;
          lapseCourse = course;
        }
      } else if (lapsed == null || ends.isAfter(lapsed)
          || ends.equals(lapsed) && before(course, lapsedCourse)) {
        lapsed = ends;
        lapsedCourse = course;
      }
    }
  }

  /**
   * On the same lapse day, which evidence names the renewing course: a completed course before a
   * held level, then the smaller course id.
   */
  private boolean before(int course, int other) {
    if (course < 0 || other < 0) {
      return course >= 0 && other < 0;
    }
    return model.courses().get(course).id().compareTo(model.courses().get(other).id()) < 0;
  }

  /** The cheapest course teaching a level, or courses + competency index when none does. */
  private int cheapestOrNone(int competencyIndex, int level) {
    int[] row = cheapest[competencyIndex];
    int k = level < row.length ? row[level] : -1;
    return k >= 0 ? k : model.courses().size() + competencyIndex;
  }

  /** The counts of one summary run. */
  private final class Tally implements Sink {
    final LocalDate asOf;
    final int horizon = settings.horizonMonths();
    final int organisations = organisationIndex.size();
    long people;
    long assessed;
    final long[] total = new long[4];
    final long[] byRole = new long[4 * model.roles().size()];
    final long[] byOrganisation = new long[4 * (organisations + 1)];
    final long[] byCompetency = new long[4 * model.competencies().size()];
    final long[] demand = new long[(model.courses().size() + model.competencies().size())
        * horizon];
    /** The demand cells this person has counted, so each counts once per person. */
    int[] counted = new int[16];
    int countedSize;
    int role;
    int organisation;

    Tally(LocalDate asOf) {
      this.asOf = asOf;
    }

    void add(WorkerProfile person) {
      people++;
      if (person.role().isEmpty()) {
        return;
      }
      assessed++;
      role = model.roleIndex(person.role().get());
      organisation = person.organisationType().map(organisationIndex::get).orElse(organisations);
      countedSize = 0;
      assess(person, asOf, this);
    }

    @Override
    public void accept(WorkerProfile person, Targets t, int i, int held, ComplianceStatus status,
        LocalDate date, int renew, int month) {
      int s = status.ordinal();
      total[s]++;
      byRole[4 * role + s]++;
      byOrganisation[4 * organisation + s]++;
      byCompetency[4 * t.competencyIndex[i] + s]++;
      if (renew >= 0) {
        int cell = renew * horizon + month;
        for (int j = 0; j < countedSize; j++) {
          if (counted[j] == cell) {
            return;
          }
        }
        if (countedSize == counted.length) {
          counted = Arrays.copyOf(counted, 2 * countedSize);
        }
        counted[countedSize++] = cell;
        demand[cell]++;
      }
    }

    ComplianceSummary result() {
      List<StatusCounts> roles = new ArrayList<>();
      for (int r = 0; r < model.roles().size(); r++) {
        counts(model.roles().get(r).id().value(), byRole, r, roles);
      }
      List<StatusCounts> types = new ArrayList<>();
      counts("", byOrganisation, organisations, types);
      for (int o = 0; o < organisations; o++) {
        counts(model.organisationTypes().get(o).id().value(), byOrganisation, o, types);
      }
      List<StatusCounts> competencies = new ArrayList<>();
      for (int c = 0; c < model.competencies().size(); c++) {
        counts(model.competencies().get(c).id().value(), byCompetency, c, competencies);
      }
      Comparator<StatusCounts> byKey = Comparator.comparing(StatusCounts::key);
      roles.sort(byKey);
      types.sort(byKey);
      competencies.sort(byKey);
      List<RefresherDemand> refreshers = new ArrayList<>();
      YearMonth first = YearMonth.from(asOf);
      int courses = model.courses().size();
      for (int cell = 0; cell < demand.length; cell++) {
        if (demand[cell] > 0) {
          int k = cell / horizon;
          YearMonth month = first.plusMonths(cell % horizon);
          refreshers.add(k < courses
              ? new RefresherDemand(Optional.of(model.courses().get(k).id()), Optional.empty(),
                  month, demand[cell])
              : new RefresherDemand(Optional.empty(),
                  Optional.of(model.competencies().get(k - courses).id()), month, demand[cell]));
        }
      }
      refreshers.sort(Comparator.comparing(RefresherDemand::month)
          .thenComparing(d -> d.course().isEmpty())
          .thenComparing(d -> d.course().map(CourseId::value)
              .orElseGet(() -> d.competency().get().value())));
      return new ComplianceSummary(asOf, settings.withinMonths(), horizon, people, assessed,
          new StatusCounts("", total[0], total[1], total[2], total[3]), roles, types,
          competencies, refreshers);
    }

    private void counts(String key, long[] counts, int group, List<StatusCounts> out) {
      int at = 4 * group;
      if (counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3] > 0) {
        out.add(new StatusCounts(key, counts[at], counts[at + 1], counts[at + 2],
            counts[at + 3]));
      }
    }
  }
}
