package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.sppathways.model.ModelFixtures.oid;
import static org.sppathways.model.ModelFixtures.problems;
import static org.sppathways.model.ModelFixtures.rid;
import static org.sppathways.model.ModelFixtures.valid;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The model-wide rules on flow parameters (leaving, recruits, transition rates), each problem
 * checked as the user sees it. The fixture ({@link ModelFixtures#valid()}) has roles 0 nurse
 * (external), 1 link-worker (pcn, vcse), 2 senior-link-worker (pcn), 3 care-coordinator (no
 * organisation type), and routes 0 nurse → link-worker, 1 link-worker → senior-link-worker,
 * 2 care-coordinator → link-worker.
 */
class FlowRulesTest {

  private static final String TOO_MUCH = " (lower the rates so that they add up to at most 1; the "
      + "rest is the share who stay in the role)";

  private static Role.Builder roleAt(int index) {
    return Role.builder().from(valid().build().roles().get(index));
  }

  private static ProgressionRoute.Builder routeAt(int index) {
    return valid().build().routes().get(index).toBuilder();
  }

  /** The fixture with its roles and routes replaced as given (null: keep the fixture's). */
  private static WorkforceModel.Builder model(List<Role> roles, List<ProgressionRoute> routes) {
    WorkforceModel fixture = valid().build();
    WorkforceModel.Builder b = WorkforceModel.builder().name(fixture.name())
        .scale(fixture.scale()).addCompetencies(fixture.competencies())
        .addOrganisationTypes(fixture.organisationTypes()).addCourses(fixture.courses());
    b.addRoles(roles == null ? fixture.roles() : roles);
    b.addRoutes(routes == null ? fixture.routes() : routes);
    return b;
  }

  private static List<Role> roles(Role... replacements) {
    List<Role> out = new java.util.ArrayList<>(valid().build().roles());
    for (Role r : replacements) {
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).id().equals(r.id())) {
          out.set(i, r);
        }
      }
    }
    return out;
  }

  private static List<ProgressionRoute> routes(ProgressionRoute... extra) {
    List<ProgressionRoute> out = new java.util.ArrayList<>(valid().build().routes());
    for (ProgressionRoute r : extra) {
      boolean replaced = false;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).from().equals(r.from()) && out.get(i).to().equals(r.to())) {
          out.set(i, r);
          replaced = true;
        }
      }
      if (!replaced) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<String> shown(WorkforceModel.Builder b) {
    return problems(b).stream().map(Problem::toString).toList();
  }

  @Nested
  class ExternalRoles {

    @Test
    void aLeavingRateByOrganisationTypeOnAnExternalRole() {
      Role nurse = roleAt(0).putLeavingBy(oid("pcn"), 0.1).build();

      assertThat(shown(model(roles(nurse), null))).containsExactly(
          "roles[0].leavingBy: role 'nurse' is external, so it has no leaving rate (remove it: an "
              + "external role has no headcount in the workforce; give 'recruits' on the entry "
              + "routes from 'nurse' instead)",
          "roles[0].leavingBy.pcn: organisation type 'pcn' does not offer role 'nurse' (add 'pcn' "
              + "to the role's offeredBy, or remove the entry)");
    }

    @Test
    void recruitsByOrganisationTypeOnAnExternalRole() {
      Role nurse = roleAt(0).putRecruitsBy(oid("vcse"), 2).build();

      assertThat(problems(model(roles(nurse), null))).extracting(Problem::location)
          .containsExactly("roles[0].recruitsBy", "roles[0].recruitsBy.vcse");
    }

    @Test
    void recruitsOnAnEntryRouteFromAnExternalRoleAreFine() {
      ProgressionRoute entry = routeAt(0).recruits(5).rate(0.5).build();

      assertThatNoException().isThrownBy(() -> model(null, routes(entry)).build());
    }

    @Test
    void recruitsOnARouteFromAWorkforceRole() {
      ProgressionRoute up = routeAt(1).recruits(5).build();

      assertThat(shown(model(null, routes(up)))).containsExactly(
          "routes[1].recruits: recruits come from outside the workforce, but the route starts at "
              + "workforce role 'link-worker' (give the move a 'rate' instead, or put the recruits "
              + "on role 'senior-link-worker')");
    }
  }

  @Nested
  class OrganisationTypesOfFlowValues {

    @Test
    void anUnknownTypeIsReportedOnceAsUnknown() {
      Role lw = roleAt(1).putLeavingBy(oid("nowhere"), 0.1).build();

      assertThat(shown(model(roles(lw), null)))
          .containsExactly("roles[1].leavingBy.nowhere: unknown organisation type 'nowhere'");
    }

    @Test
    void aTypeThatDoesNotOfferTheRole() {
      Role senior = roleAt(2).putRecruitsBy(oid("vcse"), 1).build();

      assertThat(shown(model(roles(senior), null))).containsExactly(
          "roles[2].recruitsBy.vcse: organisation type 'vcse' does not offer role "
              + "'senior-link-worker' (add 'vcse' to the role's offeredBy, or remove the entry)");
    }

    @Test
    void aRouteRateForATypeThatDoesNotOfferTheSourceRoleIsNotAddedUp() {
      // care-coordinator is offered by no type: only the rateBy entry is wrong, and its 0.9 is
      // not added to the role's own 0.5 leaving
      Role cc = roleAt(3).leaving(0.5).build();
      ProgressionRoute across = routeAt(2).putRateBy(oid("pcn"), 0.9).build();

      assertThat(problems(model(roles(cc), routes(across)))).extracting(Problem::location)
          .containsExactly("routes[2].rateBy.pcn");
    }

    @Test
    void aRouteFromAnUnknownRoleIsReportedOnlyAsUnknown() {
      ProgressionRoute ghost = ProgressionRoute.builder().from(rid("ghost")).to(rid("link-worker"))
          .kind(RouteKind.LATERAL).months(1).putRateBy(oid("pcn"), 0.5).recruits(2).build();

      assertThat(problems(model(null, routes(ghost)))).extracting(Problem::location)
          .containsExactly("routes[3].from");
    }
  }

  @Nested
  class RatesOutOfARole {

    @Test
    void ratesAndLeavingAddingUpToExactlyOneAreFine() {
      Role lw = roleAt(1).leaving(0.4).build();
      ProgressionRoute up = routeAt(1).rate(0.6).build();

      assertThatNoException().isThrownBy(() -> model(roles(lw), routes(up)).build());
    }

    @Test
    void ratesAndLeavingAddingUpToMoreThanOne() {
      Role lw = roleAt(1).leaving(0.5).build();
      ProgressionRoute up = routeAt(1).rate(0.6).build();

      assertThat(shown(model(roles(lw), routes(up)))).containsExactly(
          "roles[1]: role 'link-worker' loses more than all its staff each year: routes out 0.6 "
              + "(to 'senior-link-worker' 0.6) plus leaving 0.5 make 1.1, more than 1" + TOO_MUCH);
    }

    @Test
    void aLeavingRateOfATypeReplacesTheRolesOwn() {
      // in pcn: 0.6 out and 0.7 leaving; elsewhere 0.6 out and 0.1 leaving
      Role lw = roleAt(1).leaving(0.1).putLeavingBy(oid("pcn"), 0.7).build();
      ProgressionRoute up = routeAt(1).rate(0.6).build();

      assertThat(shown(model(roles(lw), routes(up)))).containsExactly(
          "roles[1].leavingBy.pcn: role 'link-worker' in organisation type 'pcn' loses more than "
              + "all its staff each year: routes out 0.6 (to 'senior-link-worker' 0.6) plus "
              + "leaving 0.7 make 1.3, more than 1" + TOO_MUCH);
    }

    @Test
    void aRouteRateOfATypeReplacesTheRoutesOwn() {
      // in vcse: 0.9 out and 0.2 leaving; elsewhere 0.1 out and 0.2 leaving
      Role lw = roleAt(1).leaving(0.2).build();
      ProgressionRoute up = routeAt(1).rate(0.1).putRateBy(oid("vcse"), 0.9).build();

      assertThat(shown(model(roles(lw), routes(up)))).containsExactly(
          "roles[1]: role 'link-worker' in organisation type 'vcse' loses more than all its staff "
              + "each year: routes out 0.9 (to 'senior-link-worker' 0.9) plus leaving 0.2 make 1.1, "
              + "more than 1" + TOO_MUCH);
    }

    @Test
    void moreThanFiveRoutesOutAreSummarisedAndZeroRatesLeftOut() {
      List<Role> roles = new java.util.ArrayList<>(valid().build().roles());
      List<ProgressionRoute> routes = new java.util.ArrayList<>(valid().build().routes());
      for (String to : List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7")) {
        roles.add(Role.builder().id(rid(to)).title(to).build());
        routes.add(ProgressionRoute.builder().from(rid("care-coordinator")).to(rid(to))
            .kind(RouteKind.LATERAL).months(1).rate(to.equals("t1") ? 0 : 0.2).build());
      }

      assertThat(shown(model(roles, routes))).containsExactly(
          "roles[3]: role 'care-coordinator' loses more than all its staff each year: routes out "
              + "1.2 (to 't2' 0.2, to 't3' 0.2, to 't4' 0.2, to 't5' 0.2, to 't6' 0.2 and 1 more) "
              + "plus leaving 0 make 1.2, more than 1" + TOO_MUCH);
    }
  }

  @Nested
  class RatesOnTheValues {

    @Test
    void everyLeavingRateByTypeIsChecked() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> roleAt(1).putLeavingBy(oid("pcn"), 0.5).putLeavingBy(oid("vcse"), 1.5)
              .build())
          .withMessage("leaving in 'vcse' must be between 0 and 1, was 1.5");
    }

    @Test
    void everyRecruitsByTypeIsChecked() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> roleAt(1).putRecruitsBy(oid("pcn"), -1).build())
          .withMessage("recruits in 'pcn' must be a finite number, 0 or more, was -1.0");
      assertThatIllegalArgumentException().isThrownBy(() -> roleAt(1).recruits(-2).build())
          .withMessage("recruits must be a finite number, 0 or more, was -2.0");
      assertThatIllegalArgumentException().isThrownBy(() -> roleAt(1).leaving(2).build())
          .withMessage("leaving must be between 0 and 1, was 2.0");
    }

    @Test
    void everyRouteRateByTypeAndRecruitsAreChecked() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> routeAt(1).putRateBy(oid("pcn"), -0.5).build())
          .withMessage("rate in 'pcn' must be between 0 and 1, was -0.5");
      assertThatIllegalArgumentException().isThrownBy(() -> routeAt(1).recruits(-1).build())
          .withMessage("recruits must be a finite number, 0 or more, was -1.0");
    }
  }
}
