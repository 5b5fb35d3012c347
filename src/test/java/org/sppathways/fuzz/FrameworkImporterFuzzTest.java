package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.io.TestFiles;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.io.frameworks.EscoOptions;
import org.sppathways.io.frameworks.ImportedModel;
import org.sppathways.io.frameworks.OnetImporter;
import org.sppathways.io.frameworks.OnetOptions;
import org.sppathways.model.ModelException;
import org.sppathways.model.WorkforceModel;

/**
 * Fuzzes the O*NET and ESCO importers with folders whose files come from the fuzzer: whatever
 * the bytes, an import returns a model or throws a {@link ModelException} with usable problems,
 * within a second, with the default options and with bad rows skipped and every optional file
 * read. An imported model must write as a model file and read back equal.
 *
 * <p>An input holds one or more of the framework's files, each after a line {@code >>> NAME},
 * e.g. {@code >>> Skills.txt}; text before the first such line is the occupations file. A name
 * ending in {@code .gz} stands for the compressed file, its bytes as given; any other unknown
 * name picks one of the files by its hash. Every file the input does not hold is the valid
 * hand-made one from {@code src/test/resources/frameworks/<framework>/valid/}, so that the
 * importer gets past its check for missing files.
 *
 * <p>Seeds and regression inputs are in
 * {@code src/test/resources/org/sppathways/fuzz/FrameworkImporterFuzzTestInputs/<method>/}.
 */
class FrameworkImporterFuzzTest {

  /** The start of a line that begins a file. */
  static final String MARKER = ">>> ";

  private static final Framework ONET = new Framework("onet", List.of(OnetImporter.OCCUPATIONS,
      OnetImporter.JOB_ZONES, OnetImporter.SKILLS, OnetImporter.KNOWLEDGE, OnetImporter.RELATED,
      OnetImporter.CONTENT_MODEL));
  private static final Framework ESCO = new Framework("esco", List.of("occupations_en.csv",
      "skills_en.csv", "occupationSkillRelations_en.csv", "broaderRelationsOccPillar_en.csv"));

  private static final OnetImporter ONET_DEFAULTS = OnetImporter.of();
  private static final OnetImporter ONET_LENIENT = OnetImporter.of(OnetOptions.defaults()
      .withSkipBadRows(true).withKeepOccupationsWithoutJobZone(true));
  private static final EscoImporter ESCO_DEFAULTS = EscoImporter.of();
  private static final EscoImporter ESCO_LENIENT = EscoImporter.of(EscoOptions.defaults()
      .withSkipBadRows(true).withHierarchyRoutes(true));

  @TempDir
  Path dir;

  @ReaderFuzzTest
  void onet(byte[] input) {
    Path folder = ONET.lay(input, dir.resolve("onet"));
    importsOrReportsProblems(folder, ONET_DEFAULTS::read);
    importsOrReportsProblems(folder, ONET_LENIENT::read);
  }

  @ReaderFuzzTest
  void esco(byte[] input) {
    Path folder = ESCO.lay(input, dir.resolve("esco"));
    importsOrReportsProblems(folder, ESCO_DEFAULTS::read);
    importsOrReportsProblems(folder, ESCO_LENIENT::read);
  }

  private static void importsOrReportsProblems(Path folder, Function<Path, ImportedModel> importer) {
    WorkforceModel model;
    try {
      model = importer.apply(folder).model();
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, folder.toString());
      return;
    }
    String written = ModelWriter.yaml().toString(model);
    assertThat(ModelReader.of().read(written, "imported.yaml", FileFormat.YAML))
        .as("read back from:%n%s", written).isEqualTo(model);
  }

  /** A framework's files, and how a fuzz input becomes a folder of them. */
  private static final class Framework {
    final List<String> files;
    final Map<String, byte[]> valid = new HashMap<>();

    Framework(String name, List<String> files) {
      this.files = files;
      for (String file : files) {
        valid.put(file, TestFiles.bytes("frameworks/" + name + "/valid/" + file));
      }
    }

    /** Fills a folder with the files of an input, and the valid files for the rest. */
    Path lay(byte[] input, Path folder) {
      Map<String, byte[]> given = split(input);
      try {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
          for (Path p : (Iterable<Path>) old::iterator) {
            Files.delete(p);
          }
        }
        for (String file : files) {
          boolean compressed = given.containsKey(file + ".gz");
          if (compressed) {
            Files.write(folder.resolve(file + ".gz"), given.get(file + ".gz"));
          }
          if (given.containsKey(file) || !compressed) {
            Files.write(folder.resolve(file), given.getOrDefault(file, valid.get(file)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return folder;
    }

    /** The files of an input by name: the preamble, then each section after a marker line. */
    Map<String, byte[]> split(byte[] input) {
      Map<String, byte[]> given = new HashMap<>();
      int marker = nextMarker(input, 0);
      int preambleEnd = marker < 0 ? input.length : marker;
      if (preambleEnd > 0) {
        given.put(files.get(0), Arrays.copyOfRange(input, 0, preambleEnd));
      }
      while (marker >= 0) {
        int nameEnd = marker;
        while (nameEnd < input.length && input[nameEnd] != '\n') {
          nameEnd++;
        }
        String name = file(new String(input, marker + MARKER.length(),
            nameEnd - marker - MARKER.length(), StandardCharsets.UTF_8).strip());
        int start = Math.min(nameEnd + 1, input.length);
        marker = nextMarker(input, start);
        given.put(name, Arrays.copyOfRange(input, start, marker < 0 ? input.length : marker));
      }
      return given;
    }

    /** Where the next line from {@code from} on that starts with the marker begins, or -1. */
    private static int nextMarker(byte[] input, int from) {
      for (int i = from; i < input.length; i++) {
        if ((i == 0 || input[i - 1] == '\n') && startsWith(input, i, MARKER)) {
          return i;
        }
      }
      return -1;
    }

    /** The framework file a name in an input stands for. */
    private String file(String name) {
      if (files.contains(name)
          || name.endsWith(".gz") && files.contains(name.substring(0, name.length() - 3))) {
        return name;
      }
      return files.get(Math.floorMod(name.hashCode(), files.size()));
    }

    private static boolean startsWith(byte[] input, int at, String prefix) {
      if (input.length - at < prefix.length()) {
        return false;
      }
      for (int k = 0; k < prefix.length(); k++) {
        if (input[at + k] != prefix.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }
}
