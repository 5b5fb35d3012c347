package org.sppathways.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

class RateEstimatorTest {
  static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId SLW = RoleId.of("senior-link-worker");
  static final RoleId CYP = RoleId.of("cyp-link-worker");
  static final RoleId MGR = RoleId.of("sp-manager");
  static final RoleId HWC = RoleId.of("health-wellbeing-coach");
  static final PersonId P = PersonId.of("p-1");
  static final LocalDate D0 = LocalDate.of(2020, 1, 1);

  /**
   * The known chain: per year, from each role, the probability of each move ({@code null} key:
   * leaving the workforce).
   */
  static final Map<RoleId, Map<Optional<RoleId>, Double>> CHAIN = Map.of(
      LW, Map.of(Optional.of(SLW), 0.08, Optional.of(CYP), 0.04, Optional.empty(), 0.15),
      SLW, Map.of(Optional.of(MGR), 0.10, Optional.empty(), 0.10),
      CYP, Map.of(Optional.empty(), 0.12),
      MGR, Map.of(Optional.empty(), 0.12));

  /**
   * Histories simulated year by year from {@link #CHAIN}: each person starts as a link worker on
   * a day in 2010–2014 and, at each anniversary of a spell's start, draws the year's outcome;
   * a move or leaving falls on a uniformly drawn day of that year. Observation ends at asOf.
   */
  static List<Spell> simulate(long seed, int people, LocalDate asOf) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Spell> spells = new ArrayList<>();
    long first = LocalDate.of(2010, 1, 1).toEpochDay();
    long cut = asOf.toEpochDay();
    for (int p = 0; p < people; p++) {
      PersonId person = PersonId.of("p" + p);
      RoleId role = LW;
      long start = first + random.nextInt(5 * 365);
      while (true) {
        Spell spell = Spell.of(person, role, LocalDate.ofEpochDay(start));
        Optional<RoleId> outcome = null;
        long day = 0;
        for (int year = 0; ; year++) {
          long yearStart = start + (long) Math.ceil(year * RateEstimator.YEAR_DAYS);
          if (yearStart > cut) {
            break;
          }
          double u = random.nextDouble();
          double sum = 0;
          for (Map.Entry<Optional<RoleId>, Double> e : ordered(CHAIN.get(role))) {
            sum += e.getValue();
            if (u < sum) {
              outcome = e.getKey();
              break;
            }
          }
          if (outcome != null) {
            day = start + (long) Math.floor(year * RateEstimator.YEAR_DAYS
                + 1 + random.nextDouble() * (RateEstimator.YEAR_DAYS - 1));
            break;
          }
        }
        if (outcome == null || day > cut) {
          spells.add(spell);          // still in the role at the end of observation
          break;
        }
        if (outcome.isEmpty()) {
          spells.add(spell.leftOn(LocalDate.ofEpochDay(day)));
          break;
        }
        spells.add(spell.movedTo(outcome.get(), LocalDate.ofEpochDay(day)));
        role = outcome.get();
        start = day;
      }
    }
    return spells;
  }

  private static List<Map.Entry<Optional<RoleId>, Double>> ordered(
      Map<Optional<RoleId>, Double> moves) {
    return moves.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) ->
        a.map(RoleId::value).orElse("").compareTo(b.map(RoleId::value).orElse("")))).toList();
  }

  /** Coverage of each true rate by intervals of normal quantile z, over seeded repetitions. */
  static double[] coverage(int repetitions, double z) {
    int[] hits = new int[7];
    for (int rep = 0; rep < repetitions; rep++) {
      RateEstimates e = RateEstimator.of(MODEL).withAsOf(LocalDate.of(2024, 12, 31))
          .estimate(SpellSource.of(simulate(1000 + rep, 400, LocalDate.of(2024, 12, 31))));
      int k = 0;
      for (RoleId role : List.of(LW, SLW, CYP, MGR)) {
        RoleEstimate r = e.role(role).orElseThrow();
        for (Map.Entry<Optional<RoleId>, Double> move : ordered(CHAIN.get(role))) {
          long events = move.getKey().isEmpty() ? r.leavers()
              : r.route(move.getKey().get()).orElseThrow().moves();
          if (AnnualRate.of(events, r.yearsAtRisk(), z).contains(move.getValue())) {
            hits[k]++;
          }
          k++;
        }
      }
    }
    double[] out = new double[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = (double) hits[i] / repetitions;
    }
    return out;
  }

  /**
   * The 95 % intervals hold the true rates of a simulated chain in about 95 % of 400 seeded
   * repetitions: pooled over the 7 rates (2,800 intervals) between 0.93 and 0.97 (±4.6 binomial
   * standard errors of 0.0041 around 0.95), and each rate between 0.91 and 0.99 (±3.7 of
   * 0.0109). Intervals that are too narrow fail it: 68 % intervals (z = 1) cover far less,
   * and so would a biased estimator (see {@link #aBiasedRateWouldFailTheCoverageCheck}).
   */
  @Test
  void ninetyFivePercentIntervalsCoverTheTrueRatesInAbout95PercentOfRepetitions() {
    double[] cover = coverage(400, AnnualRate.Z95);
    double pooled = java.util.Arrays.stream(cover).average().orElseThrow();
    assertThat(pooled).as("pooled coverage %s", java.util.Arrays.toString(cover))
        .isBetween(0.93, 0.97);
    for (double c : cover) {
      assertThat(c).as("coverage of each rate %s", java.util.Arrays.toString(cover))
          .isBetween(0.91, 0.99);
    }
  }

  @Test
  void intervalsThatAreTooNarrowFailTheSameCheck() {
    double[] cover = coverage(400, 1.0);
    double pooled = java.util.Arrays.stream(cover).average().orElseThrow();
    assertThat(pooled).isLessThan(0.93);
  }

  @Test
  void aBiasedRateWouldFailTheCoverageCheck() {
    // Exposure-based rates treat a year as watched only for the time in the role; were they
    // used as yearly probabilities (events / person-years), leaving from link-worker would be
    // biased upwards and its 95 % intervals would miss the truth far more than 5 % of the time.
    int hits = 0;
    for (int rep = 0; rep < 200; rep++) {
      RateEstimates e = RateEstimator.of(MODEL).withAsOf(LocalDate.of(2024, 12, 31))
          .estimate(SpellSource.of(simulate(5000 + rep, 400, LocalDate.of(2024, 12, 31))));
      RoleEstimate r = e.role(LW).orElseThrow();
      if (AnnualRate.of(r.leavers(), r.exposureYears()).contains(0.15)) {
        hits++;
      }
    }
    assertThat(hits / 200.0).isLessThan(0.93);
  }

  @Test
  void estimatesFromALargeSampleAreCloseToTheChainAndFeedAFlowModel() {
    RateEstimates e = RateEstimator.of(MODEL).withAsOf(LocalDate.of(2024, 12, 31))
        .estimate(SpellSource.of(simulate(7, 20_000, LocalDate.of(2024, 12, 31))));
    RoleEstimate lw = e.role(LW).orElseThrow();
    assertThat(lw.leaving().rate()).isCloseTo(0.15, within(0.01));
    assertThat(lw.route(SLW).orElseThrow().rate()).isCloseTo(0.08, within(0.008));
    assertThat(lw.route(CYP).orElseThrow().rate()).isCloseTo(0.04, within(0.006));
    // Every model route out of link-worker is listed, those nobody took at 0.
    assertThat(lw.route(HWC).orElseThrow().moves()).isZero();
    assertThat(lw.route(HWC).orElseThrow().rate()).isZero();
    assertThat(e.unobservedRoutes()).contains(new ObservedRoute(LW, HWC, 0));
    assertThat(e.unmodelledRoutes()).isEmpty();
    // Time in role before a move: with 12 % a year moving, the median is beyond the 5 years.
    assertThat(lw.timeToMove().orElseThrow().survival()).isNotEmpty();

    WorkforceModel measured = e.toScenario(MODEL, "measured").applyTo(MODEL);
    FlowModel flows = FlowModel.of(measured);
    assertThat(flows.leavingRate(FlowState.of(LW))).isEqualTo(lw.leaving().rate());
    assertThat(flows.transitionRate(FlowState.of(LW), FlowState.of(SLW)))
        .isEqualTo(lw.route(SLW).orElseThrow().rate());
  }

  @Test
  void aPersonStillInRoleIsNeverAMove() {
    RateEstimates e = RateEstimator.of(MODEL).withAsOf(LocalDate.of(2025, 1, 1))
        .estimate(SpellSource.of(List.of(Spell.of(P, LW, D0),
            Spell.of(PersonId.of("p-2"), LW, D0).censoredOn(LocalDate.of(2022, 1, 1)))));
    RoleEstimate lw = e.role(LW).orElseThrow();
    assertThat(lw.moves()).isZero();
    assertThat(lw.leavers()).isZero();
    assertThat(lw.leaving().rate()).isZero();
    assertThat(lw.timeToMove().orElseThrow().survival()).isEmpty();
    // Years of 365.25 days: 1,827 days are 5 years and a part, 731 days 2 years and a part:
    // 9 years begun, 2 of them cut short by censoring (counted half each).
    assertThat(lw.yearsAtRisk()).isEqualTo(8);
    assertThat(lw.exposureYears()).isCloseTo((1827 + 731) / 365.25, within(1e-9));
  }

  @Test
  void leavingIsCensoredInTheTimeToMoveButCountedInLeaving() {
    RateEstimates e = RateEstimator.of(MODEL).estimate(SpellSource.of(List.of(
        Spell.of(P, LW, D0).leftOn(D0.plusDays(100)),
        Spell.of(PersonId.of("p-2"), LW, D0).movedTo(SLW, D0.plusDays(400)),
        Spell.of(PersonId.of("p-2"), SLW, D0.plusDays(400)))));
    RoleEstimate lw = e.role(LW).orElseThrow();
    assertThat(lw.leavers()).isEqualTo(1);
    // One year at risk for the leaver, two for the mover (the move falls in its second year).
    assertThat(lw.yearsAtRisk()).isEqualTo(3);
    assertThat(lw.leaving().rate()).isCloseTo(1 / 3.0, within(1e-12));
    SurvivalCurve km = lw.timeToMove().orElseThrow();
    assertThat(km.survival()).hasSize(1);
    assertThat(km.survival().get(0).time()).isCloseTo(400 / 30.4375, within(1e-9));
    assertThat(km.survival().get(0).atRisk()).isEqualTo(1);
    // The latest day seen (day 400) is the default censoring day.
    assertThat(e.asOf()).hasValue(D0.plusDays(400));
  }

  @Test
  void asOfCensorsLaterEventsAndDropsLaterSpells() {
    RateEstimates e = RateEstimator.of(MODEL).withAsOf(D0.plusDays(200)).estimate(
        SpellSource.of(List.of(Spell.of(P, LW, D0).movedTo(SLW, D0.plusDays(400)),
            Spell.of(P, SLW, D0.plusDays(400)))));
    RoleEstimate lw = e.role(LW).orElseThrow();
    assertThat(lw.moves()).isZero();
    assertThat(lw.yearsAtRisk()).isEqualTo(0.5);
    assertThat(e.role(SLW)).isEmpty();
    assertThat(e.notes()).anyMatch(n -> n.contains("1 spell starts after the censoring day"));
  }

  @Test
  void movesTheModelLacksAreListedAndNotWrittenAsRoutes() {
    RateEstimates e = RateEstimator.of(MODEL).estimate(SpellSource.of(List.of(
        Spell.of(P, LW, D0).movedTo(MGR, D0.plusDays(500)), Spell.of(P, MGR, D0.plusDays(500)))));
    assertThat(e.unmodelledRoutes()).containsExactly(new ObservedRoute(LW, MGR, 1));
    RouteEstimate r = e.role(LW).orElseThrow().route(MGR).orElseThrow();
    assertThat(r.modelled()).isFalse();
    assertThat(e.toScenario(MODEL, "x").routes()).noneMatch(route -> route.to().equals(MGR)
        && route.from().equals(LW));
  }

  @Test
  void byOrganisationTypeGivesTypedRowsAfterEachRole() {
    OrganisationTypeId pcn = OrganisationTypeId.of("pcn");
    RateEstimates e = RateEstimator.of(MODEL).withByOrganisationType(true).estimate(
        SpellSource.of(List.of(Spell.of(P, LW, D0).withOrganisationType(pcn)
            .leftOn(D0.plusDays(100)), Spell.of(PersonId.of("p-2"), LW, D0)
            .censoredOn(D0.plusDays(800)))));
    assertThat(e.roles()).extracting(RoleEstimate::key)
        .containsExactly("link-worker", "link-worker@pcn");
    assertThat(e.role(LW, pcn).orElseThrow().leaving().rate()).isEqualTo(1);
    WorkforceModel measured = e.toScenario(MODEL, "m").applyTo(MODEL);
    assertThat(measured.role(LW).leavingBy()).containsEntry(pcn, 1.0);
  }

  @Test
  void yearlyCountsGiveBartholomewRates() {
    List<YearlyCount> counts = List.of(
        new YearlyCount(2022, LW, Optional.empty(), 1000, 300, 150, Map.of(SLW, 40L)),
        new YearlyCount(2023, LW, Optional.empty(), 1100, 320, 160, Map.of(SLW, 50L,
            MGR, 2L)));
    RateEstimates e = RateEstimator.of(MODEL).estimate(counts);
    RoleEstimate lw = e.role(LW).orElseThrow();
    assertThat(e.basis()).isEqualTo("counts");
    assertThat(lw.leaving().rate()).isCloseTo(310 / 2100.0, within(1e-12));
    assertThat(lw.route(SLW).orElseThrow().rate()).isCloseTo(90 / 2100.0, within(1e-12));
    assertThat(lw.recruitsPerYear()).hasValue(310);
    assertThat(lw.timeToMove()).isEmpty();
    assertThat(e.unmodelledRoutes()).containsExactly(new ObservedRoute(LW, MGR, 2));
    assertThat(e.toScenario(MODEL, "c").applyTo(MODEL).role(LW).recruits()).hasValue(310);
  }
}
