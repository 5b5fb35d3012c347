package org.sppathways.evidence;

import java.util.function.Consumer;

/**
 * Where spells come from, one at a time: spells in memory, or a histories file streamed by
 * {@code HistoriesReader.forEach}. {@link #forEach} must hand every spell to the action on the
 * calling thread, and may throw when its input is invalid.
 *
 * <pre>{@code
 * SpellSource fromFile = action -> HistoriesReader.of(model).forEach(path, action);
 * SpellSource inMemory = SpellSource.of(spells);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SpellSource {

  /** Hands every spell to the action, in order. */
  void forEach(Consumer<? super Spell> action);

  /** The spells of a collection. */
  static SpellSource of(Iterable<Spell> spells) {
    return spells::forEach;
  }
}
