package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sppathways.model.Confidence;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PayFigure;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * The staff cost of a {@link Projection}, year by year: for each state (a role, or a role in an
 * organisation type), its headcount times the role's annual pay, in the model's currency.
 *
 * <p>The pay used is the first {@link PayFigure} listed for the role (in the state's organisation
 * type when there is one for it, else without a type; see
 * {@link org.sppathways.model.WorkforceFigures#payFor(RoleId, OrganisationTypeId)}); each is
 * listed in {@link #pay()} with its year and basis. Roles with people but no pay figure are
 * listed in {@link #uncosted()} and left out of the totals, never counted as 0. A headcount in
 * full-time equivalents times pay per full-time post is a salary cost; a headcount of people
 * would overstate it for part-time staff.
 *
 * <pre>{@code
 * Projection p = flows.project(start, 5);
 * StaffCost cost = p.staffCost().orElseThrow();
 * cost.year(5).total();                          // in cost.currency()
 * cost.year(5).cost(RoleId.of("link-worker"));
 * cost.uncosted();                               // e.g. [health-wellbeing-coach]
 * }</pre>
 *
 * <p>Computing takes O(Y·n) time for Y years and n states. This class is immutable and
 * thread-safe; two staff costs are equal when their currency, pay, uncosted roles and years are.
 *
 * @since 0.1.0
 */
public final class StaffCost {

  /**
   * A pay figure a cost uses.
   *
   * @param role the role
   * @param organisationType the organisation type the cost applies it in; empty when states are
   *     not split by type, or for the role's figure without a type used in every type
   * @param year the pay year, e.g. {@code 2024/25}
   * @param annual annual pay per full-time post
   * @param basis what the figure is, e.g. an Agenda for Change band point
   * @param confidence how sure the figure is, when the model says
   * @param sources where it comes from
   * @since 0.1.0
   */
  public record Pay(RoleId role, Optional<OrganisationTypeId> organisationType, String year,
      double annual, String basis, Optional<Confidence> confidence, List<String> sources) {
    /** Validates the components. */
    public Pay {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(organisationType, "organisationType");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(confidence, "confidence");
      sources = List.copyOf(sources);
    }
  }

  /**
   * One costed state in one year.
   *
   * @param role the state's role
   * @param organisationType the state's organisation type, when split
   * @param headcount the state's headcount that year
   * @param cost headcount times annual pay, to the hundredth of a currency unit (half up)
   * @since 0.1.0
   */
  public record Line(RoleId role, Optional<OrganisationTypeId> organisationType, double headcount,
      double cost) {
    /** Validates that no component is null. */
    public Line {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(organisationType, "organisationType");
    }
  }

  /**
   * The cost of one year of the projection.
   *
   * @param year the year, 0 for the start
   * @param lines the costed states, in state order
   * @since 0.1.0
   */
  public record Year(int year, List<Line> lines) {
    /** Copies the lines. */
    public Year {
      lines = List.copyOf(lines);
    }

    /** The staff cost of every costed state together (the lines' costs added exactly). */
    public double total() {
      java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
      for (Line l : lines) {
        sum = sum.add(java.math.BigDecimal.valueOf(l.cost()));
      }
      return sum.doubleValue();
    }

    /** The cost of a role, over its organisation types; 0 for a role not costed. */
    public double cost(RoleId role) {
      Objects.requireNonNull(role, "role");
      double sum = 0;
      for (Line l : lines) {
        if (l.role().equals(role)) {
          sum += l.cost();
        }
      }
      return sum;
    }

    /** The cost of a role in an organisation type; 0 when not costed. */
    public double cost(RoleId role, OrganisationTypeId type) {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(type, "type");
      double sum = 0;
      for (Line l : lines) {
        if (l.role().equals(role) && l.organisationType().filter(type::equals).isPresent()) {
          sum += l.cost();
        }
      }
      return sum;
    }
  }

  private final String currency;
  private final ImmutableList<Pay> pay;
  private final ImmutableList<RoleId> uncosted;
  private final ImmutableList<Year> years;

  private StaffCost(String currency, List<Pay> pay, List<RoleId> uncosted, List<Year> years) {
    this.currency = Objects.requireNonNull(currency, "currency");
    this.pay = ImmutableList.copyOf(pay);
    this.uncosted = ImmutableList.copyOf(uncosted);
    this.years = ImmutableList.copyOf(years);
  }

  /**
   * A staff cost from its parts, e.g. to rebuild a stored one.
   *
   * @throws IllegalArgumentException if the years are not numbered 0, 1, 2 …
   */
  public static StaffCost of(String currency, List<Pay> pay, List<RoleId> uncosted,
      List<Year> years) {
    for (int t = 0; t < years.size(); t++) {
      if (years.get(t).year() != t) {
        throw new IllegalArgumentException("years must be numbered 0, 1, 2 …; entry " + t
            + " is year " + years.get(t).year());
      }
    }
    return new StaffCost(currency, pay, uncosted, years);
  }

  /**
   * The staff cost of a projection made with a model's flows, from the model's pay figures.
   *
   * @param model the model whose pay figures and currency to use
   * @param projection the projection to cost
   */
  public static StaffCost of(WorkforceModel model, Projection projection) {
    Objects.requireNonNull(model, "model");
    return of(model, projection.years());
  }

  static StaffCost of(WorkforceModel model, List<ProjectionYear> projected) {
    Map<FlowState, Optional<PayFigure>> payOf = new LinkedHashMap<>();
    Set<RoleId> uncosted = new LinkedHashSet<>();
    Map<PayFigure, Pay> used = new LinkedHashMap<>();
    List<Pay> pays = new ArrayList<>();
    for (ProjectionYear y : projected) {
      for (ProjectionYear.StateYear s : y.states()) {
        Optional<PayFigure> p = payOf.computeIfAbsent(s.state(), st ->
            st.organisationType().isPresent()
                ? model.figures().payFor(st.role(), st.organisationType().get())
                : model.figures().payFor(st.role()));
        if (p.isEmpty() && s.headcount() > 0) {
          uncosted.add(s.role());
        }
      }
    }
    List<Year> years = new ArrayList<>();
    for (ProjectionYear y : projected) {
      List<Line> lines = new ArrayList<>();
      for (ProjectionYear.StateYear s : y.states()) {
        Optional<PayFigure> p = payOf.get(s.state());
        if (p.isEmpty()) {
          continue;
        }
        PayFigure f = p.get();
        if (!used.containsKey(f)) {
          Pay pay = new Pay(f.role(), f.organisationType(), f.year(), f.annual(), f.basis(),
              f.confidence(), f.sources());
          used.put(f, pay);
          pays.add(pay);
        }
        lines.add(new Line(s.role(), s.organisationType(), s.headcount(),
            cost(s.headcount(), f.annual())));
      }
      years.add(new Year(y.year(), lines));
    }
    List<RoleId> inRoleOrder = new ArrayList<>(uncosted);
    inRoleOrder.sort(java.util.Comparator.comparingInt(r -> model.findRole(r)
        .map(x -> model.roleIndex(r)).orElse(Integer.MAX_VALUE)));
    return new StaffCost(model.currency(), pays, inRoleOrder, years);
  }

  /** Headcount times annual pay, to the hundredth of a currency unit (half up). */
  static double cost(double headcount, double annual) {
    return java.math.BigDecimal.valueOf(headcount).multiply(java.math.BigDecimal.valueOf(annual))
        .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
  }

  /** The currency of every amount, the model's. */
  public String currency() {
    return currency;
  }

  /** The pay figures used, one per role (and organisation type where it has its own), in state order. */
  public List<Pay> pay() {
    return pay;
  }

  /**
   * The roles with people in some year but no pay figure (in some organisation type, when
   * split), in role order: their staff are not in the totals.
   */
  public List<RoleId> uncosted() {
    return uncosted;
  }

  /** Every year, the start (year 0) first. */
  public List<Year> years() {
    return years;
  }

  /**
   * One year.
   *
   * @throws IndexOutOfBoundsException if there is no such year
   */
  public Year year(int year) {
    return years.get(year);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof StaffCost c && currency.equals(c.currency)
        && pay.equals(c.pay) && uncosted.equals(c.uncosted) && years.equals(c.years);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, pay, uncosted, years);
  }

  @Override
  public String toString() {
    return "StaffCost{" + currency + ", " + years.size() + " years, uncosted " + uncosted + "}";
  }
}
