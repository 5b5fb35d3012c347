package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.compliance.ComplianceItem;
import org.sppathways.compliance.ComplianceRegister;
import org.sppathways.model.Competency;
import org.sppathways.model.WorkforceModel;

/**
 * {@code compliance-people}: a {@link ComplianceRegister}, one item per person and requirement;
 * people by id only. CSV one row per item.
 */
final class ComplianceRegisterShape implements ResultShape<ComplianceRegister> {

  @Override
  public Class<ComplianceRegister> type() {
    return ComplianceRegister.class;
  }

  @Override
  public String name() {
    return "compliance-people";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(ComplianceRegister.class, Mixin.class);
    module.setMixInAnnotation(ComplianceItem.class, ItemMixin.class);
  }

  @JsonPropertyOrder({"asOf", "withinMonths", "items"})
  abstract static class Mixin {}

  @JsonPropertyOrder({"person", "role", "competency", "required", "held", "status", "date"})
  abstract static class ItemMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("person", "role", "competency", "competencyName", "required", "held",
        "status", "date");
  }

  @Override
  public List<List<String>> csvRows(ComplianceRegister register, WorkforceModel model) {
    return register.items().stream().map(i -> List.of(i.person().value(), i.role().value(),
        i.competency().value(),
        model.findCompetency(i.competency()).map(Competency::name).orElse(""),
        CsvNumbers.whole(i.required()), CsvNumbers.whole(i.held()), i.status().toString(),
        i.date().map(Object::toString).orElse(""))).toList();
  }
}
