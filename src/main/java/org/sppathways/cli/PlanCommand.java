package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanner;
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
    TrainingPlan plan;
    if (who.from != null) {
      plan = planner.plan(gaps.gap(Names.role(m, who.from), Names.role(m, role)), objective);
    } else {
      ProfileOptions profiles = new ProfileOptions();
      profiles.profiles = who.person.profiles;
      WorkerProfile person = profiles.person(m, who.person.person);
      plan = planner.plan(person, gaps.gap(person, Names.role(m, role)), objective);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON: {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("courses", plan.courses().stream().map(Object::toString).toList());
        doc.put("hours", plan.hours());
        doc.put("cost", plan.cost());
        doc.put("closes", plan.closes().stream().map(PlanCommand::target).toList());
        doc.put("unclosable", plan.unclosable().stream().map(PlanCommand::target).toList());
        doc.put("optimal", plan.optimal());
        doc.put("objective", plan.objective().toString());
        Tables.json(out, doc);
        break;
      }
      case CSV:
        Tables.csv(out, List.of("order", "course", "title", "hours", "cost"),
            rows(m, plan, false));
        break;
      default:
        out.println(plan.courses().size() + " courses, " + plan.hours() + " hours, "
            + plan.cost() + " " + m.currency() + "; closes " + plan.closes().size()
            + " gaps" + (plan.unclosable().isEmpty() ? "" : ", " + plan.unclosable().size()
            + " no course can close") + (plan.optimal() ? " (optimal for " : " (not proven optimal for ")
            + plan.objective().toString() + ")");
        if (!plan.courses().isEmpty()) {
          out.println();
          Tables.table(out, List.of("order", "course", "title", "hours", "cost"),
              rows(m, plan, true));
        }
        if (!plan.unclosable().isEmpty()) {
          out.println();
          out.println("No course reaches: " + String.join(", ", plan.unclosable().stream()
              .map(t -> t.competency() + " (level " + t.level() + ")").toList()));
        }
        out.flush();
    }
    return 0;
  }

  private List<List<String>> rows(WorkforceModel m, TrainingPlan plan, boolean forPeople) {
    List<List<String>> rows = new java.util.ArrayList<>();
    TrainingPlanner planner = TrainingPlanner.of(m, catalogue.load(m));
    for (int i = 0; i < plan.courses().size(); i++) {
      org.sppathways.model.CourseId id = plan.courses().get(i);
      org.sppathways.model.Course c = planner.catalogue().stream()
          .filter(k -> k.id().equals(id)).findFirst().orElseThrow();
      rows.add(List.of(String.valueOf(i + 1), id.value(),
          forPeople && c.title().length() > 50 ? c.title().substring(0, 47) + "..." : c.title(),
          forPeople ? String.valueOf(c.hours()) : Formats.amount(c.hours()),
          forPeople ? String.valueOf(c.cost()) : Formats.amount(c.cost())));
    }
    return rows;
  }

  private static Map<String, Object> target(CompetencyLevel t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("competency", t.competency().value());
    m.put("level", t.level());
    return m;
  }
}
