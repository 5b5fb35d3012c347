package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sppathways.gaps.FitFilter;
import org.sppathways.gaps.TalentPool;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Population;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fit}: who in a workforce could fill a role. */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Rank everyone in a profiles file for a role: readiness, then shortfall, then id.")
final class FitCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  ProfileOptions profiles;

  @Mixin
  AsOfOptions asOf;

  @Option(names = "--role", paramLabel = "ROLE", required = true, description = "The role to fill.")
  String role;

  @Option(names = "--within", paramLabel = "ORG", split = ",",
      description = "Only people employed by these organisation types (ids or exact names).")
  List<String> within;

  @Option(names = "--essential-met", description = "Only people who meet every essential requirement.")
  boolean essentialMet;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    FitFilter filter = FitFilter.all().withEssentialMetOnly(essentialMet);
    if (within != null) {
      Set<OrganisationTypeId> types = Set.copyOf(Names.organisationTypes(m, within));
      filter = filter.withOrganisationTypes(types);
    }
    RoleId target = Names.role(m, role);
    asOf.check(m);
    Population people = profiles.load(m);
    if (asOf.organisationType != null) {
      people = Population.of(people.people().stream().map(p -> asOf.apply(m, p)).toList());
    }
    TalentPool pool = model.queries().gapAnalysis().fit(people, target, filter, asOf.day());
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> rows = pool.people().stream().map(c -> List.of(c.person().value(),
        Formats.ratio(c.readiness()), String.valueOf(c.essentialMet()),
        String.valueOf(c.shortfall()))).toList();
    List<String> header = List.of("person", "readiness", "essentialMet", "shortfall");
    switch (format) {
      case JSON:
        Tables.result(out, pool);
        break;
      case CSV:
        Tables.resultCsv(out, m, pool);
        break;
      default:
        out.println(pool.people().size() + " people ranked for " + pool.role()
            + pool.asOf().map(d -> ", as of " + d).orElse(""));
        out.println();
        Tables.table(out, header, rows);
    }
    return 0;
  }
}
