package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.training.CompetencyCoverage;
import org.sppathways.training.CoverageAddition;
import org.sppathways.training.CoverageAnalysis;
import org.sppathways.training.CoverageReport;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coverage}: what a course catalogue covers and what is missing. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Which competencies the catalogue covers and up to which level, which roles it "
        + "can train for, what is missing, and the courses worth adding.")
final class CoverageCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  CatalogueOptions.Replacing catalogue;

  @Option(names = "--additions", paramLabel = "N", defaultValue = "5",
      description = "How many best additions to list (default: ${DEFAULT-VALUE}).")
  int additions;

  @Option(names = "--organisation-type", paramLabel = "ORG",
      description = "Only the roles this organisation type offers, each with its requirements "
          + "there (its variant; id or exact name).")
  String organisationType;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}). CSV lists the roles.")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (additions < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--additions must be 0 or more, was " + additions);
    }
    WorkforceModel m = model.load();
    OrganisationTypeId type = organisationType == null ? null
        : Names.organisationType(m, organisationType);
    CoverageAnalysis analysis = model.coverage(catalogue.load(m));
    CoverageReport report = type == null ? analysis.report(additions)
        : analysis.report(additions, type);
    PrintWriter out = spec.commandLine().getOut();
    List<String> roleHeader = List.of("role", "requirements", "closable", "closableShare",
        "fullyReachable", "reachableWithPractice");
    switch (format) {
      case JSON:
        Tables.result(out, report);
        break;
      case CSV:
        Tables.resultCsv(out, m, report);
        break;
      default:
        if (type != null) {
          out.println("The roles " + type + " (" + m.organisationType(type).name() + ") offers, "
              + "with their requirements there.");
          out.println();
        }
        out.println("Competencies no course teaches to the level a role requires ("
            + report.uncovered().size() + "):");
        out.println();
        Tables.table(out, List.of("competency", "required", "maxLevel", "learnedOnTheJob"),
            report.uncovered().stream().map(c -> List.of(c.competency().value(),
                String.valueOf(c.requiredLevel()), String.valueOf(c.maxLevel()),
                String.valueOf(c.learnedOnTheJob()))).toList());
        out.println();
        out.println("Roles:");
        out.println();
        Tables.table(out, roleHeader, report.roles().stream().map(r -> List.of(r.role().value(),
            String.valueOf(r.requirements()), String.valueOf(r.closable()),
            Formats.ratio(r.closableShare()), String.valueOf(r.fullyReachable()),
            String.valueOf(r.reachableWithPractice()))).toList());
        out.println();
        out.println("Best additions:");
        out.println();
        if (report.noAdditions().isPresent()) {
          out.println(report.noAdditions().get());
          break;
        }
        Tables.table(out, List.of("competency", "level", "rolesMadeReachable", "requirementsClosed"),
            report.bestAdditions().stream().map(a -> List.of(a.competency().value(),
                String.valueOf(a.level()), String.join(" ", a.roles().stream()
                    .map(Object::toString).toList()), String.valueOf(a.requirementsClosed())))
                .toList());
    }
    return 0;
  }
}
