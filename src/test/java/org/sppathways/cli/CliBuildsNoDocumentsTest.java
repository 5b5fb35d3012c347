package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line builds no JSON or CSV document by hand: every result goes through
 * {@code org.sppathways.io.ResultWriter}, so Java users get the same documented shapes.
 */
class CliBuildsNoDocumentsTest {
  private static final Pattern HAND_BUILT = Pattern.compile(
      "Map<String, ?Object>|LinkedHashMap<String|createObjectNode|createArrayNode|\\.put\\(\"[a-zA-Z]+\", ");

  @Test
  void noCommandBuildsADocumentByHand() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/sppathways/cli"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(HAND_BUILT.matcher(lines.get(i)).find())
            .as(source + ":" + (i + 1) + ": " + lines.get(i).strip())
            .isFalse();
      }
    }
  }
}
