package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.Transfer;
import org.sppathways.gaps.Transfers;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code transfers}: how well external professions transfer into the workforce. */
@Command(name = "transfers", mixinStandardHelpOptions = true,
    description = "How well each external profession's competencies carry over to each role "
        + "(overlap = share of the role's requirements already met); --from one role, or --to one "
        + "role for the backgrounds that suit it best.")
final class TransfersCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--from", paramLabel = "ROLE", description = "Only transfers from this role.")
  String from;

  @Option(names = "--to", paramLabel = "ROLE",
      description = "The backgrounds (external professions) that suit this role best.")
  String to;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (from != null && to != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give --from or --to, not both");
    }
    WorkforceModel m = model.load();
    GapAnalysis analyzer = model.queries().gapAnalysis();
    Optional<RoleId> source = Optional.ofNullable(from).map(f -> Names.role(m, f));
    Optional<RoleId> target = Optional.ofNullable(to).map(t -> Names.role(m, t));
    Transfers result = new Transfers(source, target, source.map(analyzer::transfersFrom)
        .orElseGet(() -> target.map(analyzer::backgroundsFor).orElseGet(analyzer::transfers)));
    List<Transfer> transfers = result.transfers();
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("from", "to", "overlap", "met", "total");
    switch (format) {
      case JSON:
        Tables.result(out, result);
        break;
      case CSV:
        Tables.resultCsv(out, m, result);
        break;
      default:
        Tables.table(out, header, transfers.stream().map(t -> List.of(t.from().value(),
            t.to().value(), Formats.ratio(t.overlap()), String.valueOf(t.met()),
            String.valueOf(t.total()))).toList());
    }
    return 0;
  }
}
