package org.sppathways.contracts;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.LongRunAnalysis;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.flow.Scenario;
import org.sppathways.gaps.FitFilter;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.io.ProfileWriter;
import org.sppathways.io.ReadLimits;
import org.sppathways.io.frameworks.ImportReport;
import org.sppathways.io.frameworks.OnetImporter;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.Problem;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.report.CareerMap;
import org.sppathways.report.ReportContent;
import org.sppathways.report.Reports;
import org.sppathways.structure.DeadEnd;
import org.sppathways.structure.DistanceMatrix;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;
import org.sppathways.structure.StructureProfile;
import org.sppathways.structure.SupportGap;

/**
 * One sample value of each type the contract tests need: real values from the bundled social
 * prescribing model, so that a method given one null argument gets valid other arguments and
 * fails on the null, not on a nonsense companion value.
 */
final class Samples {

  final WorkforceModel model = ReferenceModels.socialPrescribing();
  final Role role = model.roles().stream().filter(r -> !model.routesFrom(r.id()).isEmpty())
      .findFirst().orElseThrow();
  final Role target = model.role(model.routesFrom(role.id()).get(0).to());
  final WorkerProfile person = WorkerProfile.builder()
      .id(PersonId.of("p-0001"))
      .role(role.id())
      .monthsInRole(14)
      .putAllHolds(holdingsOf(role))
      .build();
  final Population people = Population.of(List.of(person));
  final Path directory;
  final Path file;

  private final Map<Class<?>, Object> defaults = new LinkedHashMap<>();

