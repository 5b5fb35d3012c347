package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/**
 * Whatever text {@link ModelReader#read(String, String, FileFormat)} (or {@link ProfileReader},
 * {@link CourseCatalogueReader}) is given, it returns a value or throws {@link ModelException} /
 * {@link SpPathwaysException}: never another exception, and never hangs. Inputs are random strings and bytes, and random mutations (truncation, character
 * changes, deleted, repeated or re-indented lines) of the hand-made test files and of generated
 * models. Seeds are pinned so that a failure replays.
 */
class MalformedInputProperties {

  /** Far more than any of these inputs needs; a slower read counts as a hang. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private static final List<String> YAML_FILES = List.of(
      "models/valid/minimal.yaml", "models/valid/small.yaml",
      "models/invalid/semantic.yaml", "models/invalid/many-problems.yaml",
      "models/invalid/wrong-types.yaml", "models/invalid/unknown-field.yaml",
      "models/invalid/alias.yaml", "models/invalid/duplicate-key.yaml");

  private static final List<String> JSON_FILES = List.of(
      "models/valid/minimal.json", "models/valid/small.json", "models/invalid/duplicate-key.json",
      "models/invalid/syntax-error.json");

  /** Characters that change the structure of YAML or JSON. */
  private static final char[] STRUCTURAL = "{}[]:,-#&*!|>'\"%@` \t\n\r?\\0123456789.~".toCharArray();

  /** Reads the text in the format and checks that only the documented exceptions escape. */
  private static void readsOrReportsProblems(String text, FileFormat format) {
    String source = "fuzz." + format;
    readsOrReportsProblems(text, source, () -> {
      WorkforceModel model = ModelReader.of().read(text, source, format);
      assertThat(model.scale().maxLevel()).isPositive();
    });
  }

  /** Runs a reading and checks that only the documented exceptions escape, in time. */
  private static void readsOrReportsProblems(String text, String source, Runnable reading) {
    assertTimeoutPreemptively(PATIENCE, () -> {
      try {
        reading.run();
      } catch (ModelException e) {
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
          assertThat(p.message()).isNotBlank();
          assertThat(p.source()).contains(source);
        }
      } catch (SpPathwaysException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }, () -> "reading took longer than " + PATIENCE + ":\n" + text);
  }

  /** One change to a text, at a position given as a fraction of its length. */
  record Mutation(Kind kind, double at, char c, int count) {
    enum Kind { TRUNCATE, REPLACE, INSERT, DELETE_CHARS, DELETE_LINE, REPEAT_LINE, SWAP_LINES,
      INDENT_LINE, DEDENT_LINE }

