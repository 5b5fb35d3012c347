package org.sppathways.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Rows that do not fit the model are reported with their reason and the person left out — never
 * dropped silently — or, when asked, fail the job without naming the person or the value; and
 * the example profile CSV gives the {@code needs} command's figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRowsTest {
  /** Levels as text, as a CSV file gives them. */
  private static final StructType TEXT_LEVELS = new StructType()
      .add("person", DataTypes.StringType).add("competency", DataTypes.StringType)
      .add("level", DataTypes.StringType);
  private static final StructType PEOPLE = new StructType()
      .add("person", DataTypes.StringType).add("role", DataTypes.StringType)
      .add("organisationType", DataTypes.StringType).add("monthsInRole", DataTypes.StringType);

  private final WorkforceModel model = ReferenceModels.socialPrescribing();
  private SparkSession spark;
  private SparkGapAnalysis gaps;

  @BeforeAll
  void start() {
    spark = Populations.session("BadRowsTest");
    gaps = SparkGapAnalysis.of(spark, model).withAsOf(Populations.AS_OF);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private ProfileTables badTables() {
    List<Row> levels = List.of(
        RowFactory.create("p-good", "active-listening", "3"),
        RowFactory.create("p-good", "building-trust", "2"),
        RowFactory.create("p-typo", "safegaurding", "2"),
        RowFactory.create("p-high", "active-listening", "9"),
        RowFactory.create("p-word", "active-listening", "three"),
        RowFactory.create("p-twice", "active-listening", "1"),
        RowFactory.create("p-twice", "active-listening", "2"),
        RowFactory.create("p-orphan", "active-listening", "1"),
        RowFactory.create(null, "active-listening", "1"));
    List<Row> people = List.of(
        RowFactory.create("p-good", "link-worker", "pcn", "26"),
        RowFactory.create("p-typo", "link-worker", "pcn", "26"),
        RowFactory.create("p-high", "link-worker", null, null),
        RowFactory.create("p-word", null, null, null),
        RowFactory.create("p-twice", null, null, null),
        RowFactory.create("p-astronaut", "astronaut", "pcn", "3"),
        RowFactory.create("p-spaceship", "link-worker", "spaceship", "3"),
        RowFactory.create("p-negative", "link-worker", "pcn", "-3"),
        RowFactory.create("p-double", "link-worker", "pcn", "1"),
        RowFactory.create("p-double", "link-worker", "pcn", "2"),
        RowFactory.create("p-no-levels", "", "", ""));
    return ProfileTables.of(spark.createDataFrame(levels, TEXT_LEVELS),
        spark.createDataFrame(people, PEOPLE));
  }

  @Test
  void everyBadRowIsReportedWithItsReasonAndThePersonLeftOut() {
    Scores scores = gaps.score(badTables(), List.of(RoleId.of("link-worker")));

    List<String> problems = scores.problems().orderBy("person", "column", "value")
        .collectAsList().stream().map(r -> r.getString(0) + " " + r.getString(1) + " "
            + r.getString(2) + " " + r.getString(3) + ": " + r.getString(4)).toList();
    assertThat(problems).containsExactlyInAnyOrder(
        "levels null person null: missing person id",
        "people p-astronaut role astronaut: unknown role",
        "people p-double person p-double: person has more than one row in the people table",
        "levels p-high level 9: level outside the scale 0..4",
        "people p-negative monthsInRole -3: monthsInRole is not a whole number 0 or more",
        "levels p-orphan person p-orphan: person not in the people table",
        "people p-spaceship organisationType spaceship: unknown organisation type",
        "levels p-twice competency active-listening: competency listed twice for the person",
        "levels p-typo competency safegaurding: unknown competency",
        "levels p-word level three: level is not a whole number");
    assertThat(scores.rows().collectAsList().stream().map(r -> r.getString(0)).toList())
        .containsExactlyInAnyOrder("p-good", "p-no-levels");
  }

  @Test
  void needsLeaveThePeopleWithBadRowsOutAndCountTheRest() {
    PopulationNeedsTables tables = SparkNeedsAnalysis.of(gaps).needs(badTables());
    PopulationNeeds needs = tables.collect();

    WorkerProfile good = WorkerProfile.builder().id(PersonId.of("p-good"))
        .role(RoleId.of("link-worker")).organisationType(OrganisationTypeId.of("pcn"))
        .monthsInRole(26).putHold(CompetencyId.of("active-listening"), 3)
        .putHold(CompetencyId.of("building-trust"), 2).build();
    WorkerProfile noLevels = WorkerProfile.builder().id(PersonId.of("p-no-levels")).build();
    PopulationNeeds library = NeedsAnalysis.of(library()).needs(action -> {
      action.accept(good);
      action.accept(noLevels);
    }, 1);
    assertThat(needs).isEqualTo(library);
    assertThat(needs.people()).isEqualTo(2);
    assertThat(tables.problems().count()).isEqualTo(10);
  }

  @Test
  void failOnBadRowsStopsTheJobWithoutNamingThePersonOrTheValue() {
    Scores scores = gaps.withFailOnBadRows(true).score(badTables(),
        List.of(RoleId.of("link-worker")));

    assertThatThrownBy(() -> scores.rows().collectAsList())
        .satisfies(e -> {
          String all = messages(e);
          assertThat(all).contains("failOnBadRows").contains("does not fit the model");
          for (String personal : List.of("p-typo", "p-high", "p-word", "p-twice", "p-orphan",
              "p-astronaut", "p-negative", "p-double", "safegaurding", "three")) {
            assertThat(all).doesNotContain(personal);
          }
        });
  }

  @Test
  void aMissingColumnIsNamed() {
    Dataset<Row> people = spark.createDataFrame(List.of(), new StructType()
        .add("person", DataTypes.StringType));
    Dataset<Row> levels = spark.createDataFrame(List.of(), TEXT_LEVELS);
    assertThatThrownBy(() -> ProfileTables.of(levels, people))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the people table has no column 'role'");
  }

  @Test
  void theExampleProfileCsvGivesTheNeedsCommandsFigures() {
    Path csv = Path.of("..", "docs", "examples", "sp-profiles.csv");
    ProfileTables tables = ProfileTables.fromProfileCsv(spark.read().option("header", "true")
        .csv(csv.toString()));
    SparkNeedsAnalysis needs = SparkNeedsAnalysis.of(gaps);
    NeedsAnalysis library = NeedsAnalysis.of(library());
    ProfileReader reader = ProfileReader.of(model);

    PopulationNeeds own = needs.needs(tables).collect();
    assertThat(own).isEqualTo(library.needs(action -> reader.forEach(csv, action), 1));
    assertThat(own.people()).isEqualTo(12);
    RoleId senior = RoleId.of("senior-link-worker");
    assertThat(needs.needs(tables, senior).collect())
        .isEqualTo(library.needs(action -> reader.forEach(csv, action), senior, 1));

    Population people = reader.read(csv);
    List<String> top = new ArrayList<>();
    for (Row r : gaps.topRoles(tables, 1).rows().orderBy("person").collectAsList()) {
      top.add(r.getString(0) + " " + r.getString(1));
    }
    List<String> expected = new ArrayList<>();
    for (WorkerProfile p : people.people()) {
      expected.add(p.id().value() + " " + model.roles().stream()
          .map(role -> library().gap(p, role.id()))
          .sorted(java.util.Comparator.comparingDouble(
              org.sppathways.gaps.GapReport::readiness).reversed()
              .thenComparingInt(org.sppathways.gaps.GapReport::shortfall)
              .thenComparing(org.sppathways.gaps.GapReport::role))
          .findFirst().orElseThrow().role().value());
    }
    assertThat(top).containsExactlyElementsOf(expected);
  }

  private GapAnalysis library() {
    return GapAnalysis.of(model, Clock.fixed(Populations.AS_OF.atStartOfDay(ZoneOffset.UTC)
        .toInstant(), ZoneOffset.UTC));
  }

  private static String messages(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getMessage()).append('\n');
    }
    return out.toString();
  }
}
