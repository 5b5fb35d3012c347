package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.flow.Scenario;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Fuzzes {@link ScenarioReader} with scenario files read against the bundled reference model:
 * whatever the bytes, {@link ScenarioReader#read(Path)} returns a scenario or throws a
 * {@link ModelException} with usable problems, within a second. A scenario it returns keeps the
 * reader's promises: it removes only roles and routes of the base, so
 * {@link Scenario#applyTo(WorkforceModel)} gives a model with every role and route the scenario
 * puts and none it removes, or throws a {@code ModelException} listing what makes the changed
 * model invalid.
 *
 * <p>The seeds are YAML; JSON is read by the same parser, and a JSON seed is among them.
 * Seeds and regression inputs are in
 * {@code src/test/resources/org/sppathways/fuzz/ScenarioReaderFuzzTestInputs/yaml/}.
 */
class ScenarioReaderFuzzTest {

  private static final WorkforceModel BASE = ReferenceModels.socialPrescribing();
  private static final ScenarioReader READER = ScenarioReader.of(BASE);

  @TempDir
  Path dir;

  @ReaderFuzzTest
  void yaml(byte[] file) {
    Path path = ReaderContract.write(dir, "scenario.yaml", file);
    Scenario scenario;
    try {
      scenario = READER.read(path);
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, path.toString());
      return;
    }
    for (RoleId gone : scenario.removedRoles()) {
      assertThat(BASE.findRole(gone)).as("removed role %s", gone).isPresent();
    }
    for (Scenario.RouteKey gone : scenario.removedRoutes()) {
      assertThat(BASE.route(gone.from(), gone.to())).as("removed route %s", gone).isPresent();
    }
    WorkforceModel changed;
    try {
      changed = scenario.applyTo(BASE);
    } catch (ModelException e) {
      assertThat(e.problems()).as("problems of: %s", e.getMessage()).isNotEmpty();
      return;
    }
    Set<RoleId> put = new HashSet<>();
    for (Role role : scenario.roles()) {
      assertThat(changed.findRole(role.id())).as("role put").contains(role);
      put.add(role.id());
    }
    for (RoleId gone : scenario.removedRoles()) {
      assertThat(changed.findRole(gone).isPresent()).as("removed role %s", gone)
          .isEqualTo(put.contains(gone));
    }
    for (ProgressionRoute route : scenario.routes()) {
      assertThat(changed.route(route.from(), route.to())).as("route put").contains(route);
    }
  }
}
