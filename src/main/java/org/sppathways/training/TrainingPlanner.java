package org.sppathways.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Chooses the courses that close a gap at the least total hours, cost or number of courses,
 * honouring prerequisites and counting what the person already holds.
 *
 * <pre>{@code
 * TrainingPlanner planner = TrainingPlanner.of(model);
 * GapReport gap = GapAnalysis.of(model).gap(person, RoleId.of("senior-link-worker"));
 * TrainingPlan plan = planner.plan(person, gap, Objective.HOURS);
 * plan.courses();      // in an order in which each course can be begun
 * plan.unclosable();   // what no course reaches
 * }</pre>
 *
 * <h2>Held levels and prerequisites</h2>
 * A course's prerequisite is met when the course is begun if the prerequisite
 * <ul>
 *   <li>was completed before (the person's completed courses), or is an earlier course of the
 *       plan; or</li>
 *   <li>teaches at least one level, and every level it teaches is held by then: held at the start
 *       or reached by an earlier course of the plan.</li>
 * </ul>
 * So someone holding safeguarding adults (and raising concerns) at level 2 may begin the level 3
 * course without the level 2 course, and a plan never includes a course every level of which the
 * person holds at the start. A prerequisite that teaches nothing can only be met by completing it.
 * {@link TrainingPlan#courses()} lists the courses in an order in which each can be begun (the
 * smallest course id among those that can be begun next).
 *
 * <h2>Entry rules</h2>
 * A course's {@linkplain Course#entry() entry rules} must hold too when it is begun. For the
 * person planned for they are compiled into a conjunction of clauses, each a disjunction of atoms
 * ({@link EntryRule.AnyOf} flattened). Atoms about the employer's organisation type and the
 * contracted hours are decided up front from the person: a rule about something they do not say
 * is not met, and a plan for no one in particular ({@link #plan(GapReport, Objective)}, the
 * four-argument list form) knows no employer and no contract, so such rules are never met there.
 * A level atom is met by a level held at the start or reached by an earlier course of the plan;
 * a course atom by a course completed before (for a person, even if lapsed, as
 * {@link EntryRule.CompletedCourse} says) or an earlier course of the plan. A course with a
 * clause nothing can meet is never planned; otherwise the plan may include courses that make the
 * person eligible, and lists them before the course they open. A target only courses the person
 * can never enter reach is {@linkplain TrainingPlan#unclosableTargets() unclosable}, with the
 * rule that stops each of them ({@link UnclosableTarget}).
 *
 * <h2>Algorithm</h2>
 * The problem is weighted set cover with precedence: choose a set of courses that can all be
 * begun in some order (taking, repeatedly, any course whose prerequisites are met; levels only
 * rise, so the order tried does not matter) and reaches every closable target, at least total
 * weight. A greedy pass (repeatedly take the course, with the prerequisites it still lacks, that
 * closes the most open targets per unit of weight) gives a first plan; depth-first branch and bound
 * then adds one course at a time. Before either, the courses a plan can ever include are found by
 * taking, repeatedly, every course whose prerequisites and entry rules the start and the courses
 * taken so far meet; the others are never branched on, and the order they were taken in guides
 * the greedy pass to eligibility courses that cannot loop. While some chosen course cannot be
 * begun, each level taught by
 * a prerequisite it lacks that no chosen course reaches must be reached by a course still to add:
 * the search branches over the courses reaching the one of these levels with the fewest (and, if
 * the chosen courses only wait on one another, over every course one of which must be added);
 * otherwise over the courses that close the open target with the fewest. An entry clause a chosen
 * course lacks that no chosen course could meet is one more such set: the courses reaching a
 * level it names or the course it names, one of which any plan containing the chosen courses
 * must add. It prunes with a lower
 * bound, the sum of the cheapest course's weight over the open targets and such levels whose sets
 * of courses are pairwise disjoint (each needs its own course), and never expands a set of courses
 * twice. Every candidate plan, the greedy one included, has its redundant courses
 * removed before it is compared with the best so far, so a larger {@link #nodeLimit()} never gives
 * a worse plan. The search is exact, so the plan is optimal, unless it expands more than
 * {@link #nodeLimit()} nodes; then the best plan found so far is returned with
 * {@code optimal = false}. Without prerequisites the greedy plan is within H(n) ≤ 1 + ln n of the
 * optimum for n targets (Chvátal 1979).
 *
 * <h2>Complexity</h2>
 * For n targets, c courses, s chosen courses, p prerequisites per course, v levels taught per
 * course and a entry atoms per course: compiling the entry rules is O(c · a); finding the courses
 * a plan can include is O(d · c · (p · v + a)) for d the longest chain of courses each waiting
 * on an earlier one; the greedy pass is O(n · c · (p · v + a · c)) per course taken; the search
 * visits at most {@link #nodeLimit()} nodes, each O(s² · (p · v + a)) to check which chosen
 * courses can be begun, plus O(n · c) for the bound. The bound leaves entry clauses out unless a
 * chosen course lacks one, so it stays a lower bound. Measured on one core (30-target gaps of the generated ESCO-scale model,
 * least hours): 0.6 ms a plan against 100 courses, 1.2 ms against 500, 25 ms against 3,000, all
 * proven optimal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrainingPlanner {

  /** The default most search nodes expanded before the best plan so far is returned. */
  public static final int DEFAULT_NODE_LIMIT = 200_000;

  private static final double EPSILON = 1e-9;

  private final WorkforceModel model;
  private final List<Course> catalogue;
  private final Map<CourseId, Integer> courseIndex;
  private final Map<CompetencyId, List<Integer>> coursesCovering;
  /** Dense indices of the competencies some course covers. */
  private final Map<CompetencyId, Integer> competencyIndex;
  /** Per course, the indices of the competencies it covers and the level it reaches in each. */
  private final int[][] coverCompetency;
  private final int[][] coverLevel;
  /** Per course, the indices of its prerequisites. */
  private final int[][] prerequisite;
  /** Per competency index, the courses covering it. */
  private final int[][] coveringByIndex;
  /** The courses (indices) with entry rules. */
  private final int[] withEntry;
  /** Per course, no entry clause; and no course barred: the entry of a catalogue without rules. */
  private final Clause[][] noClauses;
  private final EntryRule[] noBars;
  private static final Clause[] NO_CLAUSE = new Clause[0];
  private final int nodeLimit;

  private TrainingPlanner(WorkforceModel model, List<Course> catalogue, int nodeLimit) {
    this.model = model;
    this.catalogue = List.copyOf(catalogue);
    this.nodeLimit = nodeLimit;
    this.courseIndex = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < this.catalogue.size(); i++) {
      if (courseIndex.putIfAbsent(this.catalogue.get(i).id(), i) != null) {
        problems.add(Problem.of("courses[" + i + "].id", "duplicate course id '"
            + this.catalogue.get(i).id() + "' in the catalogue"));
      }
    }
    this.coursesCovering = new HashMap<>();
    for (int i = 0; i < this.catalogue.size(); i++) {
      Course course = this.catalogue.get(i);
      for (int j = 0; j < course.prerequisites().size(); j++) {
        if (!courseIndex.containsKey(course.prerequisites().get(j))) {
          problems.add(Problem.of("courses[" + i + "].prerequisites[" + j + "]",
              "unknown course '" + course.prerequisites().get(j) + "'")
              .withSuggestion("add the prerequisite to the catalogue"));
        }
      }
      for (CompetencyLevel cover : course.covers()) {
        coursesCovering.computeIfAbsent(cover.competency(), k -> new ArrayList<>()).add(i);
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException("the course catalogue is invalid", problems);
    }
    checkLoops(problems);
    if (!problems.isEmpty()) {
      throw new ModelException("the course catalogue is invalid", problems);
    }
    int n = this.catalogue.size();
    this.competencyIndex = new HashMap<>();
    this.coverCompetency = new int[n][];
    this.coverLevel = new int[n][];
    this.prerequisite = new int[n][];
    List<List<Integer>> covering = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Course course = this.catalogue.get(i);
      List<CompetencyLevel> covers = course.covers();
      coverCompetency[i] = new int[covers.size()];
      coverLevel[i] = new int[covers.size()];
      for (int j = 0; j < covers.size(); j++) {
        int k = competencyIndex.computeIfAbsent(covers.get(j).competency(), x -> covering.size());
        if (k == covering.size()) {
          covering.add(new ArrayList<>());
        }
        covering.get(k).add(i);
        coverCompetency[i][j] = k;
        coverLevel[i][j] = covers.get(j).level();
      }
      prerequisite[i] = course.prerequisites().stream().mapToInt(courseIndex::get).toArray();
    }
    this.coveringByIndex = covering.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    this.withEntry = java.util.stream.IntStream.range(0, n)
        .filter(i -> !this.catalogue.get(i).entry().isEmpty()).toArray();
    this.noClauses = new Clause[n][];
    Arrays.fill(noClauses, NO_CLAUSE);
    this.noBars = new EntryRule[n];
  }

  /** The courses bringing competency {@code k} (an index) to {@code level} or above. */
  private List<Integer> coursesReaching(int k, int level) {
    List<Integer> out = new ArrayList<>();
    for (int c : coveringByIndex[k]) {
      for (int j = 0; j < coverCompetency[c].length; j++) {
        if (coverCompetency[c][j] == k && coverLevel[c][j] >= level) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** A planner over the model's own courses. */
  public static TrainingPlanner of(WorkforceModel model) {
    return new TrainingPlanner(Objects.requireNonNull(model, "model"), model.courses(),
        DEFAULT_NODE_LIMIT);
  }

  /**
   * A planner over another catalogue (e.g. one read by {@code CourseCatalogueReader}).
   *
   * @throws ModelException if course ids repeat, a prerequisite is not in the catalogue, or
   *     prerequisites form a loop
   */
  public static TrainingPlanner of(WorkforceModel model, List<Course> catalogue) {
    return new TrainingPlanner(Objects.requireNonNull(model, "model"), catalogue,
        DEFAULT_NODE_LIMIT);
  }

  /**
   * This planner with another search bound.
   *
   * @throws IllegalArgumentException if the limit is below 1
   */
  public TrainingPlanner withNodeLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the node limit must be 1 or more, was " + limit);
    }
    return new TrainingPlanner(model, catalogue, limit);
  }

  /** The most search nodes expanded before the best plan so far is returned. */
  public int nodeLimit() {
    return nodeLimit;
  }

  /** The courses planned from. */
  public List<Course> catalogue() {
    return catalogue;
  }

  /** Reports every course that is its own prerequisite through a loop. */
  private void checkLoops(List<Problem> problems) {
    int n = catalogue.size();
    for (int i = 0; i < n; i++) {
      if (reachesItself(i, i, new BitSet(n))) {
        problems.add(Problem.of("courses[" + i + "].prerequisites", "course '"
            + catalogue.get(i).id() + "' is its own prerequisite through a loop")
            .withSuggestion("remove one prerequisite to break the loop"));
      }
    }
  }

  /** Whether following prerequisites from {@code course} leads back to {@code root}. */
  private boolean reachesItself(int root, int course, BitSet seen) {
    for (CourseId p : catalogue.get(course).prerequisites()) {
      int q = courseIndex.get(p);
      if (q == root) {
        return true;
      }
      if (!seen.get(q)) {
        seen.set(q);
        if (reachesItself(root, q, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A plan closing a gap report's unmet requirements, for someone who has completed no course and
   * holds the levels the report shows as held; for a gap between two roles, also every level the
   * first role requires (what its holders are taken to hold).
   */
  public TrainingPlan plan(GapReport gap, Objective objective) {
    Map<CompetencyId, Integer> held = new HashMap<>();
    gap.from().ifPresent(from -> model.role(from).requirements()
        .forEach(r -> held.merge(r.competency(), r.level(), Math::max)));
    for (RequirementGap g : gap.requirements()) {
      held.merge(g.competency(), g.held(), Math::max);
    }
    return plan(targets(gap), held, Set.of(), objective, NOBODY);
  }

  /**
   * A plan closing a person's gap, counting the levels they hold and the courses they have
   * completed.
   *
   * @throws ModelException if the profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck}): an unknown role, organisation type,
   *     competency or course, or a level outside the scale, each located and with a suggestion
   */
  public TrainingPlan plan(WorkerProfile person, GapReport gap, Objective objective) {
    return plan(person, gap, objective, gap.asOf().orElseGet(LocalDate::now));
  }

  /**
   * A plan closing a person's gap on a given day: the levels they hold that day
   * ({@link HeldLevels}) and the courses whose completion is still in date count; a course whose
   * completion has lapsed may be planned again (a refresher), and does not meet a prerequisite
   * by having been completed (only by the levels held).
   *
   * <pre>{@code
   * GapReport gap = gaps.gap(person, RoleId.of("link-worker"), day);
   * TrainingPlan refresher = planner.plan(person, gap, Objective.HOURS, day);
   * }</pre>
   *
   * @throws ModelException if the profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck})
   */
  public TrainingPlan plan(WorkerProfile person, GapReport gap, Objective objective,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    org.sppathways.model.ProfileCheck.of(model).require(person);
    HeldLevels held = HeldLevels.of(model, person, asOf);
    return plan(targets(gap), held.levels(), held.completedInDate(), objective,
        EntryRule.Candidate.of(held, person));
  }

  private static List<CompetencyLevel> targets(GapReport gap) {
    List<CompetencyLevel> targets = new ArrayList<>();
    for (RequirementGap g : gap.gaps()) {
      targets.add(CompetencyLevel.of(g.competency(), g.required()));
    }
    return targets;
  }

  /**
   * A plan reaching every target level not already held, at least total weight, for no one in
   * particular: entry rules about an employer's organisation type or contracted hours are not met
   * (nothing is known of them), so courses with such rules are never planned. For a person, use
   * {@link #plan(List, Map, Set, Objective, EntryRule.Candidate)}.
   *
   * @param targets competencies and the levels to reach (a competency listed twice counts at its
   *     highest level)
   * @param held levels already held; targets they meet need no course, and a prerequisite every
   *     level of which they hold is met
   * @param completed courses already completed: they meet prerequisites and are not planned
   * @param objective what to minimise
   */
  public TrainingPlan plan(List<CompetencyLevel> targets, Map<CompetencyId, Integer> held,
      Set<CourseId> completed, Objective objective) {
    return plan(targets, held, completed, objective, NOBODY);
  }

  /**
   * A plan reaching every target level not already held, at least total weight, for a person
   * whose entry to courses is judged by {@code person}: a course is planned only if the person
   * meets its {@linkplain Course#entry() entry rules} when it is begun, by what they are at the
   * start (the candidate's levels, completed courses, organisation type and contracted hours,
   * besides {@code held} and {@code completed}) or by earlier courses of the plan. Courses that
   * make the person eligible come before the course they open. A target that only courses the
   * person can never enter reach is {@linkplain UnclosableTarget unclosable}, with the rule.
   *
   * <pre>{@code
   * HeldLevels held = HeldLevels.of(model, person, day);
   * TrainingPlan plan = planner.plan(targets, held.levels(), held.completedInDate(),
   *     Objective.HOURS, EntryRule.Candidate.of(held, person));
   * }</pre>
   *
   * @param targets competencies and the levels to reach (a competency listed twice counts at its
   *     highest level)
   * @param held levels already held; targets they meet need no course, and a prerequisite every
   *     level of which they hold is met
   * @param completed courses already completed: they meet prerequisites and are not planned
   * @param objective what to minimise
   * @param person what entry rules are judged on at the start of the plan
   */
  public TrainingPlan plan(List<CompetencyLevel> targets, Map<CompetencyId, Integer> held,
      Set<CourseId> completed, Objective objective, EntryRule.Candidate person) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(person, "person");
    Map<CompetencyId, Integer> wanted = new LinkedHashMap<>();
    for (CompetencyLevel t : targets) {
      Integer level = held.get(t.competency());
      if (level == null || level < t.level()) {
        wanted.merge(t.competency(), t.level(), Math::max);
      }
    }
    Search search = search(wanted, held, completed, objective, person);
    search.run();
    return search.plan();
  }

  /**
   * {@link #enterable(Map, Set, EntryRule.Candidate)} for no one in particular: entry rules about
   * an employer's organisation type or contracted hours are not met.
   */
  public Set<CourseId> enterable(Map<CompetencyId, Integer> held, Set<CourseId> completed) {
    return enterable(held, completed, NOBODY);
  }

  /**
   * The courses some plan from this start can include, in catalogue order: those not completed
   * that the person can begin, at once or after other such courses (their prerequisites and
   * entry rules met). A level no course of this set reaches cannot be planned for them.
   *
   * <p>O(c · d · (p · v + e)) for c courses, d the longest chain of courses each needing an
   * earlier one, p prerequisites, v levels taught and e entry atoms per course.
   *
   * @param held levels held at the start
   * @param completed courses completed (not planned again)
   * @param person what entry rules are judged on
   */
  public Set<CourseId> enterable(Map<CompetencyId, Integer> held, Set<CourseId> completed,
      EntryRule.Candidate person) {
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(person, "person");
    Search search = search(Map.of(), held, completed, Objective.COUNT, person);
    Set<CourseId> out = new java.util.LinkedHashSet<>();
    for (int c = search.open.nextSetBit(0); c >= 0; c = search.open.nextSetBit(c + 1)) {
      out.add(catalogue.get(c).id());
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Whether some course of the catalogue has an entry rule. */
  boolean hasEntryRules() {
    return withEntry.length > 0;
  }

  /**
   * What one person can enter, for {@link Commissioner}: per course (catalogue position), whether
   * some plan can include it, and the courses that let them begin it from the start.
   */
  Eligibility eligibility(Map<CompetencyId, Integer> held, Set<CourseId> completed,
      EntryRule.Candidate person) {
    return new Eligibility(search(Map.of(), held, completed, Objective.COST, person));
  }

  /** One person's eligibility (see {@link #eligibility}); not thread-safe, used by one thread. */
  final class Eligibility {
    private final Search search;

    private Eligibility(Search search) {
      this.search = search;
    }

    /** Whether some plan for the person can include course {@code c}. */
    boolean open(int c) {
      return search.open.get(c);
    }

    /**
     * The courses that let the person begin course {@code c} from the start (missing
     * prerequisites and what makes them eligible, each before what needs it), then {@code c}.
     */
    List<Integer> bundle(int c) {
      return search.trial(c, new BitSet(catalogue.size()), search.start.clone());
    }
  }

  private Search search(Map<CompetencyId, Integer> wanted, Map<CompetencyId, Integer> held,
      Set<CourseId> completed, Objective objective, EntryRule.Candidate person) {
    boolean[] done = new boolean[catalogue.size()];
    for (CourseId c : completed) {
      Integer i = courseIndex.get(c);
      if (i != null) {
        done[i] = true;
      }
    }
    int[] start = new int[competencyIndex.size()];
    held.forEach((competency, level) -> {
      Integer k = competencyIndex.get(competency);
      if (k != null) {
        start[k] = level;
      }
    });
    if (withEntry.length == 0) {
      return new Search(wanted, done, start, objective, noClauses, noBars);
    }
    Clause[][] clauses = noClauses.clone();
    EntryRule[] barredBy = new EntryRule[catalogue.size()];
    for (int c : withEntry) {
      List<Clause> list = new ArrayList<>();
      for (EntryRule rule : catalogue.get(c).entry()) {
        Clause clause = compile(rule, held, completed, person);
        if (clause == null) {
          continue;
        }
        if (clause.isEmpty()) {
          barredBy[c] = rule;
          break;
        }
        list.add(clause);
      }
      clauses[c] = list.toArray(NO_CLAUSE);
    }
    return new Search(wanted, done, start, objective, clauses, barredBy);
  }

  /**
   * One entry rule for the person planned for, as the atoms training can still meet: null when
   * the start already meets it; an empty clause when nothing can (a rule about the employer or
   * the contract that does not hold, a level no course teaches, a course not in the catalogue).
   */
  private Clause compile(EntryRule rule, Map<CompetencyId, Integer> held,
      Set<CourseId> completed, EntryRule.Candidate person) {
    List<EntryRule> atoms = new ArrayList<>();
    flatten(rule, atoms);
    List<int[]> levels = new ArrayList<>();
    List<Integer> courses = new ArrayList<>();
    for (EntryRule atom : atoms) {
      if (atom instanceof EntryRule.HeldLevel h) {
        int start = Math.max(held.getOrDefault(h.competency(), 0), person.level(h.competency()));
        if (start >= h.level()) {
          return null;
        }
        Integer k = competencyIndex.get(h.competency());
        if (k != null) {
          levels.add(new int[] {k, h.level()});
        }
      } else if (atom instanceof EntryRule.CompletedCourse cc) {
        if (completed.contains(cc.course()) || person.hasCompleted(cc.course())) {
          return null;
        }
        Integer q = courseIndex.get(cc.course());
        if (q != null) {
          courses.add(q);
        }
      } else if (atom.isMetBy(person)) {
        return null;   // organisation type or contracted hours: decided by the start alone
      }
    }
    return new Clause(rule, levels.stream().mapToInt(a -> a[0]).toArray(),
        levels.stream().mapToInt(a -> a[1]).toArray(),
        courses.stream().mapToInt(Integer::intValue).toArray());
  }

  private static void flatten(EntryRule rule, List<EntryRule> out) {
    if (rule instanceof EntryRule.AnyOf any) {
      any.rules().forEach(r -> flatten(r, out));
    } else {
      out.add(rule);
    }
  }

  /**
   * An entry rule as the atoms still to meet by training, one of which must hold when the course
   * is begun: a competency index reaching a level, or a course (index) completed in the plan.
   */
  private record Clause(EntryRule rule, int[] competency, int[] level, int[] course) {
    boolean isEmpty() {
      return competency.length == 0 && course.length == 0;
    }
  }

  /** Who a plan is for when no one is: knows no level, course, employer or contract. */
  private static final EntryRule.Candidate NOBODY = new EntryRule.Candidate() {
    @Override
    public int level(CompetencyId competency) {
      return 0;
    }

    @Override
    public boolean hasCompleted(CourseId course) {
      return false;
    }

    @Override
    public java.util.Optional<org.sppathways.model.OrganisationTypeId> organisationType() {
      return java.util.Optional.empty();
    }

    @Override
    public java.util.OptionalDouble contractedHours() {
      return java.util.OptionalDouble.empty();
    }
  };

  /** What a rule asks for, as a person reads it, with the rule's values only. */
  static String describe(EntryRule rule) {
    if (rule instanceof EntryRule.OrganisationTypes t) {
      return "is open only to organisation types " + String.join(", ",
          t.types().stream().map(Object::toString).toList());
    }
    return "needs " + noun(rule);
  }

  private static String noun(EntryRule rule) {
    if (rule instanceof EntryRule.HeldLevel h) {
      return h.competency() + " at level " + h.level();
    } else if (rule instanceof EntryRule.CompletedCourse c) {
      return "course '" + c.course() + "' completed";
    } else if (rule instanceof EntryRule.AnyOf any) {
      return "one of " + String.join(" or ", any.rules().stream()
          .map(TrainingPlanner::noun).toList());
    } else if (rule instanceof EntryRule.OrganisationTypes t) {
      return "an employer of organisation type " + String.join(" or ",
          t.types().stream().map(Object::toString).toList());
    } else {
      double hours = ((EntryRule.MinContractedHours) rule).hours();
      return "a contract of at least " + java.math.BigDecimal.valueOf(hours)
          .stripTrailingZeros().toPlainString() + " hours a week";
    }
  }

  /** The words of a set of courses (no trailing zero word), equal when the sets are equal. */
  private static final class Words {
    private final long[] words;
    private final int hash;

    Words(long[] words) {
      this.words = words;
      long h = 0x9E3779B97F4A7C15L;
      for (long w : words) {
        h = (h ^ w) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      this.hash = (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Words w && Arrays.equals(words, w.words);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Greedy start, then branch and bound, over the closable targets. */
  private final class Search {
    final int targets;
    final int[][] closers;
    final boolean[] done;
    /** Per course, its entry rules still to meet by training, for the person planned for. */
    final Clause[][] clauses;
    /** Per course, the entry rule no training can meet, or null. */
    final EntryRule[] barredBy;
    /** Whether some course has an entry rule left to meet or is barred. */
    final boolean entryRules;
    /** The courses some feasible plan can include ({@link #openCourses()}). */
    final BitSet open;
    /** Per course, the order in which {@link #openCourses()} took it; MAX_VALUE if never. */
    final int[] rank;
    BitSet openTaken;
    int[] openLevels;
    final List<CompetencyLevel> closable = new ArrayList<>();
    final List<UnclosableTarget> unclosable = new ArrayList<>();
    final Objective objective;
    final double[] weight;
    final BitSet[] closes;
    final double[] cheapest;
    final int[] byFewestClosers;
    /** Levels held at the start, per interned competency. */
    final int[] start;
    /**
     * The sets of courses expanded, as their words: {@code BitSet.hashCode} folds its words by
     * XOR, so sets of a few courses collide in bulk and a set of them degrades to slow trees.
     */
    final Set<Words> visited = new HashSet<>();
    /**
     * Scratch levels, one per use, so that a node neither allocates nor copies arrays as long as
     * the competency index: a node is done with them before it recurses.
     */
    final Scratch nodeLevels;
    final Scratch reachedLevels;
    final Scratch feasibleLevels;
    /** A scratch set of courses for the bounds. */
    final BitSet used = new BitSet();
    /** Per competency index and level (packed), the courses not completed that reach it. */
    final Map<Long, int[]> reaching = new HashMap<>();
    BitSet best;
    double bestWeight = Double.POSITIVE_INFINITY;
    int nodes;
    boolean exhausted = true;

    Search(Map<CompetencyId, Integer> wanted, boolean[] done, int[] start, Objective objective,
        Clause[][] clauses, EntryRule[] barredBy) {
      this.done = done;
      this.start = start;
      this.clauses = clauses;
      this.barredBy = barredBy;
      boolean any = false;
      for (int c = 0; c < clauses.length; c++) {
        any |= clauses[c].length > 0 || barredBy[c] != null;
      }
      this.entryRules = any;
      this.nodeLevels = new Scratch();
      this.reachedLevels = new Scratch();
      this.feasibleLevels = new Scratch();
      this.objective = objective;
      this.weight = new double[catalogue.size()];
      for (int c = 0; c < catalogue.size(); c++) {
        weight[c] = objective.weight(catalogue.get(c));
      }
      this.rank = new int[catalogue.size()];
      this.open = entryRules ? openCourses() : notDone();
      List<int[]> closerList = new ArrayList<>();
      for (Map.Entry<CompetencyId, Integer> e : wanted.entrySet()) {
        List<Integer> list = new ArrayList<>();
        List<Integer> blocked = new ArrayList<>();
        for (int c : coursesCovering.getOrDefault(e.getKey(), List.of())) {
          if (!done[c] && catalogue.get(c).reaches(e.getKey(), e.getValue())) {
            (open.get(c) ? list : blocked).add(c);
          }
        }
        CompetencyLevel target = CompetencyLevel.of(e.getKey(), e.getValue());
        if (!list.isEmpty()) {
          closable.add(target);
          closerList.add(list.stream().mapToInt(Integer::intValue).toArray());
        } else if (blocked.isEmpty()) {
          unclosable.add(new UnclosableTarget(target, UnclosableTarget.Reason.NO_COURSE,
              "no course in the catalogue reaches it"));
        } else {
          List<String> why = new ArrayList<>();
          for (int c : blocked) {
            why.add(whyNot(c));
          }
          unclosable.add(new UnclosableTarget(target, UnclosableTarget.Reason.NOT_ELIGIBLE,
              String.join("; ", why)));
        }
      }
      this.targets = closable.size();
      this.closers = closerList.toArray(new int[0][]);
      this.closes = new BitSet[catalogue.size()];
      for (int c = 0; c < catalogue.size(); c++) {
        closes[c] = new BitSet(targets);
      }
      this.cheapest = new double[targets];
      for (int t = 0; t < targets; t++) {
        double min = Double.POSITIVE_INFINITY;
        for (int c : closers[t]) {
          closes[c].set(t);
          min = Math.min(min, weight[c]);
        }
        cheapest[t] = min;
      }
      Integer[] order = new Integer[targets];
      for (int t = 0; t < targets; t++) {
        order[t] = t;
      }
      Arrays.sort(order, Comparator.comparingInt((Integer t) -> closers[t].length).thenComparingInt(t -> t));
      this.byFewestClosers = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The courses some feasible plan can include: every course not completed nor barred, taken
     * repeatedly while one can be begun (as levels only rise, the set does not depend on the
     * order). Fills {@link #rank} with the order taken (a course's prerequisites and entry rules
     * are met by courses of lower rank or the start), and leaves the final state in
     * {@link #openTaken} and {@link #openLevels}, for saying why the others cannot be begun.
     */
    private BitSet openCourses() {
      Arrays.fill(rank, Integer.MAX_VALUE);
      BitSet taken = new BitSet(catalogue.size());
      int[] levels = start.clone();
      int next = 0;
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int c = 0; c < catalogue.size(); c++) {
          if (!taken.get(c) && !done[c] && barredBy[c] == null && startable(c, taken, levels)) {
            take(c, taken, levels);
            rank[c] = next++;
            progress = true;
          }
        }
      }
      this.openTaken = taken;
      this.openLevels = levels;
      return taken;
    }

    /**
     * Without entry rules every course not completed can be begun (prerequisites form no loop),
     * in catalogue order; see {@link #openCourses()}.
     */
    private BitSet notDone() {
      BitSet all = new BitSet(catalogue.size());
      for (int c = 0; c < catalogue.size(); c++) {
        if (!done[c]) {
          all.set(c);
          rank[c] = c;
        } else {
          rank[c] = Integer.MAX_VALUE;
        }
      }
      return all;
    }

    /** Why course {@code c}, not open, can never be begun: the first rule it cannot meet. */
    private String whyNot(int c) {
      String course = "course '" + idOf(c) + "' ";
      if (barredBy[c] != null) {
        return course + describe(barredBy[c]);
      }
      for (int p : prerequisite[c]) {
        if (!met(p, openTaken, openLevels)) {
          return course + "needs prerequisite '" + idOf(p) + "', which cannot be entered";
        }
      }
      for (Clause clause : clauses[c]) {
        if (!clauseMet(clause, openTaken, openLevels)) {
          return course + describe(clause.rule()) + ", which no course that can be entered "
              + "provides";
        }
      }
      throw new IllegalStateException("course " + idOf(c) + " can be begun");
    }

    /**
     * Whether course {@code p} teaches some level and every level it teaches is held at
     * {@code levels} (a course teaching nothing can only be met by completing it).
     */
    boolean holdsAll(int p, int[] levels) {
      int[] comps = coverCompetency[p];
      if (comps.length == 0) {
        return false;
      }
      for (int j = 0; j < comps.length; j++) {
        if (levels[comps[j]] < coverLevel[p][j]) {
          return false;
        }
      }
      return true;
    }

    /** Whether prerequisite {@code p} is met: completed before, taken, or its levels held. */
    boolean met(int p, BitSet taken, int[] levels) {
      return done[p] || taken.get(p) || holdsAll(p, levels);
    }

    boolean startable(int c, BitSet taken, int[] levels) {
      for (int p : prerequisite[c]) {
        if (!met(p, taken, levels)) {
          return false;
        }
      }
      for (Clause clause : clauses[c]) {
        if (!clauseMet(clause, taken, levels)) {
          return false;
        }
      }
      return true;
    }

    /** Whether an entry clause holds: a level it names is reached or a course it names taken. */
    boolean clauseMet(Clause clause, BitSet taken, int[] levels) {
      int[] comps = clause.competency();
      for (int i = 0; i < comps.length; i++) {
        if (levels[comps[i]] >= clause.level()[i]) {
          return true;
        }
      }
      for (int q : clause.course()) {
        if (done[q] || taken.get(q)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The courses not chosen, that some feasible plan can include, meeting an atom of an entry
     * clause not met at {@code levels}: one of them must be added for the clause to hold.
     */
    BitSet clauseOptions(Clause clause, BitSet chosen, int[] levels) {
      BitSet options = new BitSet(catalogue.size());
      int[] comps = clause.competency();
      for (int i = 0; i < comps.length; i++) {
        if (levels[comps[i]] < clause.level()[i]) {
          for (int k : coursesReaching(comps[i], clause.level()[i])) {
            if (open.get(k) && !chosen.get(k)) {
              options.set(k);
            }
          }
        }
      }
      for (int q : clause.course()) {
        if (open.get(q) && !chosen.get(q)) {
          options.set(q);
        }
      }
      return options;
    }

    void take(int c, BitSet taken, int[] levels) {
      taken.set(c);
      int[] comps = coverCompetency[c];
      for (int j = 0; j < comps.length; j++) {
        levels[comps[j]] = Math.max(levels[comps[j]], coverLevel[c][j]);
      }
    }

    /**
     * Levels per competency index that equal the start's but for the indices it lists, so that
     * setting them back to the start costs what changed, not the whole index.
     */
    final class Scratch {
      final int[] levels = start.clone();
      /** The courses taken by the last {@link #schedule}. */
      final BitSet taken = new BitSet();
      int[] changed = new int[16];
      int count;

      /** Sets the levels back to the start's, and takes no course. */
      void reset() {
        taken.clear();
        for (int i = 0; i < count; i++) {
          levels[changed[i]] = start[changed[i]];
        }
        count = 0;
      }

      /** Raises competency index k to at least {@code level}. */
      void raise(int k, int level) {
        if (levels[k] < level) {
          if (count == changed.length) {
            changed = Arrays.copyOf(changed, 2 * count);
          }
          changed[count++] = k;
          levels[k] = level;
        }
      }
    }

    /**
     * Takes every course of {@code chosen} that can be begun, repeatedly, until none can; as levels
     * only rise, the courses taken do not depend on the order tried. Fills {@code scratch}, and
     * returns its set of courses taken (valid until its next use).
     */
    BitSet schedule(BitSet chosen, Scratch scratch) {
      scratch.reset();
      int[] levels = scratch.levels;
      BitSet taken = scratch.taken;
      boolean progress = true;
      while (progress) {
        progress = false;
        boolean waiting = false;
        for (int c = chosen.nextSetBit(0); c >= 0; c = chosen.nextSetBit(c + 1)) {
          if (taken.get(c)) {
            continue;
          }
          if (startable(c, taken, levels)) {
            taken.set(c);
            int[] comps = coverCompetency[c];
            for (int j = 0; j < comps.length; j++) {
              scratch.raise(comps[j], coverLevel[c][j]);
            }
            progress = true;
          } else {
            waiting = true;
          }
        }
        // no pass more when every chosen course is taken: it could take nothing
        progress &= waiting;
      }
      return taken;
    }

    boolean feasible(BitSet chosen) {
      return schedule(chosen, feasibleLevels).equals(chosen);
    }

    BitSet covered(BitSet chosen) {
      BitSet covered = new BitSet(targets);
      for (int k = chosen.nextSetBit(0); k >= 0; k = chosen.nextSetBit(k + 1)) {
        covered.or(closes[k]);
      }
      return covered;
    }

    double weightOf(BitSet chosen) {
      double w = 0;
      for (int k = chosen.nextSetBit(0); k >= 0; k = chosen.nextSetBit(k + 1)) {
        w += weight[k];
      }
      return w;
    }

    /**
     * The courses that let {@code c} be begun after {@code taken} (each prerequisite not met, with
     * its own, prerequisites first), then {@code c}; {@code taken} and {@code levels} are left as
     * they were (changes are undone, not copied: levels span every competency).
     */
    List<Integer> trial(int c, BitSet taken, int[] levels) {
      List<Integer> bundle = new ArrayList<>();
      List<int[]> undo = new ArrayList<>();
      enableLogged(c, taken, levels, bundle, undo);
      for (int i = undo.size() - 1; i >= 0; i--) {
        levels[undo.get(i)[0]] = undo.get(i)[1];
      }
      for (int k : bundle) {
        taken.clear(k);
      }
      return bundle;
    }

    private void enableLogged(int c, BitSet taken, int[] levels, List<Integer> bundle,
        List<int[]> undo) {
      if (!entryRules) {
        for (int p : prerequisite[c]) {
          if (!met(p, taken, levels)) {
            enableLogged(p, taken, levels, bundle, undo);
          }
        }
      } else {
        // Each requirement is met by courses taken before c by openCourses (lower rank), so
        // enabling only through them ends, and succeeds.
        int r = rank[c];
        for (int p : prerequisite[c]) {
          if (met(p, taken, levels)) {
            continue;
          }
          if (rank[p] < r) {
            enableLogged(p, taken, levels, bundle, undo);
          } else {
            for (int j = 0; j < coverCompetency[p].length; j++) {
              if (levels[coverCompetency[p][j]] < coverLevel[p][j]) {
                enableLogged(cheapestBelow(coverCompetency[p][j], coverLevel[p][j], r), taken,
                    levels, bundle, undo);
              }
            }
          }
        }
        for (Clause clause : clauses[c]) {
          if (clauseMet(clause, taken, levels)) {
            continue;
          }
          int pick = -1;
          int[] comps = clause.competency();
          for (int i = 0; i < comps.length; i++) {
            pick = cheaper(pick, cheapestBelow(comps[i], clause.level()[i], r));
          }
          for (int q : clause.course()) {
            if (rank[q] < r) {
              pick = cheaper(pick, q);
            }
          }
          enableLogged(pick, taken, levels, bundle, undo);
        }
      }
      taken.set(c);
      int[] comps = coverCompetency[c];
      for (int j = 0; j < comps.length; j++) {
        if (levels[comps[j]] < coverLevel[c][j]) {
          undo.add(new int[] {comps[j], levels[comps[j]]});
          levels[comps[j]] = coverLevel[c][j];
        }
      }
      bundle.add(c);
    }

    /** The lighter of two courses (-1 for none), then the smaller id. */
    int cheaper(int a, int b) {
      if (a < 0) {
        return b;
      }
      if (b < 0) {
        return a;
      }
      if (weight[a] != weight[b]) {
        return weight[a] < weight[b] ? a : b;
      }
      return idOf(a).compareTo(idOf(b)) <= 0 ? a : b;
    }

    /** The lightest open course of rank below {@code r} reaching level {@code level} of k, or -1. */
    int cheapestBelow(int k, int level, int r) {
      int pick = -1;
      for (int q : coursesReaching(k, level)) {
        if (rank[q] < r) {
          pick = cheaper(pick, q);
        }
      }
      return pick;
    }

    void run() {
      if (targets == 0) {
        best = new BitSet();
        bestWeight = 0;
        return;
      }
      greedy();
      branch(new BitSet(catalogue.size()), 0);
    }

    /**
     * Repeatedly takes the course that, with the prerequisites it still lacks, closes the most open
     * targets per unit of weight; the plan is then pruned and becomes the first incumbent.
     */
    void greedy() {
      BitSet taken = new BitSet(catalogue.size());
      int[] levels = start.clone();
      BitSet covered = new BitSet(targets);
      while (covered.cardinality() < targets) {
        List<Integer> pick = null;
        int pickCourse = -1;
        double pickRatio = -1;
        int pickGain = 0;
        for (int t = covered.nextClearBit(0); t < targets; t = covered.nextClearBit(t + 1)) {
          for (int c : closers[t]) {
            if (taken.get(c)) {
              continue;
            }
            List<Integer> bundle = trial(c, taken, levels);
            BitSet gain = new BitSet(targets);
            double m = 0;
            for (int k : bundle) {
              gain.or(closes[k]);
              m += weight[k];
            }
            gain.andNot(covered);
            int g = gain.cardinality();
            double ratio = m <= EPSILON ? Double.POSITIVE_INFINITY : g / m;
            if (pick == null || better(ratio, g, c, pickRatio, pickGain, pickCourse)) {
              pick = bundle;
              pickCourse = c;
              pickRatio = ratio;
              pickGain = g;
            }
          }
        }
        for (int k : pick) {
          take(k, taken, levels);
          covered.or(closes[k]);
        }
      }
      best = prune(taken);
      bestWeight = weightOf(best);
    }

    /** More targets per unit of weight, then more targets, then the smaller course id. */
    boolean better(double ratio, int gain, int c, double pickRatio, int pickGain, int pick) {
      boolean sameRatio = ratio == pickRatio || Math.abs(ratio - pickRatio) <= EPSILON;
      if (!sameRatio) {
        return ratio > pickRatio;
      }
      if (gain != pickGain) {
        return gain > pickGain;
      }
      return idOf(c).compareTo(idOf(pick)) < 0;
    }

    CourseId idOf(int c) {
      return catalogue.get(c).id();
    }

    /** A lower bound on the weight still needed: open targets with pairwise disjoint closers. */
    double lowerBound(BitSet covered) {
      double bound = 0;
      used.clear();
      for (int t : byFewestClosers) {
        if (covered.get(t)) {
          continue;
        }
        boolean disjoint = true;
        for (int c : closers[t]) {
          if (used.get(c)) {
            disjoint = false;
            break;
          }
        }
        if (disjoint) {
          for (int c : closers[t]) {
            used.set(c);
          }
          bound += cheapest[t];
        }
      }
      return bound;
    }

    /**
     * Courses one of which any feasible plan containing {@code chosen} must add: for each chosen
     * course that cannot be begun, one prerequisite or entry clause it lacks (the one with fewest
     * options) and the courses that could meet it: the prerequisite or a course reaching a level
     * of it not yet held; a course reaching a level the clause names, or a course it names. (Of the courses
     * that cannot be begun, the first one a feasible plan begins needs such a course added.)
     */
    BitSet enablers(BitSet chosen, BitSet taken, int[] levels) {
      BitSet out = new BitSet(catalogue.size());
      for (int u = chosen.nextSetBit(0); u >= 0; u = chosen.nextSetBit(u + 1)) {
        if (taken.get(u)) {
          continue;
        }
        BitSet fewest = null;
        for (int p : prerequisite[u]) {
          if (met(p, taken, levels)) {
            continue;
          }
          BitSet options = new BitSet(catalogue.size());
          if (!chosen.get(p) && open.get(p)) {
            options.set(p);
          }
          int[] comps = coverCompetency[p];
          for (int j = 0; j < comps.length; j++) {
            if (levels[comps[j]] < coverLevel[p][j]) {
              for (int k : coursesReaching(comps[j], coverLevel[p][j])) {
                if (open.get(k) && !chosen.get(k)) {
                  options.set(k);
                }
              }
            }
          }
          if (fewest == null || options.cardinality() < fewest.cardinality()) {
            fewest = options;
          }
        }
        for (Clause clause : clauses[u]) {
          if (!clauseMet(clause, taken, levels)) {
            BitSet options = clauseOptions(clause, chosen, levels);
            if (fewest == null || options.cardinality() < fewest.cardinality()) {
              fewest = options;
            }
          }
        }
        if (fewest != null) {
          out.or(fewest);
        }
      }
      return out;
    }

    /**
     * What some chosen course that cannot be begun still needs from courses not yet chosen: for
     * each prerequisite it lacks, each level the prerequisite teaches that no chosen course
     * reaches (nor the start), as the courses reaching it; for a prerequisite that teaches nothing
     * and is not chosen, the prerequisite itself; for each entry clause it lacks that no chosen
     * course could meet, the courses that could. Every plan containing the chosen courses adds a
     * course from each of these sets.
     */
    List<int[]> forced(BitSet chosen, BitSet taken, int[] levels) {
      reachedLevels.reset();
      int[] reached = reachedLevels.levels;
      for (int c = chosen.nextSetBit(0); c >= 0; c = chosen.nextSetBit(c + 1)) {
        for (int j = 0; j < coverCompetency[c].length; j++) {
          reachedLevels.raise(coverCompetency[c][j], coverLevel[c][j]);
        }
      }
      List<int[]> out = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      for (int u = chosen.nextSetBit(0); u >= 0; u = chosen.nextSetBit(u + 1)) {
        if (taken.get(u)) {
          continue;
        }
        for (int p : prerequisite[u]) {
          if (met(p, taken, levels)) {
            continue;
          }
          if (coverCompetency[p].length == 0) {
            if (!chosen.get(p) && seen.add(-1L - p)) {
              out.add(open.get(p) ? new int[] {p} : new int[0]);
            }
            continue;
          }
          for (int j = 0; j < coverCompetency[p].length; j++) {
            int k = coverCompetency[p][j];
            int level = coverLevel[p][j];
            if (reached[k] < level && seen.add(((long) k << 32) | level)) {
              out.add(reaching.computeIfAbsent(((long) k << 32) | level,
                  key -> coursesReaching(k, level).stream().filter(open::get)
                      .mapToInt(Integer::intValue).toArray()));
            }
          }
        }
        for (Clause clause : clauses[u]) {
          if (!clauseMet(clause, taken, levels) && !pending(clause, chosen, reached)) {
            out.add(clauseOptions(clause, chosen, levels).stream().toArray());
          }
        }
      }
      return out;
    }

    /** Whether a chosen course names or reaches an atom of the clause (it may yet be met). */
    boolean pending(Clause clause, BitSet chosen, int[] reached) {
      int[] comps = clause.competency();
      for (int i = 0; i < comps.length; i++) {
        if (reached[comps[i]] >= clause.level()[i]) {
          return true;
        }
      }
      for (int q : clause.course()) {
        if (chosen.get(q)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A lower bound on the weight of courses to add when each set needs one of its courses: the
     * cheapest course of each set in a pairwise disjoint packing, smallest sets first.
     */
    double pack(List<int[]> sets) {
      List<int[]> order = new ArrayList<>(sets);
      order.sort(Comparator.comparingInt(a -> a.length));
      used.clear();
      double bound = 0;
      for (int[] set : order) {
        boolean disjoint = true;
        double least = Double.POSITIVE_INFINITY;
        for (int c : set) {
          disjoint &= !used.get(c);
          least = Math.min(least, weight[c]);
        }
        if (disjoint) {
          for (int c : set) {
            used.set(c);
          }
          bound += least;
        }
      }
      return bound;
    }

    void branch(BitSet chosen, double w) {
      if (++nodes > nodeLimit) {
        exhausted = false;
        return;
      }
      if (!visited.add(new Words(chosen.toLongArray()))) {
        return;
      }
      BitSet taken = schedule(chosen, nodeLevels);
      int[] levels = nodeLevels.levels;
      BitSet covered = covered(chosen);
      int[] options;
      if (!taken.equals(chosen)) {
        List<int[]> forced = forced(chosen, taken, levels);
        if (forced.isEmpty()) {
          // The chosen courses that cannot be begun wait on one another: branch over every course
          // one of which must be added.
          BitSet enablers = enablers(chosen, taken, levels);
          double least = Double.POSITIVE_INFINITY;
          for (int k = enablers.nextSetBit(0); k >= 0; k = enablers.nextSetBit(k + 1)) {
            least = Math.min(least, weight[k]);
          }
          if (enablers.isEmpty()
              || w + Math.max(lowerBound(covered), least) >= bestWeight - EPSILON) {
            return;
          }
          options = enablers.stream().toArray();
        } else {
          List<int[]> needs = new ArrayList<>(forced);
          for (int t = 0; t < targets; t++) {
            if (!covered.get(t)) {
              needs.add(closers[t]);
            }
          }
          if (w + pack(needs) >= bestWeight - EPSILON) {
            return;
          }
          options = forced.get(0);
          for (int[] f : forced) {
            if (f.length < options.length) {
              options = f;
            }
          }
        }
      } else {
        int open = -1;
        for (int t : byFewestClosers) {
          if (!covered.get(t)) {
            open = t;
            break;
          }
        }
        if (open < 0) {
          offer(chosen);
          return;
        }
        if (w + lowerBound(covered) >= bestWeight - EPSILON) {
          return;
        }
        options = closers[open];
      }
      Integer[] sorted = Arrays.stream(options).boxed().toArray(Integer[]::new);
      Arrays.sort(sorted, Comparator.comparingDouble((Integer c) -> weight[c])
          .thenComparing(c -> idOf(c)));
      for (int c : sorted) {
        if (nodes > nodeLimit) {
          return;
        }
        BitSet next = (BitSet) chosen.clone();
        next.set(c);
        branch(next, w + weight[c]);
      }
    }

    /** A complete feasible plan: pruned first, it replaces the incumbent if it weighs less. */
    void offer(BitSet chosen) {
      BitSet pruned = prune((BitSet) chosen.clone());
      double w = weightOf(pruned);
      if (w < bestWeight - EPSILON) {
        bestWeight = w;
        best = pruned;
      }
    }

    /**
     * Drops courses the rest of the plan makes unnecessary (e.g. a free course whose targets a
     * later course also closes, or a course teaching only levels already held), until none can be
     * dropped: never raises the weight, keeps the plan feasible. Tries the largest course index
     * first, for a deterministic result.
     */
    BitSet prune(BitSet chosen) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int c = chosen.length(); (c = chosen.previousSetBit(c - 1)) >= 0; ) {
          chosen.clear(c);
          if (covered(chosen).cardinality() == targets && feasible(chosen)) {
            changed = true;
          } else {
            chosen.set(c);
          }
        }
      }
      return chosen;
    }

    TrainingPlan plan() {
      List<CourseId> ordered = order(best);
      double hours = 0;
      double money = 0;
      for (CourseId id : ordered) {
        Course c = catalogue.get(courseIndex.get(id));
        hours += c.hours();
        money += c.cost();
      }
      return new TrainingPlan(ordered, hours, money, closable, unclosable, exhausted, objective);
    }

    /** Repeatedly the course with the smallest id that can be begun next. */
    List<CourseId> order(BitSet chosen) {
      BitSet taken = new BitSet(catalogue.size());
      int[] levels = start.clone();
      List<CourseId> out = new ArrayList<>();
      while (out.size() < chosen.cardinality()) {
        int next = -1;
        for (int c = chosen.nextSetBit(0); c >= 0; c = chosen.nextSetBit(c + 1)) {
          if (!taken.get(c) && startable(c, taken, levels)
              && (next < 0 || idOf(c).compareTo(idOf(next)) < 0)) {
            next = c;
          }
        }
        take(next, taken, levels);
        out.add(idOf(next));
      }
      return out;
    }
  }
}
