package org.sppathways.io.frameworks;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.internal.ValueStyle;

/**
 * How {@link EscoImporter} maps ESCO onto a model. Start from {@link #defaults()} and change a
 * copy with the {@code with...} methods; each rejects a bad value at once, naming it.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #version()}</td><td>{@code v1.2.0}</td><td>the ESCO release, used in the
 *       model's name and attribution</td></tr>
 *   <tr><td>{@link #language()}</td><td>{@code en}</td><td>the language suffix of the files read
 *       ({@code occupations_en.csv})</td></tr>
 *   <tr><td>{@link #name()}</td><td>{@code ESCO <version>}</td><td>the model's name</td></tr>
 *   <tr><td>{@link #scale()}</td><td>4 levels: Awareness, Working, Practitioner, Expert</td>
 *       <td>the model's proficiency scale (the bundled reference model's level names)</td></tr>
 *   <tr><td>{@link #level()}</td><td>3 (Practitioner)</td><td>the level of every requirement:
 *       ESCO says which skills an occupation needs, not how well</td></tr>
 *   <tr><td>{@link #hierarchyRoutes()}</td><td>false</td><td>whether each broader occupation
 *       gets a specialisation route to each of its narrower occupations</td></tr>
 *   <tr><td>{@link #hierarchyMonths()}</td><td>12</td><td>months before such a move (assumed:
 *       ESCO gives none)</td></tr>
 *   <tr><td>{@link #descriptions()}</td><td>true</td><td>whether descriptions are kept (role
 *       attribute {@code description}, competency description)</td></tr>
 *   <tr><td>{@link #skipBadRows()}</td><td>false</td><td>whether bad rows are skipped and
 *       counted rather than stopping the import</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>1,000</td><td>the most bad-row problems listed</td></tr>
 * </table>
 *
 * <pre>{@code
 * EscoOptions options = EscoOptions.defaults().withLevel(2).withHierarchyRoutes(true);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(copy = false)
@ValueStyle
public abstract class EscoOptions {

  /** The ESCO release the defaults describe. */
  public static final String DEFAULT_VERSION = "v1.2.0";

  private static final EscoOptions DEFAULTS = ImmutableEscoOptions.builder()
      .version(DEFAULT_VERSION)
      .language("en")
      .scale(Scales.standard(4))
      .level(3)
      .hierarchyRoutes(false)
      .hierarchyMonths(12)
      .descriptions(true)
      .skipBadRows(false)
      .maxProblems(1000)
      .build();

  /** The defaults, as in the table above. */
  public static EscoOptions defaults() {
    return DEFAULTS;
  }

  /** The ESCO release, e.g. {@code v1.2.0}. */
  public abstract String version();

  /** The language suffix of the files, e.g. {@code en}. */
  public abstract String language();

  /** The name set with {@link #withName(String)}, if any. */
  abstract Optional<String> givenName();

  /** The model's name: the one set, or {@code ESCO <version>}. */
  public String name() {
    return givenName().orElse("ESCO " + version());
  }

  /** The model's proficiency scale. */
  public abstract ProficiencyScale scale();

  /** The level of every requirement, within the scale. */
  public abstract int level();

  /** Whether broader/narrower occupation links become specialisation routes. */
  public abstract boolean hierarchyRoutes();

  /** Months before a move from a broader to a narrower occupation. */
  public abstract int hierarchyMonths();

  /** Whether descriptions are kept. */
  public abstract boolean descriptions();

  /** Whether bad rows are skipped and counted rather than stopping the import. */
  public abstract boolean skipBadRows();

  /** The most bad-row problems listed (all bad rows are counted). */
  public abstract int maxProblems();

  /**
   * Each setting within its bounds, named in the message: a version and a name that are not
   * blank, a language code, a level within the scale, months 0 or more and a problem limit of 1
   * or more.
   */
  @Value.Check
  void check() {
    OnetOptions.requireText(version(), "version");
    OnetOptions.requireText(language(), "language");
    if (!language().matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("language must be a code such as 'en', was '"
          + language() + "'");
    }
    givenName().ifPresent(n -> OnetOptions.requireText(n, "name"));
    if (!scale().contains(level())) {
      throw new IllegalArgumentException("level must be from 1 to " + scale().maxLevel()
          + " (the scale's levels), was " + level() + "; set a larger scale first");
    }
    OnetOptions.requireMonths(hierarchyMonths(), "hierarchyMonths");
    OnetOptions.requireProblems(maxProblems());
  }

  /** A copy of these options to change. */
  private ImmutableEscoOptions.Builder copy() {
    return ImmutableEscoOptions.builder().from(this);
  }

  /**
   * A copy for another ESCO release.
   *
   * @throws IllegalArgumentException if the version is blank
   */
  public EscoOptions withVersion(String version) {
    return copy().version(version).build();
  }

  /**
   * A copy that reads the files of another language, e.g. {@code de} for
   * {@code occupations_de.csv}.
   *
   * @throws IllegalArgumentException if the code is not letters, digits, '-' or '_'
   */
  public EscoOptions withLanguage(String language) {
    return copy().language(language).build();
  }

  /**
   * A copy that names the model.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public EscoOptions withName(String name) {
    return copy().givenName(Objects.requireNonNull(name, "name")).build();
  }

  /**
   * A copy with another scale. When the requirement level is above the new scale's highest
   * level, it is lowered to that level.
   */
  public EscoOptions withScale(ProficiencyScale scale) {
    Objects.requireNonNull(scale, "scale");
    return copy().scale(scale).level(Math.min(level(), scale.maxLevel())).build();
  }

  /**
   * A copy with the default scale of {@code levels} levels (the reference model's names for 4,
   * otherwise {@code Level 1..N}); the requirement level is lowered to fit when needed.
   *
   * @throws IllegalArgumentException if {@code levels} is outside 1..{@value LevelRule#MAX_LEVELS}
   */
  public EscoOptions withLevels(int levels) {
    return withScale(Scales.standard(levels));
  }

  /**
   * A copy whose requirements all have this level.
   *
   * @throws IllegalArgumentException if the level is outside the scale (set the scale first)
   */
  public EscoOptions withLevel(int level) {
    return copy().level(level).build();
  }

  /** A copy that imports broader/narrower occupation links as routes (true) or not (false). */
  public EscoOptions withHierarchyRoutes(boolean routes) {
    return copy().hierarchyRoutes(routes).build();
  }

  /**
   * A copy with the months before a move from a broader to a narrower occupation.
   *
   * @throws IllegalArgumentException if negative
   */
  public EscoOptions withHierarchyMonths(int months) {
    return copy().hierarchyMonths(months).build();
  }

  /** A copy that keeps (true) or drops (false) descriptions. */
  public EscoOptions withDescriptions(boolean descriptions) {
    return copy().descriptions(descriptions).build();
  }

  /** A copy that skips and counts bad rows (true) or stops at them (false). */
  public EscoOptions withSkipBadRows(boolean skip) {
    return copy().skipBadRows(skip).build();
  }

  /**
   * A copy that lists at most this many bad-row problems.
   *
   * @throws IllegalArgumentException if below 1
   */
  public EscoOptions withMaxProblems(int problems) {
    return copy().maxProblems(problems).build();
  }

  /** The mapping these options describe, in words, as recorded in the imported model's notes. */
  String describe() {
    return "Roles: ESCO occupations (id = conceptUri, title = preferredLabel, attributes "
        + "iscoGroup and code; no seniority: ESCO has none). Competencies: ESCO skills (id = "
        + "conceptUri, name = preferredLabel, domain = skillType). Requirements: one per "
        + "occupation-skill relation, essential or optional (desirable) as ESCO says, all at level "
        + level() + " (" + scale().name(level()) + ") because ESCO gives no proficiency levels; a "
        + "relation listed twice is kept once, essential if either is. Routes: "
        + (hierarchyRoutes() ? "from each broader occupation to each narrower one "
            + "(broaderRelationsOccPillar), kind specialisation, months assumed: "
            + hierarchyMonths() + "; ESCO records no career transitions."
            : "none (ESCO records no career transitions).");
  }

  @Override
  public String toString() {
    return "EscoOptions{version=" + version() + ", language=" + language() + ", name=" + name()
        + ", levels=" + scale().maxLevel() + ", level=" + level() + ", hierarchyRoutes="
        + hierarchyRoutes() + ", hierarchyMonths=" + hierarchyMonths() + ", descriptions="
        + descriptions() + ", skipBadRows=" + skipBadRows() + ", maxProblems=" + maxProblems()
        + "}";
  }
}
