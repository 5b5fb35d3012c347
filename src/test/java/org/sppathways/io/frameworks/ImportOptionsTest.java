package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.RouteKind;

/** {@link OnetOptions} and {@link EscoOptions}: documented defaults, copies, rejections. */
class ImportOptionsTest {

  @Test
  void onetDefaultsAreTheDocumentedOnes() {
    OnetOptions o = OnetOptions.defaults();
    assertThat(o.version()).isEqualTo("29.2");
    assertThat(o.name()).isEqualTo("O*NET 29.2");
    assertThat(o.scale().maxLevel()).isEqualTo(4);
    assertThat(o.levelRule()).isEqualTo(LevelRule.linear(4));
    assertThat(o.minImportance()).isEqualTo(3.0);
    assertThat(o.essentialImportance()).isEqualTo(4.0);
    assertThat(o.keepOccupationsWithoutJobZone()).isFalse();
    assertThat(o.routes()).isTrue();
    assertThat(o.relatedTiers()).isEmpty();
    assertThat(o.months(RouteKind.LATERAL)).isEqualTo(12);
    assertThat(o.months(RouteKind.PROMOTION)).isEqualTo(24);
    assertThat(o.descriptions()).isTrue();
    assertThat(o.skipBadRows()).isFalse();
    assertThat(o.maxProblems()).isEqualTo(1000);
  }

  @Test
  void onetCopiesLeaveTheOriginalUnchanged() {
    OnetOptions defaults = OnetOptions.defaults();
    OnetOptions changed = defaults.withVersion("30.0").withMinImportance(3.5)
        .withRelatedTiers(List.of("Supplemental", "Primary-Short"));
    assertThat(changed.name()).isEqualTo("O*NET 30.0");
    assertThat(changed.relatedTiers()).containsExactly("Primary-Short", "Supplemental");
    assertThat(defaults).isEqualTo(OnetOptions.defaults());
    assertThat(changed).isNotEqualTo(defaults);
    assertThat(defaults.withMinImportance(3.0)).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    assertThat(changed.toString()).contains("minImportance=3.5", "relatedTiers=[Primary-Short, "
        + "Supplemental]");
  }

  @Test
  void onetScaleAndLevelRuleStayTheSameSize() {
    OnetOptions five = OnetOptions.defaults().withLevels(5);
    assertThat(five.scale().maxLevel()).isEqualTo(5);
    assertThat(five.scale().name(1)).isEqualTo("Level 1");
    assertThat(five.levelRule()).isEqualTo(LevelRule.linear(5));

    OnetOptions byRule = OnetOptions.defaults().withLevelRule(LevelRule.parse("2,4"));
    assertThat(byRule.scale().maxLevel()).isEqualTo(3);

    ProficiencyScale two = ProficiencyScale.of("Some", "Much");
    OnetOptions byScale = OnetOptions.defaults().withScale(two);
    assertThat(byScale.scale()).isEqualTo(two);
    assertThat(byScale.levelRule()).isEqualTo(LevelRule.linear(2));
    assertThat(byScale.withLevelRule(LevelRule.parse("5")).scale()).isEqualTo(two);
  }

  @Test
  void onetRejectsBadValuesNamingThem() {
    OnetOptions o = OnetOptions.defaults();
    assertThatThrownBy(() -> o.withMinImportance(0.5))
        .hasMessage("minImportance must be an Importance from 1 to 5, was 0.5");
    assertThatThrownBy(() -> o.withEssentialImportance(6))
        .hasMessageContaining("essentialImportance").hasMessageContaining("was 6.0");
    assertThatThrownBy(() -> o.withRelatedTiers(Set.of("Primary")))
        .hasMessage("unknown relatedness tier 'Primary'; use Primary-Short, Primary-Long or "
            + "Supplemental");
    assertThatThrownBy(() -> o.withLateralMonths(-1))
        .hasMessage("lateralMonths must be 0 or more, was -1");
    assertThatThrownBy(() -> o.withMaxProblems(0))
        .hasMessage("maxProblems must be 1 or more, was 0");
    assertThatThrownBy(() -> o.withName(" ")).hasMessage("name must not be blank");
    assertThatThrownBy(() -> o.withLevels(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void escoDefaultsAreTheDocumentedOnes() {
    EscoOptions e = EscoOptions.defaults();
    assertThat(e.version()).isEqualTo("v1.2.0");
    assertThat(e.language()).isEqualTo("en");
    assertThat(e.name()).isEqualTo("ESCO v1.2.0");
    assertThat(e.scale().maxLevel()).isEqualTo(4);
    assertThat(e.level()).isEqualTo(3);
    assertThat(e.hierarchyRoutes()).isFalse();
    assertThat(e.hierarchyMonths()).isEqualTo(12);
    assertThat(e.descriptions()).isTrue();
    assertThat(e.skipBadRows()).isFalse();
    assertThat(e.maxProblems()).isEqualTo(1000);
    assertThat(EscoImporter.of().occupationsFile()).isEqualTo("occupations_en.csv");
    assertThat(EscoImporter.of(e.withLanguage("de")).relationsFile())
        .isEqualTo("occupationSkillRelations_de.csv");
  }

  @Test
  void escoLevelStaysWithinTheScale() {
    assertThat(EscoOptions.defaults().withLevels(2).level()).isEqualTo(2);
    assertThat(EscoOptions.defaults().withLevels(6).level()).isEqualTo(3);
    assertThat(EscoOptions.defaults().withLevels(6).withLevel(6).level()).isEqualTo(6);
    assertThatThrownBy(() -> EscoOptions.defaults().withLevel(5))
        .hasMessage("level must be from 1 to 4 (the scale's levels), was 5; set a larger scale "
            + "first");
    assertThatThrownBy(() -> EscoOptions.defaults().withLanguage("e n"))
        .hasMessage("language must be a code such as 'en', was 'e n'");
    assertThatThrownBy(() -> EscoOptions.defaults().withHierarchyMonths(-3))
        .hasMessage("hierarchyMonths must be 0 or more, was -3");
  }

  @Test
  void escoCopiesCompareByValue() {
    EscoOptions a = EscoOptions.defaults().withLevel(2).withHierarchyRoutes(true);
    EscoOptions b = EscoOptions.defaults().withHierarchyRoutes(true).withLevel(2);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(EscoOptions.defaults());
    assertThat(a.toString()).contains("level=2", "hierarchyRoutes=true");
  }
}
