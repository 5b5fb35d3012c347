package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.Transfer;
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
    List<Transfer> transfers = from != null ? analyzer.transfersFrom(Names.role(m, from))
        : to != null ? analyzer.backgroundsFor(Names.role(m, to)) : analyzer.transfers();
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("from", "to", "overlap", "met", "total");
    switch (format) {
      case JSON: {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("transfers", transfers.stream().map(TransfersCommand::transfer).toList());
        Tables.json(out, doc);
        break;
      }
      case CSV:
        Tables.csv(out, List.of("from", "fromTitle", "to", "toTitle", "overlap", "met", "total"),
            transfers.stream().map(t -> List.of(t.from().value(), Names.title(m, t.from()),
            t.to().value(), Names.title(m, t.to()), Formats.share(t.overlap()),
            String.valueOf(t.met()),
            String.valueOf(t.total()))).toList());
        break;
      default:
        Tables.table(out, header, transfers.stream().map(t -> List.of(t.from().value(),
            t.to().value(), Formats.ratio(t.overlap()), String.valueOf(t.met()),
            String.valueOf(t.total()))).toList());
    }
    return 0;
  }

  private static Map<String, Object> transfer(Transfer t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", t.from().value());
    m.put("to", t.to().value());
    m.put("overlap", t.overlap());
    m.put("met", t.met());
    m.put("total", t.total());
    return m;
  }
}