  Samples() {
    try {
      directory = Files.createTempDirectory("sp-pathways-contracts");
      file = directory.resolve("sample.yaml");
      Files.writeString(file, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GapAnalysis gaps = GapAnalysis.of(model);
    CareerPathFinder finder = CareerPathFinder.of(model);
    CareerPaths paths = finder.paths(role.id(), target.id(), 2);
    StructureAnalysis structure = StructureAnalysis.of(model);
    FlowModel flow = FlowModel.of(model);
    Headcounts headcounts = Headcounts.count(model, people.people());
    RoleScorer scorer = RoleScorer.of(gaps);
    scorer.score(person);
    ReportContent report = Reports.of(model, people);
    PopulationNeeds needs = NeedsAnalysis.of(gaps).needs(ProfileSource.of(people.people()),
        target.id());

    put(WorkforceModel.class, model);
    put(WorkforceModel.Builder.class, WorkforceModel.builder().from(model));
    put(RoleId.class, target.id());
    put(CompetencyId.class, model.competencies().get(0).id());
    put(CourseId.class, model.courses().get(0).id());
    put(OrganisationTypeId.class, model.organisationTypes().get(0).id());
    put(PersonId.class, person.id());
    put(java.time.Clock.class, java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"),
        java.time.ZoneOffset.UTC));
    put(Role.class, role);
    put(Competency.class, model.competencies().get(0));
    put(OrganisationType.class, model.organisationTypes().get(0));
    put(ProgressionRoute.class, model.routesFrom(role.id()).get(0));
    put(Course.class, model.courses().get(0));
    put(org.sppathways.model.RoleVariant.class, org.sppathways.model.RoleVariant.builder()
        .addRemove(model.competencies().get(0).id()).build());
    put(org.sppathways.model.EntryRule.AnyOf.class, org.sppathways.model.EntryRule.AnyOf.of(
        List.of(org.sppathways.model.EntryRule.CompletedCourse.of(model.courses().get(0).id()))));
    put(org.sppathways.model.EntryRule.OrganisationTypes.class,
        org.sppathways.model.EntryRule.OrganisationTypes.of(
            java.util.Set.of(model.organisationTypes().get(0).id())));
    put(ProficiencyScale.class, model.scale());
    put(WorkerProfile.class, person);
    put(Population.class, people);
    put(ProfileSource.class, ProfileSource.of(people.people()));
    put(ModelException.class, new ModelException("sample problems",
        List.of(Problem.of("roles[0].id", "sample problem"))));
    put(Path.class, file);
    put(ReadLimits.class, ReadLimits.defaults());
    put(ProfileWriter.class, ProfileWriter.csv(new StringWriter()));
    put(ImportReport.class, OnetImporter.of().read(resource("/frameworks/onet/valid")).report());
    put(GapAnalysis.class, gaps);
    put(NeedsAnalysis.class, NeedsAnalysis.of(gaps));
    put(RoleScorer.class, scorer);
    put(GapReport.class, gaps.gap(person, target.id()));
    put(FitFilter.class, FitFilter.all());
    put(PopulationNeeds.class, needs);
    put(CareerPathFinder.class, finder);
    put(org.sppathways.query.Queries.class, org.sppathways.query.Queries.of(model));
    put(CareerPaths.class, paths);
    put(CareerPath.class, paths.paths().get(0));
    put(PathQuery.class, PathQuery.defaults());
    put(PathQuery.Builder.class, PathQuery.builder());
    put(StructureAnalysis.class, structure);
    put(StructureOptions.class, structure.options());
    put(StructureProfile.class, structure.profile());
    put(org.sppathways.structure.Ceiling.class, structure.ceilings().get(0));
    put(DeadEnd.class, structure.deadEnds().get(0));
    put(SupportGap.class, structure.supportGaps().get(0));
    put(DistanceMatrix.class, structure.distances(Criterion.STEPS));
    put(FlowModel.class, flow);
    put(FlowState.class, flow.states().get(0));
    put(Headcounts.class, headcounts);
    put(Headcounts.Builder.class, Headcounts.builder());
    put(Projection.class, flow.project(headcounts, 2));
    put(ProjectionYear.class, flow.project(headcounts, 2).years().get(0));
    put(LongRunAnalysis.class, flow.longRun());
    put(Scenario.class, Scenario.builder().name("sample").build());
    put(Scenario.Builder.class, Scenario.builder().name("sample"));
    put(ReportContent.class, report);
    put(CareerMap.class, report.careerMap());
    put(java.time.YearMonth.class, java.time.YearMonth.of(2026, 6));
    org.sppathways.compliance.ComplianceAnalysis compliance =
        org.sppathways.compliance.ComplianceAnalysis.of(model);
    org.sppathways.compliance.ComplianceSummary complianceSummary =
        compliance.summarise(people.people(), java.time.LocalDate.of(2026, 6, 1));
    put(org.sppathways.compliance.ComplianceAnalysis.class, compliance);
    put(org.sppathways.compliance.ComplianceSummary.class, complianceSummary);
    put(org.sppathways.compliance.StatusCounts.class, complianceSummary.total());
  }

  /** A directory or file of the test resources. */
  static Path resource(String name) {
    try {
      return Path.of(Samples.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<CompetencyId, Integer> holdingsOf(Role role) {
    Map<CompetencyId, Integer> holds = new LinkedHashMap<>();
    for (Requirement r : role.requirements()) {
      holds.put(r.competency(), Math.max(1, r.level() - 1));
    }
    return holds;
  }

  private <T> void put(Class<T> type, T value) {
    defaults.put(type, value);
  }

  /** A null-pointer tester that knows the samples, and a sample of every public type it can make. */
  NullPointerTester nullPointerTester(List<Class<?>> publicTypes) {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type : publicTypes) {
      instance(type).ifPresent(value -> setDefault(tester, type, value));
    }
    defaults.forEach((type, value) -> setDefault(tester, type, value));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  /**
   * A sample instance of a public type, when one can be had: a real value for the types above,
   * an enum's first constant, or the result of a public constructor or static factory given
   * sample arguments (the first that accepts them).
   */
  Optional<Object> instance(Class<?> type) {
    return instance(type, 3);
  }

  private Optional<Object> instance(Class<?> type, int depth) {
    Object known = plainValue(type);
    if (known != null) {
      return Optional.of(known);
    }
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    if (depth == 0 || type.isInterface()) {
      return Optional.empty();
    }
    List<Executable> makers = new ArrayList<>();
    if (!Modifier.isAbstract(type.getModifiers())) {
      makers.addAll(List.of(type.getConstructors()));
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
        makers.add(m);
      }
    }
    makers.sort(Comparator.comparingInt(Executable::getParameterCount));
    for (Executable maker : makers) {
      Object[] args = new Object[maker.getParameterCount()];
      boolean ok = true;
      for (int i = 0; i < args.length && ok; i++) {
        Optional<Object> arg = instance(maker.getParameterTypes()[i], depth - 1);
        ok = arg.isPresent();
        args[i] = arg.orElse(null);
      }
      if (!ok) {
        continue;
      }
      try {
        Object made = maker instanceof Method m ? m.invoke(null, args)
            : ((Constructor<?>) maker).newInstance(args);
        if (made != null) {
          return Optional.of(made);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // this maker rejects the sample arguments; try the next
      }
    }
    return Optional.empty();
  }

  /** A sample of a type from the list above or of a JDK type, or null. */
  private Object plainValue(Class<?> type) {
    if (defaults.containsKey(type)) {
      return defaults.get(type);
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == double.class || type == Double.class) {
      return 1.0;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == String.class) {
      return "sample";
    }
    if (type == List.class || type == Collection.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == OptionalInt.class) {
      return OptionalInt.empty();
    }
    if (type == OptionalDouble.class) {
      return OptionalDouble.empty();
    }
    if (type == Writer.class) {
      return new StringWriter();
    }
    return null;
  }
}
