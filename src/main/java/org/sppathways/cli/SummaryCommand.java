package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code summary}: counts of each kind of entity in a model. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Count the roles, competencies, routes, courses and organisation types of a model.")
final class SummaryCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    long external = m.roles().stream().filter(Role::external).count();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("competencies", m.competencies().size());
    counts.put("organisationTypes", m.organisationTypes().size());
    counts.put("roles", m.roles().size() - external);
    counts.put("externalRoles", external);
    counts.put("routes", m.routes().size());
    counts.put("courses", m.courses().size());
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> rows = counts.entrySet().stream()
        .map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList();
    switch (format) {
      case JSON: {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", m.name());
        doc.putAll(counts);
        Tables.json(out, doc);
        break;
      }
      case CSV:
        Tables.csv(out, List.of("kind", "count"), rows);
        break;
      default:
        out.println(m.name());
        out.println();
        Tables.table(out, List.of("kind", "count"), rows);
    }
    return 0;
  }
}
