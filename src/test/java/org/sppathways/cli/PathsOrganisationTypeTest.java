package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/**
 * {@code --organisation-type} on {@code paths} and {@code reach}, on the how-to's model
 * (docs/examples/my-model-variants.yaml): a community organisation ({@code vcse}) asks its link
 * workers for lone working safety 2 besides what every link worker needs (active listening 2,
 * safeguarding adults 2). From a care worker (active listening 1), entering as a link worker
 * takes safeguarding (6 h, £0) everywhere and, in a community organisation, lone working (3 h,
 * £40) too; no course teaches active listening.
 */
class PathsOrganisationTypeTest {
  static final String MODEL = "docs/examples/my-model-variants.yaml";
  static final String PEOPLE = "docs/examples/variant-people.yaml";
  static final ObjectMapper JSON = new ObjectMapper();

  static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args[0], "--model", MODEL));
    all.addAll(List.of(args).subList(1, args.length));
    return GapAndTrainingCommandsTest.run(all.toArray(String[]::new));
  }

  static JsonNode json(Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  static List<String> gaps(JsonNode step) {
    List<String> out = new ArrayList<>();
    step.get("gaps").forEach(g -> out.add(g.get("competency").asText()));
    return out;
  }

  @Test
  void aStepInACommunityOrganisationShowsItsAddedGapAndTraining() throws Exception {
    JsonNode vcse = json(run("paths", "--from", "care-worker", "--to", "link-worker", "--by",
        "hours", "--organisation-type", "vcse", "--format", "json")).get("paths").get(0);
    assertThat(gaps(vcse.get("detail").get(0)))
        .containsExactly("active-listening", "safeguarding-adults", "lone-working-safety");
    assertThat(vcse.get("hours").asDouble()).isEqualTo(9.0);
    assertThat(vcse.get("cost").asDouble()).isEqualTo(40.0);

    JsonNode own = json(run("paths", "--from", "care-worker", "--to", "link-worker", "--by",
        "hours", "--format", "json")).get("paths").get(0);
    assertThat(gaps(own.get("detail").get(0)))
        .containsExactly("active-listening", "safeguarding-adults");
    assertThat(own.get("hours").asDouble()).isEqualTo(6.0);
    assertThat(own.get("cost").asDouble()).isEqualTo(0.0);
  }

  @Test
  void aTypeWithoutAVariantChangesNothing() {
    Run own = run("paths", "--from", "care-worker", "--to", "senior-link-worker", "--format",
        "json");
    Run pcn = run("paths", "--from", "care-worker", "--to", "senior-link-worker",
        "--organisation-type", "pcn", "--format", "json");
    assertThat(pcn.exit()).isZero();
    assertThat(pcn).isEqualTo(own);
  }

  @Test
  void theTypeIsNamedByIdOrExactName() {
    Run byId = run("reach", "--from", "care-worker", "--by", "hours", "--organisation-type",
        "vcse", "--format", "json");
    Run byName = run("reach", "--from", "care-worker", "--by", "hours", "--organisation-type",
        "Community organisation", "--format", "json");
    assertThat(byId.exit()).isZero();
    assertThat(byName).isEqualTo(byId);
  }

  @Test
  void reachTakesTheTypeToo() throws Exception {
    JsonNode vcse = json(run("reach", "--from", "care-worker", "--by", "hours",
        "--organisation-type", "vcse", "--format", "json"));
    JsonNode own = json(run("reach", "--from", "care-worker", "--by", "hours", "--format",
        "json"));
    assertThat(hoursTo(vcse, "link-worker")).isEqualTo(9.0);
    assertThat(hoursTo(own, "link-worker")).isEqualTo(6.0);
  }

  static double hoursTo(JsonNode reach, String role) {
    for (JsonNode r : reach.get("roles")) {
      if (r.get("role").asText().equals(role)) {
        return r.get("hours").asDouble();
      }
    }
    throw new AssertionError("no " + role + " in " + reach);
  }

  @Test
  void aPersonsOwnTypeIsTheDefaultAndTheOptionOverridesIt(@TempDir Path dir) throws Exception {
    // a FICTIONAL newcomer to a community organisation, not in a role yet: every path starts
    // with an entry route
    Path people = dir.resolve("newcomer.yaml");
    Files.writeString(people, "format: sp-pathways-profiles/1\n"
        + "people:\n"
        + "  - {id: new-01, organisationType: vcse, holds: {active-listening: 1}}\n");
    String file = people.toString();
    JsonNode own = json(run("paths", "--profiles", file, "--person", "new-01", "--to",
        "link-worker", "--by", "hours", "--format", "json")).get("paths").get(0);
    assertThat(gaps(own.get("detail").get(0))).contains("lone-working-safety");
    assertThat(own.get("hours").asDouble()).isEqualTo(9.0);
    JsonNode inPcn = json(run("paths", "--profiles", file, "--person", "new-01", "--to",
        "link-worker", "--by", "hours", "--organisation-type", "pcn", "--format", "json"))
        .get("paths").get(0);
    assertThat(gaps(inPcn.get("detail").get(0))).doesNotContain("lone-working-safety");
    assertThat(inPcn.get("hours").asDouble()).isEqualTo(6.0);
  }

  @Test
  void anUnknownTypeIsExitTwoWithASuggestion() {
    for (String command : List.of("paths", "reach")) {
      Run r = command.equals("paths")
          ? run("paths", "--from", "care-worker", "--to", "link-worker", "--organisation-type",
              "vcsee")
          : run("reach", "--from", "care-worker", "--organisation-type", "vcsee");
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command)
          .contains("unknown organisation type 'vcsee'; did you mean 'vcse'")
          .doesNotContain("Exception");
      assertThat(r.out()).as(command).isEmpty();
    }
  }
}
