package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The package null policy ("no method accepts or returns {@code null}"), checked with Guava's
 * {@link NullPointerTester} on every public constructor, static method and instance method of
 * every public type of the API: passing {@code null} for any reference parameter must throw
 * {@link NullPointerException} (naming the parameter) before anything else happens.
 *
 * <p>Types are found on the class path ({@link PublicApi}), so a new public class is covered
 * without being listed. Instance methods run on a real value from {@link Samples}; a new
 * concrete class with instance methods that take references needs a sample there, and
 * {@link #everyConcreteTypeWithReferenceParametersHasASample()} says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NullContractsTest {

  private final Samples samples = new Samples();
  private final List<Class<?>> types = PublicApi.types();
  private final NullPointerTester tester = samples.nullPointerTester(types);
  private int covered;

  @TestFactory
  Stream<DynamicNode> everyPublicMethodRejectsNull() {
    List<DynamicNode> perType = new ArrayList<>();
    for (Class<?> type : types) {
      List<DynamicTest> tests = new ArrayList<>();
      for (Constructor<?> c : type.getConstructors()) {
        if (takesReferences(c.getParameterTypes())) {
          tests.add(DynamicTest.dynamicTest(c.toGenericString(), () -> {
            tester.testConstructor(c);
            covered++;
          }));
        }
      }
      Optional<Object> instance = samples.instance(type);
      for (Method m : methodsOf(type)) {
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        if (!takesReferences(m.getParameterTypes()) || (!isStatic && instance.isEmpty())) {
          continue;
        }
        Object receiver = isStatic ? null : instance.get();
        tests.add(DynamicTest.dynamicTest(m.toGenericString(), () -> {
          tester.testMethod(receiver, m);
          covered++;
        }));
      }
      if (!tests.isEmpty()) {
        perType.add(DynamicContainer.dynamicContainer(type.getName(), tests));
      }
    }
    return perType.stream();
  }

  @Test
  void everyConcreteTypeWithReferenceParametersHasASample() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : types) {
      boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
      boolean needsInstance = methodsOf(type).stream().anyMatch(
          m -> !Modifier.isStatic(m.getModifiers()) && takesReferences(m.getParameterTypes()));
      if (concrete && needsInstance && samples.instance(type).isEmpty()) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("public types with no sample in Samples").isEmpty();
  }

  @AfterAll
  void report() {
    System.out.println("NullPointerTester covered " + covered + " public constructors and methods"
        + " of " + types.size() + " public types");
  }

  /**
   * The public methods a type adds to the API: declared by it or inherited from one of our
   * public supertypes (not from {@link Object}, {@link Throwable} or other JDK types), without
   * {@code equals}, which must accept null.
   */
  static List<Method> methodsOf(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getDeclaringClass().getName().startsWith("org.sppathways."))
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .filter(m -> !(m.getName().equals("equals") && m.getParameterCount() == 1))
        .filter(m -> m.getDeclaringClass() == type || !Modifier.isStatic(m.getModifiers()))
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  private static boolean takesReferences(Class<?>[] parameters) {
    return Arrays.stream(parameters).anyMatch(p -> !p.isPrimitive());
  }
}
