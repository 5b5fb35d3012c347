package org.sppathways.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.ReadinessDistribution;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * The needs of one partition's people as exact partial counts: the library's
 * {@link NeedsAnalysis} runs over the partition (on one thread, built once), and its
 * {@link PopulationNeeds} is written as rows {@code kind, competency, key, n, a, b} that sum
 * across partitions to the needs of everyone:
 *
 * <ul>
 *   <li>{@code count}: a = people read, b = people assessed;</li>
 *   <li>{@code dated}: a = 1 when someone's evidence carries dates (the day matters);</li>
 *   <li>{@code competency} (competency): a = people short, b = total shortfall;</li>
 *   <li>{@code role} (competency, key = role) and {@code organisation-type} (competency, key =
 *       organisation type, "" for none): the same, split;</li>
 *   <li>with a target role: {@code band} (n = band 0..10): a = people; {@code essential-met}:
 *       a = people; {@code met} (key = requirements assessed against, n = met): a = people —
 *       the histogram the library's mean readiness is computed from.</li>
 * </ul>
 */
final class NeedsPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final String COUNT = "count";
  static final String COMPETENCY = "competency";
  static final String ROLE = "role";
  static final String ORGANISATION_TYPE = "organisation-type";
  static final String BAND = "band";
  static final String ESSENTIAL_MET = "essential-met";
  static final String MET = "met";
  static final String DATED = "dated";

  private final ModelBroadcast model;
  /** The target role, or null to assess each person against their current role. */
  private final String target;
  private final boolean failOnBadRows;
  private final LocalDate asOf;

  NeedsPartition(ModelBroadcast model, LocalDate asOf, String target, boolean failOnBadRows) {
    this.model = model;
    this.asOf = asOf;
    this.target = target;
    this.failOnBadRows = failOnBadRows;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    WorkforceModel m = model.model();
    GapAnalysis gaps = Executors.gaps(m, asOf);
    NeedsAnalysis needs = NeedsAnalysis.of(gaps);
    List<Row> out = new ArrayList<>();
    PersonAssembler assembler = new PersonAssembler(m, (table, person, column, value, reason) -> {
      if (failOnBadRows) {
        throw new BadRowException(table, column, reason);
      }
      out.add(RowFactory.create(person, null, null, null, null, null, null, table, column, value,
          reason));
    });
    PersonScorer scorer = target == null ? null : new PersonScorer(gaps);
    int t = target == null ? -1 : m.roleIndex(RoleId.of(target));
    Map<Integer, long[]> met = new TreeMap<>();
    ProfileSource people = action -> {
      while (input.hasNext()) {
        WorkerProfile p = assembler.assemble(input.next());
        if (p == null) {
          continue;
        }
        if (scorer != null) {
          scorer.load(p);
          scorer.scan(t);
          met.computeIfAbsent(scorer.size, k -> new long[k + 1])[scorer.met]++;
        }
        action.accept(p);
      }
    };
    PopulationNeeds partial = target == null ? needs.needs(people, 1)
        : needs.needs(people, RoleId.of(target), 1);
    out.add(partial(COUNT, "", "", 0, partial.people(), partial.assessed()));
    out.add(partial(DATED, "", "", 0, partial.asOf().isPresent() ? 1 : 0, 0));
    for (CompetencyNeed c : partial.competencies()) {
      String id = c.competency().value();
      out.add(partial(COMPETENCY, id, "", 0, c.peopleShort(), c.totalShortfall()));
      for (NeedSplit s : c.byRole()) {
        out.add(partial(ROLE, id, s.key(), 0, s.peopleShort(), s.totalShortfall()));
      }
      for (NeedSplit s : c.byOrganisationType()) {
        out.add(partial(ORGANISATION_TYPE, id, s.key(), 0, s.peopleShort(), s.totalShortfall()));
      }
    }
    if (partial.readiness().isPresent()) {
      ReadinessDistribution d = partial.readiness().get();
      for (int band = 0; band < d.bands().size(); band++) {
        out.add(partial(BAND, "", "", band, d.bands().get(band), 0));
      }
      out.add(partial(ESSENTIAL_MET, "", "", 0, d.essentialMet(), 0));
      for (Map.Entry<Integer, long[]> e : met.entrySet()) {
        for (int k = 0; k < e.getValue().length; k++) {
          if (e.getValue()[k] > 0) {
            out.add(partial(MET, "", String.valueOf(e.getKey()), k, e.getValue()[k], 0));
          }
        }
      }
    }
    return out.iterator();
  }

  private static Row partial(String kind, String competency, String key, int n, long a, long b) {
    return RowFactory.create(null, kind, competency, key, n, a, b, null, null, null, null);
  }
}
