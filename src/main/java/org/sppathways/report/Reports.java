package org.sppathways.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.gaps.GapAnalyzer;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.ProfileSource;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.Population;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.StructureAnalyzer;
import org.sppathways.training.CoverageAnalysis;

/**
 * Computes what a report shows, from the library's analyses: the career map layout, progression
 * ceilings per organisation type ({@link StructureAnalyzer}), course coverage
 * ({@link CoverageAnalysis}) and, with profiles, readiness and training needs
 * ({@link GapAnalyzer}, {@link NeedsAnalysis}). The writers ({@link HtmlReport},
 * {@link MarkdownReport}) only lay the result out.
 *
 * <pre>{@code
 * ReportContent content = Reports.of(ReferenceModels.socialPrescribing(), Optional.empty());
 * HtmlReport.write(content, Path.of("report.html"));
 * }</pre>
 */
public final class Reports {
  /** How many best coverage additions a report lists. */
  static final int ADDITIONS = 5;

  private Reports() {}

  /** The content of a report on a model and, optionally, a population. */
  public static ReportContent of(WorkforceModel model, Optional<Population> people) {
    Objects.requireNonNull(model, "model");
    return of(model, model.courses(), people);
  }

  /**
   * The content of a report on a model, its course coverage measured over {@code catalogue}
   * (e.g. the model's courses with a provider's added), and, optionally, a population.
   */
  public static ReportContent of(WorkforceModel model, java.util.List<org.sppathways.model.Course>
      catalogue, Optional<Population> people) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(catalogue, "catalogue");
    return new ReportContent(model, CareerMap.of(model), ceilings(model),
        CoverageAnalysis.of(model, catalogue).report(ADDITIONS),
        people.map(p -> population(model, p)));
  }

  /** The highest ceiling of each organisation type over its entry roles, highest first. */
  static List<ReportContent.Ceiling> ceilings(WorkforceModel model) {
    StructureAnalyzer structure = StructureAnalyzer.of(model);
    List<ReportContent.Ceiling> out = new ArrayList<>();
    for (OrganisationType type : model.organisationTypes()) {
      Ceiling best = null;
      for (Ceiling c : structure.ceilings(type.id())) {
        int s = c.seniority().orElse(0);
        if (best == null || s > best.seniority().orElse(0)
            || (s == best.seniority().orElse(0) && c.steps() > best.steps())) {
          best = c;
        }
      }
      if (best == null) {
        out.add(new ReportContent.Ceiling(type.id().value(), type.name(), 0, "–", 0));
      } else {
        out.add(new ReportContent.Ceiling(type.id().value(), type.name(),
            best.seniority().orElse(0), model.role(best.highestRole()).title(), best.steps()));
      }
    }
    out.sort(Comparator.comparingInt(ReportContent.Ceiling::seniority).reversed()
        .thenComparing(ReportContent.Ceiling::organisationType));
    return out;
  }

  static ReportContent.PopulationSection population(WorkforceModel model, Population people) {
    GapAnalyzer gaps = GapAnalyzer.of(model);
    RoleScorer scorer = gaps.newScorer();
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
    PopulationNeeds needs = NeedsAnalysis.of(gaps).needs(ProfileSource.of(people.people()),
        Optional.empty(), 1);
    return new ReportContent.PopulationSection(people.size(), bandList, means, needs);
  }
}
