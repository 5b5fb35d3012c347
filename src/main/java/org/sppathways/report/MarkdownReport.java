package org.sppathways.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CompetencyCoverage;
import org.sppathways.training.CoverageAddition;

/**
 * Writes a {@link ReportContent} as a short Markdown summary for papers and tickets: counts,
 * progression ceilings, support gaps, coverage shortfalls and, with profiles, readiness and the
 * most common training needs. Tables are GitHub-flavoured Markdown. Computes nothing.
 *
 * @since 0.1.0
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** Writes the summary to a character stream, which the caller closes. */
  public static void write(ReportContent content, Writer writer) {
    PrintWriter out = new PrintWriter(writer);
    WorkforceModel model = content.model();
    long external = model.roles().stream().filter(Role::external).count();
    out.println("# " + model.name());
    out.println();
    out.println("- Roles in the workforce: " + (model.roles().size() - external));
    out.println("- Professions people enter from: " + external);
    out.println("- Progression routes: " + model.routes().size());
    out.println("- Competencies: " + model.competencies().size());
    out.println("- Courses: " + model.courses().size());
    out.println("- Kinds of employer: " + model.organisationTypes().size());
    out.println();
    out.println("## How far careers go, by employer");
    out.println();
    out.println(HtmlReport.CEILINGS_TEXT);
    out.println();
    out.println("| Kind of employer | Starting as | Highest seniority | Role at the top | Moves |");
    out.println("|---|---|---:|---|---:|");
    for (ReportContent.Ceiling c : content.ceilings()) {
      out.println("| " + cell(c.name()) + " | " + cell(c.entryRole()) + " | " + c.seniority()
          + " | " + cell(c.role()) + " | " + c.steps() + " |");
    }
    out.println();
    out.println("## Support not recorded, by employer");
    out.println();
    List<String> structures = model.organisationTypes().stream()
        .flatMap(t -> t.supports().stream().map(s -> s.structure())).distinct().toList();
    out.println("| Kind of employer | Support not recorded |");
    out.println("|---|---|");
    model.organisationTypes().forEach(t -> {
      List<String> missing = structures.stream().filter(s -> !t.offers(s)).toList();
      out.println("| " + cell(t.name()) + " | " + (missing.isEmpty() ? "–"
          : cell(String.join(", ", missing))) + " |");
    });
    out.println();
    out.println("## Needed above the level any course reaches");
    out.println();
    if (content.coverage().uncovered().isEmpty()) {
      out.println("Every required level is taught by some course.");
    } else {
      out.println("| Competency | Level needed | Highest level taught | Learned on the job |");
      out.println("|---|---:|---:|---|");
      for (CompetencyCoverage c : content.coverage().uncovered()) {
        out.println("| " + cell(model.competency(c.competency()).name()) + " | "
            + c.requiredLevel() + " | " + c.maxLevel() + " | " + (c.learnedOnTheJob() ? "yes" : "no")
            + " |");
      }
    }
    content.coverage().noAdditions().ifPresent(why -> {
      out.println();
      out.println(why);
    });
    if (!content.coverage().bestAdditions().isEmpty()) {
      out.println();
      out.println("Courses worth adding:");
      out.println();
      for (CoverageAddition a : content.coverage().bestAdditions()) {
        out.println("- " + model.competency(a.competency()).name() + " up to level " + a.level()
            + ": completes " + String.join(", ", a.roles().stream()
                .map(r -> model.role(r).title()).toList()));
      }
    }
    content.population().ifPresent(p -> {
      out.println();
      out.println("## Readiness and training needs");
      out.println();
      out.println(p.people() + " people.");
      out.println();
      out.println("| Competency | People short | Level steps missing |");
      out.println("|---|---:|---:|");
      int shown = 0;
      for (CompetencyNeed n : p.needs().competencies()) {
        if (shown++ == 10) {
          break;
        }
        out.println("| " + cell(model.competency(n.competency()).name()) + " | " + n.peopleShort()
            + " | " + n.totalShortfall() + " |");
      }
      out.println();
      out.println("Mean readiness for their own role:");
      out.println();
      p.meanReadinessByRole().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> out.println("- " + model.role(org.sppathways.model.RoleId.of(e.getKey()))
              .title() + ": " + String.format(Locale.ROOT, "%.2f", e.getValue())));
    });
    content.outlook().ifPresent(o -> {
      org.sppathways.flow.Projection p = o.projection();
      out.println();
      out.println("## Workforce outlook");
      out.println();
      out.println("Expected headcounts over " + p.length() + " years from " + o.start()
          + ", if the model's rates hold; " + o.assumed().size() + " of the "
          + p.parameters().size() + " flow parameters are assumed, not measured. Costs in "
          + model.currency() + ".");
      out.println();
      out.println("| Year | Headcount | Staff cost | Training places | Training cost |");
      out.println("|---:|---:|---:|---:|---:|");
      for (int t = 0; t <= p.length(); t++) {
        int year = t;
        out.println("| " + t + " | " + HtmlReport.whole(p.year(t).headcount()) + " | "
            + p.staffCost().map(c -> HtmlReport.whole(c.year(year).total())).orElse("not costed")
            + " | " + (t == 0 ? "–" : HtmlReport.whole(o.demand().year(t).places())) + " | "
            + (t == 0 ? "–" : HtmlReport.whole(o.demand().year(t).cost())) + " |");
      }
    });
    out.flush();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
