package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.CliRun;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceFixtures;
import org.sppathways.compliance.ComplianceRegister;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The {@code compliance} and {@code compliance-people} results: on dated people worked by hand
 * (built in code) the documents fit their schemas and every field means what results.md says;
 * a Java user writing the result gets exactly what the command prints.
 */
class ComplianceResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WorkforceModel model = ComplianceFixtures.model();
  private final ComplianceAnalysis analysis = ComplianceAnalysis.of(model);

  @Test
  void theSummaryFitsItsSchemaAndSaysWhatItCounted() throws IOException {
    ComplianceSummary s = analysis.summarise(ComplianceFixtures.everyone(),
        ComplianceFixtures.AS_OF);
    JsonNode doc = JSON.readTree(ResultWriter.json().write(s));
    assertThat(ResultSchemaTest.errors("compliance", doc)).isEmpty();
    assertThat(doc.path("asOf").asText()).isEqualTo("2026-06-01");
    assertThat(doc.path("total").toString())
        .isEqualTo("{\"current\":5,\"due\":5,\"lapsed\":2,\"missing\":4,\"total\":16}");
    assertThat(doc.path("byOrganisationType").get(0).toString())
        .isEqualTo("{\"key\":\"pcn\",\"current\":4,\"due\":4,\"lapsed\":2,\"missing\":2,"
            + "\"total\":12}");
    assertThat(doc.path("refreshers").get(0).toString())
        .isEqualTo("{\"month\":\"2026-06\",\"course\":\"fire-safety\",\"people\":1}");
    assertThat(doc.path("refreshers").get(4).toString())
        .isEqualTo("{\"month\":\"2026-07\",\"competency\":\"lone-working\",\"people\":1}");
    assertThat(ResultWriter.csv(model).write(s).lines().limit(3)).containsExactly(
        "by,key,current,due,lapsed,missing,total",
        "all,,5,5,2,4,16",
        "role,link-worker,5,5,2,4,16");
  }

  @Test
  void theRegisterFitsItsSchemaWithADateExactlyOnDueAndLapsedRows() throws IOException {
    ComplianceRegister r = analysis.register(ProfileSource.of(ComplianceFixtures.everyone()),
        ComplianceFixtures.AS_OF);
    JsonNode doc = JSON.readTree(ResultWriter.json().write(r));
    assertThat(ResultSchemaTest.errors("compliance-people", doc)).isEmpty();
    JsonNode due = doc.path("items").get(3);
    assertThat(due.toString()).isEqualTo("{\"person\":\"p2\",\"role\":\"link-worker\","
        + "\"competency\":\"safeguarding\",\"required\":2,\"held\":2,\"status\":\"due\","
        + "\"date\":\"2026-06-02\"}");
    assertThat(ResultWriter.csv(model).write(r).lines().skip(4).findFirst().orElseThrow())
        .isEqualTo("p2,link-worker,safeguarding,\"Name of safeguarding\",2,2,due,2026-06-02");
    var noDate = (com.fasterxml.jackson.databind.node.ObjectNode) doc.path("items").get(3);
    noDate.remove("date");
    assertThat(ResultSchemaTest.errors("compliance-people", doc)).as("a due row without its date")
        .isNotEmpty();
  }

  @Test
  void theCommandPrintsWhatTheWriterWrites() {
    WorkforceModel sp = ReferenceModels.socialPrescribing();
    ComplianceSummary s = ComplianceAnalysis.of(sp).summarise(
        ProfileReader.of(sp).read(Path.of(ResultSchemaTest.PROFILES)).people(),
        LocalDate.of(2026, 6, 1));
    CliRun run = CliRun.of("compliance", "--profiles", ResultSchemaTest.PROFILES, "--as-of",
        "2026-06-01", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(ResultWriter.json().write(s));
  }
}
