package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sppathways.cli.CliRun;
import org.sppathways.io.internal.results.ResultShape;
import org.sppathways.io.internal.results.ResultShapes;

/**
 * Every result's JSON Schema (docs/reference/results/NAME.schema.json) validates what the command
 * line really prints on the reference model, and rejects documents that break the shape; every
 * result shape has a schema, a reference section and a command that prints it.
 */
class ResultSchemaTest {
  static final Path SCHEMAS = Path.of("docs/reference/results");
  static final Path REFERENCE = Path.of("docs/reference/results.md");
  static final String PROFILES = "docs/examples/sp-profiles.yaml";
  static final String EXTRA_COURSES = "docs/examples/extra-courses.csv";
  static final String FLOWS = "docs/examples/flows/sp-flows.yaml";
  static final String START = "docs/examples/flows/sp-headcounts.yaml";
  static final String FRAMEWORKS = "src/test/resources/frameworks/";
  static final String HISTORIES = "docs/examples/histories/sp-histories.csv";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** A command line (without --format json) and the result it prints. */
  record Case(String result, List<String> args) {
    @Override
    public String toString() {
      return result + ": " + String.join(" ", args);
    }
  }

  private static Case run(String result, String... args) {
    return new Case(result, List.of(args));
  }

  /** One or more command lines per result; keep every result shape covered. */
  static Stream<Case> cases() {
    return Stream.of(
        run("gaps", "gaps", "--from", "link-worker", "--role", "sp-manager"),
        run("gaps", "gaps", "--profiles", PROFILES, "--person", "demo-01", "--role", "link-worker"),
        run("fit", "fit", "--profiles", PROFILES, "--role", "link-worker"),
        run("fit", "fit", "--profiles", PROFILES, "--role", "link-worker", "--within",
            "pcn,vcse-charity", "--essential-met"),
        run("next", "next", "--profiles", PROFILES, "--person", "demo-01"),
        run("next", "next", "--profiles", PROFILES, "--person", "demo-01", "--steps", "2"),
        run("next", "next", "--profiles", PROFILES, "--person", "demo-12"),
        run("transfers", "transfers"),
        run("transfers", "transfers", "--from", "housing-officer"),
        run("transfers", "transfers", "--to", "link-worker"),
        run("needs", "needs", "--profiles", PROFILES),
        run("needs", "needs", "--profiles", PROFILES, "--role", "link-worker"),
        run("needs", "needs", "--profiles", PROFILES, "--role", "link-worker", "--top", "3"),
        run("coverage", "coverage"),
        run("coverage", "coverage", "--additions", "0"),
        run("coverage", "coverage", "--courses", EXTRA_COURSES),
        run("coverage", "coverage", "--courses", EXTRA_COURSES, "--courses-mode", "add"),
        run("plan", "plan", "--profiles", PROFILES, "--person", "demo-01", "--role",
            "link-worker"),
        run("plan", "plan", "--from", "link-worker", "--role", "sp-manager", "--objective",
            "cost"),
        run("plan", "plan", "--from", "link-worker", "--role", "sp-manager", "--max-nodes", "1"),
        run("plan", "plan", "--courses", EXTRA_COURSES, "--profiles", PROFILES, "--person",
            "demo-02", "--role", "link-worker", "--objective", "count"),
        run("commission", "commission", "--profiles", PROFILES, "--budget", "3000"),
        run("commission", "commission", "--profiles", PROFILES, "--budget", "5000", "--role",
            "link-worker"),
        run("commission", "commission", "--profiles", PROFILES, "--budget", "0", "--courses",
            EXTRA_COURSES),
        run("paths", "paths", "--from", "link-worker", "--to", "sp-manager", "--k", "3"),
        run("paths", "paths", "--from", "link-worker", "--to", "sp-manager", "--by", "steps"),
        run("paths", "paths", "--from", "care-coordinator", "--to", "sp-manager", "--by", "hours"),
        run("paths", "paths", "--from", "link-worker", "--to", "sp-manager", "--by", "cost",
            "--k", "2"),
        run("paths", "paths", "--from", "link-worker", "--to", "sp-manager", "--pareto"),
        run("paths", "paths", "--from", "link-worker", "--to", "sp-manager", "--no-detail"),
        run("paths", "paths", "--from", "link-worker", "--to", "link-worker"),
        run("paths", "paths", "--profiles", PROFILES, "--person", "demo-01", "--to", "sp-manager",
            "--k", "2"),
        run("reach", "reach", "--from", "care-coordinator", "--max-months", "24", "--by", "hours"),
        run("reach", "reach", "--from", "link-worker", "--max-steps", "2"),
        run("reach", "reach", "--profiles", PROFILES, "--person", "demo-01", "--max-steps", "1",
            "--no-detail"),
        run("workload", "workload", "--profiles", "docs/examples/sp-workload.yaml"),
        run("compare", "compare", "--org", "vcse-charity", "--org", "pcn"),
        run("compare", "compare", "--against", "docs/tutorial/my-model.yaml"),
        run("compare", "compare", "--org", "pcn", "--against", "docs/tutorial/my-model.yaml"),
        run("structure", "structure"),
        run("structure", "structure", "--by-org-type"),
        run("structure", "structure", "--by-org-type", "--part", "dead-ends"),
        run("structure", "structure", "--part", "bottlenecks", "--metric", "months", "--top", "5"),
        run("structure", "structure", "--part", "bottlenecks", "--metric", "months",
            "--months-ties", "fewest-moves"),
        run("structure", "structure", "--part", "minimum-cut", "--entry-below-seniority", "5"),
        run("structure", "structure", "--part", "support-gaps", "--senior-from", "7"),
        run("structure", "structure", "--part", "support"),
        run("structure", "structure", "--model", "docs/tutorial/my-model.yaml"),
        run("projection", "project", "--years", "3", "--apply", FLOWS, "--start", START),
        run("projection", "project", "--years", "2", "--apply", FLOWS, "--start", START,
            "--by-organisation-type"),
        run("projection", "project", "--years", "2"),
        run("projection", "project", "--years", "1", "--by-organisation-type", "--series",
            "nwrs-with-claims"),
        run("scenario-projection", "project", "--years", "2", "--apply", FLOWS, "--start", START,
            "--by-organisation-type", "--scenario",
            "docs/examples/flows/community-senior-posts.yaml"),
        run("scenario-projection", "project", "--years", "1", "--apply", FLOWS, "--start", START,
            "--scenario", "docs/examples/flows/better-support.yaml"),
        run("steady", "steady", "--apply", FLOWS),
        run("steady", "steady", "--apply", FLOWS, "--start", START, "--by-organisation-type"),
        run("reach-probability", "reach-probability", "--apply", FLOWS, "--from", "link-worker",
            "--to", "sp-manager"),
        run("reach-probability", "reach-probability", "--apply", FLOWS, "--start", START,
            "--by-organisation-type", "--from", "link-worker", "--to", "senior-link-worker"),
        run("reach-probability", "reach-probability", "--apply", FLOWS, "--from", "sp-manager",
            "--to", "link-worker"),
        run("capacity", "capacity", "--apply", FLOWS, "--role", "link-worker", "--target", "4000"),
        run("capacity", "capacity", "--apply", FLOWS, "--start", START, "--role", "link-worker",
            "--target", "5000", "--course", "elfh-social-prescribing", "--take-up", "0.8",
            "--internal-too"),
        run("matrix", "matrix"),
        run("matrix", "matrix", "--metric", "months", "--layout", "long"),
        run("path-lengths", "matrix", "--distribution"),
        run("path-lengths", "matrix", "--distribution", "--metric", "months"),
        run("summary", "summary"),
        run("import", "import", "onet", FRAMEWORKS + "onet/valid", "--out",
            "target/result-schema-onet.yaml"),
        run("import", "import", "esco", FRAMEWORKS + "esco/valid", "--out",
            "target/result-schema-esco.json", "--hierarchy-routes", "--merge-with-reference"),
        run("diff", "diff", "docs/tutorial/my-model.yaml", "docs/tutorial/my-model.yaml"),
        run("diff", "diff", "docs/tutorial/my-model.yaml", "docs/examples/my-model-local.yaml"),
        run("compliance", "compliance", "--profiles", PROFILES, "--as-of", "2026-06-01"),
        run("compliance", "compliance", "--profiles", PROFILES, "--as-of", "2026-06-01", "--by",
            "organisation-type", "--within", "0", "--horizon", "1"),
        run("compliance-people", "compliance", "--profiles", PROFILES, "--as-of", "2026-06-01",
            "--people"),
        run("demand", "demand", "--years", "2", "--apply", FLOWS, "--start", START),
        run("demand", "demand", "--years", "3", "--apply", FLOWS, "--start", START,
            "--by-organisation-type", "--capacity", "docs/examples/flows/sp-capacity.yaml",
            "--budget", "20000", "--objective", "hours"),
        run("estimate", "estimate", "--histories", HISTORIES),
        run("estimate", "estimate", "--histories", HISTORIES, "--by-org-type", "--as-of",
            "2020-01-01"),
        run("estimate", "estimate", "--counts", "docs/examples/histories/sp-yearly-counts.csv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSchemaValidatesWhatTheCommandPrints(Case c) throws IOException {
    JsonNode doc = output(c);
    assertThat(doc.path("result").asText()).isEqualTo(c.result());
    assertThat(errors(c.result(), doc)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSchemaRejectsADocumentThatBreaksTheShape(Case c) throws IOException {
    ObjectNode unknownField = (ObjectNode) output(c);
    unknownField.put("notAField", 1);
    assertThat(errors(c.result(), unknownField)).as("an unknown field").isNotEmpty();
    ObjectNode noVersion = (ObjectNode) output(c);
    noVersion.remove("version");
    assertThat(errors(c.result(), noVersion)).as("no version").isNotEmpty();
    ObjectNode otherResult = (ObjectNode) output(c);
    otherResult.put("result", c.result().equals("gaps") ? "paths" : "gaps");
    assertThat(errors(c.result(), otherResult)).as("another result's name").isNotEmpty();
  }

  @Test
  void everyShapeHasASchemaAReferenceSectionAndACommand() throws IOException {
    String reference = Files.readString(REFERENCE);
    List<String> printed = cases().map(Case::result).distinct().toList();
    for (ResultShape<?> shape : ResultShapes.all()) {
      Path schema = SCHEMAS.resolve(shape.name() + ".schema.json");
      assertThat(schema).as("schema of " + shape.name()).exists();
      JsonNode s = JSON.readTree(schema.toFile());
      assertThat(s.path("properties").path("result").path("const").asText())
          .as(schema + " result name").isEqualTo(shape.name());
      assertThat(s.path("properties").path("version").path("const").asInt())
          .as(schema + " version").isEqualTo(shape.version());
      assertThat(reference).as("section in " + REFERENCE).contains("\n## " + shape.name() + "\n");
      assertThat(printed).as("a command printing " + shape.name()).contains(shape.name());
    }
  }

  @Test
  void everySchemaFileBelongsToAShape() throws IOException {
    List<String> names = ResultShapes.all().stream().map(ResultShape::name).toList();
    List<String> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(SCHEMAS)) {
      list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".schema.json"))
          .forEach(f -> files.add(f.substring(0, f.length() - ".schema.json".length())));
    }
    assertThat(names).containsAll(files);
  }

  static JsonNode output(Case c) throws IOException {
    List<String> args = new ArrayList<>(c.args());
    args.add("--format");
    args.add("json");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    // diff exits 1 when the models differ, as diff(1) does
    assertThat(run.code()).as(run.err()).isIn(c.result().equals("diff") ? List.of(0, 1)
        : List.of(0));
    return JSON.readTree(run.out());
  }

  static List<Error> errors(String result, JsonNode doc) throws IOException {
    Schema schema = REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(result + ".schema.json")));
    return schema.validate(doc);
  }
}
