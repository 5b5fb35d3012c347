package org.sppathways.contracts;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.sppathways.model.WorkforceModel;

/**
 * The public API of the library, found on the class path so that a new public class is covered by
 * the contract tests without being listed anywhere: every public class, record, enum and
 * interface (and their public nested types) in the public packages. The command-line front end
 * ({@code cli}) and {@code internal} packages are not API.
 */
final class PublicApi {
  private PublicApi() {}

  /** The packages whose public types are the library's API. */
  static final Set<String> PACKAGES = Set.of(
      "org.sppathways.model",
      "org.sppathways.io",
      "org.sppathways.io.frameworks",
      "org.sppathways.gaps",
      "org.sppathways.compliance",
      "org.sppathways.training",
      "org.sppathways.paths",
      "org.sppathways.structure",
      "org.sppathways.flow",
      "org.sppathways.evidence",
      "org.sppathways.report",
      "org.sppathways.reference",
      "org.sppathways.query",
      "org.sppathways.diff");

  /** Where the library's own classes are (the test classes share its packages). */
  private static final String MAIN_OUTPUT = WorkforceModel.class.getProtectionDomain()
      .getCodeSource().getLocation().toString();

  /** Every public type of the public packages, nested ones included, sorted by name. */
  static List<Class<?>> types() {
    ClassPath classPath;
    try {
      classPath = ClassPath.from(PublicApi.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    for (ClassPath.ClassInfo info : classPath.getTopLevelClassesRecursive("org.sppathways")) {
      if (!PACKAGES.contains(info.getPackageName()) || isTestClass(info)) {
        continue;
      }
      Deque<Class<?>> pending = new ArrayDeque<>(List.of(info.load()));
      while (!pending.isEmpty()) {
        Class<?> type = pending.pop();
        if (!Modifier.isPublic(type.getModifiers()) || type.isSynthetic()) {
          continue;
        }
        types.add(type);
        pending.addAll(List.of(type.getDeclaredClasses()));
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** Whether a class is not from the library's own output (test fixtures share the packages). */
  private static boolean isTestClass(ClassPath.ClassInfo info) {
    return !info.url().toString().startsWith(MAIN_OUTPUT);
  }
}
