package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --version} prints the version the build was made from, not a placeholder. */
class VersionTest {
  @Test
  void versionIsThePomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>sp-pathways</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    assertThat(m.find()).isTrue();

    CliRun r = CliRun.of("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("sp-pathways " + m.group(1));
  }
}
