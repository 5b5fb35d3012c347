package org.sppathways.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project compiled against the library: on the module path a consumer module that uses
 * the API compiles and runs (the bundled model read, a gap and a path query answered, a result
 * written and read back through Jackson), and one that imports an {@code internal} package or
 * the command line does not compile; on the class path the same consumer compiles and runs.
 * Skipped, visibly, when the JVM has no system Java compiler.
 */
class ModuleConsumerTest {
  /** The library's runtime dependency jars, by file-name prefix (test jars stay out). */
  private static final List<String> RUNTIME_JARS = List.of("guava-", "failureaccess-", "jgrapht-",
      "jheaps-", "apfloat-", "jackson-", "snakeyaml-", "jspecify-", "antlr4-runtime-",
      "commons-text-", "commons-lang3-");

  private static final String API_USE = """
      package consumer;

      import org.sppathways.gaps.GapAnalysis;
      import org.sppathways.gaps.GapReport;
      import org.sppathways.io.ResultReader;
      import org.sppathways.io.ResultWriter;
      import org.sppathways.model.RoleId;
      import org.sppathways.model.WorkforceModel;
      import org.sppathways.paths.CareerPathFinder;
      import org.sppathways.paths.CareerPaths;
      import org.sppathways.paths.Criterion;
      import org.sppathways.paths.PathQuery;
      import org.sppathways.reference.ReferenceModels;

      public class Main {
        public static void main(String[] args) throws Exception {
          WorkforceModel model = ReferenceModels.socialPrescribing();
          GapReport report = GapAnalysis.of(model)
              .gap(RoleId.of("link-worker"), RoleId.of("senior-link-worker"));
          CareerPaths paths = CareerPathFinder.of(model).paths(RoleId.of("link-worker"),
              RoleId.of("senior-link-worker"), 3, PathQuery.by(Criterion.MONTHS));
          String json = ResultWriter.json().write(report);
          GapReport back = ResultReader.of().read(new java.io.StringReader(json), GapReport.class);
          System.out.println("roles=" + model.graph().vertexSet().size()
              + " gaps=" + report.gaps().size()
              + " paths=" + paths.paths().size()
              + " roundTrip=" + back.equals(report));
        }
      }
      """;

  private static JavaCompiler compiler;
  private static List<Path> dependencies;
  private static Path classes;

