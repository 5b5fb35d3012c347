package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.flow.Scenario;
import org.sppathways.flow.ScenarioProjection;
import org.sppathways.io.HeadcountReader;
import org.sppathways.io.ResultReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * A stored projection (and a projection beside a scenario) reads back equal to the one written;
 * a document that is not one, or whose years do not add up, is refused with its place and
 * without its figures.
 */
class ProjectionReadBackTest {
  static final WorkforceModel SP = ScenarioReader.of(ReferenceModels.socialPrescribing())
      .read(Path.of(ResultSchemaTest.FLOWS)).applyTo(ReferenceModels.socialPrescribing());
  static final Headcounts START = HeadcountReader.of(SP).read(Path.of(ResultSchemaTest.START));

  static Projection projection(boolean split, int years) {
    FlowModel flows = split ? FlowModel.byOrganisationType(SP, START) : FlowModel.of(SP, START);
    return flows.project(START, years);
  }

  static Projection read(String json) {
    return ResultReader.of().read(new StringReader(json), Projection.class);
  }

  @Test
  void aProjectionReadsBackEqual() {
    Projection p = projection(false, 5);
    assertThat(read(ResultWriter.json().write(p))).isEqualTo(p);
    assertThat(read(ResultWriter.jsonLine().write(p))).isEqualTo(p);
  }

  @Test
  void aProjectionSplitByOrganisationTypeReadsBackEqual() {
    Projection p = projection(true, 3);
    Projection again = read(ResultWriter.json().write(p));
    assertThat(again).isEqualTo(p);
    assertThat(again.isSplitByOrganisationType()).isTrue();
    assertThat(again.last().headcount(RoleId.of("link-worker")))
        .isEqualTo(p.last().headcount(RoleId.of("link-worker")));
  }

  @Test
  void aProjectionBesideAScenarioReadsBackEqual() {
    Scenario what = ScenarioReader.of(SP).read(Path.of("docs/examples/flows/better-support.yaml"));
    Projection base = projection(false, 3);
    Projection changed = FlowModel.of(what.applyTo(SP), START).project(START, 3);
    ScenarioProjection both = ScenarioProjection.of(what.name(), base, changed, List.of("a note"));
    String json = ResultWriter.json().write(both);
    assertThat(ResultReader.of().read(new StringReader(json), ScenarioProjection.class))
        .isEqualTo(both);
    assertThat(both.comparison().years().get(3).difference())
        .isEqualTo(changed.last().headcount() - base.last().headcount());
  }

  @Test
  void theDocumentSaysWhatEachYearHoldsAndTheStatesAddUp() throws Exception {
    Projection p = projection(true, 2);
    JsonNode doc = new ObjectMapper().readTree(ResultWriter.json().write(p));
    JsonNode year = doc.get("years").get(2);
    assertThat(year.get("headcount").asDouble()).isEqualTo(p.last().headcount());
    double sum = 0;
    double linkWorkers = 0;
    for (JsonNode s : year.get("states")) {
      sum += s.get("headcount").asDouble();
      if (s.get("role").asText().equals("link-worker")) {
        linkWorkers += s.get("headcount").asDouble();
        assertThat(s.has("organisationType")).isTrue();
      }
    }
    assertThat(sum).isCloseTo(p.last().headcount(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(year.get("headcountByRole").get("link-worker").asDouble())
        .isCloseTo(linkWorkers, org.assertj.core.data.Offset.offset(1e-6));
    JsonNode start = doc.get("years").get(0);
    assertThat(start.get("recruits").asDouble()).isZero();
    assertThat(start.get("leavers").asDouble()).isZero();
  }

  @Test
  void anEditedHeadcountIsRefusedBecauseTheYearsNoLongerAddUp() {
    Projection p = projection(false, 2);
    String json = ResultWriter.json().write(p).replaceFirst(
        "(\"year\" : 2,\\s*\"headcount\" : [0-9.]+,[\\s\\S]*?\"states\" : \\[ \\{\\s*\"role\" : "
            + "\"link-worker\",\\s*\"headcount\" : )[0-9.]+", "$1" + "77777.5");
    assertThat(json).contains("77777.5");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("inconsistent projection result")
        .hasMessageContaining("year 2, state link-worker")
        .hasMessageNotContaining("77777");
  }

  @Test
  void aFigureOfTheWrongTypeIsLocatedWithoutRepeatingIt() {
    Projection p = projection(false, 1);
    String json = ResultWriter.json().write(p)
        .replaceFirst("\"movedIn\" : 0.0", "\"movedIn\" : \"secret-figure\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("years[0].states[0].movedIn")
        .hasMessageNotContaining("secret-figure");
  }

  @Test
  void aMissingPartIsRefusedWithItsName() {
    String json = "{\"result\": \"projection\", \"version\": 2, \"splitByOrganisationType\": false,"
        + " \"notes\": []}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("years");
  }

  @Test
  void anotherResultIsRefused() {
    String json = "{\"result\": \"steady\", \"version\": 1}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("result: expected \"projection\", found \"steady\"");
  }

  @Test
  void projectionOfChecksTheYears() {
    ProjectionYear.StateYear lw = new ProjectionYear.StateYear(RoleId.of("link-worker"),
        Optional.empty(), 10, 0, 0, 0, 0);
    ProjectionYear start = ProjectionYear.of(0, List.of(lw));
    ProjectionYear next = ProjectionYear.of(1, List.of(new ProjectionYear.StateYear(
        RoleId.of("link-worker"), Optional.empty(), 9, 1, 2, 0, 0)));
    assertThat(Projection.of(false, List.of(start, next), List.of()).last().headcount())
        .isEqualTo(9);
    ProjectionYear wrong = ProjectionYear.of(1, List.of(new ProjectionYear.StateYear(
        RoleId.of("link-worker"), Optional.empty(), 12, 1, 2, 0, 0)));
    assertThatThrownBy(() -> Projection.of(false, List.of(start, wrong), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year 1, state link-worker");
    assertThatThrownBy(() -> Projection.of(false, List.of(next), List.of()))
        .hasMessageContaining("entry 0 is year 1");
    assertThatThrownBy(() -> Projection.of(false, List.of(), List.of()))
        .hasMessageContaining("at least year 0");
    assertThatThrownBy(() -> ProjectionYear.of(0, List.of(lw, lw)))
        .hasMessageContaining("more than once");
    assertThatThrownBy(() -> ProjectionYear.of(0, List.of(new ProjectionYear.StateYear(
        RoleId.of("link-worker"), Optional.empty(), -1, 0, 0, 0, 0))))
        .hasMessageContaining("from 0 to 10^9");
  }
}
