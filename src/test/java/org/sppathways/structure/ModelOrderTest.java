package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.reference.ReferenceModels;

/**
 * The order in which a model file lists its roles and routes is not part of its meaning: the
 * structure analytics number roles by id and take routes by target, so a model with the same
 * roles and routes in another order gives the same betweenness (to the last bit, so rankings and
 * printed values agree), ceilings, dead ends, critical roles, minimum cuts and profiles.
 */
class ModelOrderTest {

  /** The same model with its roles and routes in a shuffled order. */
  static WorkforceModel shuffled(WorkforceModel model, long seed) {
    Random random = new Random(seed);
    List<Role> roles = new ArrayList<>(model.roles());
    List<ProgressionRoute> routes = new ArrayList<>(model.routes());
    Collections.shuffle(roles, random);
    Collections.shuffle(routes, random);
    WorkforceModel.Builder b = WorkforceModel.builder().name(model.name())
        .currency(model.currency()).scale(model.scale()).addCompetencies(model.competencies())
        .addOrganisationTypes(model.organisationTypes()).addRoles(roles).addRoutes(routes)
        .addCourses(model.courses());
    model.description().ifPresent(b::description);
    return b.build();
  }

  private static void assertSameStructure(WorkforceModel a, WorkforceModel b) {
    StructureAnalysis x = StructureAnalysis.of(a);
    StructureAnalysis y = StructureAnalysis.of(b);
    for (Criterion metric : List.of(Criterion.STEPS, Criterion.MONTHS)) {
      assertThat(y.bottlenecks(metric)).as("bottlenecks by %s", metric)
          .isEqualTo(x.bottlenecks(metric));
    }
    assertThat(y.entryRoles()).isEqualTo(x.entryRoles());
    assertThat(y.seniorRoles()).isEqualTo(x.seniorRoles());
    assertThat(y.ceilings()).isEqualTo(x.ceilings());
    assertThat(y.ceilingsAcrossTypes()).isEqualTo(x.ceilingsAcrossTypes());
    assertThat(y.crossingGains()).isEqualTo(x.crossingGains());
    assertThat(y.deadEnds()).isEqualTo(x.deadEnds());
    assertThat(y.deadEndsAcrossTypes()).isEqualTo(x.deadEndsAcrossTypes());
    assertThat(y.criticalRoles()).isEqualTo(x.criticalRoles());
    assertThat(y.minimumCut()).isEqualTo(x.minimumCut());
    assertThat(y.supportGaps()).isEqualTo(x.supportGaps());
    assertThat(y.profile()).isEqualTo(x.profile());
    assertThat(y.profiles()).isEqualTo(x.profiles());
    for (OrganisationType t : a.organisationTypes()) {
      assertThat(y.minimumCut(t.id())).isEqualTo(x.minimumCut(t.id()));
      assertThat(y.criticalRoles(t.id())).isEqualTo(x.criticalRoles(t.id()));
    }
    // what the structure command prints, to the last digit
    for (boolean byType : new boolean[] {false, true}) {
      for (Criterion metric : List.of(Criterion.STEPS, Criterion.MONTHS)) {
        assertThat(ResultWriter.json().write(StructureReport.of(y, byType, metric,
            EnumSet.allOf(StructureReport.Part.class))))
            .isEqualTo(ResultWriter.json().write(StructureReport.of(x, byType, metric,
                EnumSet.allOf(StructureReport.Part.class))));
      }
    }
  }

  @Test
  void theReferenceModelInAnotherOrderHasTheSameStructure() {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    for (long seed = 1; seed <= 5; seed++) {
      assertSameStructure(model, shuffled(model, seed));
    }
  }

  @Test
  void randomModelsInAnotherOrderHaveTheSameStructure() {
    for (long seed = 1; seed <= 40; seed++) {
      WorkforceModel model = RandomModels.model(seed, 30);
      assertSameStructure(model, shuffled(model, seed * 31));
    }
  }

  @Test
  void theDistanceMatrixFollowsTheModelsOrderOfRoles() {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    WorkforceModel other = shuffled(model, 7);
    DistanceMatrix a = StructureAnalysis.of(model).distances(Criterion.MONTHS);
    DistanceMatrix b = StructureAnalysis.of(other).distances(Criterion.MONTHS);
    assertThat(b.roles()).isEqualTo(other.roles().stream().map(Role::id).toList());
    for (var from : a.roles()) {
      for (var to : a.roles()) {
        assertThat(b.distance(from, to)).isEqualTo(a.distance(from, to));
      }
    }
  }
}
