package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;

/** The per-organisation-type numbers of roles and routes ({@code leavingBy}, {@code rateBy}...). */
class ModelReaderFlowFieldsTest {

  private static final String HEAD = "format: sp-pathways/1\nname: F\nscale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n  - {id: pcn, name: P, sector: nhs}\n"
      + "  - {id: vcse, name: V, sector: vcse}\n";

  private static List<String> problems(String yaml) {
    return TestFiles.problems(() -> ModelReader.of().read(HEAD + yaml, "f.yaml",
        FileFormat.YAML)).stream().map(Problem::toString).toList();
  }

  @Test
  void numbersByTypeAreReadInOrder() {
    WorkforceModel m = ModelReader.of().read(HEAD + "roles:\n"
        + "  - {id: a, title: A, offeredBy: [pcn, vcse], leavingBy: {vcse: 0.25, pcn: 0.5}, "
        + "recruitsBy: {pcn: 40}}\n", "f.yaml", FileFormat.YAML);
    assertThat(m.roles().get(0).leavingBy()).isEqualTo(Map.of(
        OrganisationTypeId.of("vcse"), 0.25, OrganisationTypeId.of("pcn"), 0.5));
    assertThat(m.roles().get(0).leavingBy().keySet()).extracting(OrganisationTypeId::value)
        .containsExactly("vcse", "pcn");
    assertThat(m.roles().get(0).recruitsBy()).isEqualTo(Map.of(OrganisationTypeId.of("pcn"), 40.0));
  }

  @Test
  void anEmptyOrMistypedEntryIsAProblemAtItsPlace() {
    assertThat(problems("roles:\n  - {id: a, title: A, offeredBy: [pcn], leavingBy: {pcn: null}}\n"
        + "  - {id: b, title: B, offeredBy: [pcn], leavingBy: [pcn]}\n"
        + "  - {id: c, title: C, offeredBy: [pcn], recruitsBy: 3}\n"
        + "  - {id: d, title: D, offeredBy: [pcn], leavingBy: {'p c': 0.1, pcn: 2}}\n"))
        .containsExactly(
            "f.yaml:8:58: roles[0].leavingBy.pcn: expected a number, found nothing (write a "
                + "number or remove the entry)",
            "f.yaml:9:52: roles[1].leavingBy: expected a map of organisation type to number, "
                + "found a list (write e.g. 'leavingBy: {vcse-charity: 0.2}')",
            "f.yaml:10:53: roles[2].recruitsBy: expected a map of organisation type to number, "
                + "found the number 3 (write e.g. 'recruitsBy: {vcse-charity: 40}')",
            "f.yaml:11:60: roles[3].leavingBy.p c: the id 'p c' contains whitespace or a control "
                + "character at position 2; use '-' instead of spaces (ids are single words such "
                + "as 'link-worker')",
            "f.yaml:11:70: roles[3].leavingBy.pcn: the number 2 is out of range (use a number "
                + "from 0 to 1)");
  }
}
