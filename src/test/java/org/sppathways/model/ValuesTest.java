package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.competency;
import static org.sppathways.model.ModelFixtures.kid;
import static org.sppathways.model.ModelFixtures.oid;
import static org.sppathways.model.ModelFixtures.requires;
import static org.sppathways.model.ModelFixtures.rid;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invariants each value checks when it is built ({@code @Value.Check}, rejected with an
 * {@link IllegalArgumentException} naming the field and the bad value), and value equality.
 */
class ValuesTest {

  private static ProgressionRoute.Builder route() {
    return ProgressionRoute.builder().from(rid("a")).to(rid("b")).kind(RouteKind.LATERAL)
        .months(12);
  }

  private static Course.Builder course() {
    return Course.builder().id(kid("c")).title("Course").hours(1).cost(1);
  }

  @Nested
  class Ids {

    @ParameterizedTest
    @ValueSource(strings = {"link worker", " link-worker", "link-worker ", "a\tb", "a\nb",
        "a\u00a0b", "a\u2003b", "a\u0000b", "a\u0007b"})
    void whitespaceAndControlCharactersAreRejected(String text) {
      assertThatIllegalArgumentException().isThrownBy(() -> RoleId.of(text))
          .withMessageStartingWith("role id ")
          .withMessageContaining("whitespace or a control character");
    }

    @Test
    void positionOfTheBadCharacterIsNamed() {
      assertThatIllegalArgumentException().isThrownBy(() -> CompetencyId.of("safe guarding"))
          .withMessage("competency id 'safe guarding' contains whitespace or a control character "
              + "at position 5; use '-' instead of spaces");
    }

