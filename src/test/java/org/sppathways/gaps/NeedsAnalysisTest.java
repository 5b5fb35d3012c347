package org.sppathways.gaps;

import org.sppathways.model.ProfileSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sppathways.gaps.GapFixtures.MODEL;
import static org.sppathways.gaps.GapFixtures.PEOPLE;
import static org.sppathways.gaps.GapFixtures.c;
import static org.sppathways.gaps.GapFixtures.r;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.PersonId;
import org.sppathways.model.Problem;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** Population needs on the hand-made people of {@link GapFixtures}, worked out by hand. */
class NeedsAnalysisTest {
  private final NeedsAnalysis needs = NeedsAnalysis.of(GapAnalysis.of(MODEL));
  private final ProfileSource people = ProfileSource.of(PEOPLE.people());

  @ParameterizedTest(name = "threads = {0}")
  @ValueSource(ints = {1, 2, 4})
  void againstEachPersonsOwnRole(int threads) {
    // ana (lw): b short 2, c short 2; bo (coord): nothing; cy (lw): c short 2;
    // dee and al have no role and are not assessed.
    PopulationNeeds n = needs.needs(people, threads);
    assertThat(n.target()).isEmpty();
    assertThat(n.people()).isEqualTo(5);
    assertThat(n.assessed()).isEqualTo(3);
    assertThat(n.readiness()).isEmpty();
    assertThat(n.competencies()).containsExactly(
        new CompetencyNeed(c("c"), 2, 4, List.of(new NeedSplit("lw", 2, 4)),
            List.of(new NeedSplit("pcn", 2, 4))),
        new CompetencyNeed(c("b"), 1, 2, List.of(new NeedSplit("lw", 1, 2)),
            List.of(new NeedSplit("pcn", 1, 2))));
  }

  @ParameterizedTest(name = "threads = {0}")
  @ValueSource(ints = {1, 2, 4})
  void againstATargetRole(int threads) {
    // lw wants a:2 b:3 c:2(desirable). Short of a: dee (2). Of b: ana 2, dee 3, al 2.
    // Of c: ana, cy, dee, al, 2 each. People without an organisation type count under "".
    PopulationNeeds n = needs.needs(people, r("lw"), threads);
    assertThat(n.people()).isEqualTo(5);
    assertThat(n.assessed()).isEqualTo(5);
    assertThat(n.competencies()).containsExactly(
        new CompetencyNeed(c("c"), 4, 8, List.of(new NeedSplit("lw", 4, 8)), List.of(
            new NeedSplit("pcn", 2, 4), new NeedSplit("", 1, 2), new NeedSplit("vcse", 1, 2))),
        new CompetencyNeed(c("b"), 3, 7, List.of(new NeedSplit("lw", 3, 7)), List.of(
            new NeedSplit("vcse", 1, 3), new NeedSplit("", 1, 2), new NeedSplit("pcn", 1, 2))),
        new CompetencyNeed(c("a"), 1, 2, List.of(new NeedSplit("lw", 1, 2)),
            List.of(new NeedSplit("vcse", 1, 2))));
    // readiness: ana 1/3, bo 1, cy 2/3, dee 0, al 1/3
    ReadinessDistribution d = n.readiness().orElseThrow();
    assertThat(d.role()).isEqualTo(r("lw"));
    assertThat(d.people()).isEqualTo(5);
    assertThat(d.bands()).containsExactly(1L, 0L, 0L, 2L, 0L, 0L, 1L, 0L, 0L, 0L, 1L);
    assertThat(d.mean()).isEqualTo(7.0 / 15);
    assertThat(d.essentialMet()).isEqualTo(2);
  }

  @Test
  void aTargetWithNoRequirementsFindsEveryoneReady() {
    PopulationNeeds n = needs.needs(people, r("open"), 1);
    assertThat(n.competencies()).isEmpty();
    ReadinessDistribution d = n.readiness().orElseThrow();
    assertThat(d.bands()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L);
    assertThat(d.mean()).isEqualTo(1.0);
    assertThat(d.essentialMet()).isEqualTo(5);
  }

  @ParameterizedTest(name = "threads = {0}")
  @ValueSource(ints = {1, 2})
  void nobodyAtAll(int threads) {
    PopulationNeeds n = needs.needs(action -> { }, r("lw"), threads);
    assertThat(n.people()).isZero();
    assertThat(n.assessed()).isZero();
    assertThat(n.competencies()).isEmpty();
    assertThat(n.readiness().orElseThrow().mean()).isZero();
    assertThat(n.readiness().orElseThrow().bands()).containsOnly(0L);
  }

