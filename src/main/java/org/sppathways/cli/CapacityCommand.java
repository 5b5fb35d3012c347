package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.flow.CapacityNeed;
import org.sppathways.flow.CapacityReport;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capacity}: recruits or course completions a year needed to hold a role's headcount. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
    description = "Recruits a year into --role needed to hold it at --target people in the long "
        + "run (other roles' recruitment as the model gives it), and, with --course, the course "
        + "completions a year that takes.")
final class CapacityCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  FlowOptions flow;

  @Option(names = "--role", paramLabel = "ROLE", required = true, description = "The role.")
  String role;

  @Option(names = "--target", paramLabel = "N", required = true,
      description = "The headcount to hold.")
  double target;

  @Option(names = "--course", paramLabel = "COURSE",
      description = "A course every recruit completes first.")
  String course;

  @Option(names = "--take-up", paramLabel = "SHARE", defaultValue = "1",
      description = "Share of completers who join the role, above 0 and at most 1 "
          + "(default: ${DEFAULT-VALUE}).")
  double takeUp;

  @Option(names = "--internal-too",
      description = "People moving in from other roles need the course too.")
  boolean internalToo;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!(target >= 0) || Double.isInfinite(target)) {
      throw new ParameterException(spec.commandLine(), "--target must be a number, 0 or more, was "
          + target);
    }
    if (!(takeUp > 0 && takeUp <= 1)) {
      throw new ParameterException(spec.commandLine(), "--take-up must be above 0 and at most 1, "
          + "was " + takeUp);
    }
    WorkforceModel m = flow.model(model);
    Course c = course == null ? null : m.course(CourseId.of(course));
    Headcounts weights = flow.start(m, spec.commandLine());
    FlowModel flows = flow.flows(m, weights);
    FlowOptions.requireFlows(flows, model, "no capacity to compute");
    RoleId roleId = Names.role(m, role);
    CapacityReport report = c == null ? CapacityReport.of(flows, roleId, target)
        : CapacityReport.of(flows, roleId, target, c.id(), takeUp, internalToo);
    CapacityNeed need = report.need();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, report);
        break;
      case CSV:
        Tables.resultCsv(out, m, report);
        break;
      default:
        out.println("To hold " + roleId + " at " + FlowOptions.cell(target) + " people in the long "
            + "run: " + FlowOptions.cell(need.recruitsNeeded()) + " recruits a year (now "
            + FlowOptions.cell(need.currentRecruits()) + ")"
            + (need.reachedWithoutRecruits() ? "; moves in alone hold "
                + FlowOptions.cell(need.headcountWithoutRecruits()) : ""));
        report.training().ifPresent(t -> out.println("Course " + t.course() + ": "
            + FlowOptions.cell(t.courseCompletionsNeeded()) + " completions a year (take-up "
            + Formats.ratio(t.takeUp()) + (t.internalEntrantsToo() ? ", internal entrants too"
                : ", recruits only") + ")"));
        out.println();
        Tables.table(out, List.of("flow", "perYear"), List.of(
            List.of("recruits needed", FlowOptions.cell(need.recruitsNeeded())),
            List.of("moved in from other roles", FlowOptions.cell(need.movedInPerYear())),
            List.of("moved out to other roles", FlowOptions.cell(need.movedOutPerYear())),
            List.of("leavers", FlowOptions.cell(need.leaversPerYear()))));
        ProjectCommand.notes(out, "Notes", report.notes());
    }
    return 0;
  }
}
