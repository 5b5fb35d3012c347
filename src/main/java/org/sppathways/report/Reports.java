package org.sppathways.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.flow.Baseline;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Projection;
import org.sppathways.training.DemandForecaster;
import org.sppathways.training.TrainingDemand;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.model.ProfileSource;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.model.Course;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.Population;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.training.CoverageAnalysis;

/**
 * Computes what a report shows, from the library's analyses: the career map layout, progression
 * ceilings per organisation type ({@link StructureAnalysis}), course coverage
 * ({@link CoverageAnalysis}) and, with profiles, readiness and training needs
 * ({@link GapAnalysis}, {@link NeedsAnalysis}). The writers ({@link HtmlReport},
 * {@link MarkdownReport}) only lay the result out.
 *
 * <pre>{@code
 * ReportContent content = Reports.of(ReferenceModels.socialPrescribing());
 * HtmlReport.write(content, Path.of("report.html"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Reports {
  /** How many best coverage additions a report lists. */
  static final int ADDITIONS = 5;

  private Reports() {}

  /** The content of a report on a model, its course coverage measured over its own courses. */
  public static ReportContent of(WorkforceModel model) {
    Objects.requireNonNull(model, "model");
    return build(model, model.courses(), Optional.empty());
  }

  /** The content of a report on a model and a population working in it. */
  public static ReportContent of(WorkforceModel model, Population people) {
    Objects.requireNonNull(model, "model");
    return build(model, model.courses(), Optional.of(Objects.requireNonNull(people, "people")));
  }

  /**
   * The content of a report on a model, its course coverage measured over {@code catalogue}
   * (e.g. the model's courses with a provider's added).
   */
  public static ReportContent of(WorkforceModel model, List<Course> catalogue) {
    return build(model, catalogue, Optional.empty());
  }

  /**
   * The content of a report on a model, its course coverage measured over {@code catalogue}
   * (e.g. the model's courses with a provider's added), and a population working in it.
   */
  public static ReportContent of(WorkforceModel model, List<Course> catalogue,
      Population people) {
    return build(model, catalogue, Optional.of(Objects.requireNonNull(people, "people")));
  }

  private static ReportContent build(WorkforceModel model, List<Course> catalogue,
      Optional<Population> people) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(catalogue, "catalogue");
    return new ReportContent(model, CareerMap.of(model), ceilings(model),
        CoverageAnalysis.of(model, catalogue).report(ADDITIONS),
        people.map(p -> population(model, p)), Optional.empty());
  }

  /**
   * The workforce outlook of a model with staff figures and flow data: the projection over
   * {@code years} from the latest figures of the model's default series
   * ({@link Baseline#of(WorkforceModel)}), its staff cost, and the training places it implies
   * ({@link DemandForecaster}, lowest cost). Empty when the model has no figure series or no
   * flow data (nobody would move, leave or join), as an outlook of nobody moving would mean
   * nothing.
   *
   * <pre>{@code
   * WorkforceModel sp = ReferenceModels.socialPrescribing();
   * ReportContent content = Reports.of(sp);
   * content = Reports.outlook(sp, 5).map(content::withOutlook).orElse(content);
   * }</pre>
   *
   * <p>Cost: one projection ({@code years} × states²) and one training plan per group of
   * entrants.
   *
   * @param years years to project, 1 to 1000
   * @throws IllegalArgumentException if years is outside 1 to 1000
   */
  public static Optional<ReportContent.Outlook> outlook(WorkforceModel model, int years) {
    Objects.requireNonNull(model, "model");
    if (years < 1 || years > 1000) {
      throw new IllegalArgumentException("years must be from 1 to 1000, was " + years);
    }
    if (model.figures().defaultSeries().isEmpty()) {
      return Optional.empty();
    }
    Baseline baseline = Baseline.of(model);
    FlowModel flows = FlowModel.of(model, baseline.start());
    boolean moves = flows.totalRecruits() > 0
        || flows.states().stream().anyMatch(s -> flows.stayRate(s) < 1);
    if (!moves || baseline.start().total() == 0) {
      return Optional.empty();
    }
    Projection projection = flows.project(baseline, years);
    TrainingDemand demand = DemandForecaster.of(model).forecast(flows, projection);
    return Optional.of(new ReportContent.Outlook("the latest figures of series '"
        + baseline.series().id() + "'", projection, demand));
  }

  /**
   * How far careers go with each kind of employer, from each of the workforce's own entry roles
   * there: the roles people enter from outside professions or by entry routes
   * ({@link StructureAnalysis#entryRoles(org.sppathways.model.OrganisationTypeId)}), leaving out
   * those entered at the senior levels ({@link StructureAnalysis#seniorFrom()}: the reference
   * model's clinical supervisor, which GPs and nurses enter at band 7, is not the start of a
   * career within a GP practice) unless the type has no other entry role. One row per type and
   * entry role, with the ceiling
   * {@link StructureAnalysis#ceiling} gives: types with the highest ceiling first (then by id),
   * within a type the entry roles by seniority, then title. A type with no such entry role has
   * one row saying so.
   */
  static List<ReportContent.Ceiling> ceilings(WorkforceModel model) {
    StructureAnalysis structure = StructureAnalysis.of(model);
    int senior = structure.seniorFrom().orElse(Integer.MAX_VALUE);
    Map<String, List<ReportContent.Ceiling>> byType = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    for (OrganisationType type : model.organisationTypes()) {
      List<ReportContent.Ceiling> rows = new ArrayList<>();
      List<Ceiling> all = structure.ceilings(type.id());
      boolean anyBelow = all.stream()
          .anyMatch(c -> model.role(c.entryRole()).seniority().orElse(-1) < senior);
      for (Ceiling c : all) {
        Role entry = model.role(c.entryRole());
        if (anyBelow && entry.seniority().orElse(-1) >= senior) {
          continue;
        }
        rows.add(new ReportContent.Ceiling(type.id().value(), type.name(), entry.id().value(),
            entry.title(), c.seniority().orElse(0), c.highestRole().value(),
            model.role(c.highestRole()).title(), c.steps()));
      }
      rows.sort(Comparator.comparingInt((ReportContent.Ceiling c) ->
              model.role(RoleId.of(c.entryRoleId())).seniority().orElse(0))
          .thenComparing(ReportContent.Ceiling::entryRole));
      if (rows.isEmpty()) {
        rows.add(new ReportContent.Ceiling(type.id().value(), type.name(), "", "–", 0, "", "–", 0));
      }
      byType.put(type.id().value(), rows);
      best.put(type.id().value(),
          rows.stream().mapToInt(ReportContent.Ceiling::seniority).max().orElse(0));
    }
    List<String> order = new ArrayList<>(byType.keySet());
    order.sort(Comparator.comparingInt((String t) -> -best.get(t)).thenComparing(t -> t));
    List<ReportContent.Ceiling> out = new ArrayList<>();
    order.forEach(t -> out.addAll(byType.get(t)));
    return out;
  }

  static ReportContent.PopulationSection population(WorkforceModel model, Population people) {
    GapAnalysis gaps = GapAnalysis.of(model);
    RoleScorer scorer = RoleScorer.of(gaps);
    long[] bands = new long[11];
    Map<String, double[]> byRole = new HashMap<>();
    for (WorkerProfile p : people.people()) {
      if (p.role().isEmpty()) {
        continue;
      }
      int r = model.roleIndex(p.role().get());
      scorer.score(p);
      int met = scorer.met(r);
      int total = model.roles().get(r).requirements().size();
      bands[total == 0 || met == total ? 10 : (10 * met) / total]++;
      double[] sum = byRole.computeIfAbsent(p.role().get().value(), k -> new double[2]);
      sum[0] += scorer.readiness(r);
      sum[1]++;
    }
    List<Long> bandList = new ArrayList<>();
    for (long b : bands) {
      bandList.add(b);
    }
    Map<String, Double> means = new HashMap<>();
    byRole.forEach((role, s) -> means.put(role, s[0] / s[1]));
    PopulationNeeds needs = NeedsAnalysis.of(gaps).needs(ProfileSource.of(people.people()), 1);
    return new ReportContent.PopulationSection(people.size(), bandList, means, needs);
  }
}
