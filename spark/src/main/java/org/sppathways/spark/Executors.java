package org.sppathways.spark;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.model.WorkforceModel;

/** What every partition builds once: the library's gap analysis fixed on the driver's day. */
final class Executors {
  private Executors() {
  }

  /** A gap analysis whose "today" is the given day, wherever the executor runs. */
  static GapAnalysis gaps(WorkforceModel model, LocalDate asOf) {
    return GapAnalysis.of(model, Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(),
        ZoneOffset.UTC));
  }
}
