package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The "as of" rule against a brute-force oracle on random small dated profiles, and the two
 * monotonicity properties: adding days to "as of" never turns lapsed evidence current, and with
 * no evidence dated after "as of" it never raises a level.
 *
 * <p>Dates are drawn from a window of about six years around 2024 so that lapses, future
 * completions and boundaries (the lapse day itself) are all common.
 */
class HeldLevelsProperties {

  static final LocalDate BASE = LocalDate.of(2022, 1, 1);
  static final List<CompetencyId> COMPETENCIES =
      List.of(ModelFixtures.cid("safeguarding"), ModelFixtures.cid("listening"),
          ModelFixtures.cid("staff-management"));

  /** Six courses over the three competencies, some lapsing after 1, 12 or 36 months. */
  static final WorkforceModel MODEL = model();

  private static WorkforceModel model() {
    WorkforceModel.Builder b = ModelFixtures.valid();
    int[] months = {0, 1, 12, 36, 12, 0};
    for (int i = 0; i < months.length; i++) {
      Course.Builder c = Course.builder().id(CourseId.of("c" + i)).title("C" + i).hours(1).cost(0)
          .addCover(CompetencyLevel.of(COMPETENCIES.get(i % 3), 1 + i % 4));
      if (i % 2 == 0) {
        c.addCover(CompetencyLevel.of(COMPETENCIES.get((i + 1) % 3), 1 + (i / 2) % 4));
      }
      if (months[i] > 0) {
        c.validForMonths(months[i]);
      }
      b.addCourse(c.build());
    }
    return b.build();
  }

