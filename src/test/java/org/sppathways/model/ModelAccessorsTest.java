package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.competency;
import static org.sppathways.model.ModelFixtures.course;
import static org.sppathways.model.ModelFixtures.kid;
import static org.sppathways.model.ModelFixtures.oid;
import static org.sppathways.model.ModelFixtures.organisationType;
import static org.sppathways.model.ModelFixtures.requires;
import static org.sppathways.model.ModelFixtures.rid;
import static org.sppathways.model.ModelFixtures.role;
import static org.sppathways.model.ModelFixtures.route;
import static org.sppathways.model.ModelFixtures.valid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a model, a population and the values give back: every optional part of a model as set,
 * the bulk adders, copying a model into a builder that already holds something, equality and
 * hashing, and the people of a population.
 */
class ModelAccessorsTest {

  @Nested
  class OptionalPartsOfAModel {

    @Test
    void everyOptionalPartIsGivenBackAsSet() {
      WorkforceModel model = valid().description("A small model").currency("EUR")
          .addSource("Source one").addSource("Source two").confidence(Confidence.UNCERTAIN)
          .notes("Checked by hand").build();

      assertThat(model.description()).contains("A small model");
      assertThat(model.currency()).isEqualTo("EUR");
      assertThat(model.sources()).containsExactly("Source one", "Source two");
      assertThat(model.confidence()).contains(Confidence.UNCERTAIN);
      assertThat(model.notes()).contains("Checked by hand");
    }

    @Test
    void unsetOptionalPartsAreEmpty() {
      WorkforceModel model = valid().build();

      assertThat(model.description()).isEmpty();
      assertThat(model.sources()).isEmpty();
      assertThat(model.confidence()).isEmpty();
      assertThat(model.notes()).isEmpty();
    }

    @Test
    void aCopyKeepsEveryOptionalPart() {
      WorkforceModel model = valid().description("d").addSource("s")
          .confidence(Confidence.VERIFIED).notes("n").build();

      WorkforceModel copy = model.toBuilder().build();

      assertThat(copy.description()).contains("d");
      assertThat(copy.sources()).containsExactly("s");
      assertThat(copy.confidence()).contains(Confidence.VERIFIED);
      assertThat(copy.notes()).contains("n");
    }

    @Test
    void descriptionAndConfidenceTakePartInEquality() {
      WorkforceModel model = valid().build();

      assertThat(valid().description("d").build()).isNotEqualTo(model);
      assertThat(valid().confidence(Confidence.ASSUMED).build()).isNotEqualTo(model);
      assertThat(valid().currency("EUR").build()).isNotEqualTo(model);
    }
  }

  @Nested
  class Builders {

    @Test
    void bulkAddersAddEveryEntityInOrder() {
      WorkforceModel model = WorkforceModel.builder().name("Bulk").scale(ModelFixtures.SCALE)
          .addCompetencies(List.of(competency("a"), competency("b")))
          .addOrganisationTypes(List.of(organisationType("pcn"), organisationType("vcse")))
          .addRoles(List.of(role("r1", requires("a", 1)), role("r2", requires("b", 2))))
          .addRoutes(List.of(route("r1", "r2"), route("r2", "r1")))
          .addCourses(List.of(course("k1"), course("k2", "k1")))
          .build();

      assertThat(model.competencies()).extracting(Competency::id)
          .containsExactly(cid("a"), cid("b"));
      assertThat(model.organisationTypes()).extracting(OrganisationType::id)
          .containsExactly(oid("pcn"), oid("vcse"));
      assertThat(model.roles()).extracting(Role::id).containsExactly(rid("r1"), rid("r2"));
      assertThat(model.routes()).extracting(ProgressionRoute::to)
          .containsExactly(rid("r2"), rid("r1"));
      assertThat(model.courses()).extracting(Course::id).containsExactly(kid("k1"), kid("k2"));
    }

