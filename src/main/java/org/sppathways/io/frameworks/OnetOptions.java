package org.sppathways.io.frameworks;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.RouteKind;
import org.sppathways.model.internal.ValueStyle;

/**
 * How {@link OnetImporter} maps O*NET onto a model. Start from {@link #defaults()} and change a
 * copy with the {@code with...} methods; each rejects a bad value at once, naming it.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #version()}</td><td>{@code 29.2}</td><td>the O*NET release, used in the
 *       model's name and credit line</td></tr>
 *   <tr><td>{@link #name()}</td><td>{@code O*NET <version>}</td><td>the model's name</td></tr>
 *   <tr><td>{@link #scale()}</td><td>4 levels: Awareness, Working, Practitioner, Expert</td>
 *       <td>the model's proficiency scale (the bundled reference model's level names)</td></tr>
 *   <tr><td>{@link #levelRule()}</td><td>{@link LevelRule#linear(int) linear(4)}: LV 0–7 in four
 *       equal bands</td><td>how a Level (LV) rating becomes a required level</td></tr>
 *   <tr><td>{@link #minImportance()}</td><td>3.0</td><td>ratings with Importance (IM) below this
 *       are left out (O*NET OnLine lists elements from 3.0, "important", up)</td></tr>
 *   <tr><td>{@link #essentialImportance()}</td><td>4.0</td><td>requirements with Importance at
 *       or above this are essential, the others desirable</td></tr>
 *   <tr><td>{@link #keepOccupationsWithoutJobZone()}</td><td>false</td><td>whether occupations
 *       with no Job Zone (O*NET's "All Other" groups, which have no ratings) become roles without
 *       a seniority, or are left out</td></tr>
 *   <tr><td>{@link #routes()}</td><td>true</td><td>whether Related Occupations become
 *       routes</td></tr>
 *   <tr><td>{@link #relatedTiers()}</td><td>all</td><td>which relatedness tiers to keep
 *       (Primary-Short, Primary-Long, Supplemental)</td></tr>
 *   <tr><td>{@link #lateralMonths()}</td><td>12</td><td>months before a lateral move (assumed:
 *       O*NET gives none)</td></tr>
 *   <tr><td>{@link #promotionMonths()}</td><td>24</td><td>months before a move to a higher Job
 *       Zone (assumed)</td></tr>
 *   <tr><td>{@link #descriptions()}</td><td>true</td><td>whether occupation descriptions are kept
 *       (role attribute {@code description})</td></tr>
 *   <tr><td>{@link #skipBadRows()}</td><td>false</td><td>whether bad rows are skipped and
 *       counted rather than stopping the import</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>1,000</td><td>the most bad-row problems listed</td></tr>
 * </table>
 *
 * <pre>{@code
 * OnetOptions options = OnetOptions.defaults()
 *     .withMinImportance(3.5)
 *     .withLevelRule(LevelRule.parse("2,4,6"))
 *     .withRelatedTiers(Set.of("Primary-Short"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(copy = false)
@ValueStyle
public abstract class OnetOptions {

  /** The O*NET release the defaults describe. */
  public static final String DEFAULT_VERSION = "29.2";

  /** O*NET's relatedness tiers, in order of closeness. */
  public static final Set<String> TIERS = Set.of("Primary-Short", "Primary-Long", "Supplemental");

  private static final OnetOptions DEFAULTS = ImmutableOnetOptions.builder()
      .version(DEFAULT_VERSION)
      .scale(Scales.standard(4))
      .levelRule(LevelRule.linear(4))
      .minImportance(3.0)
      .essentialImportance(4.0)
      .keepOccupationsWithoutJobZone(false)
      .routes(true)
      .lateralMonths(12)
      .promotionMonths(24)
      .descriptions(true)
      .skipBadRows(false)
      .maxProblems(1000)
      .build();

  /** The defaults, as in the table above. */
  public static OnetOptions defaults() {
    return DEFAULTS;
  }

  /** The O*NET release, e.g. {@code 29.2}. */
  public abstract String version();

  /** The name set with {@link #withName(String)}, if any. */
  abstract Optional<String> givenName();

  /** The model's name: the one set, or {@code O*NET <version>}. */
  public String name() {
    return givenName().orElse("O*NET " + version());
  }

  /** The model's proficiency scale; it has {@link LevelRule#levels()} levels. */
  public abstract ProficiencyScale scale();

  /** How a Level (LV) rating becomes a required level. */
  public abstract LevelRule levelRule();

  /** The lowest Importance (IM, 1–5) of a rating that becomes a requirement. */
  public abstract double minImportance();

  /** The lowest Importance of a requirement that is essential; below it, desirable. */
  public abstract double essentialImportance();

  /** Whether occupations with no Job Zone become roles (without seniority) or are left out. */
  public abstract boolean keepOccupationsWithoutJobZone();

  /** Whether Related Occupations become progression routes. */
  public abstract boolean routes();

  /** The relatedness tiers kept, sorted; empty means all. */
  public abstract Set<String> relatedTiers();

  /** The months of a route of the given kind: promotion or (any other) lateral. */
  public int months(RouteKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kind == RouteKind.PROMOTION ? promotionMonths() : lateralMonths();
  }

  /** Months before a lateral move (to the same or a lower Job Zone). */
  public abstract int lateralMonths();

  /** Months before a move to a higher Job Zone. */
  public abstract int promotionMonths();

  /** Whether occupation descriptions are kept as the role attribute {@code description}. */
  public abstract boolean descriptions();

  /** Whether bad rows are skipped and counted rather than stopping the import. */
  public abstract boolean skipBadRows();

  /** The most bad-row problems listed (all bad rows are counted). */
  public abstract int maxProblems();

  /**
   * Each setting within its bounds, named in the message: a version and a name that are not
   * blank, Importances from 1 to 5, known tiers, months 0 or more, a problem limit of 1 or more,
   * and a level rule that maps onto the scale's levels.
   */
  @Value.Check
  void check() {
    requireText(version(), "version");
    givenName().ifPresent(n -> requireText(n, "name"));
    requireImportance(minImportance(), "minImportance");
    requireImportance(essentialImportance(), "essentialImportance");
    relatedTiers().forEach(OnetOptions::requireTier);
    requireMonths(lateralMonths(), "lateralMonths");
    requireMonths(promotionMonths(), "promotionMonths");
    requireProblems(maxProblems());
    if (levelRule().levels() != scale().maxLevel()) {
      throw new IllegalArgumentException("the level rule maps onto " + levelRule().levels()
          + " levels but the scale has " + scale().maxLevel());
    }
  }

  /** A copy of these options to change. */
  private ImmutableOnetOptions.Builder copy() {
    return ImmutableOnetOptions.builder().from(this);
  }

  /**
   * A copy for another O*NET release.
   *
   * @throws IllegalArgumentException if the version is blank
   */
  public OnetOptions withVersion(String version) {
    return copy().version(version).build();
  }

  /**
   * A copy that names the model.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public OnetOptions withName(String name) {
    return copy().givenName(Objects.requireNonNull(name, "name")).build();
  }

  /**
   * A copy with another scale. When the level rule maps onto a different number of levels, it is
   * replaced by {@link LevelRule#linear(int) LevelRule.linear(scale.maxLevel())}.
   *
   * @throws IllegalArgumentException if the scale has more than {@value LevelRule#MAX_LEVELS}
   *     levels
   */
  public OnetOptions withScale(ProficiencyScale scale) {
    Objects.requireNonNull(scale, "scale");
    LevelRule rule = levelRule().levels() == scale.maxLevel() ? levelRule()
        : LevelRule.linear(scale.maxLevel());
    return copy().scale(scale).levelRule(rule).build();
  }

  /**
   * A copy with the default scale of {@code levels} levels (the reference model's names for 4,
   * otherwise {@code Level 1..N}) and {@link LevelRule#linear(int) LevelRule.linear(levels)}.
   *
   * @throws IllegalArgumentException if {@code levels} is outside 1..{@value LevelRule#MAX_LEVELS}
   */
  public OnetOptions withLevels(int levels) {
    return copy().scale(Scales.standard(levels)).levelRule(LevelRule.linear(levels)).build();
  }

  /**
   * A copy with another level rule. When the scale has a different number of levels, it is
   * replaced by the default scale of {@link LevelRule#levels()} levels.
   */
  public OnetOptions withLevelRule(LevelRule rule) {
    Objects.requireNonNull(rule, "rule");
    ProficiencyScale s = scale().maxLevel() == rule.levels() ? scale()
        : Scales.standard(rule.levels());
    return copy().scale(s).levelRule(rule).build();
  }

  /**
   * A copy that keeps ratings from this Importance up.
   *
   * @throws IllegalArgumentException if the value is outside 1–5
   */
  public OnetOptions withMinImportance(double importance) {
    return copy().minImportance(importance).build();
  }

  /**
   * A copy that makes requirements essential from this Importance up.
   *
   * @throws IllegalArgumentException if the value is outside 1–5
   */
  public OnetOptions withEssentialImportance(double importance) {
    return copy().essentialImportance(importance).build();
  }

  /** A copy that keeps (true) or leaves out (false) occupations with no Job Zone. */
  public OnetOptions withKeepOccupationsWithoutJobZone(boolean keep) {
    return copy().keepOccupationsWithoutJobZone(keep).build();
  }

  /** A copy that imports Related Occupations as routes (true) or imports no routes (false). */
  public OnetOptions withRoutes(boolean routes) {
    return copy().routes(routes).build();
  }

  /**
   * A copy that keeps only related occupations of these tiers; an empty set keeps all.
   *
   * @throws IllegalArgumentException if a tier is not one of {@link #TIERS}
   */
  public OnetOptions withRelatedTiers(Collection<String> tiers) {
    Set<String> sorted = new TreeSet<>();
    for (String tier : tiers) {
      requireTier(tier); // in the order given, so the first unknown tier is named
      sorted.add(tier);
    }
    return copy().relatedTiers(sorted).build();
  }

  /**
   * A copy with the months before a lateral move.
   *
   * @throws IllegalArgumentException if negative
   */
  public OnetOptions withLateralMonths(int months) {
    return copy().lateralMonths(months).build();
  }

  /**
   * A copy with the months before a promotion.
   *
   * @throws IllegalArgumentException if negative
   */
  public OnetOptions withPromotionMonths(int months) {
    return copy().promotionMonths(months).build();
  }

  /** A copy that keeps (true) or drops (false) occupation descriptions. */
  public OnetOptions withDescriptions(boolean descriptions) {
    return copy().descriptions(descriptions).build();
  }

  /** A copy that skips and counts bad rows (true) or stops at them (false). */
  public OnetOptions withSkipBadRows(boolean skip) {
    return copy().skipBadRows(skip).build();
  }

  /**
   * A copy that lists at most this many bad-row problems.
   *
   * @throws IllegalArgumentException if below 1
   */
  public OnetOptions withMaxProblems(int problems) {
    return copy().maxProblems(problems).build();
  }

  private static void requireTier(String tier) {
    if (!TIERS.contains(tier)) {
      throw new IllegalArgumentException("unknown relatedness tier '" + tier
          + "'; use Primary-Short, Primary-Long or Supplemental");
    }
  }

  static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  static void requireMonths(int months, String field) {
    if (months < 0) {
      throw new IllegalArgumentException(field + " must be 0 or more, was " + months);
    }
  }

  static void requireProblems(int problems) {
    if (problems < 1) {
      throw new IllegalArgumentException("maxProblems must be 1 or more, was " + problems);
    }
  }

  private static void requireImportance(double importance, String field) {
    if (!(importance >= 1 && importance <= 5)) {
      throw new IllegalArgumentException(field + " must be an Importance from 1 to 5, was "
          + importance);
    }
  }

  /** The mapping these options describe, in words, as recorded in the imported model's notes. */
  String describe() {
    return "Roles: O*NET occupations (id = O*NET-SOC code, seniority = Job Zone 1-5); "
        + (keepOccupationsWithoutJobZone()
            ? "occupations without a Job Zone kept without seniority."
            : "occupations without a Job Zone left out.")
        + " Competencies: Skills (domain 'skills') and Knowledge (domain 'knowledge'), id = "
        + "O*NET Element ID. Requirements: one per rated element with Importance (IM) >= "
        + importance(minImportance()) + ", essential when IM >= "
        + importance(essentialImportance()) + ", level from the Level (LV) rating: "
        + levelRule().description()
        + "; ratings marked Not Relevant or Recommend Suppress left out."
        + (routes() ? " Routes: Related Occupations" + (relatedTiers().isEmpty() ? ""
            : " (tiers " + String.join(", ", relatedTiers()) + ")")
            + ", kind promotion when the Job Zone rises, otherwise lateral; tier and index kept as "
            + "attributes; months assumed (O*NET gives none): " + lateralMonths() + " lateral, "
            + promotionMonths() + " promotion." : " Routes: none imported.");
  }

  /** An Importance value as people read it: {@code 3.0}, {@code 3.25}. */
  static String importance(double value) {
    return value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%.1f", value)
        : Double.toString(value);
  }

  @Override
  public String toString() {
    return "OnetOptions{version=" + version() + ", name=" + name() + ", levels="
        + scale().maxLevel()
        + ", levelRule=" + levelRule() + ", minImportance=" + minImportance()
        + ", essentialImportance=" + essentialImportance() + ", keepOccupationsWithoutJobZone="
        + keepOccupationsWithoutJobZone() + ", routes=" + routes() + ", relatedTiers="
        + (relatedTiers().isEmpty() ? "all" : relatedTiers()) + ", lateralMonths=" + lateralMonths()
        + ", promotionMonths=" + promotionMonths() + ", descriptions=" + descriptions()
        + ", skipBadRows=" + skipBadRows() + ", maxProblems=" + maxProblems() + "}";
  }
}
