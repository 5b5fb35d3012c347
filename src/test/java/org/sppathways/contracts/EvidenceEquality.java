package org.sppathways.contracts;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.sppathways.evidence.AnnualRate;
import org.sppathways.evidence.ObservedRoute;
import org.sppathways.evidence.RateEstimates;
import org.sppathways.evidence.RoleEstimate;
import org.sppathways.evidence.RouteEstimate;
import org.sppathways.evidence.Spell;
import org.sppathways.evidence.SurvivalCurve;
import org.sppathways.evidence.SurvivalStep;
import org.sppathways.evidence.YearlyCount;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;

/** The evidence values whose constructors tie components together, checked on real values. */
final class EvidenceEquality {
  private EvidenceEquality() {}

  static final Map<Class<?>, String> INVARIANTS = Map.of(
      AnnualRate.class, "0 <= low <= rate <= high <= 1",
      RouteEstimate.class, "0 <= low <= rate <= high <= 1, moves 0 or more",
      SurvivalStep.class, "1 <= events <= at risk, survival in [0, 1]",
      Spell.class, "end not before start; a move or leaving has an end",
      YearlyCount.class, "leavers and movers within the headcount",
      RoleEstimate.class, "years at risk above 0",
      RateEstimates.class, "roles with time at risk");

  private static final RoleId A = RoleId.of("a");
  private static final RoleId B = RoleId.of("b");
  private static final LocalDate D = LocalDate.of(2020, 1, 1);

  static Map<Class<?>, Supplier<EqualsTester>> testers() {
    return Map.of(
        AnnualRate.class, () -> new EqualsTester()
            .addEqualityGroup(AnnualRate.of(1, 10), new AnnualRate(0.1, AnnualRate.of(1, 10).low(),
                AnnualRate.of(1, 10).high()))
            .addEqualityGroup(AnnualRate.of(2, 10))
            .addEqualityGroup(new AnnualRate(0.1, 0, 0.5))
            .addEqualityGroup(new AnnualRate(0.1, 0.05, 0.6)),
        RouteEstimate.class, () -> new EqualsTester()
            .addEqualityGroup(route(A, 0.1, 3, true), route(A, 0.1, 3, true))
            .addEqualityGroup(route(B, 0.1, 3, true))
            .addEqualityGroup(route(A, 0.2, 3, true))
            .addEqualityGroup(route(A, 0.1, 4, true))
            .addEqualityGroup(route(A, 0.1, 3, false))
            .addEqualityGroup(new RouteEstimate(A, 0.1, 0, 0.3, 3, true)),
        SurvivalStep.class, () -> new EqualsTester()
            .addEqualityGroup(new SurvivalStep(1, 5, 1, 0.8, 0.1), new SurvivalStep(1, 5, 1, 0.8,
                0.1))
            .addEqualityGroup(new SurvivalStep(2, 5, 1, 0.8, 0.1))
            .addEqualityGroup(new SurvivalStep(1, 6, 1, 0.8, 0.1))
            .addEqualityGroup(new SurvivalStep(1, 5, 2, 0.8, 0.1))
            .addEqualityGroup(new SurvivalStep(1, 5, 1, 0.7, 0.1))
            .addEqualityGroup(new SurvivalStep(1, 5, 1, 0.8, 0.2)),
        Spell.class, () -> new EqualsTester()
            .addEqualityGroup(spell("p"), spell("p"))
            .addEqualityGroup(spell("q"))
            .addEqualityGroup(spell("p").withOrganisationType(OrganisationTypeId.of("t")))
            .addEqualityGroup(spell("p").movedTo(B, D.plusDays(9)))
            .addEqualityGroup(spell("p").movedTo(B, D.plusDays(8)))
            .addEqualityGroup(spell("p").leftOn(D.plusDays(9)))
            .addEqualityGroup(spell("p").censoredOn(D.plusDays(9)))
            .addEqualityGroup(Spell.of(PersonId.of("p"), B, D))
            .addEqualityGroup(Spell.of(PersonId.of("p"), A, D.plusDays(1))),
        YearlyCount.class, () -> new EqualsTester()
            .addEqualityGroup(count(2020, 10, 1, 2), count(2020, 10, 1, 2))
            .addEqualityGroup(count(2021, 10, 1, 2))
            .addEqualityGroup(count(2020, 11, 1, 2))
            .addEqualityGroup(count(2020, 10, 2, 2))
            .addEqualityGroup(count(2020, 10, 1, 3))
            .addEqualityGroup(new YearlyCount(2020, A, Optional.empty(), 10, 1, 2, Map.of(B, 1L))),
        RoleEstimate.class, () -> new EqualsTester()
            .addEqualityGroup(role(A, 10), role(A, 10))
            .addEqualityGroup(role(B, 10))
            .addEqualityGroup(role(A, 11)),
        RateEstimates.class, () -> new EqualsTester()
            .addEqualityGroup(estimates("histories", 3), estimates("histories", 3))
            .addEqualityGroup(estimates("counts", 3))
            .addEqualityGroup(estimates("histories", 4)));
  }

  private static RouteEstimate route(RoleId to, double rate, long moves, boolean modelled) {
    return new RouteEstimate(to, rate, rate / 2, rate * 2, moves, modelled);
  }

  private static Spell spell(String person) {
    return Spell.of(PersonId.of(person), A, D);
  }

  private static YearlyCount count(int year, long headcount, long starters, long leavers) {
    return new YearlyCount(year, A, Optional.empty(), headcount, starters, leavers, Map.of());
  }

  private static RoleEstimate role(RoleId role, double years) {
    return new RoleEstimate(role, Optional.empty(), 4, years, years, 1, AnnualRate.of(1, years),
        List.of(route(B, 0.1, 1, true)), OptionalDouble.empty(), Optional.of(SurvivalCurve.of(
            new double[] {1, 2}, new boolean[] {true, false})));
  }

  private static RateEstimates estimates(String basis, long spells) {
    return new RateEstimates(basis, Optional.of(D), false, spells, List.of(role(A, 10)),
        List.of(new ObservedRoute(A, B, 1)), List.of(), List.of());
  }
}
