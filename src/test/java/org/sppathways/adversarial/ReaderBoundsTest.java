package org.sppathways.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ReadLimits;
import org.sppathways.model.ModelException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Hostile files for the model and profile readers: 100,000 levels of nesting (2,000 for YAML
 * block maps, which nest by indentation and so grow quadratically), documents beyond
 * the size limit, values beyond the value limit, numbers beyond every range. Each is one clear
 * problem naming the limit and how to raise it, never a StackOverflowError or a hang.
 */
class ReaderBoundsTest {

  private static final int LEVELS = 100_000;
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} reader, {1}")
  @CsvSource({
      "model,    json-arrays", "model,    json-maps", "model,    yaml-flow-lists",
      "model,    yaml-flow-maps", "model,    yaml-block-lists", "model,    yaml-block-maps",
      "profiles, json-arrays", "profiles, json-maps", "profiles, yaml-flow-lists",
      "profiles, yaml-flow-maps", "profiles, yaml-block-lists", "profiles, yaml-block-maps"})
  void hundredThousandLevelsOfNestingIsOneProblemNamingTheLimit(String reader, String shape)
      throws IOException {
    FileFormat format = shape.startsWith("json") ? FileFormat.JSON : FileFormat.YAML;
    Path file = dir.resolve("deep." + (format == FileFormat.JSON ? "json" : "yaml"));
    Files.writeString(file, nested(shape, LEVELS));

    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> read(reader, ReadLimits.defaults()).apply(file));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ModelException.class);
    ModelException e = (ModelException) thrown;
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .startsWith(file.toString())
        .contains("the document nests deeper than 32 levels")
        .contains("ReadLimits.withMaxNestingDepth");
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @ParameterizedTest(name = "{0} reader, {1}")
  @CsvSource({"model, json", "model, yaml", "profiles, json", "profiles, yaml"})
  void fileLargerThanTheDocumentLimitIsOneProblemNamingTheLimit(String reader, String extension)
      throws IOException {
    Path file = dir.resolve("large." + extension);
    String head = extension.equals("json")
        ? "{\"format\": \"" + format(reader) + "\",\n" : "format: " + format(reader) + "\n";
    Files.writeString(file, head + (" ".repeat(99) + "\n").repeat(20_000)); // 2,000,000 chars

    ReadLimits limits = ReadLimits.defaults().withMaxDocumentChars(1_000_000);
    Throwable thrown = catchThrowable(() -> read(reader, limits).apply(file));

    assertThat(thrown).isInstanceOf(ModelException.class);
    assertThat(((ModelException) thrown).problems()).singleElement().asString()
        .startsWith(file.toString())
        .contains("the document is longer than 1000000 characters")
        .contains("ReadLimits.withMaxDocumentChars");
  }

  /** A document that never ends is read up to the default limit (256 Mi characters), no further. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"JSON", "YAML"})
  void endlessDocumentStopsAtTheDefaultLimit(FileFormat format) {
    String head = format == FileFormat.JSON ? "{\"format\": \"sp-pathways/1\",\n"
        : "format: sp-pathways/1\n";
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(
        () -> ModelReader.of().read(new EndlessReader(head), "endless", format));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ModelException.class);
    assertThat(((ModelException) thrown).problems()).singleElement().asString()
        .contains("the document is longer than 268435456 characters");
    System.out.printf("endless %s document: stopped at 256 Mi characters after %d ms%n", format,
        took.toMillis());
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void jsonTextBeyondTheTextLimitNamesTheLimit() {
    String document = "{\"format\": \"sp-pathways/1\", \"name\": \"" + "x".repeat(20_000_001)
        + "\"}";

    Throwable thrown = catchThrowable(
        () -> ModelReader.of().read(document, "m.json", FileFormat.JSON));

    assertThat(thrown).isInstanceOf(ModelException.class);
    assertThat(((ModelException) thrown).problems()).singleElement().asString()
        .contains("a text is longer than 20000000 characters (look for an unclosed quote; texts "
            + "are limited to 20,000,000 characters, or to ReadLimits.maxDocumentChars if lower)");
  }

  /**
   * The YAML parser's time grows with the square of a line's length (a 20,000,000-character line
   * took three minutes), so a YAML line is limited to {@link ReadLimits#MAX_YAML_LINE_CHARS}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"plain", "quoted", "comment"})
  void yamlLineBeyondTheLineLimitIsRejectedQuickly(String kind) {
    String line = "x".repeat(20_000_000);
    String document = "format: sp-pathways/1\n" + switch (kind) {
      case "plain" -> "name: " + line;
      case "quoted" -> "name: \"" + line + "\"";
      default -> "# " + line;
    } + "\n";

    long start = System.nanoTime();
    Throwable thrown = catchThrowable(
        () -> ModelReader.of().read(document, "m.yaml", FileFormat.YAML));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isInstanceOf(ModelException.class);
    assertThat(((ModelException) thrown).problems()).singleElement().asString()
        .isEqualTo("m.yaml:2: the line is longer than 1000000 characters (YAML lines are limited "
            + "to ReadLimits.MAX_YAML_LINE_CHARS (or ReadLimits.maxDocumentChars if lower): break "
            + "long texts over several lines, or use JSON)");
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void longYamlTextsSpanningLinesAreReadInLinearTime() {
    String text = ("x".repeat(59) + "\n  ").repeat(100_000); // 6,200,000 characters
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> ModelReader.of()
        .read("format: sp-pathways/1\nname: " + text + "\n", "m.yaml", FileFormat.YAML));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(((ModelException) thrown).problems()).extracting(Object::toString)
        .noneMatch(p -> p.contains("longer than"));
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void csvValueBeyondTheValueLimitNamesLineAndLimit() throws IOException {
    Path file = dir.resolve("people.csv");
    Files.writeString(file, "person,role,organisationType,monthsInRole,competency,level\n"
        + "p1,link-worker,,1,active-listening,1\n"
        + "p2,\"link-worker,,1,active-listening,1\n" // unclosed quote
        + ("p3,link-worker,,1,active-listening,1," + "x".repeat(80) + "\n").repeat(20_000));

    Throwable thrown = catchThrowable(() -> ProfileReader.of(MODEL).read(file));

    assertThat(thrown).isInstanceOf(ModelException.class);
    assertThat(((ModelException) thrown).problems()).singleElement().asString()
        .isEqualTo(file + ":3: a value is longer than 1000000 characters (look for an unclosed "
            + "quote, which runs on to the end of the file; values are limited to 1,000,000 "
            + "characters, or to ReadLimits.maxDocumentChars if lower)");
  }

  @Test
  void numbersBeyondEveryRangeAreProblemsNotCrashes() {
    ProfileReader profiles = ProfileReader.of(MODEL);
    Throwable yaml = catchThrowable(() -> profiles.read("""
        format: sp-pathways-profiles/1
        people:
          - id: p1
            monthsInRole: 1e400
            holds: {active-listening: 99999999999999999999}
        """, "people.yaml", FileFormat.YAML));
    Throwable csv = catchThrowable(() -> profiles.read(
        "person,role,organisationType,monthsInRole,competency,level\n"
            + "p1,,,99999999999999999999,active-listening,-99999999999999999999\n",
        "people.csv", FileFormat.CSV));

    assertThat(((ModelException) yaml).problems()).extracting(Object::toString).containsExactly(
        "people.yaml:4:19: people[0].monthsInRole: expected a whole number, found the number "
            + "1e400 (write a number such as 1 without quotes)",
        "people.yaml:5:31: people[0].holds.active-listening: the number 99999999999999999999 is "
            + "out of range (use a whole number from 0 up)");
    assertThat(((ModelException) csv).problems()).extracting(Object::toString).containsExactly(
        "people.csv:2:4: monthsInRole: the number 99999999999999999999 is out of range (use a "
            + "whole number from 0 up)",
        "people.csv:2:6: level: the number -99999999999999999999 is out of range (use a whole "
            + "number from -2147483648 up)");
  }

  @Test
  void badLimitsAreRejectedWithTheValues() {
    assertThat(catchThrowable(() -> ReadLimits.defaults().withMaxNestingDepth(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read limits must be 1 or more, were 268435456, 0, 1000");
    assertThat(catchThrowable(() -> ReadLimits.defaults().withMaxDocumentChars(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(catchThrowable(() -> ReadLimits.defaults().withMaxProblems(Integer.MIN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2147483648");
  }

  // ------------------------------------------------------------------ helpers

  private static Function<Path, Object> read(String reader, ReadLimits limits) {
    return reader.equals("model") ? ModelReader.of(limits)::read
        : ProfileReader.of(MODEL, limits)::read;
  }

  private static String format(String reader) {
    return reader.equals("model") ? ModelReader.FORMAT : ProfileReader.FORMAT;
  }

  /** A document nesting lists or maps {@code levels} deep, in one of six shapes. */
  static String nested(String shape, int levels) {
    switch (shape) {
      case "json-arrays":
      case "yaml-flow-lists":
        return "[".repeat(levels) + "]".repeat(levels);
      case "json-maps":
        return "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
      case "yaml-flow-maps":
        return "{a: ".repeat(levels) + "1" + "}".repeat(levels);
      case "yaml-block-lists":
        return "- ".repeat(levels) + "x\n";
      case "yaml-block-maps":
        // block maps nest by indentation, so n levels take n²/2 characters: 2,000 levels here
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < Math.min(levels, 2_000); i++) {
          yaml.append(" ".repeat(i)).append("a:\n");
        }
        return yaml.append(" ".repeat(Math.min(levels, 2_000))).append("1\n").toString();
      default:
        throw new IllegalArgumentException(shape);
    }
  }

  /** A reader of a head followed by endless blank lines. */
  private static final class EndlessReader extends Reader {
    private final String head;
    private int at;
    private long sent;

    EndlessReader(String head) {
      this.head = head;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = at < head.length() ? head.charAt(at++)
            : (++sent % 64 == 0 ? '\n' : ' ');
      }
      return length;
    }

    @Override
    public void close() {}
  }
}
