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
 * A person with a current role is checked against {@link Role#requirementsFor(Optional, int) the
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
 * gave the lapsing (or lapsed) level, when that evidence came from a course; otherwise (a held
 * level with an {@code until} day) the cheapest course in the model that teaches the competency
 * at the required level or above, ties by course id; when no course does, the demand is counted
 * against the competency with no course. Entry rules and prerequisites are not applied: this is
 * the demand, not a plan. A person who needs one course for several competencies in the same
 * month counts once for that course and month.
 *
 * <h2>Complexity</h2>
 * Building is O(R·(T + 1)·q + C·v·L) for R roles, T organisation types, q requirements per role,
 * C courses teaching v levels each and L the highest level: every role's requirements for every
 * organisation type, with and without first-year targets, are turned into arrays once. Per
 * person: O(h + c·v) to read the evidence ({@link HeldLevels#of}) and O(q·e) for the q
 * requirements of their role, e pieces of evidence per competency. {@link #summarise} keeps
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
  private final Map<OrganisationTypeId, Integer> organisationIndex = new HashMap<>();
  private final Map<CourseId, Integer> courseIndex = new HashMap<>();
  /** By role, then {@code 2·organisation type + (first year ? 1 : 0)}; the last type is "none". */
  private final Targets[][] targets;
  /** By competency, then level: the cheapest course teaching it at that level or above, or -1. */
  private final int[][] cheapest;

  private ComplianceAnalysis(WorkforceModel model, ComplianceSettings settings) {
    this.model = model;
    this.settings = settings;
    this.check = ProfileCheck.of(model);
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
        Targets full = variant ? new Targets(model, role.requirementsIn(type)) : base;
        targets[r][2 * o] = full;
        targets[r][2 * o + 1] = role.firstYear().isEmpty() ? full
            : new Targets(model, role.requirementsFor(type, 0));
        for (int l : full.level) {
          maxLevel = Math.max(maxLevel, l);
        }
      }
    }
    List<Course> courses = model.courses();
    for (int k = 0; k < courses.size(); k++) {
      courseIndex.put(courses.get(k).id(), k);
      for (CompetencyLevel cover : courses.get(k).covers()) {
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
    check.require(Objects.requireNonNull(person, "person"));
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
    source.forEach(p -> tally.add(check.require(p, position[0]++)));
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
      check.require(p, position[0]++);
      assess(p, asOf, (q, t, i, held, status, date, renew, month) ->
          items.add(new ComplianceItem(q.id(), q.role().get(), t.competency[i], t.level[i], held,
              status, Optional.ofNullable(status == ComplianceStatus.DUE
                  || status == ComplianceStatus.LAPSED ? date : null))));
    });
    return new ComplianceRegister(asOf, settings.withinMonths(), items);
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
    HeldLevels levels = HeldLevels.of(model, person, asOf);
    LocalDate end = asOf.plusMonths(settings.withinMonths());
    int firstMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    for (int i = 0; i < t.level.length; i++) {
      int required = t.level[i];
      boolean held = false;
      boolean lasting = false;
      HeldLevels.Evidence lapsing = null;
      HeldLevels.Evidence lapsed = null;
      for (HeldLevels.Evidence e : levels.evidence(t.competency[i])) {
        if (e.level() < required) {
          break;                             // highest level first
        }
        if (e.isCurrentOn(asOf)) {
          held = true;
          if (e.lapsesOn().isEmpty()) {
            lasting = true;
          } else if (lapsing == null || e.lapsesOn().get().isAfter(lapsing.lapsesOn().get())) {
            lapsing = e;
          }
        } else if (e.hasLapsedBy(asOf)
            && (lapsed == null || e.lapsesOn().get().isAfter(lapsed.lapsesOn().get()))) {
          lapsed = e;
        }
      }
      ComplianceStatus status;
      HeldLevels.Evidence renewed;
      if (held) {
        renewed = lasting ? null : lapsing;
        status = renewed != null && renewed.lapsesOn().get().isBefore(end)
            ? ComplianceStatus.DUE : ComplianceStatus.CURRENT;
      } else {
        renewed = lapsed;
        status = lapsed != null ? ComplianceStatus.LAPSED : ComplianceStatus.MISSING;
      }
      LocalDate date = renewed == null ? null : renewed.lapsesOn().get();
      int renew = -1;
      int month = 0;
      if (date != null) {
        month = held ? date.getYear() * 12 + date.getMonthValue() - 1 - firstMonth : 0;
        if (month < settings.horizonMonths()) {
          renew = renewer(renewed, t.competency[i], t.competencyIndex[i], required);
        }
      }
      sink.accept(person, t, i, levels.level(t.competency[i]), status, date, renew, month);
    }
  }

  /** The course that renews a level (see the class notes), or courses + competency index. */
  private int renewer(HeldLevels.Evidence evidence, CompetencyId competency, int competencyIndex,
      int level) {
    if (evidence.course().isPresent()) {
      Integer k = courseIndex.get(evidence.course().get());
      if (k != null && model.courses().get(k).reaches(competency, level)) {
        return k;
      }
    }
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