  @Test
  void theDefaultUsesEveryProcessorAndGivesTheSameResult() {
    assertThat(needs.needs(people, r("lw")))
        .isEqualTo(needs.needs(people, r("lw"), 1));
  }

  @Test
  void threadsMustBeOneOrMore() {
    assertThatThrownBy(() -> needs.needs(people, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  @Test
  void anUnknownTargetIsRejectedBeforeAnyProfileIsRead() {
    AtomicInteger read = new AtomicInteger();
    assertThatThrownBy(() -> needs.needs(action -> read.incrementAndGet(), r("nope"), 2))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("nope");
    assertThat(read).hasValue(0);
  }

  @ParameterizedTest(name = "threads = {0}")
  @ValueSource(ints = {1, 2, 4})
  void aProfileWithAnUnknownRoleFailsTheRunAndNoWorkerIsLeftBehind(int threads) {
    List<WorkerProfile> list = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      list.add(i == 3333
          ? WorkerProfile.builder().id(PersonId.of("bad")).role(r("nope")).build()
          : WorkerProfile.builder().from(PEOPLE.people().get(i % 5)).id(PersonId.of("p" + i)).build());
    }
    assertThatThrownBy(() -> needs.needs(ProfileSource.of(list), threads))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("people[3333].role: person 'bad': unknown role 'nope'");
    assertNoWorkerThreads();
  }

  @ParameterizedTest(name = "threads = {0}")
  @ValueSource(ints = {1, 2})
  void aSourceThatFailsAtTheEndFailsTheRun(int threads) {
    ProfileSource failing = action -> {
      PEOPLE.people().forEach(action);
      throw new ModelException("the profiles file is invalid",
          List.of(Problem.of("people[9].role", "unknown role 'x'")));
    };
    assertThatThrownBy(() -> needs.needs(failing, threads))
        .isInstanceOf(ModelException.class).hasMessageContaining("unknown role 'x'");
    assertNoWorkerThreads();
  }

  @Test
  void aLongStreamIsCountedInFull() {
    // More than a hundred batches, generated on the fly: nothing holds the whole population.
    int count = 150_000;
    ProfileSource generated = action -> {
      for (int i = 0; i < count; i++) {
        action.accept(PEOPLE.people().get(i % 5));
      }
    };
    PopulationNeeds parallel = needs.needs(generated, r("lw"), 2);
    PopulationNeeds single = needs.needs(generated, r("lw"), 1);
    assertThat(parallel).isEqualTo(single);
    assertThat(parallel.people()).isEqualTo(count);
    assertThat(parallel.competencies().get(0).peopleShort()).isEqualTo(4L * count / 5);
  }

  /**
   * ProfileReader.forEach as a source: profiles with problems are not passed on, the valid ones
   * are, and every problem is thrown together at the end.
   */
  @Test
  void streamingFromAFileSkipsProfilesWithProblemsAndThrowsAtTheEnd() {
    WorkforceModel sp = ReferenceModels.socialPrescribing();
    ProfileReader reader = ProfileReader.of(sp);
    Path file = Path.of("src/test/resources/profiles/gaps/mixed.csv");
    List<String> passed = new ArrayList<>();
    assertThatThrownBy(() -> reader.forEach(file, p -> passed.add(p.id().value())))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly(
                file + ":4:2: role: person 'p-02': unknown role 'link-wroker' (did you mean 'link-worker'?)",
                file + ":5:5: competency: person 'p-03': unknown competency 'safegaurding-adults' (did you mean "
                    + "'safeguarding-adults'?)",
                file + ":6:6: level: person 'p-04': the level is outside the scale 0..4 (use a level from 0 to 4 "
                    + "(0 = not held))"));
    assertThat(passed).containsExactly("p-01", "p-05", "p-06");

    NeedsAnalysis spNeeds = NeedsAnalysis.of(GapAnalysis.of(sp));
    assertThatThrownBy(() -> spNeeds.needs(action -> reader.forEach(file, action), 2))
        .isInstanceOf(ModelException.class);
    assertNoWorkerThreads();
  }

  private static void assertNoWorkerThreads() {
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
        t -> t.getName().startsWith("sp-pathways-needs-") && t.isAlive());
  }
}
