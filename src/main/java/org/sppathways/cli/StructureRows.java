package org.sppathways.cli;

import java.util.List;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.TypedId;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.WorkloadGroup;

/**
 * Table cells of the structure analyses, for people (JSON and CSV are written by the result
 * writer, {@code org.sppathways.io.ResultWriter}). Writers never compute; this only converts.
 */
final class StructureRows {
  private StructureRows() {}

  static final List<String> WORKLOAD_HEADER = List.of("organisationType", "seniority", "people",
      "withHours", "beyondContract", "shareBeyond", "meanExcess");

  static List<String> ids(List<? extends TypedId<?>> ids) {
    return ids.stream().map(TypedId::value).map(String::valueOf).toList();
  }

  static List<String> bottleneckCells(Bottleneck b) {
    return List.of(b.role().value(), Formats.ratio(b.betweenness()),
        String.format(java.util.Locale.ROOT, "%.4f", b.normalised()));
  }

  static List<String> workloadCells(WorkloadGroup g) {
    return List.of(g.organisationType().map(OrganisationTypeId::value).orElse("(none)"),
        g.seniority().isPresent() ? String.valueOf(g.seniority().getAsInt()) : "-",
        String.valueOf(g.people()), String.valueOf(g.withHours()),
        String.valueOf(g.beyondContract()), Formats.ratio(g.shareBeyond()),
        Formats.ratio(g.meanExcess()));
  }
}
