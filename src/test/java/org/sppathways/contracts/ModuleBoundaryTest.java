package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundary and the per-package contracts, read from the sources and from the compiled
 * module descriptor: exactly the API packages are exported (never an {@code internal} package or
 * the command line), every package has a {@code package-info.java} with {@code @NullMarked} and a
 * package Javadoc, and every public type of an exported package says {@code @since}.
 */
class ModuleBoundaryTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+(?:(?:abstract|final|sealed|non-sealed|strictfp|static)\\s+)*"
          + "(?:class|interface|enum|record|@interface)\\s+(\\w+)", Pattern.MULTILINE);

  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("org.sppathways");
    Set<String> exported = module.exports().stream()
        .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> api = new TreeSet<>();
    for (String p : packages()) {
      if (isApi(p)) {
        api.add(p);
      }
    }
    assertThat(exported).as("exported packages: every API package and nothing else").isEqualTo(api);
    assertThat(module.exports()).as("no qualified exports").allMatch(e -> !e.isQualified());
    assertThat(module.opens()).as("only the command line is opened, and only to picocli")
        .allSatisfy(o -> {
          assertThat(o.source()).isEqualTo("org.sppathways.cli");
          assertThat(o.targets()).containsExactly("info.picocli");
        });
  }

  @Test
  void cliOnlyAndCompileOnlyDependenciesAreStatic() throws IOException {
    Set<String> statics = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(statics).contains("info.picocli", "me.tongfei.progressbar", "org.jspecify",
        "org.immutables.value", "org.jgrapht.io");
  }

  @Test
  void everyPackageHasPackageInfoWithNullMarkedAndJavadoc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String p : packages()) {
      Path info = SOURCES.resolve(p.replace('.', '/')).resolve("package-info.java");
      if (!Files.exists(info)) {
        problems.add(p + ": no package-info.java");
        continue;
      }
      String text = Files.readString(info);
      if (!text.contains("@NullMarked") || !text.contains("org.jspecify.annotations.NullMarked")) {
        problems.add(p + ": package-info.java lacks @NullMarked (org.jspecify.annotations)");
      }
      if (!text.stripLeading().startsWith("/**")) {
        problems.add(p + ": package-info.java lacks a package Javadoc");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPublicTypeOfAnExportedPackageSaysSince() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String p : packages()) {
      if (!isApi(p)) {
        continue;
      }
      try (Stream<Path> files = Files.list(SOURCES.resolve(p.replace('.', '/')))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file);
          Matcher m = PUBLIC_TYPE.matcher(text);
          if (!m.find() || file.endsWith("package-info.java")) {
            continue;
          }
          String head = text.substring(0, m.start());
          int end = head.lastIndexOf("*/");
          int start = end < 0 ? -1 : head.lastIndexOf("/**", end);
          if (start < 0 || !head.substring(start, end).contains("@since")) {
            problems.add(p + "." + m.group(1) + ": no @since in its Javadoc");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  static boolean isApi(String pkg) {
    return !pkg.equals("org.sppathways.cli") && !pkg.startsWith("org.sppathways.cli.")
        && !pkg.endsWith(".internal") && !pkg.contains(".internal.");
  }

  /** Every package of the main sources that holds a Java type. */
  static Set<String> packages() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.endsWith("module-info.java") && !f.endsWith("package-info.java"))
          .forEach(f -> packages.add(SOURCES.relativize(f.getParent()).toString()
              .replace('/', '.').replace('\\', '.')));
    }
    return packages;
  }

  private static ModuleDescriptor descriptor() throws IOException {
    Path compiled = Path.of("target/classes/module-info.class");
    if (!Files.exists(compiled)) {
      compiled = Path.of(System.getProperty("sppathways.buildDir", "target"), "classes",
          "module-info.class");
    }
    try (InputStream in = Files.newInputStream(compiled)) {
      return ModuleDescriptor.read(in);
    }
  }
}