    @Test
    void fromReplacesWhatTheBuilderHeld() {
      WorkforceModel model = valid().addSource("kept").build();
      WorkforceModel.Builder builder = WorkforceModel.builder().name("Other")
          .scale(ProficiencyScale.of("One")).addSource("dropped")
          .addCompetency(competency("extra")).addOrganisationType(organisationType("extra"))
          .addRole(role("extra")).addCourse(course("extra"));

      WorkforceModel copy = builder.from(model).build();

      assertThat(copy).isEqualTo(model);
      assertThat(copy.sources()).containsExactly("kept");
      assertThat(copy.roles()).hasSameSizeAs(model.roles());
    }

    @Test
    void fromReplacesRoutesToo() {
      WorkforceModel model = valid().build();
      WorkforceModel.Builder builder = valid().addRole(role("extra-a")).addRole(role("extra-b"))
          .addRoute(route("extra-a", "extra-b"));

      assertThat(builder.from(model).build().routes()).isEqualTo(model.routes());
    }

    @Test
    void aRouteBuilderCopiesEveryValue() {
      ProgressionRoute route = ProgressionRoute.builder().from(rid("a")).to(rid("b"))
          .kind(RouteKind.ENTRY).months(6).rate(0.25).putRateBy(oid("pcn"), 0.5).recruits(3)
          .addRequirement(requires("c", 2)).putAttribute("tier", "1").addSource("s")
          .confidence(Confidence.ASSUMED).notes("n").build();

      ProgressionRoute copy = route.toBuilder().build();

      assertThat(copy).isEqualTo(route);
      assertThat(copy.notes()).isEqualTo(route.notes());
      assertThat(route.toBuilder().months(7).build().months()).isEqualTo(7);
    }
  }

  @Nested
  class EqualityAndHashing {

    private final WorkforceModel model = valid().build();

    @Test
    void aModelEqualsItselfAndNoOtherKindOfObject() {
      assertThat(model.equals(model)).isTrue();
      assertThat(model.equals("Test model")).isFalse();
      assertThat(model.equals(null)).isFalse();
    }

    @Test
    void modelsThatDifferHashDifferently() {
      assertThat(valid().name("Another").build().hashCode()).isNotEqualTo(model.hashCode());
      assertThat(valid().addRole(role("extra")).build().hashCode()).isNotEqualTo(model.hashCode());
    }

    @Test
    void idsWithDifferentTextHashDifferently() {
      assertThat(RoleId.of("a").hashCode()).isNotEqualTo(RoleId.of("b").hashCode());
      assertThat(RoleId.of("link-worker").hashCode())
          .isNotEqualTo(RoleId.of("care-coordinator").hashCode());
    }

    @Test
    void defaultsOfTheValues() {
      assertThat(competency("c").learnedOnTheJob()).isFalse();
      assertThat(Competency.builder().from(competency("c")).learnedOnTheJob(true).build()
          .learnedOnTheJob()).isTrue();
    }
  }

  @Nested
  class Reaches {

    private final Course course = Course.builder().id(kid("k")).title("K").hours(1).cost(1)
        .addCover(CompetencyLevel.of(cid("a"), 2)).addCover(CompetencyLevel.of(cid("b"), 3))
        .build();

    @Test
    void aCourseReachesItsLevelAndBelowButNotAbove() {
      assertThat(course.reaches(cid("a"), 1)).isTrue();
      assertThat(course.reaches(cid("a"), 2)).isTrue();
      assertThat(course.reaches(cid("a"), 3)).isFalse();
      assertThat(course.reaches(cid("b"), 3)).isTrue();
      assertThat(course.reaches(cid("b"), 4)).isFalse();
    }

    @Test
    void aCourseReachesNothingItDoesNotCover() {
      assertThat(course.reaches(cid("c"), 1)).isFalse();
    }
  }

  @Nested
  class Problems {

    @Test
    void withSourceKeepsEverythingElse() {
      Problem p = Problem.of("roles[0]", "bad").withSuggestion("fix").withSource("model.yaml");

      assertThat(p.source()).contains("model.yaml");
      assertThat(p.line()).isEmpty();
      assertThat(p).hasToString("model.yaml: roles[0]: bad (fix)");
    }

