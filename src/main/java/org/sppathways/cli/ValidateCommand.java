package org.sppathways.cli;

import java.util.concurrent.Callable;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: checks a model file and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a model file; list every problem with its place (exit 2 if any).")
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    spec.commandLine().getOut().println(model.name() + " is a valid model: " + m.roles().size()
        + " roles, " + m.competencies().size() + " competencies, " + m.routes().size()
        + " routes, " + m.courses().size() + " courses, " + m.organisationTypes().size()
        + " organisation types.");
    return 0;
  }
}
