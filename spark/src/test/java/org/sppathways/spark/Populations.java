package org.sppathways.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sppathways.model.Competency;
import org.sppathways.model.Completion;
import org.sppathways.model.Course;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/** Seeded generated populations, as profiles and as the two long-form tables. */
final class Populations {
  static final StructType LEVELS = new StructType()
      .add("person", DataTypes.StringType).add("competency", DataTypes.StringType)
      .add("level", DataTypes.IntegerType).add("until", DataTypes.StringType);
  static final StructType COMPLETIONS = new StructType()
      .add("person", DataTypes.StringType).add("course", DataTypes.StringType);
  /** The day the tests assess people on; some evidence lapses before it, some after. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final StructType PEOPLE = new StructType()
      .add("person", DataTypes.StringType).add("role", DataTypes.StringType)
      .add("organisationType", DataTypes.StringType).add("monthsInRole", DataTypes.IntegerType)
      .add("contractedHours", DataTypes.DoubleType).add("workedHours", DataTypes.DoubleType);

  private Populations() {
  }

  /**
   * n people: most with a current role (some in their first year), most with an organisation
   * type, each holding a random third of the model's competencies at random levels (0 included).
   */
  static Population generate(WorkforceModel model, int n, long seed) {
    Random random = new Random(seed);
    List<WorkerProfile> people = new ArrayList<>();
    int max = model.scale().maxLevel();
    for (int i = 0; i < n; i++) {
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of(String.format("p-%05d", i)));
      if (random.nextInt(10) < 8) {
        Role role = model.roles().get(random.nextInt(model.roles().size()));
        b.role(role.id()).monthsInRole(random.nextInt(30));
      }
      if (random.nextInt(10) < 7) {
        List<OrganisationType> types = model.organisationTypes();
        b.organisationType(types.get(random.nextInt(types.size())).id());
      }
      if (random.nextBoolean()) {
        b.contractedHours(random.nextInt(38)).workedHours(random.nextInt(45));
      }
      for (Competency c : model.competencies()) {
        if (random.nextInt(3) == 0) {
          if (random.nextInt(8) == 0) {   // evidence that lapses, before or after the day
            b.putHold(c.id(), random.nextInt(max + 1), AS_OF.plusDays(random.nextInt(200) - 100));
          } else {
            b.putHold(c.id(), random.nextInt(max + 1));
          }
        }
      }
      if (!model.courses().isEmpty() && random.nextInt(4) == 0) {
        Course course = model.courses().get(random.nextInt(model.courses().size()));
        if (random.nextBoolean()) {
          b.addCompleted(course.id());
        } else {
          b.addCompleted(course.id(), AS_OF.minusDays(random.nextInt(2000)));
        }
      }
      people.add(b.build());
    }
    return Population.of(people);
  }

  static List<Row> levelRows(Population population) {
    List<Row> rows = new ArrayList<>();
    for (WorkerProfile p : population.people()) {
      p.holds().forEach((c, level) -> rows.add(RowFactory.create(p.id().value(), c.value(),
          level, p.holdsUntil().containsKey(c) ? p.holdsUntil().get(c).toString() : null)));
    }
    return rows;
  }

  static List<Row> peopleRows(Population population) {
    List<Row> rows = new ArrayList<>();
    for (WorkerProfile p : population.people()) {
      rows.add(RowFactory.create(p.id().value(), p.role().map(r -> r.value()).orElse(null),
          p.organisationType().map(t -> t.value()).orElse(null), p.monthsInRole(),
          p.contractedHours().isPresent() ? p.contractedHours().getAsDouble() : null,
          p.workedHours().isPresent() ? p.workedHours().getAsDouble() : null));
    }
    return rows;
  }

  static List<Row> completionRows(Population population) {
    List<Row> rows = new ArrayList<>();
    for (WorkerProfile p : population.people()) {
      for (Completion c : p.completions()) {
        rows.add(RowFactory.create(p.id().value(), c.course().value()
            + c.date().map(d -> "@" + d).orElse("")));
      }
    }
    return rows;
  }

  static ProfileTables tables(SparkSession spark, Population population) {
    return tables(spark, levelRows(population), peopleRows(population),
        completionRows(population));
  }

  static ProfileTables tables(SparkSession spark, List<Row> levels, List<Row> people,
      List<Row> completions) {
    Dataset<Row> l = spark.createDataFrame(levels, LEVELS);
    Dataset<Row> p = spark.createDataFrame(people, PEOPLE);
    Dataset<Row> c = spark.createDataFrame(completions, COMPLETIONS);
    return ProfileTables.of(l, p, c);
  }

  /** A local Spark session for one test class: two cores, no UI, partitions as set. */
  static SparkSession session(String name) {
    return SparkSession.builder().master("local[2]").appName(name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        // small data: interpreting beats compiling each query's generated code
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .getOrCreate();
  }
}