    @Test
    void emptyIdIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> CourseId.of(""))
          .withMessage("course id must not be blank");
    }

    @Test
    void longestIdIsAcceptedOneMoreIsNot() {
      assertThatNoException().isThrownBy(() -> RoleId.of("x".repeat(TypedId.MAX_LENGTH)));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> RoleId.of("x".repeat(TypedId.MAX_LENGTH + 1)))
          .withMessageContaining("257 characters long; the limit is 256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"link-worker", "11-1011.00", "http://data.europa.eu/esco/skill/abc",
        "Ünïcødé-id", "a:b", "#1", "yes", "null"})
    void realisticIdsAreAccepted(String text) {
      assertThat(RoleId.of(text).value()).isEqualTo(text);
      assertThat(TypedId.problem(text)).isNull();
    }

    @Test
    void idsOfDifferentKindsWithTheSameTextAreNeverEqual() {
      Object[] ids = {RoleId.of("x"), CompetencyId.of("x"), CourseId.of("x"),
          OrganisationTypeId.of("x"), PersonId.of("x")};

      for (int i = 0; i < ids.length; i++) {
        for (int j = 0; j < ids.length; j++) {
          if (i == j) {
            assertThat(ids[i]).isEqualTo(ids[j]);
          } else {
            assertThat(ids[i]).isNotEqualTo(ids[j]);
          }
        }
      }
    }

    @Test
    void idsOfOneKindCompareByText() {
      assertThat(RoleId.of("a")).isEqualTo(RoleId.of("a")).hasSameHashCodeAs(RoleId.of("a"))
          .isLessThan(RoleId.of("b")).hasToString("a");
    }
  }

  @Nested
  class Routes {

    @Test
    void routeToItself() {
      assertThatIllegalArgumentException().isThrownBy(() -> route().to(rid("a")).build())
          .withMessage("a route cannot lead from role 'a' to itself");
    }

    @Test
    void negativeMonths() {
      assertThatIllegalArgumentException().isThrownBy(() -> route().months(-1).build())
          .withMessage("months must be 0 or more, was -1");
    }

    @Test
    void zeroMonthsIsAccepted() {
      assertThat(route().months(0).build().months()).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY, -1})
    void rateOutsideZeroToOne(double rate) {
      assertThatIllegalArgumentException().isThrownBy(() -> route().rate(rate).build())
          .withMessageStartingWith("rate must be between 0 and 1, was ");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1})
    void rateAtTheBoundsIsAccepted(double rate) {
      assertThat(route().rate(rate).build().rate()).hasValue(rate);
    }

    @Test
    void duplicateRequirementCompetency() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> route().addRequirement(requires("x", 1))
              .addRequirement(requires("x", 2)).build())
          .withMessage("route 'a' -> 'b' lists a requirement on competency 'x' twice; keep one entry");
    }
  }

  @Nested
  class Roles {

    @Test
    void blankTitle() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Role.builder().id(rid("r")).title("  ").build())
          .withMessage("title must not be blank");
    }

    @Test
    void negativeSeniority() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Role.builder().id(rid("r")).title("R").seniority(-1).build())
          .withMessage("seniority must be 0 or more, was -1");
    }

    @Test
    void duplicateRequirementCompetencyInARole() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Role.builder().id(rid("r")).title("R")
              .addRequirement(requires("listening", 1))
              .addRequirement(Requirement.desirable(cid("listening"), 3)).build())
          .withMessage("role 'r' lists a requirement on competency 'listening' twice; keep one entry");
    }

    @Test
    void duplicateOfferedBy() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Role.builder().id(rid("r")).title("R")
              .addOfferedBy(oid("pcn"), oid("pcn")).build())
          .withMessageContaining("'pcn' twice");
    }

    @Test
    void externalDefaultsToFalseAndEssentialToTrue() {
      Role role = Role.builder().id(rid("r")).title("R").addRequirement(requires("c", 1)).build();

      assertThat(role.external()).isFalse();
      assertThat(role.requirements().get(0).essential()).isTrue();
      assertThat(Requirement.desirable(cid("c"), 1).essential()).isFalse();
    }
  }

  @Nested
  class Courses {

    @Test
    void negativeHours() {
      assertThatIllegalArgumentException().isThrownBy(() -> course().hours(-0.5).build())
          .withMessage("hours must be a finite number, 0 or more, was -0.5");
    }

    @Test
    void negativeCost() {
      assertThatIllegalArgumentException().isThrownBy(() -> course().cost(-1).build())
          .withMessage("cost must be a finite number, 0 or more, was -1.0");
    }

    @Test
    void nanAndInfiniteNumbers() {
      assertThatIllegalArgumentException().isThrownBy(() -> course().hours(Double.NaN).build())
          .withMessageContaining("NaN");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> course().cost(Double.POSITIVE_INFINITY).build())
          .withMessageContaining("Infinity");
    }

    @Test
    void zeroHoursAndCostAreAccepted() {
      assertThat(course().hours(0).cost(0).build().cost()).isZero();
    }

    @Test
    void blankTitle() {
      assertThatIllegalArgumentException().isThrownBy(() -> course().title("").build())
          .withMessage("title must not be blank");
    }

    @Test
    void ownPrerequisite() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> course().addPrerequisite(kid("c")).build())
          .withMessage("course 'c' cannot be its own prerequisite");
    }

    @Test
    void duplicateCover() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> course().addCover(CompetencyLevel.of(cid("x"), 1))
              .addCover(CompetencyLevel.of(cid("x"), 2)).build())
          .withMessageContaining("'x' twice");
    }

    @Test
    void duplicatePrerequisite() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> course().addPrerequisites(kid("p"), kid("p")).build())
          .withMessageContaining("'p' twice");
    }
  }

  @Nested
  class CompetenciesAndOrganisationTypes {

    @Test
    void blankName() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Competency.builder().id(cid("c")).name(" ").domain("D").build())
          .withMessage("name must not be blank");
    }

    @Test
    void blankDomain() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Competency.builder().id(cid("c")).name("C").domain("").build())
          .withMessage("domain must not be blank");
    }

    @Test
    void ownParent() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ModelFixtures.competency("c", "c"))
          .withMessage("competency 'c' cannot be its own parent");
    }

    @Test
    void blankOrganisationTypeNameAndSector() {
      assertThatIllegalArgumentException().isThrownBy(() -> OrganisationType.builder()
          .id(oid("o")).name("\t").sector("vcse").build()).withMessage("name must not be blank");
      assertThatIllegalArgumentException().isThrownBy(() -> OrganisationType.builder()
          .id(oid("o")).name("O").sector(" ").build()).withMessage("sector must not be blank");
    }

    @Test
    void blankSupportStructure() {
      assertThatIllegalArgumentException().isThrownBy(() -> SupportStructure.of(" "))
          .withMessage("structure must not be blank");
    }

    @Test
    void supportStructureListedTwice() {
      assertThatIllegalArgumentException().isThrownBy(() -> OrganisationType.builder()
              .id(oid("o")).name("O").sector("vcse")
              .addSupport(SupportStructure.of("peer-support"))
              .addSupport(SupportStructure.builder().structure("peer-support")
                  .confidence(Confidence.VERIFIED).build())
              .build())
          .withMessage("support structure 'peer-support' is listed twice for 'o'");
    }

    @Test
    void offersNamesASupportStructure() {
      OrganisationType pcn = OrganisationType.builder().id(oid("pcn")).name("PCN")
          .sector("nhs-primary-care").addSupport(SupportStructure.of("clinical-supervision"))
          .build();

      assertThat(pcn.offers("clinical-supervision")).isTrue();
      assertThat(pcn.offers("peer-support")).isFalse();
    }
  }

  @Nested
  class Levels {

    @Test
    void requirementLevelBelowOne() {
      assertThatIllegalArgumentException().isThrownBy(() -> requires("c", 0))
          .withMessage("level must be 1 or more, was 0");
    }

    @Test
    void competencyLevelBelowOne() {
      assertThatIllegalArgumentException().isThrownBy(() -> CompetencyLevel.of(cid("c"), -2))
          .withMessage("level must be 1 or more, was -2");
    }

    @Test
    void proficiencyLevelNeedsANumberAndAName() {
      assertThatIllegalArgumentException().isThrownBy(() -> ProficiencyLevel.of(0, "Zero"))
          .withMessage("level must be 1 or more, was 0");
      assertThatIllegalArgumentException().isThrownBy(() -> ProficiencyLevel.of(1, ""))
          .withMessage("name must not be blank");
    }

    @Test
    void scaleNeedsALevel() {
      assertThatIllegalArgumentException().isThrownBy(ProficiencyScale::of)
          .withMessage("a scale needs at least one level");
    }

    @Test
    void scaleLevelsAreNumberedOneTwoThreeInOrder() {
      assertThatIllegalArgumentException().isThrownBy(() -> ProficiencyScale.builder()
              .addLevel(ProficiencyLevel.of(1, "A"))
              .addLevel(ProficiencyLevel.of(3, "C"))
              .build())
          .withMessage("scale levels must be numbered 1, 2, 3 ... in order; entry 2 has level 3");
    }

    @Test
    void scaleStartingAtTwoIsRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> ProficiencyScale.builder()
              .addLevel(ProficiencyLevel.of(2, "B")).build())
          .withMessageContaining("entry 1 has level 2");
    }

    @Test
    void scaleNamesLevelsAndZeroIsNotHeld() {
      ProficiencyScale scale = ModelFixtures.SCALE;

      assertThat(scale.maxLevel()).isEqualTo(4);
      assertThat(scale.name(0)).isEqualTo("Not held");
      assertThat(scale.name(2)).isEqualTo("Working");
      assertThat(scale.contains(0)).isFalse();
      assertThat(scale.contains(4)).isTrue();
      assertThat(scale.contains(5)).isFalse();
      assertThatIllegalArgumentException().isThrownBy(() -> scale.name(5))
          .withMessage("level 5 is outside the scale 1..4");
    }
  }

  @Nested
  class Profiles {

    private WorkerProfile alex() {
      return WorkerProfile.builder()
          .id(PersonId.of("p-0001"))
          .role(rid("link-worker"))
          .monthsInRole(14)
          .contractedHours(37.5)
          .workedHours(41)
          .putHold(cid("safeguarding"), 2)
          .putHold(cid("listening"), 3)
          .addCompleted(kid("core-skills"))
          .build();
    }

    @Test
    void toStringShowsNoHeldLevelsHoursOrCourses() {
      String text = alex().toString();

      assertThat(text).isEqualTo("WorkerProfile{id=p-0001, 2 competencies, 1 courses}");
      assertThat(text).doesNotContain("safeguarding", "listening", "core-skills", "37.5", "41",
          "link-worker", "=2", "=3");
    }

    @Test
    void levelIsZeroWhenNotHeld() {
      assertThat(alex().level(cid("safeguarding"))).isEqualTo(2);
      assertThat(alex().level(cid("unknown"))).isZero();
    }

    @Test
    void negativeNumbersAreRejected() {
      assertThatIllegalArgumentException().isThrownBy(() -> WorkerProfile.builder().from(alex()).monthsInRole(-1).build())
          .withMessage("monthsInRole must be 0 or more, was -1");
      assertThatIllegalArgumentException().isThrownBy(() -> WorkerProfile.builder().from(alex()).contractedHours(-2).build())
          .withMessageStartingWith("contractedHours must be");
      assertThatIllegalArgumentException().isThrownBy(() -> WorkerProfile.builder().from(alex()).workedHours(Double.NaN).build())
          .withMessageStartingWith("workedHours must be");
      assertThatIllegalArgumentException().isThrownBy(() -> WorkerProfile.builder()
              .id(PersonId.of("p")).putHold(cid("c"), -1).build())
          .withMessage("level of 'c' must be 0 or more, was -1");
    }

    @Test
    void levelZeroMeansNotHeldAndIsAllowed() {
      assertThat(WorkerProfile.builder().id(PersonId.of("p")).putHold(cid("c"), 0).build()
          .level(cid("c"))).isZero();
    }
  }

  @Nested
  class Equality {

    @Test
    void notesDoNotTakePartInEquality() {
      Competency plain = competency("c");
      Competency noted = Competency.builder().from(plain).notes("why").build();

      assertThat(noted).isEqualTo(plain).hasSameHashCodeAs(plain);
      assertThat(noted.notes()).contains("why");
    }

    @Test
    void notesAreIgnoredOnEveryKindOfEntity() {
      Role role = ModelFixtures.role("r");
      ProgressionRoute r = ModelFixtures.route("a", "b");
      Course c = ModelFixtures.course("k");
      OrganisationType o = ModelFixtures.organisationType("o");
      SupportStructure s = SupportStructure.of("peer-support");

      assertThat(Role.builder().from(role).notes("n").build()).isEqualTo(role);
      assertThat(ProgressionRoute.builder().from(rid("a")).to(rid("b")).kind(r.kind())
          .months(r.months()).notes("n").build()).isEqualTo(r);
      assertThat(Course.builder().from(c).notes("n").build()).isEqualTo(c);
      assertThat(OrganisationType.builder().from(o).notes("n").build()).isEqualTo(o);
      assertThat(SupportStructure.builder().from(s).notes("n").build()).isEqualTo(s);
    }

    @Test
    void sourcesTakePartInEquality() {
      Competency plain = competency("c");
      Competency sourced = Competency.builder().from(plain).addSource("NICE 2024").build();

      assertThat(sourced).isNotEqualTo(plain);
    }

    @Test
    void confidenceTakesPartInEquality() {
      Competency plain = competency("c");

      assertThat(Competency.builder().from(plain).confidence(Confidence.ASSUMED).build())
          .isNotEqualTo(plain);
    }

    @Test
    void valuesWithTheSameFieldsAreEqual() {
      assertThat(requires("c", 2)).isEqualTo(requires("c", 2))
          .isNotEqualTo(requires("c", 3))
          .isNotEqualTo(Requirement.desirable(cid("c"), 2));
      assertThat(ProficiencyScale.of("A", "B")).isEqualTo(ProficiencyScale.of("A", "B"));
      assertThat(Optional.of(ModelFixtures.route("a", "b")))
          .contains(ModelFixtures.route("a", "b"));
    }

    @Test
    void printedNamesOfEnums() {
      assertThat(RouteKind.SPECIALISATION.toString()).isEqualTo("specialisation");
      assertThat(RouteKind.parse("promotion")).isEqualTo(RouteKind.PROMOTION);
      assertThatIllegalArgumentException().isThrownBy(() -> RouteKind.parse("PROMOTION"))
          .withMessage("'PROMOTION' is not a route kind (use one of: entry, promotion, lateral, "
              + "specialisation)");
      assertThat(Confidence.UNCERTAIN.toString()).isEqualTo("uncertain");
    }
  }

  @Nested
  class Problems {

    @Test
    void toStringIsTheUserFacingForm() {
      Problem p = Problem.of("roles[3].requires[0].competency", "unknown competency 'safegaurding'")
          .withSuggestion("did you mean 'safeguarding'?")
          .withPosition("model.yaml", 42, 9);

      assertThat(p).hasToString("model.yaml:42:9: roles[3].requires[0].competency: "
          + "unknown competency 'safegaurding' (did you mean 'safeguarding'?)");
    }

    @Test
    void unknownPositionAndEmptyLocationAreLeftOut() {
      assertThat(Problem.of("", "the file is empty").withPosition("m.yaml", 0, 0))
          .hasToString("m.yaml: the file is empty");
      assertThat(Problem.of("name", "missing")).hasToString("name: missing");
    }
  }
}
