package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.RouteKind;

/**
 * {@link OnetOptions} and {@link EscoOptions} as values: every option takes part in equality,
 * hashing and {@code toString}; the mapping notes ({@code describe()}) say exactly what the
 * options say; and the bounds of each setting are inclusive where documented.
 */
class ImportOptionsValueTest {

  /** One copy per option, each changing that option alone. */
  private static final List<UnaryOperator<OnetOptions>> ONET_CHANGES = List.of(
      o -> o.withVersion("30.0"),
      o -> o.withName("My O*NET"),
      o -> o.withLevels(5),
      o -> o.withLevelRule(LevelRule.parse("1,2,3")),
      o -> o.withMinImportance(3.5),
      o -> o.withEssentialImportance(4.5),
      o -> o.withKeepOccupationsWithoutJobZone(true),
      o -> o.withRoutes(false),
      o -> o.withRelatedTiers(List.of("Supplemental")),
      o -> o.withLateralMonths(6),
      o -> o.withPromotionMonths(30),
      o -> o.withDescriptions(false),
      o -> o.withSkipBadRows(true),
      o -> o.withMaxProblems(5));

  private static final List<UnaryOperator<EscoOptions>> ESCO_CHANGES = List.of(
      e -> e.withVersion("v1.1.1"),
      e -> e.withLanguage("de"),
      e -> e.withName("My ESCO"),
      e -> e.withScale(ProficiencyScale.of("A", "B", "C", "D", "E")),
      e -> e.withLevel(2),
      e -> e.withHierarchyRoutes(true),
      e -> e.withHierarchyMonths(6),
      e -> e.withDescriptions(false),
      e -> e.withSkipBadRows(true),
      e -> e.withMaxProblems(5));

  @Test
  void everyOnetOptionTakesPartInEqualityHashAndToString() {
    OnetOptions defaults = OnetOptions.defaults();
    Set<OnetOptions> distinct = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (UnaryOperator<OnetOptions> change : ONET_CHANGES) {
      OnetOptions changed = change.apply(defaults);
      assertThat(changed).isNotEqualTo(defaults).isEqualTo(change.apply(defaults))
          .hasSameHashCodeAs(change.apply(defaults));
      assertThat(changed.toString()).isNotEqualTo(defaults.toString());
      distinct.add(changed);
      hashes.add(changed.hashCode());
      texts.add(changed.toString());
    }
    assertThat(distinct).hasSize(ONET_CHANGES.size());
    assertThat(hashes).hasSize(ONET_CHANGES.size()).doesNotContain(defaults.hashCode());
    assertThat(texts).hasSize(ONET_CHANGES.size());
    assertThat(defaults).isEqualTo(defaults).isNotEqualTo(null).isNotEqualTo("O*NET 29.2");
  }

  @Test
  void onetToStringNamesEveryOption() {
    assertThat(OnetOptions.defaults().toString()).isEqualTo("OnetOptions{version=29.2, "
        + "name=O*NET 29.2, levels=4, levelRule=1.75,3.5,5.25, minImportance=3.0, "
        + "essentialImportance=4.0, keepOccupationsWithoutJobZone=false, routes=true, "
        + "relatedTiers=all, lateralMonths=12, promotionMonths=24, descriptions=true, "
        + "skipBadRows=false, maxProblems=1000}");
  }

  @Test
  void onetNotesDescribeTheDefaultMapping() {
    assertThat(OnetOptions.defaults().describe()).isEqualTo("Roles: O*NET occupations (id = "
        + "O*NET-SOC code, seniority = Job Zone 1-5); occupations without a Job Zone left out. "
        + "Competencies: Skills (domain 'skills') and Knowledge (domain 'knowledge'), id = O*NET "
        + "Element ID. Requirements: one per rated element with Importance (IM) >= 3.0, "
        + "essential when IM >= 4.0, level from the Level (LV) rating: LV < 1.75 → 1, "
        + "LV ≥ 1.75 → 2, LV ≥ 3.5 → 3, LV ≥ 5.25 → 4; ratings marked Not Relevant or Recommend "
        + "Suppress left out. Routes: Related Occupations, kind promotion when the Job Zone "
        + "rises, otherwise lateral; tier and index kept as attributes; months assumed (O*NET "
        + "gives none): 12 lateral, 24 promotion.");
  }

