package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.util.List;
import org.sppathways.io.frameworks.ImportReport;
import org.sppathways.io.frameworks.ImportSummary;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;

/**
 * {@code import}: an {@link ImportSummary} (its {@link ImportReport} written through the report's
 * accessors, so any implementation of the report is written the same); CSV one row per kind of
 * entity made.
 */
final class ImportShape implements ResultShape<ImportSummary> {

  @Override
  public Class<ImportSummary> type() {
    return ImportSummary.class;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(ImportReport.class, ReportMixin.class);
  }

  @JsonPropertyOrder({"framework", "directory", "roles", "competencies", "requirements",
      "essentialRequirements", "routes", "files", "skipped", "skippedRowCount", "badRowCount",
      "badRows"})
  abstract static class ReportMixin {
    @JsonProperty("framework")
    abstract String framework();

    @JsonProperty("directory")
    abstract String directory();

    @JsonProperty("roles")
    abstract int roles();

    @JsonProperty("competencies")
    abstract int competencies();

    @JsonProperty("requirements")
    abstract int requirements();

    @JsonProperty("essentialRequirements")
    abstract int essentialRequirements();

    @JsonProperty("routes")
    abstract int routes();

    @JsonProperty("files")
    abstract List<ImportReport.FileRows> files();

    @JsonProperty("skipped")
    abstract List<ImportReport.SkippedRows> skipped();

    @JsonProperty("skippedRowCount")
    abstract long skippedRowCount();

    @JsonProperty("badRowCount")
    abstract long badRowCount();

    /** Each problem as its one line: file, line, column and what is wrong. */
    @JsonProperty("badRows")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract List<Problem> badRows();
  }

  @Override
  public List<String> csvHeader() {
    return List.of("kind", "count");
  }

  @Override
  public List<List<String>> csvRows(ImportSummary s, WorkforceModel model) {
    ImportReport r = s.report();
    return List.of(
        List.of("roles", CsvNumbers.whole(r.roles())),
        List.of("competencies", CsvNumbers.whole(r.competencies())),
        List.of("requirements", CsvNumbers.whole(r.requirements())),
        List.of("essentialRequirements", CsvNumbers.whole(r.essentialRequirements())),
        List.of("routes", CsvNumbers.whole(r.routes())),
        List.of("skippedRows", CsvNumbers.whole(r.skippedRowCount())),
        List.of("badRows", CsvNumbers.whole(r.badRowCount())));
  }
}
