package org.sppathways.model.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks shared by values that hold lists keyed by an id. Internal: not part of the API. */
public final class Requirements {
  private Requirements() {}

  /**
   * Rejects a list in which two entries share a key.
   *
   * @param items the entries
   * @param key the key of an entry
   * @param what how to name the list in the message, e.g. {@code "requirement on competency"}
   * @param owner the owner's description, e.g. {@code "role 'link-worker'"}
   */
  public static <T, K> void unique(List<T> items, Function<T, K> key, String what, String owner) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(
            owner + " lists " + what + " '" + k + "' twice; keep one entry");
      }
    }
  }
}