  @Test
  void onetNotesFollowTheOptions() {
    String kept = OnetOptions.defaults().withKeepOccupationsWithoutJobZone(true)
        .withMinImportance(3.25).withEssentialImportance(5)
        .withRelatedTiers(List.of("Supplemental", "Primary-Short"))
        .withLateralMonths(0).withPromotionMonths(36).describe();
    assertThat(kept)
        .contains("occupations without a Job Zone kept without seniority.")
        .doesNotContain("left out. Competencies")
        .contains("Importance (IM) >= 3.25, essential when IM >= 5.0,")
        .contains("Routes: Related Occupations (tiers Primary-Short, Supplemental), kind")
        .endsWith("months assumed (O*NET gives none): 0 lateral, 36 promotion.");
    assertThat(OnetOptions.defaults().withRoutes(false).describe())
        .endsWith("Suppress left out. Routes: none imported.");
  }

  @Test
  void onetMonthsFollowTheRouteKind() {
    OnetOptions o = OnetOptions.defaults().withLateralMonths(7).withPromotionMonths(31);
    assertThat(o.lateralMonths()).isEqualTo(7);
    assertThat(o.promotionMonths()).isEqualTo(31);
    assertThat(o.months(RouteKind.PROMOTION)).isEqualTo(31);
    assertThat(o.months(RouteKind.LATERAL)).isEqualTo(7);
    assertThat(o.months(RouteKind.SPECIALISATION)).isEqualTo(7);
    assertThatThrownBy(() -> o.months(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void onetBoundsAreInclusive() {
    OnetOptions o = OnetOptions.defaults();
    assertThat(o.withMinImportance(1).minImportance()).isEqualTo(1.0);
    assertThat(o.withMinImportance(5).minImportance()).isEqualTo(5.0);
    assertThat(o.withEssentialImportance(1).essentialImportance()).isEqualTo(1.0);
    assertThat(o.withLateralMonths(0).lateralMonths()).isZero();
    assertThat(o.withPromotionMonths(0).promotionMonths()).isZero();
    assertThat(o.withMaxProblems(1).maxProblems()).isEqualTo(1);
    assertThatThrownBy(() -> o.withMinImportance(0.999))
        .hasMessage("minImportance must be an Importance from 1 to 5, was 0.999");
    assertThatThrownBy(() -> o.withMinImportance(5.001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.withMinImportance(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.withPromotionMonths(-1))
        .hasMessage("promotionMonths must be 0 or more, was -1");
    assertThatThrownBy(() -> o.withVersion(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("version");
    assertThatThrownBy(() -> o.withVersion("")).hasMessage("version must not be blank");
    assertThatThrownBy(() -> o.withScale(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> o.withLevelRule(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void onetScaleAndRuleOfTheSameSizeAreKeptTogether() {
    LevelRule custom = LevelRule.parse("1,2,3");
    ProficiencyScale four = ProficiencyScale.of("W", "X", "Y", "Z");
    OnetOptions o = OnetOptions.defaults().withLevelRule(custom).withScale(four);
    assertThat(o.levelRule()).isEqualTo(custom);
    assertThat(o.scale()).isEqualTo(four);
    assertThat(o.withLevelRule(LevelRule.parse("2,4,6")).scale()).isEqualTo(four);
    assertThat(o.withLevelRule(LevelRule.parse("2,4")).scale())
        .isEqualTo(ProficiencyScale.of("Level 1", "Level 2", "Level 3"));
    assertThat(OnetOptions.defaults().withLevels(4).scale())
        .isEqualTo(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"));
  }

  @Test
  void everyEscoOptionTakesPartInEqualityHashAndToString() {
    EscoOptions defaults = EscoOptions.defaults();
    Set<EscoOptions> distinct = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (UnaryOperator<EscoOptions> change : ESCO_CHANGES) {
      EscoOptions changed = change.apply(defaults);
      assertThat(changed).isNotEqualTo(defaults).isEqualTo(change.apply(defaults))
          .hasSameHashCodeAs(change.apply(defaults));
      distinct.add(changed);
      hashes.add(changed.hashCode());
      texts.add(changed.toString());
    }
    assertThat(distinct).hasSize(ESCO_CHANGES.size());
    assertThat(hashes).hasSize(ESCO_CHANGES.size()).doesNotContain(defaults.hashCode());
    assertThat(texts).hasSize(ESCO_CHANGES.size()).doesNotContain(defaults.toString());
    assertThat(defaults).isEqualTo(defaults).isNotEqualTo(null).isNotEqualTo("ESCO v1.2.0");
  }

  @Test
  void escoToStringNamesEveryOption() {
    assertThat(EscoOptions.defaults().toString()).isEqualTo("EscoOptions{version=v1.2.0, "
        + "language=en, name=ESCO v1.2.0, levels=4, level=3, hierarchyRoutes=false, "
        + "hierarchyMonths=12, descriptions=true, skipBadRows=false, maxProblems=1000}");
    EscoOptions e = EscoOptions.defaults().withName("Mine").withLanguage("fr")
        .withHierarchyMonths(0).withDescriptions(false).withSkipBadRows(true).withMaxProblems(1);
    assertThat(e.name()).isEqualTo("Mine");
    assertThat(e.language()).isEqualTo("fr");
    assertThat(e.hierarchyMonths()).isZero();
    assertThat(e.descriptions()).isFalse();
    assertThat(e.skipBadRows()).isTrue();
    assertThat(e.maxProblems()).isEqualTo(1);
    assertThat(e.withVersion("v2").version()).isEqualTo("v2");
  }

  @Test
  void escoNotesDescribeTheMapping() {
    String head = "Roles: ESCO occupations (id = conceptUri, title = preferredLabel, attributes "
        + "iscoGroup and code; no seniority: ESCO has none). Competencies: ESCO skills (id = "
        + "conceptUri, name = preferredLabel, domain = skillType). Requirements: one per "
        + "occupation-skill relation, essential or optional (desirable) as ESCO says, all at "
        + "level ";
    String tail = " because ESCO gives no proficiency levels; a relation listed twice is kept "
        + "once, essential if either is. Routes: ";
    assertThat(EscoOptions.defaults().describe()).isEqualTo(head + "3 (Practitioner)" + tail
        + "none (ESCO records no career transitions).");
    assertThat(EscoOptions.defaults().withLevel(1).withHierarchyRoutes(true)
        .withHierarchyMonths(9).describe()).isEqualTo(head + "1 (Awareness)" + tail
        + "from each broader occupation to each narrower one (broaderRelationsOccPillar), kind "
        + "specialisation, months assumed: 9; ESCO records no career transitions.");
  }

  @Test
  void escoLevelAndScaleBounds() {
    EscoOptions e = EscoOptions.defaults();
    assertThat(e.withLevel(4).level()).isEqualTo(4);
    assertThat(e.withLevel(1).level()).isEqualTo(1);
    assertThatThrownBy(() -> e.withLevel(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.withLevels(3).level()).isEqualTo(3);
    assertThat(e.withLevels(3).scale().maxLevel()).isEqualTo(3);
    assertThat(e.withLanguage("pt-BR_x1").language()).isEqualTo("pt-BR_x1");
    assertThatThrownBy(() -> e.withLanguage(" ")).hasMessage("language must not be blank");
    assertThatThrownBy(() -> e.withScale(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void defaultScalesNameTheirLevels() {
    assertThat(Scales.standard(1)).isEqualTo(ProficiencyScale.of("Level 1"));
    assertThat(Scales.standard(3)).isEqualTo(ProficiencyScale.of("Level 1", "Level 2", "Level 3"));
    assertThat(Scales.standard(LevelRule.MAX_LEVELS).maxLevel()).isEqualTo(20);
    assertThatThrownBy(() -> Scales.standard(21))
        .hasMessage("the number of levels must be from 1 to 20, was 21");
    assertThatThrownBy(() -> Scales.standard(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theChecksHoldHoweverAValueIsBuilt() {
    OnetOptions onet = OnetOptions.defaults();
    assertThatThrownBy(() -> ImmutableOnetOptions.builder().from(onet)
        .levelRule(LevelRule.linear(3)).build())
        .hasMessage("the level rule maps onto 3 levels but the scale has 4");
    assertThatThrownBy(() -> ImmutableOnetOptions.builder().from(onet)
        .relatedTiers(List.of("Primary-Short", "Tertiary")).build())
        .hasMessage("unknown relatedness tier 'Tertiary'; use Primary-Short, Primary-Long or "
            + "Supplemental");
    assertThatThrownBy(() -> ImmutableOnetOptions.builder().from(onet).givenName("").build())
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> ImmutableOnetOptions.builder().from(onet).maxProblems(0).build())
        .hasMessage("maxProblems must be 1 or more, was 0");
    EscoOptions esco = EscoOptions.defaults();
    assertThatThrownBy(() -> ImmutableEscoOptions.builder().from(esco)
        .scale(ProficiencyScale.of("A", "B")).build())
        .hasMessage("level must be from 1 to 2 (the scale's levels), was 3; set a larger scale "
            + "first");
    assertThatThrownBy(() -> ImmutableEscoOptions.builder().from(esco).version(" ").build())
        .hasMessage("version must not be blank");
    assertThatThrownBy(() -> LevelRule.thresholds(1, 2, 2))
        .hasMessage("level thresholds must rise strictly within (0, 7]; threshold 3 is 2 after 2 "
            + "in 1,2,2");
  }

  @Test
  void aRejectedChangeLeavesTheOptionsAsTheyWere() {
    OnetOptions onet = OnetOptions.defaults().withMinImportance(3.5);
    assertThatThrownBy(() -> onet.withMinImportance(9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> onet.withRelatedTiers(List.of("Nope", "Also nope")))
        .hasMessageContaining("'Nope'");
    assertThat(onet.minImportance()).isEqualTo(3.5);
    assertThat(onet).isEqualTo(OnetOptions.defaults().withMinImportance(3.5));
    EscoOptions esco = EscoOptions.defaults().withLevel(2);
    assertThatThrownBy(() -> esco.withLevel(9)).isInstanceOf(IllegalArgumentException.class);
    assertThat(esco.level()).isEqualTo(2);
  }

  @Test
  void aNameEqualToTheDefaultIsStillAChoice() {
    OnetOptions named = OnetOptions.defaults().withName("O*NET 29.2");
    assertThat(named.name()).isEqualTo(OnetOptions.defaults().name());
    assertThat(named).isNotEqualTo(OnetOptions.defaults());
    assertThat(named.withVersion("30.0").name()).isEqualTo("O*NET 29.2");
    assertThat(OnetOptions.defaults().withVersion("30.0").name()).isEqualTo("O*NET 30.0");
    assertThat(EscoOptions.defaults().withVersion("v2").name()).isEqualTo("ESCO v2");
    assertThat(OnetOptions.defaults().withRelatedTiers(List.of("Supplemental", "Primary-Long"))
        .relatedTiers()).containsExactly("Primary-Long", "Supplemental");
  }
}
