package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary of the public API, checked over every public type so that a new one keeps it
 * (see docs/explanation/api-conventions.md).
 */
class ApiVocabularyTest {
  private static final Set<Class<?>> OPTIONALS = Set.of(Optional.class, OptionalInt.class,
      OptionalLong.class, OptionalDouble.class);

  /**
   * Optional is a return type only: a caller chooses an overload instead of wrapping an argument.
   * A record's canonical constructor is exempt: its components are the record's accessors.
   */
  @Test
  void noPublicMethodOrConstructorTakesAnOptional() {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (!isCanonical(type, c)) {
          members.add(c);
        }
      }
      for (Executable m : members) {
        if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
          continue;
        }
        for (Parameter p : m.getParameters()) {
          if (OPTIONALS.contains(p.getType())) {
            offenders.add(type.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /** {@code of} is the one factory verb: no public {@code create}, {@code from} or {@code newX}. */
  @Test
  void ofIsTheOneFactoryVerb() {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : PublicApi.types()) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
          continue;
        }
        String n = m.getName();
        boolean factory = Modifier.isStatic(m.getModifiers()) && n.equals("from");
        if (factory || n.equals("create") || n.startsWith("create")
            || (n.startsWith("new") && n.length() > 3 && Character.isUpperCase(n.charAt(3)))) {
          offenders.add(type.getSimpleName() + "." + n);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static boolean isCanonical(Class<?> type, Constructor<?> c) {
    if (!type.isRecord()) {
      return false;
    }
    Class<?>[] components = Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getType).toArray(Class<?>[]::new);
    return Arrays.equals(components, c.getParameterTypes());
  }
}