  @BeforeAll
  static void findCompilerAndJars() {
    compiler = ToolProvider.getSystemJavaCompiler();
    dependencies = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      if (name.endsWith(".jar") && RUNTIME_JARS.stream().anyMatch(name::startsWith)) {
        dependencies.add(p);
      } else if (Files.isDirectory(p) && Files.exists(p.resolve("module-info.class"))) {
        classes = p;
      }
    }
  }

  @Test
  void apiConsumerCompilesAndRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    assumeTrue(compiler != null, "no system Java compiler in this JVM: consumer test skipped");
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), "module consumer { requires org.sppathways; }\n");
    write(src.resolve("consumer/Main.java"), API_USE);
    Path out = dir.resolve("out");
    Compiled c = compile(List.of("--module-path", modulePath(), "-d", out.toString()), src);
    assertThat(c.ok).as(c.messages).isTrue();

    String run = run(List.of("--module-path", out + File.pathSeparator + modulePath(),
        "-m", "consumer/consumer.Main"));
    assertThat(run).startsWith("roles=").contains("roundTrip=true").doesNotContain("paths=0");
  }

  @Test
  void internalPackagesAreNotVisibleOnTheModulePath(@TempDir Path dir) throws Exception {
    assumeTrue(compiler != null, "no system Java compiler in this JVM: consumer test skipped");
    for (String hidden : List.of("org.sppathways.io.internal.TreeParser",
        "org.sppathways.paths.internal.PathGraph", "org.sppathways.cli.Main")) {
      String pkg = hidden.substring(0, hidden.lastIndexOf('.'));
      Path src = dir.resolve(pkg).resolve("src");
      write(src.resolve("module-info.java"), "module consumer { requires org.sppathways; }\n");
      write(src.resolve("consumer/Peek.java"), "package consumer;\n\nimport " + pkg
          + ".*;\n\npublic class Peek {}\n");
      Compiled c = compile(List.of("--module-path", modulePath(), "-d",
          dir.resolve(pkg).resolve("out").toString()), src);
      assertThat(c.ok).as("importing %s must not compile", pkg).isFalse();
      assertThat(c.messages).as(pkg).containsAnyOf("is not visible", "does not export");
    }
  }

  @Test
  void apiConsumerCompilesAndRunsOnTheClassPath(@TempDir Path dir) throws Exception {
    assumeTrue(compiler != null, "no system Java compiler in this JVM: consumer test skipped");
    Path src = dir.resolve("src");
    write(src.resolve("consumer/Main.java"), API_USE);
    Path out = dir.resolve("out");
    Compiled c = compile(List.of("--class-path", modulePath(), "-d", out.toString()), src);
    assertThat(c.ok).as(c.messages).isTrue();

    String run = run(List.of("--class-path", out + File.pathSeparator + modulePath(),
        "consumer.Main"));
    assertThat(run).startsWith("roles=").contains("roundTrip=true").doesNotContain("paths=0");
  }

  @Test
  void graphExportWithoutJgraphtIoSaysWhatToAdd(@TempDir Path dir) throws Exception {
    assumeTrue(compiler != null, "no system Java compiler in this JVM: consumer test skipped");
    Path src = dir.resolve("src");
    write(src.resolve("consumer/Export.java"), """
        package consumer;

        public class Export {
          public static void main(String[] args) {
            var model = org.sppathways.reference.ReferenceModels.socialPrescribing();
            var csv = new java.io.StringWriter();
            org.sppathways.io.GraphExport.rolesCsv(model, csv);
            try {
              org.sppathways.io.GraphExport.dot(model, new java.io.StringWriter());
              System.out.println("exported");
            } catch (IllegalStateException e) {
              System.out.println("csv=" + !csv.toString().isEmpty() + " " + e.getMessage());
            }
          }
        }
        """);
    Path out = dir.resolve("out");
    Compiled c = compile(List.of("--class-path", modulePath(), "-d", out.toString()), src);
    assertThat(c.ok).as(c.messages).isTrue();
    String withoutIo = String.join(File.pathSeparator,
        Arrays.stream(modulePath().split(File.pathSeparator))
            .filter(e -> !Path.of(e).getFileName().toString().startsWith("jgrapht-io-")).toList());

    String run = run(List.of("--class-path", out + File.pathSeparator + withoutIo,
        "consumer.Export"));
    assertThat(run).isEqualTo("csv=true DOT export needs jgrapht-io, an optional dependency of"
        + " sp-pathways: add org.jgrapht:jgrapht-io (the same version as jgrapht-core) to your"
        + " dependencies; on the module path also add the module org.jgrapht.io"
        + " (--add-modules org.jgrapht.io)");
  }

  private static String modulePath() {
    assertThat(classes).as("target/classes with module-info.class on the test class path")
        .isNotNull();
    List<String> parts = new ArrayList<>();
    parts.add(classes.toString());
    dependencies.forEach(d -> parts.add(d.toString()));
    return String.join(File.pathSeparator, parts);
  }

  private record Compiled(boolean ok, String messages) {}

  private static Compiled compile(List<String> options, Path src) throws IOException {
    List<String> args = new ArrayList<>(options);
    args.addAll(List.of("--release", "17", "-proc:none", "-Xlint:none"));
    try (var files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    StringWriter messages = new StringWriter();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int rc;
    try (PrintWriter err = new PrintWriter(messages)) {
      rc = compiler.run(null, stdout, new java.io.OutputStream() {
        @Override
        public void write(int b) {
          messages.write(b);
        }
      }, args.toArray(String[]::new));
    }
    return new Compiled(rc == 0, messages + stdout.toString(StandardCharsets.UTF_8));
  }

  private static String run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("consumer finished").isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output.strip();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

}
