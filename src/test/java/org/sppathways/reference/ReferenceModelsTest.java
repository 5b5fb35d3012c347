package org.sppathways.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.ModelException;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.Sourced;
import org.sppathways.model.WorkforceModel;

/** The bundled social prescribing reference model: valid, sourced, reachable, trainable. */
class ReferenceModelsTest {
  private final WorkforceModel model = ReferenceModels.socialPrescribing();

  @Test
  void loadsOnceAndIsShared() {
    assertThat(ReferenceModels.socialPrescribing()).isSameAs(model);
  }

  @Test
  void loadingTheResourceAgainGivesAnEqualModel() {
    assertThat(ReferenceModels.load(ReferenceModels.SOCIAL_PRESCRIBING_RESOURCE)).isEqualTo(model);
  }

  @Test
  void aMissingResourceIsNamedAsMissingFromTheJar() {
    assertThatThrownBy(() -> ReferenceModels.load("/org/sppathways/reference/none.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the bundled model /org/sppathways/reference/none.yaml is missing from the jar");
  }

  @Test
  void aBrokenResourceIsPlacedByItsFileName() {
    // a test resource with neither a name nor a valid scale
    assertThatThrownBy(() -> ReferenceModels.load("/org/sppathways/reference/nameless.yaml"))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("nameless.yaml is not a valid model: 2 problems:")
        .hasMessageContaining("nameless.yaml:1:1: name: missing required field 'name'");
  }

  /** Counts per kind: an accidental edit of the model file shows here. */
  @Test
  void goldenSummary() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("scale levels", (long) model.scale().maxLevel());
    counts.put("competencies", (long) model.competencies().size());
    counts.put("organisation types", (long) model.organisationTypes().size());
    counts.put("workforce roles", model.roles().stream().filter(r -> !r.external()).count());
    counts.put("external roles", model.roles().stream().filter(Role::external).count());
    counts.put("routes", (long) model.routes().size());
    counts.put("entry routes", model.routes().stream().filter(r -> r.kind() == RouteKind.ENTRY).count());
    counts.put("courses", (long) model.courses().size());
    assertThat(counts).containsExactly(
        Map.entry("scale levels", 4L), Map.entry("competencies", 68L),
        Map.entry("organisation types", 8L), Map.entry("workforce roles", 20L),
        Map.entry("external roles", 12L), Map.entry("routes", 57L),
        Map.entry("entry routes", 24L), Map.entry("courses", 26L));
  }

  @Test
  void everyEntityCarriesSourcesAndConfidence() {
    List<Sourced> entities = new java.util.ArrayList<>();
    entities.addAll(model.competencies());
    entities.addAll(model.organisationTypes());
    model.organisationTypes().forEach(t -> entities.addAll(t.supports()));
    entities.addAll(model.roles());
    entities.addAll(model.routes());
    entities.addAll(model.courses());
    assertThat(entities).allSatisfy(e -> {
      assertThat(e.sources()).as("sources of %s", e).isNotEmpty();
      assertThat(e.confidence()).as("confidence of %s", e).isPresent();
    });
    assertThat(model.sources()).anyMatch(s -> s.contains("South West England"));
  }

  @Test
  void everyWorkforceRoleIsReachableFromAnExternalProfession() {
    Set<RoleId> reached = new HashSet<>();
    ArrayDeque<RoleId> queue = new ArrayDeque<>();
    model.roles().stream().filter(Role::external).forEach(r -> queue.add(r.id()));
    while (!queue.isEmpty()) {
      for (ProgressionRoute route : model.routesFrom(queue.poll())) {
        if (reached.add(route.to())) {
          queue.add(route.to());
        }
      }
    }
    assertThat(model.roles()).filteredOn(r -> !r.external())
        .allSatisfy(r -> assertThat(reached).as("reachable: %s", r.id()).contains(r.id()));
  }

  @Test
  void everyRequiredCompetencyIsTaughtToTheLevelRolesNeedOrLearnedOnTheJob() {
    Map<CompetencyId, Integer> needed = new HashMap<>();
    for (Role role : model.roles()) {
      for (Requirement q : role.requirements()) {
        needed.merge(q.competency(), q.level(), Math::max);
      }
    }
    Map<CompetencyId, Integer> taught = new HashMap<>();
    for (Course course : model.courses()) {
      for (CompetencyLevel c : course.covers()) {
        taught.merge(c.competency(), c.level(), Math::max);
      }
    }
    needed.forEach((competency, level) -> assertThat(
        taught.getOrDefault(competency, 0) >= level || model.competency(competency).learnedOnTheJob())
        .as("%s needed at %d, taught to %d", competency, level, taught.getOrDefault(competency, 0))
        .isTrue());
  }
}
