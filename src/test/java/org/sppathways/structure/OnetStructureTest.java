package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sppathways.io.frameworks.OnetImporter;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Structure on the real O*NET 29.2 import ({@code ${sppathways.data}/onet-29.2}, never copied
 * into the repository): an import records no entry routes, so the entry roles are its lowest Job
 * Zone. Skipped, with a message saying where the data goes, when the files are absent.
 */
class OnetStructureTest {
  private static final String DATA_PROPERTY = "sppathways.data";
  private static WorkforceModel model;

  @BeforeEach
  void importOnce() {
    String root = System.getProperty(DATA_PROPERTY);
    assumeTrue(root != null && !root.isBlank(), "real-data test skipped: the system property "
        + DATA_PROPERTY + " is not set (mvn sets it to ../shared/data; or run with -D"
        + DATA_PROPERTY + "=DIR, DIR holding onet-29.2/)");
    Path dir = Path.of(root).resolve("onet-29.2");
    assumeTrue(Files.isRegularFile(dir.resolve(OnetImporter.JOB_ZONES)), "real-data test "
        + "skipped: no " + OnetImporter.JOB_ZONES + " in " + dir.toAbsolutePath().normalize()
        + " (put the O*NET 29.2 text files there)");
    if (model == null) {
      model = OnetImporter.of().read(dir).model();
    }
  }

  private static long zone(int z) {
    return model.roles().stream().filter(r -> r.seniority().orElse(-1) == z).count();
  }

  @Test
  void theEntryRolesAreJobZoneOneByDefault() {
    StructureAnalysis a = StructureAnalysis.of(model);
    List<RoleId> entry = a.entryRoles();
    // the 31 occupations that need little or no preparation (Job Zone 1), and no other
    assertThat(zone(1)).isEqualTo(31);
    assertThat(entry).hasSize(31);
    assertThat(entry).allMatch(r -> model.role(r).seniority().getAsInt() == 1);
    // Job Zones 4 and 5 are senior; from Job Zone 1 some careers reach Job Zone 5 and none
    // starts at its ceiling's seniority or above it
    assertThat(a.seniorFrom()).hasValue(4);
    List<Ceiling> ceilings = a.ceilingsAcrossTypes();
    assertThat(ceilings).hasSize(entry.size());
    assertThat(ceilings).anyMatch(c -> c.seniority().getAsInt() == 5);
    assertThat(ceilings).allMatch(c -> c.seniority().getAsInt()
        >= model.role(c.entryRole()).seniority().getAsInt());
  }

  @Test
  void entryBelowSeniorityThreeIsJobZonesOneAndTwo() {
    StructureAnalysis a = StructureAnalysis.of(model,
        StructureOptions.defaults().withEntryBelowSeniority(3));
    assertThat(a.entryRoles()).hasSize((int) (zone(1) + zone(2)));
    assertThat(a.entryRoles()).hasSize(31 + 295);
    assertThat(a.entryRoles()).allMatch(r -> model.role(r).seniority().getAsInt() <= 2);
    assertThat(model.roles().stream().filter(r -> !r.external()).map(Role::id)
        .filter(r -> model.role(r).seniority().getAsInt() <= 2)).hasSize(a.entryRoles().size());
  }
}
