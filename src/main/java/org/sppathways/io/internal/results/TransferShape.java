package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.gaps.Transfer;
import org.sppathways.gaps.Transfers;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

/** {@code transfers}: {@link Transfers}; CSV one row per transfer, best first. */
final class TransferShape implements ResultShape<Transfers> {

  @Override
  public Class<Transfers> type() {
    return Transfers.class;
  }

  @Override
  public String name() {
    return "transfers";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(Transfers.class, Mixin.class);
    module.setMixInAnnotation(Transfer.class, TransferMixin.class);
  }

  @JsonPropertyOrder({"from", "to", "transfers"})
  abstract static class Mixin {}

  @JsonPropertyOrder({"from", "to", "overlap", "met", "total"})
  abstract static class TransferMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("from", "fromTitle", "to", "toTitle", "overlap", "met", "total");
  }

  @Override
  public List<List<String>> csvRows(Transfers transfers, WorkforceModel model) {
    return transfers.transfers().stream().map(t -> List.of(t.from().value(),
        model.findRole(t.from()).map(Role::title).orElse(""), t.to().value(),
        model.findRole(t.to()).map(Role::title).orElse(""), CsvNumbers.share(t.overlap()),
        CsvNumbers.whole(t.met()), CsvNumbers.whole(t.total()))).toList();
  }
}
