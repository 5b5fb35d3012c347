package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sppathways.training.Commissioner;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CommissioningPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code commission}: which course places to fund within a budget. */
@Command(name = "commission", mixinStandardHelpOptions = true,
    description = "Choose course places to fund within --budget so as to close the most "
        + "person-gaps; report what the budget achieves and what remains.")
final class CommissionCommand implements Callable<Integer> {
  @Mixin
  AsOfOptions asOf;

  @Mixin
  ModelOptions model;

  @Mixin
  CatalogueOptions.Replacing catalogue;

  @Option(names = "--profiles", paramLabel = "FILE", required = true,
      description = "Worker profiles (.yaml, .yml, .json or .csv).")
  Path profiles;

  @Option(names = "--budget", paramLabel = "AMOUNT", required = true,
      description = "The money available, in the model's currency.")
  double budget;

  @Option(names = "--role", paramLabel = "ROLE",
      description = "Assess everyone against this role (default: each person's current role).")
  String role;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}). CSV lists the funded courses.")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  Main main;

  @Override
  public Integer call() {
    if (!(budget >= 0) || Double.isInfinite(budget)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--budget must be a number, 0 or more, was " + budget);
    }
    WorkforceModel m = model.load();
    ProfileReader reader = ProfileReader.of(m);
    CommissioningPlan plan;
    try (Progress progress = Progress.of("commission", main.quiet)) {
      Commissioner commissioner = model.commissioner(catalogue.load(m));
      asOf.check(m);
      java.time.LocalDate day = asOf.day();
      ProfileSource source = action -> reader.forEach(profiles,
          progress.counting(p -> action.accept(asOf.apply(m, p))));
      plan = role == null ? commissioner.commission(source, budget, day)
          : commissioner.commission(source, Names.role(m, role), budget, day);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("course", "seats", "cost", "personGapsClosed");
    List<List<String>> rows = plan.courses().stream().map(s -> List.of(s.course().value(),
        String.valueOf(s.seats()), String.valueOf(s.cost()), String.valueOf(s.personGapsClosed())))
        .toList();
    switch (format) {
      case JSON:
        Tables.result(out, plan);
        break;
      case CSV:
        Tables.resultCsv(out, m, plan);
        break;
      default:
        out.println("Spent " + plan.spent() + " of " + plan.budget() + " " + m.currency()
            + ": closes " + plan.closed() + " of " + plan.personGaps() + " person-gaps ("
            + plan.unclosable() + " cannot be closed: no course reaches them or none the person "
            + "can enter)");
        out.println();
        Tables.table(out, header, rows);
        out.println();
        out.println("Still open, most first:");
        out.println();
        Tables.table(out, List.of("competency", "personGaps"), plan.remaining().stream()
            .limit(15).map(r -> List.of(r.key(), String.valueOf(r.peopleShort()))).toList());
    }
    return 0;
  }
}
