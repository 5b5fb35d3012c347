package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Func.Func1;
import nl.jqno.equalsverifier.Func.Func2;
import nl.jqno.equalsverifier.Warning;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.SteadyState;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.ReadinessDistribution;
import org.sppathways.gaps.Transfer;
import org.sppathways.gaps.Transfers;
import org.sppathways.io.ReadLimits;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.compliance.ComplianceItem;
import org.sppathways.compliance.ComplianceSettings;
import org.sppathways.compliance.ComplianceStatus;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.compliance.RefresherDemand;
import org.sppathways.compliance.StatusCounts;
import org.sppathways.io.frameworks.ImportReport;
import java.time.LocalDate;
import org.sppathways.io.frameworks.OnetImporter;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.ModelFixtures;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Population;
import org.sppathways.model.RoleId;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.DeadEnd;
import org.sppathways.structure.MinimumCut;
import org.sppathways.structure.MonthsTies;
import org.sppathways.structure.StructureOptions;
import org.sppathways.structure.WorkloadGroup;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanReport;
import org.sppathways.training.TrainingPlanner;

/**
 * Equality by value, checked for every value type of the API: EqualsVerifier on each record,
 * each Immutables value (through its generated class) and each hand-written {@code equals}, found
 * on the class path so that a new value type is covered without being listed.
 *
 * <p>Free-text {@code notes} are deliberately left out of equality on model values (see the
 * {@code org.sppathways.model} package notes); the verifier is told so and checks that every
 * other field counts. Records whose constructor ties components together (a path has one more
 * role than steps; a steady state has headcounts or a reason) cannot be given the one-field-at-a-
 * time variations EqualsVerifier makes, so they are checked with Guava's {@link EqualsTester} on
 * real values instead, each listed in {@link #CROSS_CHECKED} with its invariant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EqualityContractsTest {

  /**
   * Records whose constructor checks components against each other, or checks a range that
   * EqualsVerifier's made-up values break (a level of 0): the invariant, by type.
   */
  static final Map<Class<?>, String> CROSS_CHECKED = merged(EvidenceEquality.INVARIANTS, merged(Map.of(
      PopulationNeeds.class, "0 <= assessed <= people; readiness only for the target role",
      Transfers.class, "from or to, not both",
      TrainingPlanReport.class, "the plan's courses, in plan order",
      org.sppathways.diff.ModelDiff.Change.class, "a field and two values exactly when changed",
      org.sppathways.diff.ModelDiff.class, "changes sorted by kind, key and field"), Map.of(
      CareerPath.class, "one more role than steps",
      SteadyState.class, "headcounts or a reason, not both",
      ReadinessDistribution.class, "exactly eleven bands",
      DeadEnd.class, "nearestHigher exactly when onlyByChangingType",
      WorkloadGroup.class, "0 <= beyondContract <= withHours <= people",
      ReadLimits.class, "every limit 1 or more",
      MinimumCut.class, "a role cut only when connected, roles only with a role cut",
      StructureOptions.class, "entry roles or a seniority below which roles enter, not both",
      org.sppathways.structure.StructureReport.class,
      "ceilings across types, or crossing gains by organisation type"), Map.of(
      EntryRule.HeldLevel.class, "level 1 or more",
      EntryRule.MinContractedHours.class, "hours above 0 and finite",
      HeldLevels.Evidence.class, "level 1 or more",
      HeldLevels.Lapse.class, "level 1 or more"), Map.of(
      ComplianceItem.class, "a date exactly for due and lapsed; held >= required exactly when "
          + "current or due",
      ComplianceSettings.class, "within 0 to 120 months, horizon 1 to 120",
      RefresherDemand.class, "a course or a competency, not both; 1 or more people",
      ComplianceSummary.class, "0 <= assessed <= people")));

  /** Four maps of distinct keys as one. */
  private static <K, V> Map<K, V> merged(Map<K, V> a, Map<K, V> b, Map<K, V> c, Map<K, V> d) {
    return merged(merged(a, b), merged(c, d));
  }

  /** Three maps of distinct keys as one. */
  private static <K, V> Map<K, V> merged(Map<K, V> a, Map<K, V> b, Map<K, V> c) {
    return merged(merged(a, b), c);
  }

  /** Two maps of distinct keys as one (Map.of takes at most ten entries). */
  private static <K, V> Map<K, V> merged(Map<K, V> a, Map<K, V> b) {
    Map<K, V> all = new java.util.HashMap<>(a);
    all.putAll(b);
    return Map.copyOf(all);
  }

  private final Samples samples = new Samples();
  private final WorkforceModel small = ModelFixtures.valid().build();
  private final CareerPathFinder finder = CareerPathFinder.of(samples.model);
  /** The best path from the sample role to the next one, and the path of no steps. */
  private final CareerPath step =
      finder.paths(samples.role.id(), samples.target.id(), 1).paths().get(0);
  private final CareerPath stay =
      finder.paths(samples.role.id(), samples.role.id(), 1).paths().get(0);
  private final ImportReport onet =
      OnetImporter.of().read(Samples.resource("/frameworks/onet/valid")).report();
  private final ImportReport esco =
      EscoImporter.of().read(Samples.resource("/frameworks/esco/valid")).report();
  private int verified;
  private int crossChecked;

  @TestFactory
  Stream<DynamicTest> everyValueTypeHasLawfulEquality() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      if (CROSS_CHECKED.containsKey(type)) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(type.getName(), () -> {
        verifier(type).verify();
        verified++;
      }));
    }
    return tests.stream();
  }

  private static org.sppathways.diff.ModelDiff.Change diffChange(String key, String field,
      String before, String after) {
    return new org.sppathways.diff.ModelDiff.Change(org.sppathways.diff.ModelDiff.Kind.ROLE, key,
        org.sppathways.diff.ModelDiff.Edit.CHANGED, Optional.of(field), Optional.of(before),
        Optional.of(after));
  }

  private EqualsTester structureReports() {
    org.sppathways.structure.StructureAnalysis a =
        org.sppathways.structure.StructureAnalysis.of(small);
    java.util.Set<org.sppathways.structure.StructureReport.Part> parts =
        java.util.EnumSet.of(org.sppathways.structure.StructureReport.Part.CEILINGS);
    return new EqualsTester()
        .addEqualityGroup(org.sppathways.structure.StructureReport.of(a, false,
            org.sppathways.paths.Criterion.STEPS, parts),
            org.sppathways.structure.StructureReport.of(a, false,
                org.sppathways.paths.Criterion.STEPS, parts))
        .addEqualityGroup(org.sppathways.structure.StructureReport.of(a, true,
            org.sppathways.paths.Criterion.STEPS, parts))
        .addEqualityGroup(org.sppathways.structure.StructureReport.of(a, false,
            org.sppathways.paths.Criterion.MONTHS, parts))
        .addEqualityGroup(org.sppathways.structure.StructureReport.of(a, false,
            org.sppathways.paths.Criterion.STEPS, java.util.EnumSet.allOf(
                org.sppathways.structure.StructureReport.Part.class)));
  }

  @TestFactory
  Stream<DynamicTest> recordsWithCrossFieldInvariantsHaveLawfulEquality() {
    Map<Class<?>, Supplier<EqualsTester>> testers = merged(EvidenceEquality.testers(), merged(Map.of(
        PopulationNeeds.class, this::populationNeeds,
        Transfers.class, this::transfers,
        TrainingPlanReport.class, this::trainingPlanReports,
        org.sppathways.diff.ModelDiff.Change.class, () -> new EqualsTester()
            .addEqualityGroup(diffChange("a", "x", "1", "2"), diffChange("a", "x", "1", "2"))
            .addEqualityGroup(diffChange("b", "x", "1", "2"))
            .addEqualityGroup(diffChange("a", "y", "1", "2"))
            .addEqualityGroup(diffChange("a", "x", "3", "2"))
            .addEqualityGroup(diffChange("a", "x", "1", "3")),
        org.sppathways.diff.ModelDiff.class, () -> new EqualsTester()
            .addEqualityGroup(org.sppathways.diff.ModelDiff.of(small, small),
                new org.sppathways.diff.ModelDiff(small.name(), small.name(), List.of()))
            .addEqualityGroup(new org.sppathways.diff.ModelDiff("other", small.name(), List.of()))
            .addEqualityGroup(new org.sppathways.diff.ModelDiff(small.name(), "other", List.of()))
            .addEqualityGroup(new org.sppathways.diff.ModelDiff(small.name(), small.name(),
                List.of(diffChange("a", "x", "1", "2"))))), Map.of(
        CareerPath.class, this::careerPaths,
        SteadyState.class, () -> new EqualsTester()
            .addEqualityGroup(new SteadyState(Map.of(state("a"), 2.0), Optional.empty()),
                new SteadyState(Map.of(state("a"), 2.0), Optional.empty()))
            .addEqualityGroup(new SteadyState(Map.of(state("a"), 3.0), Optional.empty()))
            .addEqualityGroup(new SteadyState(Map.of(), Optional.of("no recruits"))),
        ReadinessDistribution.class, () -> new EqualsTester()
            .addEqualityGroup(distribution(RoleId.of("a"), 10, 0.5, 1),
                distribution(RoleId.of("a"), 10, 0.5, 1))
            .addEqualityGroup(distribution(RoleId.of("b"), 10, 0.5, 1))
            .addEqualityGroup(distribution(RoleId.of("a"), 11, 0.5, 1))
            .addEqualityGroup(distribution(RoleId.of("a"), 10, 0.25, 1))
            .addEqualityGroup(distribution(RoleId.of("a"), 10, 0.5, 2)),
        DeadEnd.class, () -> new EqualsTester()
            .addEqualityGroup(deadEnd("a", 3, false, Optional.empty()),
                deadEnd("a", 3, false, Optional.empty()))
            .addEqualityGroup(deadEnd("b", 3, false, Optional.empty()))
            .addEqualityGroup(deadEnd("a", 4, false, Optional.empty()))
            .addEqualityGroup(deadEnd("a", 3, true, Optional.empty()))
            .addEqualityGroup(deadEnd("a", 3, false, Optional.of(RoleId.of("c")))),
        WorkloadGroup.class, () -> new EqualsTester()
            .addEqualityGroup(workload(10, 5, 2, 0.4), workload(10, 5, 2, 0.4))
            .addEqualityGroup(workload(11, 5, 2, 0.4))
            .addEqualityGroup(workload(10, 6, 2, 0.4))
            .addEqualityGroup(workload(10, 5, 3, 0.4))
            .addEqualityGroup(workload(10, 5, 2, 0.5)),
        ReadLimits.class, () -> new EqualsTester()
            .addEqualityGroup(ReadLimits.defaults(), ReadLimits.defaults())
            .addEqualityGroup(ReadLimits.defaults().withMaxDocumentChars(10))
            .addEqualityGroup(ReadLimits.defaults().withMaxNestingDepth(10))
            .addEqualityGroup(ReadLimits.defaults().withMaxProblems(10)),
        MinimumCut.class, () -> new EqualsTester()
            .addEqualityGroup(cut(true, true, "r"), cut(true, true, "r"))
            .addEqualityGroup(cut(true, true, "s"))
            .addEqualityGroup(cut(true, false))
            .addEqualityGroup(cut(false, false))
            .addEqualityGroup(new MinimumCut(Optional.of(OrganisationTypeId.of("t")),
                List.of(RoleId.of("a")), List.of(RoleId.of("z")), true, List.of(), true,
                List.of(RoleId.of("r"))))
            .addEqualityGroup(new MinimumCut(Optional.empty(), List.of(RoleId.of("b")),
                List.of(RoleId.of("z")), true, List.of(), true, List.of(RoleId.of("r"))))
            .addEqualityGroup(new MinimumCut(Optional.empty(), List.of(RoleId.of("a")),
                List.of(RoleId.of("y")), true, List.of(), true, List.of(RoleId.of("r"))))
            .addEqualityGroup(new MinimumCut(Optional.empty(), List.of(RoleId.of("a")),
                List.of(RoleId.of("z")), true, samples.model.routes().subList(0, 1), true,
                List.of(RoleId.of("r")))),
        StructureOptions.class, () -> new EqualsTester()
            .addEqualityGroup(StructureOptions.defaults(), StructureOptions.defaults())
            .addEqualityGroup(StructureOptions.defaults().withSeniorFrom(6))
            .addEqualityGroup(StructureOptions.defaults().withEntryRoles(List.of(RoleId.of("a"))))
            .addEqualityGroup(StructureOptions.defaults().withEntryBelowSeniority(3))
            .addEqualityGroup(StructureOptions.defaults().withKeySupports(List.of("x")))
            .addEqualityGroup(StructureOptions.defaults().withMonthsTies(MonthsTies.FEWEST_MOVES))
            .addEqualityGroup(StructureOptions.defaults().withParallel(false)),
        org.sppathways.structure.StructureReport.class, this::structureReports), Map.of(
        EntryRule.HeldLevel.class, () -> new EqualsTester()
            .addEqualityGroup(EntryRule.HeldLevel.of(CompetencyId.of("a"), 2),
                EntryRule.HeldLevel.of(CompetencyId.of("a"), 2))
            .addEqualityGroup(EntryRule.HeldLevel.of(CompetencyId.of("b"), 2))
            .addEqualityGroup(EntryRule.HeldLevel.of(CompetencyId.of("a"), 3)),
        EntryRule.MinContractedHours.class, () -> new EqualsTester()
            .addEqualityGroup(EntryRule.MinContractedHours.of(30),
                EntryRule.MinContractedHours.of(30.0))
            .addEqualityGroup(EntryRule.MinContractedHours.of(37.5)),
        HeldLevels.Evidence.class, () -> new EqualsTester()
            .addEqualityGroup(evidence(2, 1, 5, "c"), evidence(2, 1, 5, "c"))
            .addEqualityGroup(evidence(3, 1, 5, "c"))
            .addEqualityGroup(evidence(2, 2, 5, "c"))
            .addEqualityGroup(evidence(2, 1, 6, "c"))
            .addEqualityGroup(evidence(2, 1, 5, "d"))
            .addEqualityGroup(new HeldLevels.Evidence(2, Optional.empty(), Optional.empty(),
                Optional.empty())),
        HeldLevels.Lapse.class, () -> new EqualsTester()
            .addEqualityGroup(lapse(2, 5, "c"), lapse(2, 5, "c"))
            .addEqualityGroup(lapse(3, 5, "c"))
            .addEqualityGroup(lapse(2, 6, "c"))
            .addEqualityGroup(lapse(2, 5, "d"))
            .addEqualityGroup(new HeldLevels.Lapse(2, java.time.LocalDate.of(2020, 1, 5),
                Optional.empty()))), Map.of(
        ComplianceItem.class, () -> new EqualsTester()
            .addEqualityGroup(item("a", 2, 2, ComplianceStatus.CURRENT, null),
                item("a", 2, 2, ComplianceStatus.CURRENT, null))
            .addEqualityGroup(item("b", 2, 2, ComplianceStatus.CURRENT, null))
            .addEqualityGroup(item("a", 3, 3, ComplianceStatus.CURRENT, null))
            .addEqualityGroup(item("a", 2, 3, ComplianceStatus.CURRENT, null))
            .addEqualityGroup(item("a", 2, 2, ComplianceStatus.DUE, LocalDate.of(2026, 7, 1)))
            .addEqualityGroup(item("a", 2, 2, ComplianceStatus.DUE, LocalDate.of(2026, 7, 2)))
            .addEqualityGroup(item("a", 2, 1, ComplianceStatus.LAPSED, LocalDate.of(2026, 7, 2)))
            .addEqualityGroup(item("a", 2, 1, ComplianceStatus.MISSING, null)),
        ComplianceSettings.class, () -> new EqualsTester()
            .addEqualityGroup(ComplianceSettings.of(3, 12), ComplianceSettings.DEFAULT)
            .addEqualityGroup(ComplianceSettings.of(0, 12))
            .addEqualityGroup(ComplianceSettings.of(3, 1)),
        RefresherDemand.class, () -> new EqualsTester()
            .addEqualityGroup(demand("a", null, 6, 2), demand("a", null, 6, 2))
            .addEqualityGroup(demand("b", null, 6, 2))
            .addEqualityGroup(demand(null, "a", 6, 2))
            .addEqualityGroup(demand("a", null, 7, 2))
            .addEqualityGroup(demand("a", null, 6, 3)),
        ComplianceSummary.class, () -> new EqualsTester()
            .addEqualityGroup(summary(3, 2, "a"), summary(3, 2, "a"))
            .addEqualityGroup(summary(4, 2, "a"))
            .addEqualityGroup(summary(3, 3, "a"))
            .addEqualityGroup(summary(3, 2, "b")))));
    assertThat(testers.keySet()).isEqualTo(CROSS_CHECKED.keySet());
    return testers.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getName(), () -> {
      e.getValue().get().testEquals();
      crossChecked++;
    }));
  }

  private static HeldLevels.Evidence evidence(int level, int fromDay, int lapseDay, String course) {
    return new HeldLevels.Evidence(level, Optional.of(java.time.LocalDate.of(2020, 1, fromDay)),
        Optional.of(java.time.LocalDate.of(2023, 1, lapseDay)), Optional.of(CourseId.of(course)));
  }

  private static HeldLevels.Lapse lapse(int level, int day, String course) {
    return new HeldLevels.Lapse(level, java.time.LocalDate.of(2020, 1, day),
        Optional.of(CourseId.of(course)));
  }

  private static ComplianceItem item(String competency, int required, int held,
      ComplianceStatus status, LocalDate date) {
    return new ComplianceItem(org.sppathways.model.PersonId.of("p"), RoleId.of("r"),
        CompetencyId.of(competency), required, held, status, Optional.ofNullable(date));
  }

  private static RefresherDemand demand(String course, String competency, int month,
      long people) {
    return new RefresherDemand(Optional.ofNullable(course).map(org.sppathways.model.CourseId::of),
        Optional.ofNullable(competency).map(CompetencyId::of), java.time.YearMonth.of(2026, month),
        people);
  }

  private static ComplianceSummary summary(long people, long assessed, String role) {
    StatusCounts counts = new StatusCounts(role, 1, 0, 0, 1);
    return new ComplianceSummary(LocalDate.of(2026, 6, 1), 3, 12, people, assessed,
        new StatusCounts("", 1, 0, 0, 1), List.of(counts), List.of(), List.of(), List.of());
  }

  private static MinimumCut cut(boolean connected, boolean roleCut, String... roles) {
    return new MinimumCut(Optional.empty(), List.of(RoleId.of("a")), List.of(RoleId.of("z")),
        connected, List.of(), roleCut, java.util.Arrays.stream(roles).map(RoleId::of).toList());
  }

  @Test
  void everyCrossCheckedTypeIsAValueType() {
    assertThat(valueTypes()).containsAll(CROSS_CHECKED.keySet());
  }

  @AfterAll
  void report() {
    System.out.println("EqualsVerifier covered " + verified + " value types; EqualsTester "
        + crossChecked + " more");
  }

  @SuppressWarnings("rawtypes") // prefab factories for generic Guava collections
  private SingleTypeEqualsVerifierApi<?> verifier(Class<?> type) {
    SingleTypeEqualsVerifierApi<?> v = EqualsVerifier.forClass(type)
        // fields are non-null by construction (every constructor and builder rejects null)
        .suppress(Warning.NULL_FIELDS)
        .withGenericPrefabValues(ImmutableList.class, (Func1<Object, ImmutableList>) ImmutableList::of)
        .withGenericPrefabValues(ImmutableSet.class, (Func1<Object, ImmutableSet>) ImmutableSet::of)
        // not k=k maps: a one-entry map k=k hashes to 0 whatever k is, hiding hashCode bugs
        .withPrefabValues(ImmutableMap.class, ImmutableMap.of("code", "1"),
            ImmutableMap.of("name", "2"))
        .withGenericPrefabValues(ImmutableListMultimap.class,
            (Func2<Object, Object, ImmutableListMultimap>) ImmutableListMultimap::of)
        .withPrefabValues(WorkforceModel.class, samples.model, small)
        .withPrefabValues(ImportReport.class, onet, esco)
        .withPrefabValues(CareerPath.class, step, stay)
        .withPrefabValues(ReadinessDistribution.class, distribution(RoleId.of("a"), 1, 0.5, 1),
            distribution(RoleId.of("b"), 2, 0.25, 0))
        .withPrefabValues(PopulationNeeds.class, needs("a", 3, 2, "c"), needs("b", 4, 1, "d"))
        .withPrefabValues(ComplianceItem.class, item("a", 2, 2, ComplianceStatus.CURRENT, null),
            item("b", 2, 0, ComplianceStatus.MISSING, null));
    if (TypedId.class.isAssignableFrom(type)) {
      // ids of different kinds never compare equal, even with the same text
      v = v.usingGetClass();
    }
    if (type.getSimpleName().startsWith("Immutable")) {
      // Immutables keeps @Value.Derived values (e.g. a scale's maxLevel) in transient fields;
      // they are functions of the other fields, so including them is harmless
      v = v.suppress(Warning.TRANSIENT_FIELDS);
    }
    if (type == WorkforceModel.class) {
      // notes are documented as not part of equality; the rest are look-up indexes and the
      // graph view, all derived from the lists
      return v.withOnlyTheseFields("name", "description", "currency", "sources", "confidence",
          "scale", "competencies", "organisationTypes", "roles", "routes", "courses", "figures");
    }
    if (hasField(type, "notes") && !COMPUTED_NOTES.contains(type)) {
      // free-text notes are documented as not part of equality
      v = v.withIgnoredFields("notes");
    }
    return v.withPrefabValues(org.sppathways.flow.SteadyState.class,
        new org.sppathways.flow.SteadyState(ImmutableMap.of(), java.util.Optional.of("closed")),
        new org.sppathways.flow.SteadyState(ImmutableMap.of(
            org.sppathways.flow.FlowState.of(RoleId.of("a")), 1.0), java.util.Optional.empty()));
  }

  /**
   * Results whose notes are computed from the data (what to keep in mind about a projection),
   * not free text: part of the result, and of its equality, so a stored result reads back equal.
   */
  private static final java.util.Set<Class<?>> COMPUTED_NOTES = java.util.Set.of(
      org.sppathways.flow.Projection.class, org.sppathways.flow.ScenarioProjection.class,
      org.sppathways.flow.LongRunReport.class, org.sppathways.flow.CapacityReport.class,
      org.sppathways.flow.ReachProbabilityReport.class,
      org.sppathways.training.TrainingDemand.class,
      // a flow number's notes are the model's reason for it, carried into the result so that a
      // stored projection reads back equal
      org.sppathways.flow.FlowParameter.class);

  // ------------------------------------------------------------------ samples

  private static PopulationNeeds needs(String target, long people, long assessed,
      String competency) {
    RoleId role = RoleId.of(target);
    return new PopulationNeeds(Optional.of(role), people, assessed, List.of(new CompetencyNeed(
        CompetencyId.of(competency), 1, 2, List.of(new NeedSplit(target, 1, 2)), List.of())),
        Optional.of(distribution(role, assessed, 0.5, 0)), java.util.Optional.empty());
  }

  private EqualsTester populationNeeds() {
    return new EqualsTester()
        .addEqualityGroup(needs("a", 3, 2, "c"), needs("a", 3, 2, "c"))
        .addEqualityGroup(needs("b", 3, 2, "c"))
        .addEqualityGroup(needs("a", 4, 2, "c"))
        .addEqualityGroup(needs("a", 3, 3, "c"))
        .addEqualityGroup(needs("a", 3, 2, "d"))
        .addEqualityGroup(new PopulationNeeds(Optional.empty(), 3, 2, List.of(), Optional.empty(), java.util.Optional.empty()));
  }

  private EqualsTester transfers() {
    Transfer t = new Transfer(RoleId.of("a"), RoleId.of("b"), 0.5, 1, 2);
    return new EqualsTester()
        .addEqualityGroup(new Transfers(Optional.of(RoleId.of("a")), Optional.empty(), List.of(t)),
            new Transfers(Optional.of(RoleId.of("a")), Optional.empty(), List.of(t)))
        .addEqualityGroup(new Transfers(Optional.empty(), Optional.of(RoleId.of("a")), List.of(t)))
        .addEqualityGroup(new Transfers(Optional.empty(), Optional.empty(), List.of(t)))
        .addEqualityGroup(new Transfers(Optional.empty(), Optional.empty(), List.of()));
  }

  private EqualsTester trainingPlanReports() {
    TrainingPlanner planner = TrainingPlanner.of(samples.model);
    GapAnalysis gaps = GapAnalysis.of(samples.model);
    GapReport byRole = gaps.gap(samples.role.id(), samples.target.id());
    GapReport byPerson = gaps.gap(samples.person, samples.target.id());
    TrainingPlan hours = planner.plan(byRole, Objective.HOURS);
    TrainingPlan count = planner.plan(byRole, Objective.COUNT);
    return new EqualsTester()
        .addEqualityGroup(TrainingPlanReport.of(byRole, hours, planner.catalogue()),
            TrainingPlanReport.of(byRole, hours, samples.model.courses()))
        .addEqualityGroup(TrainingPlanReport.of(byRole, count, planner.catalogue()))
        .addEqualityGroup(TrainingPlanReport.of(byPerson,
            planner.plan(samples.person, byPerson, Objective.HOURS), planner.catalogue()))
        .addEqualityGroup(new TrainingPlanReport(Optional.empty(), byRole.from(),
            samples.role.id(), hours, TrainingPlanReport.of(byRole, hours, planner.catalogue())
                .courses()));
  }

  private EqualsTester careerPaths() {
    CareerPathFinder again = CareerPathFinder.of(ReferenceModels.socialPrescribing());
    return new EqualsTester()
        .addEqualityGroup(step, again.paths(samples.role.id(), samples.target.id(), 1).paths().get(0))
        .addEqualityGroup(stay, again.paths(samples.role.id(), samples.role.id(), 1).paths().get(0))
        .addEqualityGroup(new CareerPath(step.roles(), step.steps(), step.months() + 1,
            step.hours(), step.cost()))
        .addEqualityGroup(new CareerPath(step.roles(), step.steps(), step.months(),
            step.hours() + 1, step.cost()))
        .addEqualityGroup(new CareerPath(step.roles(), step.steps(), step.months(),
            step.hours(), step.cost() + 1));
  }

  private static FlowState state(String role) {
    return new FlowState(RoleId.of(role), Optional.empty());
  }

  private static ReadinessDistribution distribution(RoleId role, long people, double mean,
      long essentialMet) {
    return new ReadinessDistribution(role, people, List.of(0L, 0L, 0L, 0L, 0L, people, 0L, 0L,
        0L, 0L, 0L), mean, essentialMet);
  }

  private static DeadEnd deadEnd(String role, int seniority, boolean top,
      Optional<RoleId> higher) {
    return new DeadEnd(RoleId.of(role), Optional.of(OrganisationTypeId.of("pcn")), seniority, top,
        higher.isPresent(), higher);
  }

  private static WorkloadGroup workload(long people, long withHours, long beyond, double share) {
    return new WorkloadGroup(Optional.empty(), OptionalInt.of(4), people, withHours, beyond,
        share, 1.5);
  }

  // ------------------------------------------------------------------ finding value types

  /**
   * Every public type that defines equality (records, Immutables values through their generated
   * class, and hand-written {@code equals}); enums and exceptions keep identity equality.
   */
  static List<Class<?>> valueTypes() {
    List<Class<?>> values = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      if (type.isEnum() || type.isInterface()) {
        continue;
      }
      Optional<Class<?>> generated = immutableImplementation(type);
      if (generated.isPresent()) {
        values.add(generated.get());
      } else if (!Modifier.isAbstract(type.getModifiers()) && definesEquals(type)) {
        values.add(type);
      }
    }
    return values;
  }

  /** The class Immutables generated for an abstract value type, if it is one. */
  private static Optional<Class<?>> immutableImplementation(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static boolean definesEquals(Class<?> type) {
    try {
      return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean hasField(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (java.lang.reflect.Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
