package org.sppathways.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sppathways.gaps.Candidate;
import org.sppathways.gaps.FitFilter;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.io.ModelReader;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Population;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * On generated populations the Spark results equal the single-process library's, every row and
 * every figure exactly, however the people are partitioned (1, 3 and 16 partitions), on the
 * bundled reference model (first-year targets) and on a model with organisation-type variants,
 * with completed courses and evidence that lapses around the day assessed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEquivalenceTest {
  private static final int PEOPLE = 240;
  private SparkSession spark;
  private Case reference;
  private Case variants;

  /** A model, its population (seeded), the library's analysis and the Spark one. */
  record Case(String name, WorkforceModel model, Population population, GapAnalysis gaps,
      SparkGapAnalysis sparkGaps) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void start() {
    spark = Populations.session("SparkEquivalenceTest");
    reference = newCase("reference", ReferenceModels.socialPrescribing(), 11);
    variants = newCase("variants",
        ModelReader.of().read(Path.of("..", "docs", "examples", "my-model-variants.yaml")), 12);
  }

  private Case newCase(String name, WorkforceModel model, long seed) {
    return new Case(name, model, Populations.generate(model, PEOPLE, seed),
        GapAnalysis.of(model, Clock.fixed(Populations.AS_OF.atStartOfDay(ZoneOffset.UTC)
            .toInstant(), ZoneOffset.UTC)),
        SparkGapAnalysis.of(spark, model).withAsOf(Populations.AS_OF));
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  Stream<Arguments> cases() {
    // partitioning on the reference model; variants (per-person rules) on one partitioning
    return Stream.of(Arguments.of(reference, 1), Arguments.of(reference, 3),
        Arguments.of(reference, 16), Arguments.of(variants, 3));
  }

  private ProfileTables tables(Case c, int partitions) {
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    ProfileTables t = Populations.tables(spark, c.population());
    assertThat(PersonRows.of(t).rdd().getNumPartitions()).isEqualTo(partitions);
    return t;
  }

  @ParameterizedTest(name = "{0}, {1} partitions")
  @MethodSource("cases")
  void everyScoreEqualsTheLibrarysGapReport(Case c, int partitions) {
    List<Row> rows = c.sparkGaps().score(tables(c, partitions)).rows().collectAsList();

    List<String> expected = new ArrayList<>();
    for (WorkerProfile p : c.population().people()) {
      for (Role role : c.model().roles()) {
        GapReport g = c.gaps().gap(p, role.id());
        expected.add(line(p.id().value(), role.id().value(), g.readiness(), g.shortfall(),
            g.essentialMet(), g.weightedReadiness()));
      }
    }
    assertThat(rows).hasSize(PEOPLE * c.model().roles().size());
    assertThat(rows.stream().map(r -> line(r.getString(0), r.getString(1), r.getDouble(2),
        r.getInt(3), r.getBoolean(4), r.getDouble(5))).toList())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}, {1} partitions")
  @MethodSource("cases")
  void topRolesAreTheLibrarysRankingCutAtN(Case c, int partitions) {
    int n = 3;
    List<Row> rows = c.sparkGaps().topRoles(tables(c, partitions), n).rows()
        .orderBy("person", "rank").collectAsList();

    List<String> expected = new ArrayList<>();
    for (WorkerProfile p : c.population().people()) {
      List<GapReport> all = new ArrayList<>();
      for (Role role : c.model().roles()) {
        all.add(c.gaps().gap(p, role.id()));
      }
      all.sort(Comparator.comparingDouble(GapReport::readiness).reversed()
          .thenComparingInt(GapReport::shortfall).thenComparing(GapReport::role));
      for (int k = 0; k < Math.min(n, all.size()); k++) {
        GapReport g = all.get(k);
        expected.add((k + 1) + " " + line(p.id().value(), g.role().value(), g.readiness(),
            g.shortfall(), g.essentialMet(), g.weightedReadiness()));
      }
    }
    assertThat(rows.stream().map(r -> r.getInt(2) + " " + line(r.getString(0), r.getString(1),
        r.getDouble(3), r.getInt(4), r.getBoolean(5), r.getDouble(6))).toList())
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}, {1} partitions")
  @MethodSource("cases")
  void talentPoolIsTheLibrarysFitInItsOrder(Case c, int partitions) {
    ProfileTables t = tables(c, partitions);
    Role role = c.model().roles().get(c.model().roles().size() / 2);
    assertPool(c, t, role.id(), FitFilter.all());
    OrganisationTypeId type = c.model().organisationTypes().get(0).id();
    assertPool(c, t, role.id(), FitFilter.all().withOrganisationTypes(Set.of(type))
        .withEssentialMetOnly(true));
  }

  private void assertPool(Case c, ProfileTables t, RoleId role, FitFilter filter) {
    List<Row> rows = c.sparkGaps().talentPool(t, role, filter).rows().collectAsList();
    List<String> expected = new ArrayList<>();
    for (Candidate k : c.gaps().fit(c.population(), role, filter).people()) {
      GapReport g = c.gaps().gap(c.population().people().stream()
          .filter(p -> p.id().equals(k.person())).findFirst().orElseThrow(), role);
      expected.add(line(k.person().value(), role.value(), k.readiness(), k.shortfall(),
          k.essentialMet(), g.weightedReadiness()));
    }
    assertThat(rows.stream().map(r -> line(r.getString(0), r.getString(1), r.getDouble(2),
        r.getInt(3), r.getBoolean(4), r.getDouble(5))).toList())
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}, {1} partitions")
  @MethodSource("cases")
  void needsEqualTheLibrarysNeeds(Case c, int partitions) {
    ProfileTables t = tables(c, partitions);
    SparkNeedsAnalysis needs = SparkNeedsAnalysis.of(c.sparkGaps());
    NeedsAnalysis library = NeedsAnalysis.of(c.gaps());

    PopulationNeeds own = needs.needs(t).collect();
    assertThat(own).isEqualTo(library.needs(action -> c.population().people().forEach(action), 1));
    assertThat(own.assessed()).isLessThan(own.people());   // some people have no current role
    assertThat(own.asOf()).contains(Populations.AS_OF);     // some evidence carries dates

    RoleId target = c.model().roles().get(0).id();
    PopulationNeeds targeted = needs.needs(t, target).collect();
    assertThat(targeted).isEqualTo(library.needs(action -> c.population().people().forEach(action), target, 1));
    assertThat(targeted.readiness()).isPresent();
  }

  @Test
  void needsTablesHoldTheSameCountsSortedAsTheLibrarySortsThem() {
    ProfileTables t = tables(reference, 3);
    PopulationNeedsTables tables = SparkNeedsAnalysis.of(reference.sparkGaps()).needs(t);
    PopulationNeeds needs = tables.collect();

    assertThat(tables.byCompetency().collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getLong(1) + " " + r.getLong(2)).toList())
        .containsExactlyElementsOf(needs.competencies().stream()
            .map(n -> n.competency().value() + " " + n.peopleShort() + " " + n.totalShortfall())
            .toList());
    long roleSplits = needs.competencies().stream().mapToLong(n -> n.byRole().size()).sum();
    long typeSplits = needs.competencies().stream()
        .mapToLong(n -> n.byOrganisationType().size()).sum();
    assertThat(tables.byRole().count()).isEqualTo(roleSplits);
    assertThat(tables.byOrganisationType().count()).isEqualTo(typeSplits);
    assertThat(tables.problems().count()).isZero();
  }

  @Test
  void theSameInputGivesTheSameRowsInTheSameOrder() {
    ProfileTables t = tables(reference, 16);
    RoleId role = reference.model().roles().get(1).id();
    assertThat(reference.sparkGaps().talentPool(t, role).rows().collectAsList())
        .containsExactlyElementsOf(reference.sparkGaps().talentPool(tables(reference, 3), role)
            .rows().collectAsList());
  }

  private static String line(String person, String role, double readiness, int shortfall,
      boolean essentialMet, double weighted) {
    // doubles as their exact bits: equal means bit for bit
    return person + " " + role + " " + Double.doubleToLongBits(readiness) + " " + shortfall + " "
        + essentialMet + " " + Double.doubleToLongBits(weighted);
  }
}
