package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * Coverage for one organisation type reads the roles that type offers with their requirements
 * there.
 *
 * <p>The model: a link worker (PCN and VCSE charity) requires listening 2; a senior link worker
 * (both) requires clinical systems 2 and coaching 3, and a VCSE charity's variant adds lone
 * working 3 and removes clinical systems; a clinical lead (PCN only) requires clinical systems 3.
 * The catalogue: {@code cs-2} (clinical systems 2) and {@code coach-3} (coaching 3); nothing
 * teaches listening or lone working.
 *
 * <p>Worked by hand:
 * <ul>
 *   <li>every role, own requirements: listening 2, clinical systems 3, coaching 3 required;
 *       listening and clinical systems uncovered; the senior role fully reachable (2 of 2);</li>
 *   <li>in a VCSE charity: the link worker and the senior role only; listening 2, coaching 3,
 *       lone working 3 required, clinical systems not; listening and lone working uncovered; the
 *       senior role 1 of 2 (lone working blocks); additions listening 2 (link worker) and lone
 *       working 3 (senior), tied, by competency id;</li>
 *   <li>in a PCN (no variant): all three roles with their own requirements.</li>
 * </ul>
 */
class CoverageByOrganisationTypeTest {
  static final CompetencyId LISTENING = CompetencyId.of("listening");
  static final CompetencyId SYSTEMS = CompetencyId.of("clinical-systems");
  static final CompetencyId COACHING = CompetencyId.of("coaching");
  static final CompetencyId LONE = CompetencyId.of("lone-working");
  static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse-charity");
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId SENIOR = RoleId.of("senior-link-worker");
  static final RoleId LEAD = RoleId.of("clinical-lead");

  static final WorkforceModel MODEL = WorkforceModel.builder().name("coverage by type")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addCompetency(competency(LISTENING))
      .addCompetency(competency(SYSTEMS))
      .addCompetency(competency(COACHING))
      .addCompetency(competency(LONE))
      .addOrganisationType(OrganisationType.builder().id(PCN).name("PCN").sector("nhs").build())
      .addOrganisationType(OrganisationType.builder().id(VCSE).name("VCSE charity").sector("vcse")
          .build())
      .addRole(Role.builder().id(LW).title("Link worker").addOfferedBy(PCN, VCSE)
          .addRequirement(Requirement.of(LISTENING, 2)).build())
      .addRole(Role.builder().id(SENIOR).title("Senior link worker").addOfferedBy(PCN, VCSE)
          .addRequirement(Requirement.of(SYSTEMS, 2))
          .addRequirement(Requirement.of(COACHING, 3))
          .putVariant(VCSE, RoleVariant.builder().addAdd(Requirement.of(LONE, 3))
              .addRemove(SYSTEMS).build())
          .build())
      .addRole(Role.builder().id(LEAD).title("Clinical lead").addOfferedBy(PCN)
          .addRequirement(Requirement.of(SYSTEMS, 3)).build())
      .addCourse(Course.builder().id(CourseId.of("cs-2")).title("cs-2").hours(10).cost(100)
          .addCover(CompetencyLevel.of(SYSTEMS, 2)).build())
      .addCourse(Course.builder().id(CourseId.of("coach-3")).title("coach-3").hours(20).cost(200)
          .addCover(CompetencyLevel.of(COACHING, 3)).build())
      .build();

  static final CoverageAnalysis COVERAGE = CoverageAnalysis.of(MODEL);

  static Competency competency(CompetencyId id) {
    return Competency.builder().id(id).name(id.value()).domain("d").build();
  }

  static int required(CoverageReport report, CompetencyId id) {
    return report.competencies().stream().filter(c -> c.competency().equals(id)).findFirst()
        .orElseThrow().requiredLevel();
  }

  static RoleCoverage role(CoverageReport report, RoleId id) {
    return report.roles().stream().filter(r -> r.role().equals(id)).findFirst().orElseThrow();
  }

  static List<CompetencyId> uncovered(CoverageReport report) {
    return report.uncovered().stream().map(CompetencyCoverage::competency).toList();
  }

  @Test
  void everyRoleWithItsOwnRequirements() {
    CoverageReport all = COVERAGE.report(5);
    assertThat(all.roles()).extracting(RoleCoverage::role).containsExactly(LW, SENIOR, LEAD);
    assertThat(required(all, SYSTEMS)).isEqualTo(3);
    assertThat(required(all, LONE)).isZero();
    assertThat(uncovered(all)).containsExactly(LISTENING, SYSTEMS);
    assertThat(role(all, SENIOR)).isEqualTo(new RoleCoverage(SENIOR, 2, 2, 0));
  }

  @Test
  void inAVcseCharityTheVariantAddsAndRemoves() {
    CoverageReport vcse = COVERAGE.report(5, VCSE);
    assertThat(vcse.roles()).extracting(RoleCoverage::role).containsExactly(LW, SENIOR);
    assertThat(required(vcse, LONE)).as("added by the variant").isEqualTo(3);
    assertThat(required(vcse, SYSTEMS)).as("removed by the variant, and the lead is PCN only")
        .isZero();
    assertThat(required(vcse, COACHING)).isEqualTo(3);
    assertThat(uncovered(vcse)).containsExactly(LISTENING, LONE);
    assertThat(role(vcse, SENIOR)).isEqualTo(new RoleCoverage(SENIOR, 2, 1, 0));
    assertThat(role(vcse, SENIOR).fullyReachable()).isFalse();
    assertThat(vcse.bestAdditions()).containsExactly(
        new CoverageAddition(LISTENING, 2, List.of(LW), 1),
        new CoverageAddition(LONE, 3, List.of(SENIOR), 1));
    // what the catalogue teaches does not depend on the type
    assertThat(vcse.competencies()).extracting(CompetencyCoverage::maxLevel)
        .isEqualTo(COVERAGE.report(5).competencies().stream()
            .map(CompetencyCoverage::maxLevel).toList());
  }

  @Test
  void aTypeWithoutVariantsReadsItsRolesAsTheyAre() {
    CoverageReport pcn = COVERAGE.report(5, PCN);
    CoverageReport all = COVERAGE.report(5);
    assertThat(pcn).isEqualTo(all);
  }

  @Test
  void anUnknownTypeIsAnErrorNamingIt() {
    assertThatThrownBy(() -> COVERAGE.report(5, OrganisationTypeId.of("vcse-charty")))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("vcse-charty");
  }
}
