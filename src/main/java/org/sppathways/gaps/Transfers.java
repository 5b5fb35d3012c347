package org.sppathways.gaps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.RoleId;

/**
 * How well roles' competencies carry over to other roles, with the question asked: every
 * external profession against every role ({@link GapAnalysis#transfers()}), one role against
 * every other ({@link GapAnalysis#transfersFrom(RoleId)}, {@code from} set) or the backgrounds
 * for one role ({@link GapAnalysis#backgroundsFor(RoleId)}, {@code to} set). The result that
 * {@code sp-pathways transfers} prints and {@code org.sppathways.io.ResultWriter} writes.
 *
 * <pre>{@code
 * RoleId housing = RoleId.of("housing-officer");
 * Transfers t = new Transfers(Optional.of(housing), Optional.empty(),
 *     GapAnalysis.of(model).transfersFrom(housing));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the one source role asked about; empty otherwise
 * @param to the one target role asked about; empty otherwise
 * @param transfers the transfers, best first
 * @since 0.1.0
 */
public record Transfers(Optional<RoleId> from, Optional<RoleId> to, List<Transfer> transfers) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if both {@code from} and {@code to} are given
   */
  public Transfers {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent()) {
      throw new IllegalArgumentException("give from or to, not both");
    }
    transfers = List.copyOf(transfers);
  }
}
