package org.sppathways.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Commissioning: which course places to fund within a budget so as to close the most
 * person-gaps (one person short of one competency their role requires).
 *
 * <pre>{@code
 * CommissioningPlan plan = Commissioner.of(model)
 *     .commission(ProfileSource.of(population.people()), 50_000);
 * plan.closed();       // person-gaps the funded places close
 * plan.remaining();    // what the budget leaves open, per competency
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * Budgeted maximum coverage: the items are places (one person on one course, with the
 * prerequisites that person has not completed and does not meet by holding every level they teach,
 * as in {@link TrainingPlanner}; when courses have {@linkplain Course#entry() entry rules}, also
 * the courses that make that person eligible, judged on their held levels, completed courses,
 * organisation type and contracted hours, and no course they can never enter), each closing
 * that person's gaps the courses reach. The cost-effective greedy rule (most person-gaps closed per unit of cost, lazily
 * re-evaluated as places are funded) is compared with the best single place, and the better is
 * kept: at least ½(1 − 1/e) ≈ 0.32 of the optimum (Khuller, Moss and Naor 1999) when a person's
 * places share no prerequisite — each place is costed with its own missing prerequisites, so a
 * prerequisite shared by several of one person's courses can make the greedy choice worse than
 * that bound; the plan's {@code guarantee} text says so. In practice it is usually far closer. Ties go to the earlier person in the source, then the smaller course id.
 *
 * <h2>Complexity</h2>
 * For P people with gaps, g gaps and c candidate courses each: O(P · g · c · p) to build the
 * items (p = prerequisites per course) and O(P · c · log(P · c)) for the lazy greedy. Memory is
 * O(P · (g + c)): the people with gaps are held, those without are not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Commissioner {
  private static final String GUARANTEE = "greedy by person-gaps closed per unit of cost, or the "
      + "best single place if better: at least 1/2 (1 - 1/e) of the optimum (Khuller, Moss and "
      + "Naor 1999) when no two places of a person share a prerequisite; places that share one "
      + "are also offered together, which narrows but does not close that gap";

  private final WorkforceModel model;
  private final List<Course> catalogue;
  private final Map<CourseId, Integer> courseIndex = new HashMap<>();
  private final TrainingPlanner planner;
  /** Per competency, the (course position, level) pairs that cover it. */
  private final Map<org.sppathways.model.CompetencyId, List<int[]>> covers = new HashMap<>();
  private final Map<CompetencyLevel, List<Integer>> closers =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Commissioner(WorkforceModel model, List<Course> catalogue) {
    this.model = model;
    this.planner = TrainingPlanner.of(model, catalogue);
    this.catalogue = planner.catalogue();
    for (int i = 0; i < this.catalogue.size(); i++) {
      courseIndex.put(this.catalogue.get(i).id(), i);
      for (CompetencyLevel cover : this.catalogue.get(i).covers()) {
        covers.computeIfAbsent(cover.competency(), k -> new ArrayList<>())
            .add(new int[] {i, cover.level()});
      }
    }
  }

  /** A commissioner over the model's own courses. */
  public static Commissioner of(WorkforceModel model) {
    return new Commissioner(Objects.requireNonNull(model, "model"), model.courses());
  }

  /**
   * A commissioner over another catalogue.
   *
   * @throws org.sppathways.model.ModelException if the catalogue is invalid (see
   *     {@link TrainingPlanner#of(WorkforceModel, List)})
   */
  public static Commissioner of(WorkforceModel model, List<Course> catalogue) {
    return new Commissioner(Objects.requireNonNull(model, "model"), catalogue);
  }

  /** One person's open gaps and what they have completed. */
  private static final class Person {
    final int order;
    final List<CompetencyLevel> gaps;
    final int[] missing;
    final boolean[] closed;
    final java.util.Set<Integer> completed;
    /** The levels the person holds at the start. */
    final Map<org.sppathways.model.CompetencyId, Integer> held;
    final java.util.Set<Integer> taken = new java.util.HashSet<>();
    final java.util.SortedSet<Integer> candidates = new java.util.TreeSet<>();
    List<int[]> items = List.of();
    int version;
    /** What the person can enter, when some course has entry rules; null otherwise. */
    TrainingPlanner.Eligibility eligibility;

    Person(int order, List<CompetencyLevel> gaps, int[] missing, java.util.Set<Integer> completed,
        Map<org.sppathways.model.CompetencyId, Integer> held) {
      this.order = order;
      this.held = held;
      this.gaps = gaps;
      this.missing = missing;
      this.closed = new boolean[gaps.size()];
      this.completed = completed;
      this.taken.addAll(completed);
    }

    void reset() {
      java.util.Arrays.fill(closed, false);
      taken.clear();
      taken.addAll(completed);
      version++;
    }
  }

  /** A candidate place, with the gain and cost it had when last evaluated. */
  private record Item(Person person, int[] courses, int gain, double cost, int version) {
    double ratio() {
      return cost <= 0 ? Double.POSITIVE_INFINITY : gain / cost;
    }
  }

  /**
   * Chooses places to fund, each person assessed against their current role (people without one
   * are skipped).
   *
   * @param people the workforce
   * @param budget the money available, 0 or more
   * @throws IllegalArgumentException if the budget is negative or not a number
   * @throws org.sppathways.model.ModelException if a profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck}), located at {@code people[i]}
   */
  public CommissioningPlan commission(ProfileSource people, double budget) {
    return plan(people, Optional.empty(), budget, java.time.LocalDate.now());
  }

  /**
   * {@link #commission(ProfileSource, double)} with held levels taken on a given day
   * ({@link org.sppathways.model.HeldLevels}): training lapsed by then no longer counts and its
   * course may be funded again; each person is assessed against their role's requirements for
   * their organisation type and, in their first year, its first-year targets.
   *
   * @throws IllegalArgumentException if the budget is negative or not a number
   * @throws org.sppathways.model.ModelException if a profile does not fit the model
   */
  public CommissioningPlan commission(ProfileSource people, double budget,
      java.time.LocalDate asOf) {
    return plan(people, Optional.empty(), budget, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * {@link #commission(ProfileSource, RoleId, double)} with held levels taken on a given day
   * (see {@link #commission(ProfileSource, double, java.time.LocalDate)}).
   *
   * @throws IllegalArgumentException if the budget is negative or not a number
   * @throws org.sppathways.model.UnknownIdException if the target is unknown
   * @throws org.sppathways.model.ModelException if a profile does not fit the model
   */
  public CommissioningPlan commission(ProfileSource people, RoleId target, double budget,
      java.time.LocalDate asOf) {
    return plan(people, Optional.of(Objects.requireNonNull(target, "target")), budget,
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Chooses places to fund, everyone assessed against one target role.
   *
   * @param people the workforce
   * @param target the role to assess everyone against
   * @param budget the money available, 0 or more
   * @throws IllegalArgumentException if the budget is negative or not a number
   * @throws org.sppathways.model.UnknownIdException if the target is unknown
   * @throws org.sppathways.model.ModelException if a profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck}), located at {@code people[i]}
   */
  public CommissioningPlan commission(ProfileSource people, RoleId target, double budget) {
    return plan(people, Optional.of(Objects.requireNonNull(target, "target")), budget,
        java.time.LocalDate.now());
  }

  private CommissioningPlan plan(ProfileSource people, Optional<RoleId> target, double budget,
      java.time.LocalDate asOf) {
    if (!(budget >= 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("the budget must be a finite number, 0 or more, was "
          + budget);
    }
    Optional<Role> fixed = target.map(model::role);
    boolean entryRules = planner.hasEntryRules();
    List<Person> persons = new ArrayList<>();
    long[] counts = new long[2];
    Map<org.sppathways.model.CompetencyId, long[]> unclosableBy = new LinkedHashMap<>();
    org.sppathways.model.ProfileCheck check = org.sppathways.model.ProfileCheck.of(model);
    int[] position = {0};
    people.forEach(p -> {
      check.require(p, position[0]++);
      Optional<Role> role = fixed.isPresent() ? fixed : p.role().map(model::role);
      if (role.isEmpty()) {
        return;
      }
      org.sppathways.model.HeldLevels heldLevels =
          org.sppathways.model.HeldLevels.of(model, p, asOf);
      java.util.Set<Integer> completed = new java.util.HashSet<>();
      for (CourseId c : heldLevels.completedInDate()) {
        Integer i = courseIndex.get(c);
        if (i != null) {
          completed.add(i);
        }
      }
      TrainingPlanner.Eligibility eligibility = entryRules
          ? planner.eligibility(heldLevels.levels(), heldLevels.completedInDate(),
              org.sppathways.model.EntryRule.Candidate.of(heldLevels, p))
          : null;
      List<CompetencyLevel> gaps = new ArrayList<>();
      List<Integer> missing = new ArrayList<>();
      for (Requirement q : role.get().requirementsAssessing(p)) {
        int held = heldLevels.level(q.competency());
        if (held < q.level()) {
          counts[0]++;
          CompetencyLevel gap = CompetencyLevel.of(q.competency(), q.level());
          if (closers(gap).stream().allMatch(c -> completed.contains(c)
              || (eligibility != null && !eligibility.open(c)))) {
            counts[1]++;
            unclosableBy.computeIfAbsent(q.competency(), k -> new long[2])[0]++;
            unclosableBy.get(q.competency())[1] += q.level() - held;
          } else {
            gaps.add(gap);
            missing.add(q.level() - held);
          }
        }
      }
      if (!gaps.isEmpty()) {
        Person person = new Person(persons.size(), gaps,
            missing.stream().mapToInt(Integer::intValue).toArray(), completed,
            heldLevels.levels());
        person.eligibility = eligibility;
        persons.add(person);
      }
    });

    Comparator<Item> order = Comparator.comparingDouble(Item::ratio).reversed()
        .thenComparing(Comparator.comparingInt(Item::gain).reversed())
        .thenComparingInt(i -> i.person().order)
        .thenComparing(i -> catalogue.get(i.courses()[0]).id())
        .thenComparingInt(i -> i.courses().length);
    PriorityQueue<Item> queue = new PriorityQueue<>(order);
    Item bestSingle = null;
    for (Person person : persons) {
      for (CompetencyLevel gap : person.gaps) {
        person.candidates.addAll(closers(gap));
      }
      person.candidates.removeAll(person.taken);
      if (person.eligibility != null) {
        person.candidates.removeIf(c -> !person.eligibility.open(c));
      }
      person.items = items(person);
      for (int[] courses : person.items) {
        Item item = evaluate(person, courses);
        if (item.gain() > 0 && item.cost() <= budget) {
          queue.add(item);
          if (bestSingle == null || item.gain() > bestSingle.gain()
              || (item.gain() == bestSingle.gain() && order.compare(item, bestSingle) < 0)) {
            bestSingle = item;
          }
        }
      }
    }

    Map<Integer, long[]> funded = new LinkedHashMap<>();
    double spent = 0;
    long closed = 0;
    while (!queue.isEmpty()) {
      Item top = queue.poll();
      Person person = top.person();
      if (top.version() != person.version || top.cost() > budget - spent) {
        continue;
      }
      spent += top.cost();
      closed += fund(top, funded);
      // This person's other places changed (gaps closed, prerequisites taken): re-evaluate them.
      person.version++;
      for (int[] courses : person.items) {
        Item item = evaluate(person, courses);
        if (item.gain() > 0 && item.cost() <= budget - spent) {
          queue.add(item);
        }
      }
    }
    if (bestSingle != null && bestSingle.gain() > closed) {
      for (Person person : persons) {
        person.reset();
      }
      funded.clear();
      spent = bestSingle.cost();
      closed = fund(evaluate(bestSingle.person(), bestSingle.courses()), funded);
    }

    List<CourseSeats> seats = new ArrayList<>();
    for (Map.Entry<Integer, long[]> e : funded.entrySet()) {
      Course course = catalogue.get(e.getKey());
      seats.add(new CourseSeats(course.id(), (int) e.getValue()[0],
          e.getValue()[0] * course.cost(), e.getValue()[1]));
    }
    seats.sort(Comparator.comparingInt(CourseSeats::seats).reversed()
        .thenComparing(CourseSeats::course));
    Map<String, long[]> open = new HashMap<>();
    for (Person person : persons) {
      for (int g = 0; g < person.gaps.size(); g++) {
        if (!person.closed[g]) {
          long[] n = open.computeIfAbsent(person.gaps.get(g).competency().value(), k -> new long[2]);
          n[0]++;
          n[1] += person.missing[g];
        }
      }
    }
    unclosableBy.forEach((c, n) -> {
      long[] total = open.computeIfAbsent(c.value(), k -> new long[2]);
      total[0] += n[0];
      total[1] += n[1];
    });
    List<NeedSplit> remaining = new ArrayList<>();
    open.forEach((c, n) -> remaining.add(new NeedSplit(c, n[0], n[1])));
    remaining.sort(Comparator.comparingLong(NeedSplit::peopleShort).reversed()
        .thenComparing(NeedSplit::key));
    return new CommissioningPlan(target, budget, spent, seats, counts[0], closed, counts[1],
        remaining, GUARANTEE);
  }

  /** The courses reaching a gap's level, by catalogue position; memoised per competency and level. */
  private List<Integer> closers(CompetencyLevel gap) {
    return closers.computeIfAbsent(gap, g -> {
      List<Integer> out = new ArrayList<>();
      for (int[] cover : covers.getOrDefault(g.competency(), List.of())) {
        if (cover[1] >= g.level()) {
          out.add(cover[0]);
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * A person's candidate places: each course that closes one of their gaps, and, for each missing
   * prerequisite that two or more of those courses share, all of them together (so that a shared
   * prerequisite is not costed once per course).
   */
  private List<int[]> items(Person person) {
    List<int[]> items = new ArrayList<>();
    Map<Integer, java.util.SortedSet<Integer>> sharing = new java.util.TreeMap<>();
    for (int c : person.candidates) {
      items.add(new int[] {c});
      for (int k : bundle(person, new int[] {c})) {
        if (k != c) {
          sharing.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(c);
        }
      }
    }
    for (java.util.SortedSet<Integer> group : sharing.values()) {
      if (group.size() > 1) {
        items.add(group.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return items;
  }

  /** The courses places on these courses need for this person: missing prerequisites first. */
  private List<Integer> bundle(Person person, int[] courses) {
    List<Integer> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int c : courses) {
      if (person.eligibility != null) {
        // entry rules: what lets the person begin c from the start, less what is taken already
        for (int k : person.eligibility.bundle(c)) {
          if (!person.taken.contains(k) && seen.add(k)) {
            out.add(k);
          }
        }
      } else {
        collect(person, c, seen, out, false);
      }
    }
    return out;
  }

  private void collect(Person person, int c, java.util.Set<Integer> seen, List<Integer> out,
      boolean prerequisite) {
    if (!seen.add(c) || person.taken.contains(c) || (prerequisite && holdsAll(person, c))) {
      return;
    }
    for (CourseId p : catalogue.get(c).prerequisites()) {
      collect(person, courseIndex.get(p), seen, out, true);
    }
    out.add(c);
  }

  /**
   * Whether course {@code c} teaches something and the person holds every level it teaches, at
   * the start or from courses already funded for them: then, as in {@link TrainingPlanner}, it is met as a
   * prerequisite without a place.
   */
  private boolean holdsAll(Person person, int c) {
    List<CompetencyLevel> teaches = catalogue.get(c).covers();
    if (teaches.isEmpty()) {
      return false;
    }
    for (CompetencyLevel v : teaches) {
      int level = person.held.getOrDefault(v.competency(), 0);
      for (int k : person.taken) {
        if (person.completed.contains(k)) {
          continue;   // what completed courses taught is in the held levels, as for the planner
        }
        for (CompetencyLevel w : catalogue.get(k).covers()) {
          if (w.competency().equals(v.competency())) {
            level = Math.max(level, w.level());
          }
        }
      }
      if (level < v.level()) {
        return false;
      }
    }
    return true;
  }

  private Item evaluate(Person person, int[] places) {
    List<Integer> courses = bundle(person, places);
    double cost = 0;
    int gain = 0;
    boolean[] closes = new boolean[person.gaps.size()];
    for (int k : courses) {
      cost += catalogue.get(k).cost();
      for (int g = 0; g < person.gaps.size(); g++) {
        if (!person.closed[g] && !closes[g] && catalogue.get(k).reaches(person.gaps.get(g).competency(), person.gaps.get(g).level())) {
          closes[g] = true;
          gain++;
        }
      }
    }
    return new Item(person, places, gain, cost, person.version);
  }

  private long fund(Item item, Map<Integer, long[]> funded) {
    Person person = item.person();
    long closedNow = 0;
    for (int k : bundle(person, item.courses())) {
      long byCourse = 0;
      for (int g = 0; g < person.gaps.size(); g++) {
        if (!person.closed[g] && catalogue.get(k).reaches(person.gaps.get(g).competency(), person.gaps.get(g).level())) {
          person.closed[g] = true;
          byCourse++;
        }
      }
      person.taken.add(k);
      long[] n = funded.computeIfAbsent(k, x -> new long[2]);
      n[0]++;
      n[1] += byCourse;
      closedNow += byCourse;
    }
    return closedNow;
  }

  TrainingPlanner planner() {
    return planner;
  }
}
