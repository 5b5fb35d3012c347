package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.structure.Models.oid;
import static org.sppathways.structure.Models.rid;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.reference.ReferenceModels;

/**
 * The seed study's findings, stated as assertions on the bundled reference model: senior staff in
 * community-based organisations have limited career progression and are less supported (no
 * management training, weaker supervision). The data they rest on — which organisation types
 * offer which roles and support structures, and the routes between roles — is named in
 * {@code docs/explanation/structure-analytics.md}; if the model changes so that a finding no
 * longer holds, this test says which.
 */
class SeedStudyFindingsTest {
  static final List<OrganisationTypeId> COMMUNITY = List.of(oid("vcse-charity"),
      oid("social-enterprise"));
  static final List<OrganisationTypeId> ESTABLISHED = List.of(oid("pcn"), oid("gp-federation"),
      oid("nhs-trust"), oid("local-authority"));

  final StructureAnalysis structure = StructureAnalysis.of(ReferenceModels.socialPrescribing());

  @Test
  void communityOrganisationsCeilingIsLowerThanEstablishedServices() {
    for (OrganisationTypeId community : COMMUNITY) {
      for (OrganisationTypeId established : ESTABLISHED) {
        Comparison c = structure.compare(community, established);
        assertThat(c.ceilingDifference()).as("%s against %s", community, established).hasValue(-1);
        assertThat(c.meanCeilingDifference().getAsDouble()).as("%s against %s", community,
            established).isNegative();
      }
    }
  }

  @Test
  void aLinkWorkerStopsAtSeniorLinkWorkerInTheCommunityAndReachesManagerElsewhere() {
    for (OrganisationTypeId community : COMMUNITY) {
      Ceiling c = structure.ceiling(community, rid("link-worker")).get();
      assertThat(c.highestRole()).isEqualTo(rid("senior-link-worker"));
      assertThat(c.seniority()).hasValue(6);
    }
    for (OrganisationTypeId established : ESTABLISHED) {
      Ceiling c = structure.ceiling(established, rid("link-worker")).get();
      assertThat(c.highestRole()).isEqualTo(rid("sp-manager"));
      assertThat(c.seniority()).hasValue(7);
      assertThat(c.steps()).isEqualTo(2);
      assertThat(c.months()).isEqualTo(48);
    }
  }

  @Test
  void seniorLinkWorkersInTheCommunityCanProgressOnlyByChangingEmployerType() {
    for (OrganisationTypeId community : COMMUNITY) {
      assertThat(structure.plateaus()).contains(new DeadEnd(rid("senior-link-worker"),
          Optional.of(community), 6, true, true, Optional.of(rid("sp-manager"))));
    }
    assertThat(structure.deadEnds(oid("pcn"))).extracting(DeadEnd::role)
        .doesNotContain(rid("senior-link-worker"));
  }

  @Test
  void seniorRolesInCommunityOrganisationsLackManagementTrainingAndSupervision() {
    for (OrganisationTypeId community : COMMUNITY) {
      assertThat(structure.supportGaps()).contains(new SupportGap(rid("senior-link-worker"), 6,
          community, List.of("clinical-supervision", "management-training")));
    }
    assertThat(structure.supportGaps()).extracting(SupportGap::organisationType)
        .doesNotContain(oid("pcn"), oid("gp-federation"), oid("nhs-trust"));
  }

  @Test
  void everyEntryRoleOfTheCommunityTopsOutOneLevelBelowManagement() {
    for (OrganisationTypeId community : COMMUNITY) {
      assertThat(structure.ceilings(community)).isNotEmpty()
          .allMatch(c -> c.highestRole().equals(rid("senior-link-worker")));
      assertThat(structure.crossingGains()).filteredOn(g -> g.organisationType().equals(community))
          .allMatch(g -> g.seniorityGain().getAsInt() == 1);
    }
  }
}