    @Test
    void exactlyTheLimitOfProblemsAreAllListedWithNoRemainder() {
      List<Problem> problems = new java.util.ArrayList<>();
      for (int i = 0; i < ModelException.MESSAGE_LIMIT; i++) {
        problems.add(Problem.of("p" + i, "m" + i));
      }

      ModelException e = new ModelException("checked", problems);

      assertThat(e.getMessage()).startsWith("checked: 20 problems:")
          .contains("p19: m19").doesNotContain("more");
      assertThat(new ModelException("checked", problems.subList(0, 1)).getMessage())
          .isEqualTo("checked: 1 problem:" + System.lineSeparator() + "  p0: m0");
    }
  }

  @Nested
  class Populations {

    private final WorkerProfile alex = WorkerProfile.builder().id(PersonId.of("p-1"))
        .putHold(cid("a"), 2).build();
    private final WorkerProfile sam = WorkerProfile.builder().id(PersonId.of("p-2")).build();

    @Test
    void peopleInTheOrderGiven() {
      Population people = Population.of(List.of(sam, alex));

      assertThat(people.people()).containsExactly(sam, alex);
      assertThat(people.size()).isEqualTo(2);
      assertThat(people.person(PersonId.of("p-1"))).isSameAs(alex);
      assertThat(people.findPerson(PersonId.of("p-2"))).containsSame(sam);
      assertThat(people.findPerson(PersonId.of("p-3"))).isEmpty();
    }

    @Test
    void anUnknownPersonIsNamedWithoutSuggestingAnother() {
      Population people = Population.of(List.of(alex));

      UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
          () -> people.person(PersonId.of("p-2")));

      assertThat(e).hasMessage("unknown person 'p-2'");
      assertThat(e.suggestion()).isEmpty();
    }

    @Test
    void duplicatesAreReportedAgainstTheFirst() {
      WorkerProfile again = WorkerProfile.builder().id(PersonId.of("p-1")).build();

      ModelException e = catchThrowableOfType(ModelException.class,
          () -> Population.of(List.of(alex, sam, again, again)));

      assertThat(e.problems()).containsExactly(
          Problem.of("people[2].id", "duplicate person id 'p-1', first used at people[0]")
              .withSuggestion("give each person their own id"),
          Problem.of("people[3].id", "duplicate person id 'p-1', first used at people[0]")
              .withSuggestion("give each person their own id"));
      assertThat(e).hasMessageStartingWith("the profiles are invalid: 2 problems");
    }

    @Test
    void equalityIsByPeopleAndToStringCountsOnly() {
      Population one = Population.of(List.of(alex, sam));

      assertThat(one).isEqualTo(Population.of(List.of(alex, sam)))
          .hasSameHashCodeAs(Population.of(List.of(alex, sam)))
          .isNotEqualTo(Population.of(List.of(sam, alex)))
          .isNotEqualTo(List.of(alex, sam))
          .hasToString("Population{2 people}");
      assertThat(one.hashCode()).isNotEqualTo(Population.of(List.of(alex)).hashCode());
      assertThat(Population.of(List.of())).hasToString("Population{0 people}");
    }

    @Test
    void theProfilesAreCopiedAndCannotBeChanged() {
      List<WorkerProfile> given = new java.util.ArrayList<>(List.of(alex));
      Population people = Population.of(given);
      given.add(sam);

      assertThat(people.people()).containsExactly(alex);
      assertThat(people.findPerson(PersonId.of("p-2"))).isEmpty();
      assertThatThrownBy(() -> people.people().add(sam))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPersonsLevels() {
      assertThat(alex.level(cid("a"))).isEqualTo(2);
      assertThat(alex.level(cid("b"))).isZero();
      assertThat(alex.holds()).isEqualTo(Map.of(cid("a"), 2));
      assertThat(alex.role()).isEqualTo(Optional.empty());
    }

    @Test
    void nullIdsAreRejected() {
      Population people = Population.of(List.of(alex));

      assertThatThrownBy(() -> people.findPerson(null)).isInstanceOf(NullPointerException.class);
    }
  }
}
