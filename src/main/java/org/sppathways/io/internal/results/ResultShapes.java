package org.sppathways.io.internal.results;

import java.util.List;
import java.util.Optional;

/** Every result shape the writer knows; one line per shape. */
public final class ResultShapes {
  private static final List<ResultShape<?>> ALL = List.of(
      new GapShape(),
      new FitShape(),
      new NextShape(),
      new TransferShape(),
      new NeedsShape(),
      new CoverageShape(),
      new PlanShape(),
      new CommissionShape(),
      new PathsShape(),
      new ReachShape(),
      new WorkloadShape(),
      new CompareShape(),
      new StructureShape(),
      new ProjectionShape(),
      new ScenarioProjectionShape(),
      new SteadyShape(),
      new ReachProbabilityShape(),
      new CapacityShape(),
      new MatrixShape(),
      new PathLengthsShape(),
      new SummaryShape(),
      new ImportShape(),
      new DiffShape(),
      new ComplianceShape(),
      new ComplianceRegisterShape(),
      new DemandShape(),
      new EstimateShape());

  private ResultShapes() {}

  /** Every shape, in a fixed order. */
  public static List<ResultShape<?>> all() {
    return ALL;
  }

  /** The shape of a result type or of a supertype of it (e.g. an Immutables implementation). */
  @SuppressWarnings("unchecked")
  public static <T> Optional<ResultShape<? super T>> of(Class<T> type) {
    for (ResultShape<?> shape : ALL) {
      if (shape.type() == type) {
        return Optional.of((ResultShape<? super T>) shape);
      }
    }
    for (ResultShape<?> shape : ALL) {
      if (shape.type().isAssignableFrom(type)) {
        return Optional.of((ResultShape<? super T>) shape);
      }
    }
    return Optional.empty();
  }

  /** The shape of that name. */
  public static Optional<ResultShape<?>> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
