package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * Seeded random models for the oracle tests: role ids shuffled against the order roles are
 * added (so index order and id order differ), seniorities with repeats and gaps (some absent),
 * random offering types, a few external roles, months including 0 and repeats so ties are
 * common.
 */
final class RandomModels {
  private RandomModels() {}

  static final List<String> TYPES = List.of("t0", "t1", "t2");
  static final List<String> SUPPORTS =
      List.of("clinical-supervision", "induction", "management-training", "peer-support");

  static WorkforceModel model(long seed, int maxRoles) {
    return model(seed, maxRoles, 1);
  }

  /**
   * The same model as {@link #model(long, int)} with every route's months multiplied by
   * {@code monthsScale}: above {@code Brandes.MAX_BUCKET_MONTHS} the searches by months use the
   * heap instead of the bucket queue, and shortest paths stay the same.
   */
  static WorkforceModel model(long seed, int maxRoles, int monthsScale) {
    return model(seed, maxRoles, monthsScale, new int[] {0, 6, 12, 12, 24});
  }

  /**
   * A model like {@link #model(long, int, int)} whose routes all take 6, 12 or 18 months times
   * {@code monthsScale} (none 0), so least-month paths tie often and the tie rule is NetworkX's
   * with no refinement.
   */
  static WorkforceModel positiveMonths(long seed, int maxRoles, int monthsScale) {
    return model(seed, maxRoles, monthsScale, new int[] {6, 6, 12, 18});
  }

  private static WorkforceModel model(long seed, int maxRoles, int monthsScale, int[] months) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(maxRoles);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("r" + (char) ('a' + i % 26) + (i >= 26 ? String.valueOf(i / 26) : ""));
    }
    Collections.shuffle(ids, random);
    Models m = Models.named("random " + seed);
    for (String t : TYPES) {
      List<String> supports = new ArrayList<>();
      for (String s : SUPPORTS) {
        if (random.nextBoolean()) {
          supports.add(s);
        }
      }
      m.type(t, supports.toArray(String[]::new));
    }
    List<Boolean> external = new ArrayList<>();
    for (String id : ids) {
      boolean ext = random.nextInt(8) == 0;
      external.add(ext);
      if (ext) {
        m.external(id);
        continue;
      }
      List<String> types = new ArrayList<>();
      for (String t : TYPES) {
        if (random.nextInt(3) > 0) {
          types.add(t);
        }
      }
      m.role(id, random.nextInt(6) == 0 ? -1 : 1 + random.nextInt(5), types.toArray(String[]::new));
    }
    double density = 0.05 + random.nextDouble() * (random.nextBoolean() ? 0.2 : 0.6);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && random.nextDouble() < density) {
          RouteKind kind = external.get(i) ? RouteKind.ENTRY
              : RouteKind.values()[1 + random.nextInt(3)];
          m.route(ids.get(i), ids.get(j), months[random.nextInt(months.length)] * monthsScale, kind);
        }
      }
    }
    return m.build();
  }
}