  static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 6 * 365).map(BASE::plusDays);
  }

  @Provide
  Arbitrary<WorkerProfile> profiles() {
    Arbitrary<Completion> completion = Combinators.combine(
            Arbitraries.integers().between(0, 5), days().optional(0.7))
        .as((i, day) -> day.isPresent() ? Completion.of(CourseId.of("c" + i), day.get())
            : Completion.of(CourseId.of("c" + i)));
    Arbitrary<List<Optional<int[]>>> holds = Combinators.combine(
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(-1, 6 * 365))
        .as((level, until) -> new int[] {level, until}).optional(0.6).list().ofSize(3);
    return Combinators.combine(completion.list().ofMaxSize(5), holds).as((done, held) -> {
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p"));
      done.forEach(b::addCompletion);
      for (int i = 0; i < 3; i++) {
        if (held.get(i).isPresent()) {
          int[] h = held.get(i).get();
          if (h[1] < 0) {
            b.putHold(COMPETENCIES.get(i), h[0]);
          } else {
            b.putHold(COMPETENCIES.get(i), h[0], BASE.plusDays(h[1]));
          }
        }
      }
      return b.build();
    });
  }

  @Provide
  Arbitrary<LocalDate> asOf() {
    return days();
  }

  /** The rule, spelled out evidence by evidence, straight from the format's wording. */
  static int oracleLevel(WorkerProfile p, CompetencyId c, LocalDate asOf) {
    int best = 0;
    Integer held = p.holds().get(c);
    if (held != null && held > 0) {
      LocalDate until = p.holdsUntil().get(c);
      if (until == null || asOf.isBefore(until)) {
        best = held;
      }
    }
    for (Completion done : p.completions()) {
      Course course = MODEL.course(done.course());
      boolean begun = done.date().isEmpty() || !done.date().get().isAfter(asOf);
      boolean inDate = done.date().isEmpty() || course.validForMonths().isEmpty()
          || asOf.isBefore(done.date().get().plusMonths(course.validForMonths().getAsInt()));
      if (begun && inDate) {
        for (CompetencyLevel cover : course.covers()) {
          if (cover.competency().equals(c)) {
            best = Math.max(best, cover.level());
          }
        }
      }
    }
    return best;
  }

  /** The latest day on which evidence of at least {@code level} lapsed by {@code asOf}. */
  static Optional<LocalDate> oracleLapse(WorkerProfile p, CompetencyId c, int level,
      LocalDate asOf) {
    List<LocalDate> lapses = new ArrayList<>();
    Integer held = p.holds().get(c);
    LocalDate until = p.holdsUntil().get(c);
    if (held != null && held >= level && until != null && !asOf.isBefore(until)) {
      lapses.add(until);
    }
    for (Completion done : p.completions()) {
      Course course = MODEL.course(done.course());
      if (done.date().isPresent() && course.validForMonths().isPresent()) {
        LocalDate lapse = done.date().get().plusMonths(course.validForMonths().getAsInt());
        boolean reaches = course.covers().stream()
            .anyMatch(x -> x.competency().equals(c) && x.level() >= level);
        if (reaches && !asOf.isBefore(lapse)) {
          lapses.add(lapse);
        }
      }
    }
    return lapses.stream().max(LocalDate::compareTo);
  }

  @Property(tries = 2000, seed = "19")
  void levelsMatchTheOracle(@ForAll("profiles") WorkerProfile p, @ForAll("asOf") LocalDate asOf) {
    HeldLevels held = HeldLevels.of(MODEL, p, asOf);
    for (CompetencyId c : COMPETENCIES) {
      int level = oracleLevel(p, c, asOf);
      assertThat(held.level(c)).as("level of %s", c).isEqualTo(level);
      assertThat(held.levels().getOrDefault(c, 0)).isEqualTo(level);
      for (int l = 1; l <= 4; l++) {
        Optional<LocalDate> expected = l <= level ? Optional.empty() : oracleLapse(p, c, l, asOf);
        assertThat(held.lapsedOn(c, l)).as("lapse of %s at %s", c, l).isEqualTo(expected);
      }
      Optional<HeldLevels.Lapse> lapse = held.lapsed(c);
      int highestLapsed = 0;
      for (int l = 4; l > level && highestLapsed == 0; l--) {
        if (oracleLapse(p, c, l, asOf).isPresent()) {
          highestLapsed = l;
        }
      }
      if (highestLapsed == 0) {
        assertThat(lapse).isEmpty();
      } else {
        assertThat(lapse).isPresent();
        assertThat(lapse.get().level()).isEqualTo(highestLapsed);
        assertThat(Optional.of(lapse.get().lapsedOn()))
            .isEqualTo(oracleLapse(p, c, highestLapsed, asOf));
      }
    }
  }

  @Property(tries = 1000, seed = "19")
  void theHeldLevelLastsUntilItsLapseDay(@ForAll("profiles") WorkerProfile p,
      @ForAll("asOf") LocalDate asOf) {
    HeldLevels held = HeldLevels.of(MODEL, p, asOf);
    for (CompetencyId c : COMPETENCIES) {
      Optional<LocalDate> lapses = held.lapsesOn(c);
      if (held.level(c) == 0) {
        assertThat(lapses).isEmpty();
        continue;
      }
      // Judged on the evidence known on asOf: later completions are left out.
      WorkerProfile known = knownOn(p, asOf);
      if (lapses.isPresent()) {
        assertThat(oracleLevel(known, c, lapses.get().minusDays(1))).isGreaterThanOrEqualTo(held.level(c));
        assertThat(oracleLevel(known, c, lapses.get())).isLessThan(held.level(c));
      } else {
        assertThat(oracleLevel(known, c, LocalDate.of(9999, 1, 1))).isEqualTo(held.level(c));
      }
    }
  }

  @Property(tries = 1000, seed = "19")
  void addingDaysNeverTurnsLapsedEvidenceCurrent(@ForAll("profiles") WorkerProfile p,
      @ForAll("asOf") LocalDate asOf, @ForAll @IntRange(min = 0, max = 3000) int days) {
    HeldLevels now = HeldLevels.of(MODEL, p, asOf);
    HeldLevels later = HeldLevels.of(MODEL, p, asOf.plusDays(days));
    for (CompetencyId c : COMPETENCIES) {
      for (HeldLevels.Evidence e : now.evidence(c)) {
        if (e.hasLapsedBy(now.asOf())) {
          assertThat(e.isCurrentOn(later.asOf())).isFalse();
        }
      }
      for (int l = 1; l <= 4; l++) {
        int level = l;
        if (now.lapsedOn(c, level).isPresent() && later.level(c) >= level) {
          // Only evidence dated after the first day may bring the level back.
          assertThat(later.evidence(c))
              .anyMatch(e -> e.level() >= level && e.isNotYetOn(now.asOf()));
        }
      }
    }
  }

  @Property(tries = 1000, seed = "19")
  void withNothingDatedLaterAddingDaysNeverRaisesALevel(@ForAll("profiles") WorkerProfile p,
      @ForAll("asOf") LocalDate asOf, @ForAll @IntRange(min = 0, max = 3000) int days) {
    WorkerProfile known = knownOn(p, asOf);
    HeldLevels now = HeldLevels.of(MODEL, known, asOf);
    HeldLevels later = HeldLevels.of(MODEL, known, asOf.plusDays(days));
    for (CompetencyId c : COMPETENCIES) {
      assertThat(later.level(c)).isLessThanOrEqualTo(now.level(c));
      assertThat(later.levels().keySet()).isSubsetOf(now.levels().keySet());
    }
  }

  /** The profile without completions dated after {@code day}. */
  static WorkerProfile knownOn(WorkerProfile p, LocalDate day) {
    List<Completion> known = p.completions().stream()
        .filter(x -> x.date().isEmpty() || !x.date().get().isAfter(day)).toList();
    return WorkerProfile.builder().from(p).completions(known).build();
  }
}
