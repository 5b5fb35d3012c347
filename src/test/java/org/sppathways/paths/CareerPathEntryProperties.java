package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.BruteForce.Walk;
import org.sppathways.paths.RandomGraphs.Instance;

/**
 * The searches against the brute-force oracle ({@link BruteForce}) on random models whose courses
 * have entry rules (levels, earlier courses, 30 contracted hours, any-of): paths from roles (no
 * contract known) and from people with 20, 37.5 or no contracted hours. The totals, the courses
 * and the order of the k best must be the oracle's, and each step's courses can be begun, entry
 * rules included, when their turn comes.
 */
class CareerPathEntryProperties {

  @Property(tries = 250, seed = CareerPathFinderProperties.SEED)
  void kBestFromARoleEqualsTheOracle(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6, true);
    Random random = new Random(seed ^ 0x77L);
    RoleId from = CareerPathFinderProperties.anyRole(in, random);
    RoleId to = CareerPathFinderProperties.target(in, random, from);
    int k = 1 + random.nextInt(6);
    PathQuery q = CareerPathFinderProperties.randomQuery(in, random, false);
    BruteForce oracle = new BruteForce(in.model(), q, null);
    List<Walk> expected = oracle.kBest(from, to, k);
    CareerPaths found = in.finder().paths(from, to, k, q);
    CareerPathFinderProperties.assertSame(found.paths(), expected);
    for (CareerPath p : found.paths()) {
      CareerPathFinderProperties.checkSteps(in.model(), p, oracle.heldAtStart(from), Set.of());
      checkEntry(in.model(), p, oracle.heldAtStart(from), Set.of(), null);
    }
  }

  @Property(tries = 250, seed = CareerPathFinderProperties.SEED)
  void kBestFromAPersonEqualsTheOracle(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6, true);
    Random random = new Random(seed ^ 0x99L);
    WorkerProfile.Builder b = WorkerProfile.builder().from(RandomGraphs.person(in, random));
    int hours = random.nextInt(3);
    if (hours < 2) {
      b.contractedHours(hours == 0 ? 20 : 37.5);
    }
    WorkerProfile person = b.build();
    RoleId to = CareerPathFinderProperties.target(in, random, person.role().orElse(null));
    int k = 1 + random.nextInt(6);
    PathQuery q = CareerPathFinderProperties.randomQuery(in, random, true);
    List<Walk> expected = new BruteForce(in.model(), q, person)
        .kBest(person.role().orElse(null), to, k);
    CareerPaths found = in.finder().paths(person, to, k, q);
    CareerPathFinderProperties.assertSame(found.paths(), expected);
    Map<CompetencyId, Integer> start =
        org.sppathways.model.ModelFixtures.heldUndated(in.model(), person);
    boolean entryPlanned = false;
    for (CareerPath p : found.paths()) {
      CareerPathFinderProperties.checkSteps(in.model(), p, start, Set.copyOf(person.completed()));
      checkEntry(in.model(), p, start, Set.copyOf(person.completed()), person);
      entryPlanned |= p.courses().stream().anyMatch(c -> !in.model().course(c).entry().isEmpty());
    }
    Statistics.label("a planned course has entry rules").collect(entryPlanned);
  }

  /** Every step's courses, in order, meet their entry rules when begun. */
  private static void checkEntry(WorkforceModel model, CareerPath p,
      Map<CompetencyId, Integer> start, Set<CourseId> completed, WorkerProfile person) {
    Map<CompetencyId, Integer> held = new HashMap<>(start);
    Set<CourseId> done = new HashSet<>(completed);
    for (PathStep s : p.steps()) {
      for (CourseId c : s.courses()) {
        Course course = model.course(c);
        EntryRule.Candidate now = BruteForce.candidate(held, done, person);
        assertThat(course.entry()).as("entry of %s on %s", c, p.roles())
            .allMatch(r -> r.isMetBy(now));
        done.add(c);
        course.covers().forEach(l -> held.merge(l.competency(), l.level(), Math::max));
      }
    }
  }
}
