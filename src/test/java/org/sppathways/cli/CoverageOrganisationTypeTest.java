package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/**
 * {@code coverage --organisation-type} on the how-to's model (docs/examples/my-model-variants.yaml):
 * a community organisation ({@code vcse}) offers only the link worker, and asks it for lone
 * working safety 2 besides active listening 2 and safeguarding adults 2; a course teaches
 * safeguarding and lone working, none active listening.
 */
class CoverageOrganisationTypeTest {

  static Run run(String... args) {
    return PathsOrganisationTypeTest.run(args);
  }

  @Test
  void theRolesOfTheTypeWithItsVariant() throws Exception {
    JsonNode vcse = PathsOrganisationTypeTest.json(run("coverage", "--organisation-type", "vcse",
        "--format", "json"));
    List<String> roles = new ArrayList<>();
    vcse.get("roles").forEach(r -> roles.add(r.get("role").asText()));
    assertThat(roles).containsExactly("link-worker");
    JsonNode lw = vcse.get("roles").get(0);
    assertThat(lw.get("requirements").asInt()).as("the variant adds lone working").isEqualTo(3);
    assertThat(lw.get("closable").asInt()).isEqualTo(2);

    JsonNode all = PathsOrganisationTypeTest.json(run("coverage", "--format", "json"));
    assertThat(all.get("roles")).hasSize(3);
    assertThat(all.get("roles").get(1).get("requirements").asInt()).isEqualTo(2);
  }

  @Test
  void theTableSaysWhichType() {
    Run r = run("coverage", "--organisation-type", "Community organisation");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("The roles vcse (Community organisation) offers, with their "
        + "requirements there.");
  }

  @Test
  void anUnknownTypeIsExitTwoWithASuggestion() {
    Run r = run("coverage", "--organisation-type", "vcsee");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown organisation type 'vcsee'; did you mean 'vcse'")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }
}
