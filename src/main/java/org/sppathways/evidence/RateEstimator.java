package org.sppathways.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * Estimates annual leaving and move rates, with 95 % intervals, and the time in a role before a
 * move, from career histories ({@link #estimate(SpellSource)}) or from yearly aggregate counts
 * ({@link #estimate(List)}).
 *
 * <h2>Rates: yearly probabilities, as the flow file holds them</h2>
 * A flow file's {@code leaving} and route {@code rate} are the probabilities that a person in a
 * role at the start of a year has left, or moved along the route, by its end (Bartholomew's
 * discrete-time manpower model). They are estimated as Bartholomew estimates them from annual
 * censuses — movers over those at risk at the start of each year — with the years counted from
 * each spell's start: a spell of d days has its year k from day 365.25·k to 365.25·(k+1) (an
 * event on the boundary ends the earlier year). Every year a spell begins is a year at risk; a
 * move or leaving is an event of the year it falls in. A year cut short by censoring (an
 * ongoing spell at {@code asOf}, or an end with no known destination) counts half (the actuarial
 * life-table adjustment, Cutler and Ederer 1958), because on average it was watched for half a
 * year. The rate of route i→j is moves i→j ÷ years at risk in i; leaving is leavers ÷ years at
 * risk; together they never exceed 1.
 *
 * <p>Why years and not exposure: the flow model moves people once a year, so a chain simulated
 * year by year gives back its probabilities with this estimator (tested), whereas a constant
 * hazard from person-years (events ÷ exposure, then 1 − e^(−λ)) assumes moves spread evenly
 * through continuous time. Exposure in person-years is reported beside the rates.
 *
 * <p><b>Intervals</b>: Wilson score intervals ({@link AnnualRate}) on events out of years at
 * risk. Years of the same person are not independent trials, but under the Markov model the
 * likelihood factorises into one binomial term per year at risk, so the interval is
 * asymptotically right; the coverage test checks it on simulated histories.
 *
 * <h2>Time to a move</h2>
 * Months (30.4375 days) in the role before a move to another role, as a {@link SurvivalCurve}
 * (Kaplan–Meier, right-censored): a spell ending by a move is an event; one that goes on, ends
 * with no known destination, or ends by leaving is censored at its end. The curve is therefore
 * the time to a move were nobody to leave (cause-specific); a person still in the role is never
 * counted as a move.
 *
 * <h2>From yearly counts</h2>
 * The same estimator with the years at risk given directly: the headcount at the start of each
 * year, and the leavers and movers among them during the year; exposure is taken as the sum of
 * headcounts (one year each); recruits a year are the mean starters.
 *
 * <h2>Censoring at a day</h2>
 * {@code asOf} (default: the latest day in the histories) ends observation: spells going on, or
 * ending later, are censored at it; spells starting after it are not counted.
 *
 * <pre>{@code
 * RateEstimates e = RateEstimator.of(model).withAsOf(LocalDate.of(2025, 3, 31))
 *     .estimate(action -> HistoriesReader.of(model).forEach(path, action));
 * }</pre>
 *
 * <h2>Performance notes</h2>
 * One pass over the spells, O(1) work and no memory per spell; O(g·(D + r)) memory for g groups
 * (roles, or roles × organisation types), D the longest spell in days and r the roles moved to.
 * Ten million spells read from CSV and estimated take about 20 s of CPU time in a 512 MiB heap
 * ({@code docs/performance.md}).
 *
 * <p>This class is immutable and thread-safe; each estimate keeps its own tallies.
 *
 * @since 0.1.0
 */
public final class RateEstimator {
  /** Days in a year of the estimator, and twelve months of 30.4375 days. */
  static final double YEAR_DAYS = 365.25;
  /** Days in a month of the reports. */
  public static final double MONTH_DAYS = 30.4375;

  private final WorkforceModel model;
  private final Optional<LocalDate> asOf;
  private final boolean byOrganisationType;

  private RateEstimator(WorkforceModel model, Optional<LocalDate> asOf, boolean byType) {
    this.model = Objects.requireNonNull(model, "model");
    this.asOf = asOf;
    this.byOrganisationType = byType;
  }

  /** An estimator against a model's roles and routes, censoring at the latest day seen. */
  public static RateEstimator of(WorkforceModel model) {
    return new RateEstimator(model, Optional.empty(), false);
  }

  /** This estimator, censoring histories at {@code day}. */
  public RateEstimator withAsOf(LocalDate day) {
    return new RateEstimator(model, Optional.of(day), byOrganisationType);
  }

  /** This estimator, also estimating each role per organisation type when {@code split}. */
  public RateEstimator withByOrganisationType(boolean split) {
    return new RateEstimator(model, asOf, split);
  }

  /**
   * Estimates from career histories, one pass over the spells.
   *
   * @throws UnknownIdException if a spell names a role or organisation type not in the model
   */
  public RateEstimates estimate(SpellSource spells) {
    Tallies t = new Tallies();
    spells.forEach(t::add);
    return t.finish();
  }

  /**
   * Estimates from yearly aggregate counts.
   *
   * @throws UnknownIdException if a count names a role or organisation type not in the model
   */
  public RateEstimates estimate(List<YearlyCount> counts) {
    Tallies t = new Tallies();
    for (YearlyCount c : counts) {
      t.add(c);
    }
    return t.finish();
  }

  /** Tallies of one group: a role, or a role in one organisation type. */
  private static final class Tally {
    long spells;
    long exposureDays;
    double countedExposureYears;
    long yearsStarted;
    long yearsCutShort;
    long leavers;
    final long[] moves;
    long[] movesAtDay = new long[0];
    long[] censoredAtDay = new long[0];
    /** Ongoing spells by start day, censored when the latest day is known. */
    TreeMap<Long, Long> ongoing;
    long starters;
    final java.util.Set<Integer> years = new java.util.TreeSet<>();
    boolean counts;

    Tally(int roles) {
      moves = new long[roles];
    }

    void grow(int day) {
      if (day >= movesAtDay.length) {
        int n = Math.max(day + 1, movesAtDay.length * 2);
        movesAtDay = java.util.Arrays.copyOf(movesAtDay, n);
        censoredAtDay = java.util.Arrays.copyOf(censoredAtDay, n);
      }
    }

    /** A spell of {@code days}, ending in an event (to a role index, or -1 leaving) or not. */
    void spell(long days, boolean event, int to, long weight) {
      spells += weight;
      exposureDays += days * weight;
      long quarterDays = 4 * days;
      if (event) {
        long year = quarterDays == 0 ? 0 : (quarterDays - 1) / 1461;
        yearsStarted += (year + 1) * weight;
        if (to < 0) {
          leavers += weight;
        } else {
          moves[to] += weight;
        }
      } else {
        yearsStarted += quarterDays / 1461 * weight;
        if (quarterDays % 1461 != 0) {
          yearsStarted += weight;
          yearsCutShort += weight;
        }
      }
      int day = (int) Math.min(days, Integer.MAX_VALUE - 1);
      grow(day);
      if (event && to >= 0) {
        movesAtDay[day] += weight;
      } else {
        censoredAtDay[day] += weight;
      }
    }

    double yearsAtRisk() {
      return counts ? countedExposureYears : yearsStarted - yearsCutShort / 2.0;
    }
  }

  /** The tallies of one estimate. */
  private final class Tallies {
    private final int types = model.organisationTypes().size();
    private final Tally[] groups = new Tally[model.roles().size() * (types + 1)];
    private final Map<OrganisationTypeId, Integer> typeIndex = new HashMap<>();
    private long spells;
    private long afterAsOf;
    private long latest = Long.MIN_VALUE;
    private boolean fromCounts;

    Tallies() {
      List<OrganisationType> all = model.organisationTypes();
      for (int i = 0; i < all.size(); i++) {
        typeIndex.put(all.get(i).id(), i);
      }
    }

    private int type(Optional<OrganisationTypeId> type) {
      if (type.isEmpty()) {
        return -1;
      }
      Integer i = typeIndex.get(type.get());
      if (i == null) {
        throw new UnknownIdException("organisation type", type.get().value());
      }
      return i;
    }

    private Tally group(int role, int type) {
      int k = role * (types + 1) + type + 1;
      Tally t = groups[k];
      if (t == null) {
        t = new Tally(model.roles().size());
        groups[k] = t;
      }
      return t;
    }

    void add(Spell s) {
      spells++;
      int role = model.roleIndex(s.role());
      int type = type(s.organisationType());
      int to = s.to().isPresent() ? model.roleIndex(s.to().get()) : -1;
      long start = s.start().toEpochDay();
      latest = Math.max(latest, s.end().map(LocalDate::toEpochDay).orElse(start));
      long cut = asOf.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      if (start > cut) {
        afterAsOf++;
        return;
      }
      if (s.end().isEmpty() && asOf.isEmpty()) {
        ongoing(role, -1, start);
        if (byOrganisationType && type >= 0) {
          ongoing(role, type, start);
        }
        return;
      }
      long end = s.end().map(LocalDate::toEpochDay).orElse(cut);
      boolean event = s.hasEvent() && end <= cut;
      end = Math.min(end, cut);
      group(role, -1).spell(end - start, event, to, 1);
      if (byOrganisationType && type >= 0) {
        group(role, type).spell(end - start, event, to, 1);
      }
    }

    private void ongoing(int role, int type, long start) {
      Tally t = group(role, type);
      if (t.ongoing == null) {
        t.ongoing = new TreeMap<>();
      }
      t.ongoing.merge(start, 1L, Long::sum);
    }

    void add(YearlyCount c) {
      fromCounts = true;
      int role = model.roleIndex(c.role());
      int type = type(c.organisationType());
      count(group(role, -1), c);
      if (byOrganisationType && type >= 0) {
        count(group(role, type), c);
      }
    }

    private void count(Tally t, YearlyCount c) {
      t.counts = true;
      t.countedExposureYears += c.headcount();
      t.leavers += c.leavers();
      t.starters += c.starters();
      t.years.add(c.year());
      c.movers().forEach((to, n) -> t.moves[model.roleIndex(to)] += n);
    }

    RateEstimates finish() {
      long day = asOf.map(LocalDate::toEpochDay).orElse(latest);
      for (Tally t : groups) {
        if (t != null && t.ongoing != null) {
          t.ongoing.forEach((start, n) -> t.spell(day - start, false, -1, n));
        }
      }
      List<RoleEstimate> roles = new ArrayList<>();
      List<ObservedRoute> unmodelled = new ArrayList<>();
      List<ObservedRoute> unobserved = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      int withoutTime = 0;
      List<Role> all = model.roles();
      for (int r = 0; r < all.size(); r++) {
        Role role = all.get(r);
        for (int type = -1; type < types; type++) {
          Tally t = groups[r * (types + 1) + type + 1];
          if (t == null) {
            continue;
          }
          if (!(t.yearsAtRisk() > 0)) {
            withoutTime++;
            continue;
          }
          Optional<OrganisationTypeId> typeId = type < 0 ? Optional.empty()
              : Optional.of(model.organisationTypes().get(type).id());
          roles.add(estimate(role, typeId, t));
          if (type < 0) {
            for (ProgressionRoute route : model.routesFrom(role.id())) {
              if (t.moves[model.roleIndex(route.to())] == 0) {
                unobserved.add(new ObservedRoute(role.id(), route.to(), 0));
              }
            }
            for (int j = 0; j < all.size(); j++) {
              RoleId to = all.get(j).id();
              if (t.moves[j] > 0 && model.route(role.id(), to).isEmpty()) {
                unmodelled.add(new ObservedRoute(role.id(), to, t.moves[j]));
              }
            }
          }
        }
      }
      List<String> still = roles.stream().filter(r -> r.organisationType().isEmpty()
          && !model.role(r.role()).external() && r.leavers() == 0 && r.moves() == 0)
          .map(r -> "'" + r.role() + "'").toList();
      if (!still.isEmpty()) {
        notes.add("nobody left or moved out of " + String.join(", ", still) + " in the evidence: "
            + "the rates are 0, so flows made from them keep everyone there; the upper ends of "
            + "the intervals say how high the rates could be");
      }
      unmodelled.sort(ROUTE_ORDER);
      unobserved.sort(ROUTE_ORDER);
      if (withoutTime > 0) {
        notes.add(withoutTime + (withoutTime == 1 ? " role has" : " roles have")
            + " spells but no time at risk (every spell ends the day it starts, or at the "
            + "censoring day): no rates for " + (withoutTime == 1 ? "it" : "them"));
      }
      if (afterAsOf > 0) {
        notes.add(afterAsOf + " spell" + (afterAsOf == 1 ? " starts" : "s start")
            + " after the censoring day and " + (afterAsOf == 1 ? "is" : "are") + " not counted");
      }
      if (!unmodelled.isEmpty()) {
        notes.add(unmodelled.size() + " kind" + (unmodelled.size() == 1 ? "" : "s") + " of move "
            + "people made " + (unmodelled.size() == 1 ? "is" : "are") + " not a route of the "
            + "model (unmodelledRoutes): add the routes to the model to project them");
      }
      if (fromCounts) {
        notes.add("from yearly counts: leavers and movers must be of those in the role at the "
            + "start of the year; exposure is the sum of those headcounts");
      }
      Optional<LocalDate> censoredAt = fromCounts || latest == Long.MIN_VALUE ? asOf
          : Optional.of(LocalDate.ofEpochDay(day));
      return new RateEstimates(fromCounts ? "counts" : "histories", censoredAt,
          byOrganisationType, spells, roles, unmodelled, unobserved, notes);
    }

    private RoleEstimate estimate(Role role, Optional<OrganisationTypeId> type, Tally t) {
      double atRisk = t.yearsAtRisk();
      List<RouteEstimate> routes = new ArrayList<>();
      List<Role> all = model.roles();
      boolean[] listed = new boolean[all.size()];
      for (ProgressionRoute route : model.routesFrom(role.id())) {
        int j = model.roleIndex(route.to());
        listed[j] = true;
        routes.add(route(route.to(), t.moves[j], atRisk, true));
      }
      for (int j = 0; j < all.size(); j++) {
        if (!listed[j] && t.moves[j] > 0) {
          routes.add(route(all.get(j).id(), t.moves[j], atRisk, false));
        }
      }
      routes.sort((a, b) -> a.modelled() != b.modelled() ? (a.modelled() ? -1 : 1)
          : a.to().compareTo(b.to()));
      Optional<SurvivalCurve> curve = Optional.empty();
      OptionalDouble recruits = OptionalDouble.empty();
      double exposure;
      if (t.counts) {
        exposure = t.countedExposureYears;
        recruits = OptionalDouble.of(t.years.isEmpty() ? 0 : (double) t.starters / t.years.size());
      } else {
        exposure = t.exposureDays / YEAR_DAYS;
        int n = t.movesAtDay.length;
        double[] months = new double[n];
        for (int d = 0; d < n; d++) {
          months[d] = d / MONTH_DAYS;
        }
        curve = Optional.of(SurvivalCurve.fromCounts(months, t.movesAtDay, t.censoredAtDay, n));
      }
      return new RoleEstimate(role.id(), type, t.spells, exposure, atRisk, t.leavers,
          AnnualRate.of(t.leavers, atRisk), routes, recruits, curve);
    }

    private RouteEstimate route(RoleId to, long moves, double atRisk, boolean modelled) {
      AnnualRate r = AnnualRate.of(moves, atRisk);
      return new RouteEstimate(to, r.rate(), r.low(), r.high(), moves, modelled);
    }
  }

  private static final java.util.Comparator<ObservedRoute> ROUTE_ORDER =
      java.util.Comparator.comparing(ObservedRoute::from).thenComparing(ObservedRoute::to);
}