    String applyTo(String text) {
      if (text.isEmpty()) {
        return kind == Kind.INSERT ? String.valueOf(c) : text;
      }
      int i = Math.min(text.length() - 1, (int) (at * text.length()));
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int line = Math.min(lines.size() - 1, (int) (at * lines.size()));
      switch (kind) {
        case TRUNCATE:
          return text.substring(0, i);
        case REPLACE:
          return text.substring(0, i) + c + text.substring(i + 1);
        case INSERT:
          return text.substring(0, i) + String.valueOf(c).repeat(count) + text.substring(i);
        case DELETE_CHARS:
          return text.substring(0, i) + text.substring(Math.min(text.length(), i + count));
        case DELETE_LINE:
          lines.remove(line);
          return String.join("\n", lines);
        case REPEAT_LINE:
          for (int k = 0; k < count; k++) {
            lines.add(line, lines.get(line));
          }
          return String.join("\n", lines);
        case SWAP_LINES:
          int other = (line + count) % lines.size();
          String swap = lines.get(line);
          lines.set(line, lines.get(other));
          lines.set(other, swap);
          return String.join("\n", lines);
        case INDENT_LINE:
          lines.set(line, " ".repeat(count) + lines.get(line));
          return String.join("\n", lines);
        case DEDENT_LINE:
          String l = lines.get(line);
          lines.set(line, l.substring(Math.min(l.length(), count)));
          return String.join("\n", lines);
        default:
          throw new IllegalStateException(kind.toString());
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.of(
            new String(STRUCTURAL).chars().mapToObj(c -> (char) c).toList()),
        Arbitraries.chars().all());
    return Combinators.combine(Arbitraries.of(Mutation.Kind.class),
            Arbitraries.doubles().between(0, 1), chars, Arbitraries.integers().between(1, 4))
        .as(Mutation::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  private static String mutate(String text, List<Mutation> mutations) {
    String out = text;
    for (Mutation m : mutations) {
      out = m.applyTo(out);
    }
    return out;
  }

  @Provide
  Arbitrary<String> yamlFiles() {
    return Arbitraries.of(YAML_FILES).map(TestFiles::text);
  }

  @Provide
  Arbitrary<String> jsonFiles() {
    return Arbitraries.of(JSON_FILES).map(TestFiles::text);
  }

  @Property(tries = 1000, seed = "1618033988")
  void mutatedYamlFiles(@ForAll("yamlFiles") String file,
      @ForAll("mutations") List<Mutation> mutations) {
    readsOrReportsProblems(mutate(file, mutations), FileFormat.YAML);
  }

  @Property(tries = 1000, seed = "2718281828")
  void mutatedJsonFiles(@ForAll("jsonFiles") String file,
      @ForAll("mutations") List<Mutation> mutations) {
    readsOrReportsProblems(mutate(file, mutations), FileFormat.JSON);
  }

  @Property(tries = 120, seed = "1414213562")
  void mutatedGeneratedModels(@ForAll("generatedTexts") String text,
      @ForAll("mutations") List<Mutation> mutations) {
    readsOrReportsProblems(mutate(text, mutations), FileFormat.YAML);
    readsOrReportsProblems(mutate(text, mutations), FileFormat.JSON);
  }

  @Provide
  Arbitrary<String> generatedTexts() {
    return Combinators.combine(GeneratedModels.models(), Arbitraries.of(FileFormat.YAML,
            FileFormat.JSON))
        .as((model, format) -> ModelWriter.of(format).toString(model));
  }

  @Property(tries = 500, seed = "577215664")
  void yamlFilesReadAsJsonAndTheOtherWayRound(@ForAll("yamlFiles") String yaml,
      @ForAll("jsonFiles") String json, @ForAll("mutations") List<Mutation> mutations) {
    readsOrReportsProblems(mutate(yaml, mutations), FileFormat.JSON);
    // JSON is YAML 1.2, but not always YAML 1.1: either way only problems may come out.
    readsOrReportsProblems(mutate(json, mutations), FileFormat.YAML);
  }

  @Property(tries = 500, seed = "1123581321")
  void randomStrings(@ForAll @Size(max = 200) String text) {
    readsOrReportsProblems(text, FileFormat.YAML);
    readsOrReportsProblems(text, FileFormat.JSON);
  }

  @Provide
  Arbitrary<String> structuredNoise() {
    Arbitrary<String> tokens = Arbitraries.of("format: sp-pathways/1\n", "name: x\n", "scale:\n",
        "  - {level: 1, name: A}\n", "roles:\n", "  - ", "id: r\n", "{", "}", "[", "]", ":", ",",
        "- ", "\n", "  ", "&a ", "*a", "!!binary ", "!!python/object:java.lang.Object ", "? ",
        "<<: ", "|\n", ">\n", "'", "\"", "\\u0000", "#", "%YAML 1.1\n", "---\n", "...\n", "~",
        "1e400", "-0", "0x", ".nan", "null", "true", "\t", "\r\n", "\uFEFF", "\u0085", "\u2028",
        "\"format\": \"sp-pathways/1\"", "\"scale\": [", "{\"level\": 1}");
    return tokens.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  @Property(tries = 1000, seed = "4669201609")
  void structuredNoiseFromFormatTokens(@ForAll("structuredNoise") String text) {
    readsOrReportsProblems(text, FileFormat.YAML);
    readsOrReportsProblems(text, FileFormat.JSON);
  }

  @Property(tries = 300, seed = "662607015")
  void randomBytesDecodedEitherWay(@ForAll @Size(max = 300) byte[] bytes) {
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);

    readsOrReportsProblems(utf8, FileFormat.YAML);
    readsOrReportsProblems(utf8, FileFormat.JSON);
    readsOrReportsProblems(latin1, FileFormat.YAML);
    readsOrReportsProblems(latin1, FileFormat.JSON);
  }

  private static final WorkforceModel SMALL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));

  @Provide
  Arbitrary<String> profileFiles() {
    return Arbitraries.of("profiles/valid/people.yaml", "profiles/valid/people.json",
        "profiles/valid/people.csv", "profiles/invalid/problems.yaml",
        "profiles/invalid/problems.csv").map(TestFiles::text);
  }

  @Property(tries = 600, seed = "8675309")
  void mutatedProfileFilesInEveryFormat(@ForAll("profileFiles") String file,
      @ForAll("mutations") List<Mutation> mutations) {
    String text = mutate(file, mutations);
    for (FileFormat format : FileFormat.values()) {
      String source = "people." + format;
      readsOrReportsProblems(text, source,
          () -> ProfileReader.of(SMALL).read(text, source, format));
    }
  }

  @Provide
  Arbitrary<String> catalogueFiles() {
    return Arbitraries.of("catalogues/valid/catalogue.csv", "catalogues/invalid/problems.csv")
        .map(TestFiles::text);
  }

  @Property(tries = 600, seed = "3141592653")
  void mutatedCatalogueFiles(@ForAll("catalogueFiles") String file,
      @ForAll("mutations") List<Mutation> mutations) {
    String text = mutate(file, mutations);
    readsOrReportsProblems(text, "catalogue.csv",
        () -> CourseCatalogueReader.of(SMALL).read(text, "catalogue.csv"));
  }

  @Property(tries = 300, seed = "1729")
  void randomTextAsProfilesAndCatalogues(@ForAll("structuredNoise") String noise,
      @ForAll @Size(max = 100) String text) {
    for (String input : List.of(noise, text, text.replace(' ', ','))) {
      for (FileFormat format : FileFormat.values()) {
        readsOrReportsProblems(input, "people." + format,
            () -> ProfileReader.of(SMALL).read(input, "people." + format, format));
      }
      readsOrReportsProblems(input, "catalogue.csv",
          () -> CourseCatalogueReader.of(SMALL).read(input, "catalogue.csv"));
    }
  }
}
