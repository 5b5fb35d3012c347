package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sppathways.reference.ReferenceModels;

/**
 * The model and profiles JSON Schemas (docs/reference/model.schema.json, profiles.schema.json)
 * accept the files the library reads and writes — the test models, the bundled reference model
 * as written, the example profiles and the dated fields of the format reference — and reject
 * what the reader rejects for its shape (an empty {@code anyOf}, a day that is not YYYY-MM-DD).
 */
class FileSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  static List<Error> errors(String schema, JsonNode doc) throws IOException {
    Schema s = REGISTRY.getSchema(Files.readString(Path.of("docs/reference", schema)));
    return s.validate(doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"models/valid/small.yaml", "models/valid/small.json",
      "models/valid/minimal.yaml"})
  void testModelsFitTheSchema(String resource) throws IOException {
    JsonNode doc = YAML.readTree(TestFiles.text(resource));
    assertThat(errors("model.schema.json", doc)).isEmpty();
  }

  @Test
  void theReferenceModelAsWrittenFitsTheSchema() throws IOException {
    JsonNode doc = JSON.readTree(ModelWriter.json().toString(ReferenceModels.socialPrescribing()));
    assertThat(errors("model.schema.json", doc)).isEmpty();
  }

  @Test
  void theDatedExampleFitsTheSchemaInYamlAndAsWrittenInJson() throws IOException {
    assertThat(errors("model.schema.json", YAML.readTree(DatedFieldsIoTest.MODEL_YAML))).isEmpty();
    JsonNode written = JSON.readTree(ModelWriter.json().toString(DatedFieldsIoTest.MODEL));
    assertThat(errors("model.schema.json", written)).isEmpty();
  }

  @Test
  void anEmptyAnyOfAndAMixedRuleDoNotFit() throws IOException {
    for (String rule : List.of("{anyOf: []}", "{course: a, minContractedHours: 3}",
        "{minContractedHours: 0}", "{organisationTypes: []}")) {
      String yaml = DatedFieldsIoTest.MODEL_YAML.replace("      - {minContractedHours: 30}\n",
          "      - " + rule + "\n");
      assertThat(errors("model.schema.json", YAML.readTree(yaml))).as(rule).isNotEmpty();
    }
    String zero = DatedFieldsIoTest.MODEL_YAML.replace("validForMonths: 36", "validForMonths: 0");
    assertThat(errors("model.schema.json", YAML.readTree(zero))).isNotEmpty();
  }

  @Test
  void profilesFitTheSchema() throws IOException {
    assertThat(errors("profiles.schema.json",
        YAML.readTree(Files.readString(Path.of("docs/examples/sp-profiles.yaml"))))).isEmpty();
    assertThat(errors("profiles.schema.json",
        YAML.readTree(DatedFieldsIoTest.Profiles.PEOPLE_YAML))).isEmpty();
  }

  /** The bundled file as written by hand, with its refresher periods, entry rule and targets. */
  @Test
  void theReferenceModelFileFitsTheSchema() throws IOException {
    assertThat(errors("model.schema.json", YAML.readTree(Files.readString(Path.of(
        "src/main/resources/org/sppathways/reference/social-prescribing.yaml"))))).isEmpty();
  }

  @Test
  void theMandatoryTrainingExampleFitsTheSchemas() throws IOException {
    assertThat(errors("model.schema.json", YAML.readTree(Files.readString(
        Path.of("docs/examples/mandatory-training.yaml"))))).isEmpty();
    assertThat(errors("profiles.schema.json", YAML.readTree(Files.readString(
        Path.of("docs/examples/mandatory-training-people.yaml"))))).isEmpty();
  }

  @Test
  void aDayThatIsNotYyyyMmDdDoesNotFit() throws IOException {
    String bad = DatedFieldsIoTest.Profiles.PEOPLE_YAML.replace("date: 2023-05-02",
        "date: 2/5/2023");
    assertThat(errors("profiles.schema.json", YAML.readTree(bad))).isNotEmpty();
    String noLevel = DatedFieldsIoTest.Profiles.PEOPLE_YAML.replace("{level: 1}", "{until: 2026-01-01}");
    assertThat(errors("profiles.schema.json", YAML.readTree(noLevel))).isNotEmpty();
  }
}
