package org.sppathways.model;

import java.util.function.Consumer;
import org.sppathways.model.WorkerProfile;

/**
 * Where profiles come from, one at a time: a population in memory, or a file streamed by
 * {@code ProfileReader.forEach}. {@link #forEach} must hand every profile to the action on the
 * calling thread, and may throw when its input is invalid.
 *
 * <pre>{@code
 * ProfileSource fromFile = action -> ProfileReader.of(model).forEach(path, action);
 * ProfileSource inMemory = ProfileSource.of(population);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProfileSource {

  /** Hands every profile to the action, in order. */
  void forEach(Consumer<? super WorkerProfile> action);

  /** The profiles of a population. */
  static ProfileSource of(Iterable<WorkerProfile> profiles) {
    return profiles::forEach;
  }
}
