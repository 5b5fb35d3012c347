package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.StructureAnalysis;

/**
 * The report's "How far careers go, by employer" on the reference model: measured from the roles
 * people start in with each kind of employer, one row per starting role, and the same numbers as
 * {@link StructureAnalysis} gives.
 */
class ReportCeilingsTest {
  private final WorkforceModel model = ReferenceModels.socialPrescribing();

  private String markdown() {
    StringWriter out = new StringWriter();
    MarkdownReport.write(Reports.of(model), out);
    return out.toString();
  }

  private String title(String role) {
    return model.role(RoleId.of(role)).title();
  }

  /**
   * In a GP practice, link workers, care coordinators and volunteer link workers can go no
   * higher than the link worker (band 5): the practice offers no senior link worker or manager
   * role, and the band-7 clinical supervisor is entered by GPs and nurses, not reached from them.
   */
  @Test
  void gpPracticeLinkWorkersTopOutAtBandFive() {
    String md = markdown();
    String lw = title("link-worker");
    assertThat(md).contains("| GP practice | " + lw + " | 5 | " + lw + " | 0 |");
    assertThat(md).contains("| GP practice | " + title("care-coordinator") + " | 5 | " + lw
        + " | 1 |");
    assertThat(md).contains("| GP practice | " + title("volunteer-link-worker") + " | 5 | " + lw
        + " | 1 |");
    assertThat(md).doesNotContain("| GP practice | 7 |");
    assertThat(md.lines().filter(l -> l.startsWith("| GP practice |") && l.contains(" | 7 | ")))
        .as("no GP-practice career reaches band 7").isEmpty();
  }

  @Test
  void movesAreFromTheNamedStartingRoleToTheNamedTop() {
    // in a PCN a link worker reaches the SP manager by link worker -> senior link worker ->
    // SP manager: 2 moves; a care coordinator needs one more (care coordinator -> link worker)
    String md = markdown();
    String manager = title("sp-manager");
    assertThat(md).contains("| Primary care network | " + title("link-worker") + " | 7 | "
        + manager + " | 2 |");
    assertThat(md).contains("| Primary care network | " + title("care-coordinator") + " | 7 | "
        + manager + " | 3 |");
  }

  @Test
  void everyRowIsTheStructureAnalysisOwnAnswer() {
    StructureAnalysis structure = StructureAnalysis.of(model);
    List<ReportContent.Ceiling> rows = Reports.ceilings(model);
    int expectedRows = 0;
    for (var type : model.organisationTypes()) {
      // on the reference model every type has an entry role below the senior levels
      for (RoleId entry : structure.entryRoles(type.id())) {
        if (model.role(entry).seniority().orElse(0) < structure.seniorFrom().getAsInt()) {
          expectedRows++;
        }
      }
    }
    assertThat(rows).hasSize(expectedRows);
    for (ReportContent.Ceiling row : rows) {
      Ceiling c = structure.ceiling(OrganisationTypeId.of(row.organisationType()),
          RoleId.of(row.entryRoleId())).orElseThrow();
      assertThat(row.seniority()).as("%s", row).isEqualTo(c.seniority().orElse(0));
      assertThat(row.topRoleId()).as("%s", row).isEqualTo(c.highestRole().value());
      assertThat(row.role()).isEqualTo(model.role(c.highestRole()).title());
      assertThat(row.steps()).as("%s", row).isEqualTo(c.steps());
      assertThat(row.entryRole()).isEqualTo(model.role(c.entryRole()).title());
      assertThat(row.name()).isEqualTo(model.organisationType(
          OrganisationTypeId.of(row.organisationType())).name());
    }
  }

  @Test
  void rolesEnteredAtTheTopAreNotWhereCareersStart() {
    // the clinical supervisor (band 7) is entered by GPs and nurses: no row starts there
    assertThat(Reports.ceilings(model)).noneMatch(r -> r.entryRoleId().equals("clinical-supervisor"));
    assertThat(Reports.ceilings(model)).filteredOn(r -> r.organisationType().equals("gp-practice"))
        .extracting(ReportContent.Ceiling::entryRoleId)
        .containsExactly("volunteer-link-worker", "care-coordinator", "link-worker");
  }
}
