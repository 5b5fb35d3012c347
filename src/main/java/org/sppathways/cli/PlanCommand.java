package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.Course;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanReport;
import org.sppathways.training.TrainingPlanner;
import org.sppathways.training.UnclosableTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plan}: the courses that close a gap at least hours, cost or number of courses. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "The courses that close a person's gap for a role (--profiles F --person ID), or "
        + "the gap between two roles (--from ROLE), at least --objective, in an order in which "
        + "each course can be begun: a prerequisite is met by completing it or by holding every "
        + "level it teaches.")
final class PlanCommand implements Callable<Integer> {
  @Mixin
  AsOfOptions asOf;

  @Mixin
  ModelOptions model;

  @Mixin
  CatalogueOptions.Replacing catalogue;

  @ArgGroup(exclusive = true, multiplicity = "1")
  GapsCommand.Who who;

  @Option(names = "--role", paramLabel = "ROLE", required = true, description = "The target role.")
  String role;

  @Option(names = "--objective", paramLabel = "hours|cost|count", defaultValue = "hours",
      description = "What to minimise (default: ${DEFAULT-VALUE}).")
  Objective objective;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}). CSV lists the courses.")
  OutputFormat format;

  @Option(names = "--max-nodes", paramLabel = "N",
      defaultValue = "" + TrainingPlanner.DEFAULT_NODE_LIMIT,
      description = "The most search nodes before the best plan so far is returned, marked not "
          + "proven optimal (default: ${DEFAULT-VALUE}). A larger limit never gives a worse plan.")
  int maxNodes;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (maxNodes < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-nodes must be 1 or more, was " + maxNodes);
    }
    WorkforceModel m = model.load();
    TrainingPlanner planner = model.planner(catalogue.load(m)).withNodeLimit(maxNodes);
    GapAnalysis gaps = model.queries().gapAnalysis();
    GapReport gap;
    TrainingPlan plan;
    if (who.from != null) {
      gap = asOf.organisationType == null ? gaps.gap(Names.role(m, who.from), Names.role(m, role))
          : gaps.gap(Names.role(m, who.from), Names.role(m, role),
              Names.organisationType(m, asOf.organisationType));
      plan = planner.plan(gap, objective);
    } else {
      ProfileOptions profiles = new ProfileOptions();
      profiles.profiles = who.person.profiles;
      asOf.check(m);
      WorkerProfile person = asOf.apply(m, profiles.person(m, who.person.person));
      gap = gaps.gap(person, Names.role(m, role), asOf.day());
      plan = planner.plan(person, gap, objective, asOf.day());
    }
    TrainingPlanReport report = TrainingPlanReport.of(gap, plan, planner.catalogue());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, report);
        break;
      case CSV:
        Tables.resultCsv(out, m, report);
        break;
      default:
        out.println(plan.courses().size() + " courses, " + plan.hours() + " hours, "
            + plan.cost() + " " + m.currency() + "; closes " + plan.closes().size()
            + " gaps" + (plan.unclosable().isEmpty() ? "" : ", " + plan.unclosable().size()
            + " cannot be closed") + (plan.optimal() ? " (optimal for "
            : " (not proven optimal for ")
            + plan.objective().toString() + ")");
        if (!plan.courses().isEmpty()) {
          out.println();
          Tables.table(out, List.of("order", "course", "title", "hours", "cost"), rows(report));
        }
        if (!plan.unclosable().isEmpty()) {
          out.println();
          out.println("Cannot close:");
          for (UnclosableTarget u : plan.unclosableTargets()) {
            out.println("  " + u.competency() + " (level " + u.level() + "): " + u.detail());
          }
        }
        out.flush();
    }
    return 0;
  }

  /** The table rows: long titles shortened, numbers as Java prints them. */
  private static List<List<String>> rows(TrainingPlanReport report) {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < report.courses().size(); i++) {
      Course c = report.courses().get(i);
      rows.add(List.of(String.valueOf(i + 1), c.id().value(),
          c.title().length() > 50 ? c.title().substring(0, 47) + "..." : c.title(),
          String.valueOf(c.hours()), String.valueOf(c.cost())));
    }
    return rows;
  }
}
