package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sppathways.model.Competency;
import org.sppathways.model.Course;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Models written by {@link ModelWriter} (YAML and JSON) read back by {@link ModelReader} equal
 * the original, notes included. Seeds are pinned so that a failure replays; the generators are
 * in {@link GeneratedModels}.
 */
class ModelRoundTripProperties {

  @Provide
  Arbitrary<WorkforceModel> models() {
    return GeneratedModels.models();
  }

  @Provide
  Arbitrary<String> trickyTexts() {
    return Arbitraries.of(GeneratedModels.TRICKY_TEXTS);
  }

  @Provide
  Arbitrary<String> trickyIds() {
    return Arbitraries.of(GeneratedModels.TRICKY_IDS);
  }

  private static WorkforceModel viaYaml(WorkforceModel model) {
    String yaml = ModelWriter.yaml().toString(model);
    return ModelReader.of().read(yaml, "generated.yaml", FileFormat.YAML);
  }

  private static WorkforceModel viaJson(WorkforceModel model) {
    String json = ModelWriter.json().toString(model);
    return ModelReader.of().read(json, "generated.json", FileFormat.JSON);
  }

  /** Every note in the model, in document order: notes are not part of equality. */
  private static List<Optional<String>> notes(WorkforceModel model) {
    List<Optional<String>> notes = new ArrayList<>();
    notes.add(model.notes());
    model.competencies().stream().map(Competency::notes).forEach(notes::add);
    for (OrganisationType t : model.organisationTypes()) {
      notes.add(t.notes());
      t.supports().stream().map(SupportStructure::notes).forEach(notes::add);
    }
    model.roles().stream().map(Role::notes).forEach(notes::add);
    model.routes().stream().map(ProgressionRoute::notes).forEach(notes::add);
    model.courses().stream().map(Course::notes).forEach(notes::add);
    return notes;
  }

  private static void assertSameModel(WorkforceModel back, WorkforceModel model, String written) {
    assertThat(back).as("read back from:%n%s", written).isEqualTo(model);
    assertThat(notes(back)).as("notes read back from:%n%s", written).isEqualTo(notes(model));
  }

  @Property(tries = 150, seed = "4417081513")
  void yamlRoundTrip(@ForAll("models") WorkforceModel model) {
    assertSameModel(viaYaml(model), model, ModelWriter.yaml().toString(model));
  }

  @Property(tries = 150, seed = "9920230117")
  void jsonRoundTrip(@ForAll("models") WorkforceModel model) {
    assertSameModel(viaJson(model), model, ModelWriter.json().toString(model));
  }

  @Property(tries = 60, seed = "271828")
  void writingIsDeterministicAndStable(@ForAll("models") WorkforceModel model) {
    String yaml = ModelWriter.yaml().toString(model);

    assertThat(ModelWriter.yaml().toString(model)).isEqualTo(yaml);
    assertThat(ModelWriter.yaml().toString(viaYaml(model))).isEqualTo(yaml);
    assertThat(ModelWriter.json().toString(viaJson(model)))
        .isEqualTo(ModelWriter.json().toString(model));
  }

  @Property(tries = 60, seed = "31415")
  void yamlAndJsonReadToTheSameModel(@ForAll("models") WorkforceModel model) {
    assertThat(viaYaml(model)).isEqualTo(viaJson(model));
  }

  /** One model per tricky text, in every text position, so that each one is always tried. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyTrickyTextRoundTrips(@ForAll("trickyTexts") String text) {
    WorkforceModel model = WorkforceModel.builder()
        .name(text).description(text).currency(text).addSource(text).notes(text)
        .scale(ProficiencyScale.of(text))
        .addRole(Role.builder().id(RoleId.of("r")).title(text).family(text).putAttribute(text, text)
            .addSource(text).notes(text).build())
        .build();

    assertSameModel(viaYaml(model), model, ModelWriter.yaml().toString(model));
    assertSameModel(viaJson(model), model, ModelWriter.json().toString(model));
  }

  /** One model per tricky id, used as an id and as a reference. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyTrickyIdRoundTrips(@ForAll("trickyIds") String id) {
    WorkforceModel model = WorkforceModel.builder().name("Ids")
        .scale(ProficiencyScale.of("Only"))
        .addRole(Role.builder().id(RoleId.of(id)).title("T").build())
        .addRole(Role.builder().id(RoleId.of(id + "2")).title("T").build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of(id)).to(RoleId.of(id + "2"))
            .kind(org.sppathways.model.RouteKind.ENTRY).months(0).build())
        .build();

    assertSameModel(viaYaml(model), model, ModelWriter.yaml().toString(model));
    assertSameModel(viaJson(model), model, ModelWriter.json().toString(model));
  }

  @Example
  void handMadeSmallModelRoundTrips() {
    WorkforceModel small = ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));

    assertSameModel(viaYaml(small), small, ModelWriter.yaml().toString(small));
    assertSameModel(viaJson(small), small, ModelWriter.json().toString(small));
  }

  @Example
  void bundledReferenceModelRoundTrips() {
    WorkforceModel reference = ReferenceModels.socialPrescribing();

    assertSameModel(viaYaml(reference), reference, "the reference model as YAML");
    assertSameModel(viaJson(reference), reference, "the reference model as JSON");
  }

  @Example
  void writingToAFileAndAWriterGivesTheSameText() throws Exception {
    WorkforceModel small = ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));
    Path file = Files.createTempFile("sp-pathways-round-trip", ".json");
    try {
      ModelWriter.of(FileFormat.JSON).write(small, file);
      StringWriter w = new StringWriter();
      ModelWriter.json().write(small, w);

      assertThat(Files.readString(file)).isEqualTo(w.toString());
      assertThat(ModelReader.of().read(file)).isEqualTo(small);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Example
  void defaultsAreLeftOut() {
    WorkforceModel minimal = ModelReader.of().read(TestFiles.path("models/valid/minimal.yaml"));

    assertThat(ModelWriter.yaml().toString(minimal))
        .isEqualTo("format: sp-pathways/1\nname: Minimal\nscale:\n  - level: 1\n    name: Awareness\n"
            + "competencies: []\norganisationTypes: []\nroles: []\nroutes: []\ncourses: []\n");
  }
}
