package org.sppathways.spark;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Scores the people of one partition (rows {@code person, facts, holds}): the scorer is built
 * once per partition, each person's rows are turned into a profile and scored, and the output
 * rows are handed out as they are made, so memory stays at one person's rows.
 */
final class ScorePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  enum Mode { ROLES, TOP, POOL }

  private final ModelBroadcast model;
  private final Mode mode;
  /** The roles to score against (ROLES, POOL); empty for every role. */
  private final List<String> roles;
  private final int n;
  /** POOL: only these organisation types, when not null. */
  private final Set<String> organisationTypes;
  private final boolean essentialMetOnly;
  private final boolean failOnBadRows;
  private final LocalDate asOf;

  ScorePartition(ModelBroadcast model, LocalDate asOf, Mode mode, List<String> roles, int n,
      Set<String> organisationTypes, boolean essentialMetOnly, boolean failOnBadRows) {
    this.model = model;
    this.asOf = asOf;
    this.mode = mode;
    this.roles = List.copyOf(roles);
    this.n = n;
    this.organisationTypes = organisationTypes == null ? null : Set.copyOf(organisationTypes);
    this.essentialMetOnly = essentialMetOnly;
    this.failOnBadRows = failOnBadRows;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    WorkforceModel m = model.model();
    PersonScorer scorer = new PersonScorer(Executors.gaps(m, asOf));
    int[] targets = roles.isEmpty() ? everyRole(m) : roles.stream()
        .mapToInt(r -> m.roleIndex(RoleId.of(r))).toArray();
    ArrayDeque<Row> out = new ArrayDeque<>();
    PersonAssembler assembler = new PersonAssembler(m, (table, person, column, value, reason) -> {
      if (failOnBadRows) {
        throw new BadRowException(table, column, reason);
      }
      out.add(RowFactory.create(person, null, null, null, null, null, null, table, column, value,
          reason));
    });
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        while (out.isEmpty() && input.hasNext()) {
          WorkerProfile p = assembler.assemble(input.next());
          if (p != null) {
            score(scorer, p, targets, out);
          }
        }
        return !out.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return out.poll();
      }
    };
  }

  private void score(PersonScorer scorer, WorkerProfile p, int[] targets, ArrayDeque<Row> out) {
    scorer.load(p);
    String person = p.id().value();
    switch (mode) {
      case ROLES:
        for (int r : targets) {
          scorer.scan(r);
          out.add(row(scorer, person, r, null));
        }
        break;
      case TOP:
        int[] best = scorer.top(n);
        for (int k = 0; k < best.length; k++) {
          scorer.scan(best[k]);
          out.add(row(scorer, person, best[k], k + 1));
        }
        break;
      case POOL:
        if (organisationTypes != null && (p.organisationType().isEmpty()
            || !organisationTypes.contains(p.organisationType().get().value()))) {
          break;
        }
        scorer.scan(targets[0]);
        if (!essentialMetOnly || scorer.essentialMet) {
          out.add(row(scorer, person, targets[0], null));
        }
        break;
      default:
        throw new IllegalStateException("unknown mode " + mode);
    }
  }

  private static Row row(PersonScorer s, String person, int r, Integer rank) {
    return RowFactory.create(person, s.model().roles().get(r).id().value(), s.readiness(),
        s.shortfall, s.essentialMet, s.weightedScore(), rank, null, null, null, null);
  }

  private static int[] everyRole(WorkforceModel m) {
    int[] all = new int[m.roles().size()];
    for (int r = 0; r < all.length; r++) {
      all[r] = r;
    }
    return all;
  }
}
