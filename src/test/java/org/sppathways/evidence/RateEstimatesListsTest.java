package org.sppathways.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * What the estimate says beside the rates, on a handful of spells whose story is known: the move
 * the model has no route for, the model's routes nobody took (in order), the routes of a role
 * with the modelled ones first, and a note for each thing the evidence could not measure.
 */
class RateEstimatesListsTest {
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final RoleId LW = RoleId.of("link-worker");
  private static final RoleId SLW = RoleId.of("senior-link-worker");
  private static final RoleId CYP = RoleId.of("cyp-link-worker");
  private static final RoleId HWC = RoleId.of("health-wellbeing-coach");
  private static final LocalDate D0 = LocalDate.of(2020, 1, 1);

  @Test
  void theListsAndNotesSayWhatTheHistoriesShow() {
    RoleId unrouted = MODEL.roles().stream().map(Role::id)
        .filter(r -> !r.equals(LW) && !MODEL.role(r).external()
            && MODEL.route(LW, r).isEmpty())
        .findFirst().orElseThrow();
    List<Spell> spells = List.of(
        Spell.of(PersonId.of("a"), LW, D0).movedTo(unrouted, D0.plusDays(400)),
        Spell.of(PersonId.of("b"), LW, D0),
        Spell.of(PersonId.of("c"), LW, D0).movedTo(SLW, D0.plusDays(200)),
        Spell.of(PersonId.of("d"), HWC, D0.plusDays(100)).censoredOn(D0.plusDays(100)),
        Spell.of(PersonId.of("e"), CYP, LocalDate.of(2030, 1, 1)),
        Spell.of(PersonId.of("f"), CYP, D0));
    RateEstimates e = RateEstimator.of(MODEL).withAsOf(LocalDate.of(2022, 1, 1))
        .estimate(SpellSource.of(spells));

    assertThat(e.unmodelledRoutes()).containsExactly(new ObservedRoute(LW, unrouted, 1));
    // Every model route out of the link worker but the one taken, and (the cyp link worker
    // having time at risk and no moves) every route out of it; sorted by from, then to.
    List<ObservedRoute> unobserved = java.util.stream.Stream.of(LW, CYP)
        .flatMap(r -> MODEL.routesFrom(r).stream()
            .filter(route -> !(r.equals(LW) && route.to().equals(SLW)))
            .map(route -> new ObservedRoute(r, route.to(), 0)))
        .sorted(Comparator.comparing(ObservedRoute::from).thenComparing(ObservedRoute::to))
        .toList();
    assertThat(e.unobservedRoutes()).containsExactlyElementsOf(unobserved).isNotEmpty();

    RoleEstimate lw = e.role(LW).orElseThrow();
    List<RoleId> order = lw.routes().stream().map(RouteEstimate::to).toList();
    assertThat(order.get(order.size() - 1)).isEqualTo(unrouted);
    assertThat(order.subList(0, order.size() - 1)).isSortedAccordingTo(Comparator.naturalOrder())
        .containsExactlyInAnyOrderElementsOf(MODEL.routesFrom(LW).stream()
            .map(ProgressionRoute::to).toList());
    assertThat(lw.routes().get(order.size() - 1).modelled()).isFalse();
    assertThat(lw.route(SLW).orElseThrow().moves()).isEqualTo(1);

    assertThat(e.role(HWC)).isEmpty();
    assertThat(e.notes()).anyMatch(n -> n.startsWith("1 role has spells but no time at risk"))
        .anyMatch(n -> n.startsWith("1 spell starts after the censoring day and is not counted"))
        .anyMatch(n -> n.startsWith("1 kind of move people made is not a route of the model"))
        .anyMatch(n -> n.startsWith("nobody left or moved out of 'cyp-link-worker' in the "
            + "evidence"));
    assertThat(e.asOf()).hasValue(LocalDate.of(2022, 1, 1));
  }
}
