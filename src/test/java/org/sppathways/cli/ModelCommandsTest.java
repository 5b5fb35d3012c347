package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.model.Competency;
import org.sppathways.model.Course;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What {@code validate}, {@code summary}, {@code export} and {@code report} print means what it
 * says: every count, row and node is checked against the model it describes, computed here from
 * the model's own values rather than from the analyses that produced the output. The README's
 * main job, {@code report --format md} on the bundled model, is checked section by section.
 */
class ModelCommandsTest {
  private static final WorkforceModel REFERENCE = ReferenceModels.socialPrescribing();
  private static final Path TUTORIAL = Path.of("docs/tutorial/my-model.yaml");

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Nested
  class Validate {

    @Test
    void aValidModelIsReportedWithTheModelsOwnCounts() {
      WorkforceModel model = ModelReader.of().read(TUTORIAL);

      CliRun r = run("validate", "--model", TUTORIAL.toString());

      assertThat(r.code()).isZero();
      assertThat(r.err()).isEmpty();
      // "roles" counts every role, external professions included (summary splits them).
      assertThat(r.out().strip()).isEqualTo(TUTORIAL + " is a valid model: "
          + model.roles().size() + " roles, " + model.competencies().size() + " competencies, "
          + model.routes().size() + " routes, " + model.courses().size() + " courses, "
          + model.organisationTypes().size() + " organisation types.");
    }

    @Test
    void aBrokenFileNamesEachMistakeAtItsLineAndColumnAndExitsTwo(@TempDir Path dir)
        throws IOException {
      List<String> lines = new ArrayList<>(Files.readAllLines(TUTORIAL, StandardCharsets.UTF_8));
      int misspelt = -1;
      int unknownType = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (misspelt < 0 && lines.get(i).contains("competency: safeguarding-adults")) {
          lines.set(i, lines.get(i).replace("safeguarding-adults", "safegaurding-adults"));
          misspelt = i + 1;
        } else if (unknownType < 0 && lines.get(i).contains("offeredBy: [pcn")) {
          lines.set(i, lines.get(i).replace("offeredBy: [pcn", "offeredBy: [pcm"));
          unknownType = i + 1;
        }
      }
      assertThat(misspelt).as("the tutorial model names safeguarding-adults").isPositive();
      assertThat(unknownType).as("the tutorial model has a role offered by pcn").isPositive();
      Path broken = dir.resolve("broken.yaml");
      Files.write(broken, lines, StandardCharsets.UTF_8);

      CliRun r = run("validate", "--model", broken.toString());

      assertThat(r.code()).isEqualTo(Main.INVALID);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines().findFirst())
          .hasValue(broken + " is not a valid model: 2 problems:");
      Matcher at = Pattern.compile(Pattern.quote(broken.toString())
          + ":(\\d+):(\\d+): (\\S+): (.*)").matcher(r.err());
      Map<String, int[]> places = new HashMap<>();
      while (at.find()) {
        places.put(at.group(4), new int[] {Integer.parseInt(at.group(1)),
            Integer.parseInt(at.group(2))});
      }
      assertThat(places).hasSize(2);
      // Each problem's line and column point at the bad value in the file.
      places.forEach((message, place) -> {
        String line = lines.get(place[0] - 1);
        String bad = message.contains("safegaurding") ? "safegaurding-adults" : "pcm";
        assertThat(line.substring(place[1] - 1)).as("%s at %d:%d", message, place[0], place[1])
            .startsWith(bad);
      });
      assertThat(places.values()).extracting(p -> p[0]).containsExactlyInAnyOrder(misspelt,
          unknownType);
      assertThat(r.err()).contains("did you mean 'safeguarding-adults'?", "did you mean 'pcn'?");
    }
  }

  @Nested
  class Summary {

    /** The counts summary must print: workforce roles and external professions apart. */
    private Map<String, Long> counts(WorkforceModel m) {
      long external = m.roles().stream().filter(Role::external).count();
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("competencies", (long) m.competencies().size());
      counts.put("organisationTypes", (long) m.organisationTypes().size());
      counts.put("roles", m.roles().size() - external);
      counts.put("externalRoles", external);
      counts.put("routes", (long) m.routes().size());
      counts.put("courses", (long) m.courses().size());
      return counts;
    }

    @Test
    void everyFormatPrintsTheModelsCounts() throws IOException {
      for (Path file : new Path[] {null, TUTORIAL}) {
        WorkforceModel m = file == null ? REFERENCE : ModelReader.of().read(file);
        String[] model = file == null ? new String[0] : new String[] {"--model", file.toString()};
        Map<String, Long> expected = counts(m);

        CliRun table = run(concat(new String[] {"summary"}, model));
        Map<String, Long> fromTable = new LinkedHashMap<>();
        table.out().lines().skip(4).forEach(l -> {
          String[] cells = l.trim().split("\\s+");
          fromTable.put(cells[0], Long.parseLong(cells[1]));
        });
        assertThat(table.out().lines().findFirst()).hasValue(m.name());
        assertThat(fromTable).containsExactlyEntriesOf(expected);

        JsonNode json = new ObjectMapper().readTree(
            run(concat(new String[] {"summary", "--format", "json"}, model)).out());
        assertThat(json.get("result").asText()).isEqualTo("summary");
        assertThat(json.get("name").asText()).isEqualTo(m.name());
        expected.forEach((k, v) -> assertThat(json.get(k).asLong()).as(k).isEqualTo(v));

        List<String> csv = run(concat(new String[] {"summary", "--format", "csv"}, model)).out()
            .lines().toList();
        assertThat(csv).containsExactlyElementsOf(concatList(List.of("kind,count"),
            expected.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()).toList()));
      }
    }
  }

  @Nested
  class Export {

    @Test
    void dotHasANodeForEveryRoleAndAnEdgeForEveryRoute() {
      CliRun r = run("export", "--to", "dot");

      assertThat(r.code()).isZero();
      Set<String> nodes = new LinkedHashSet<>();
      Set<String> edges = new LinkedHashSet<>();
      Matcher node = Pattern.compile("(?m)^\\s*\"([^\"]+)\" \\[ title=\"([^\"]*)\"").matcher(r.out());
      while (node.find()) {
        nodes.add(node.group(1));
        assertThat(node.group(2)).isEqualTo(REFERENCE.role(
            org.sppathways.model.RoleId.of(node.group(1))).title());
      }
      Matcher edge = Pattern.compile("(?m)^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[ kind=\"([a-z]+)\"")
          .matcher(r.out());
      Map<String, String> kinds = new HashMap<>();
      while (edge.find()) {
        edges.add(edge.group(1) + "->" + edge.group(2));
        kinds.put(edge.group(1) + "->" + edge.group(2), edge.group(3));
      }
      assertThat(nodes).containsExactlyInAnyOrderElementsOf(
          REFERENCE.roles().stream().map(ro -> ro.id().toString()).toList());
      assertThat(edges).containsExactlyInAnyOrderElementsOf(routeKeys(REFERENCE));
      for (ProgressionRoute route : REFERENCE.routes()) {
        assertThat(kinds.get(route.from() + "->" + route.to()))
            .isEqualTo(route.kind().toString().toLowerCase(java.util.Locale.ROOT));
      }
    }

    @Test
    void graphmlHasANodeForEveryRoleAndAnEdgeForEveryRoute() throws Exception {
      CliRun r = run("export", "--to", "graphml");

      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader(r.out())));
      NodeList nodes = doc.getElementsByTagName("node");
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        ids.add(((Element) nodes.item(i)).getAttribute("id"));
      }
      NodeList edges = doc.getElementsByTagName("edge");
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < edges.getLength(); i++) {
        Element e = (Element) edges.item(i);
        pairs.add(e.getAttribute("source") + "->" + e.getAttribute("target"));
      }
      assertThat(ids).containsExactlyInAnyOrderElementsOf(
          REFERENCE.roles().stream().map(ro -> ro.id().toString()).toList());
      assertThat(pairs).containsExactlyInAnyOrderElementsOf(routeKeys(REFERENCE));
    }

    @Test
    void yamlAndJsonReadBackToTheSameModel() {
      for (String format : new String[] {"yaml", "json"}) {
        CliRun r = run("export", "--to", format);

        assertThat(r.code()).isZero();
        WorkforceModel back = ModelReader.of().read(r.out(), "export." + format,
            format.equals("yaml") ? FileFormat.YAML : FileFormat.JSON);
        assertThat(back).as(format).isEqualTo(REFERENCE);
      }
    }

    @Test
    void csvWritesEveryRoleAndEveryRoute(@TempDir Path dir) throws IOException {
      Path prefix = dir.resolve("careers");

      CliRun r = run("export", "--to", "csv", "--out", prefix.toString());

      assertThat(r.code()).isZero();
      List<String[]> roles = csv(Path.of(prefix + "-roles.csv"));
      List<String[]> routes = csv(Path.of(prefix + "-routes.csv"));
      assertThat(roles).hasSize(REFERENCE.roles().size() + 1);
      assertThat(roles.subList(1, roles.size())).extracting(cells -> cells[0])
          .containsExactlyInAnyOrderElementsOf(
              REFERENCE.roles().stream().map(ro -> ro.id().toString()).toList());
      assertThat(routes.subList(1, routes.size())).extracting(cells -> cells[0] + "->" + cells[1])
          .containsExactlyInAnyOrderElementsOf(routeKeys(REFERENCE));
    }

    private List<String[]> csv(Path file) throws IOException {
      com.fasterxml.jackson.dataformat.csv.CsvMapper mapper =
          new com.fasterxml.jackson.dataformat.csv.CsvMapper();
      mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
      try (com.fasterxml.jackson.databind.MappingIterator<String[]> it =
          mapper.readerFor(String[].class).readValues(file.toFile())) {
        return it.readAll();
      }
    }
  }

  /** The README's main job: {@code report --format md} on the bundled model. */
  @Nested
  class MarkdownReportOfTheBundledModel {
    private final String report = mainJob();

    private String mainJob() {
      CliRun r = run("report", "--format", "md");
      assertThat(r.code()).isZero();
      assertThat(r.err()).isEmpty();
      return r.out();
    }

    @Test
    void theHeadlineCountsAreTheModels() {
      long external = REFERENCE.roles().stream().filter(Role::external).count();

      assertThat(report.lines().toList()).startsWith("# " + REFERENCE.name(), "",
          "- Roles in the workforce: " + (REFERENCE.roles().size() - external),
          "- Professions people enter from: " + external,
          "- Progression routes: " + REFERENCE.routes().size(),
          "- Competencies: " + REFERENCE.competencies().size(),
          "- Courses: " + REFERENCE.courses().size(),
          "- Kinds of employer: " + REFERENCE.organisationTypes().size());
    }

    @Test
    void everyCeilingRowNamesARoleThatEmployerOffersAtThatSeniority() {
      List<Map<String, String>> rows = table(report, "How far careers go, by employer");

      assertThat(rows).isNotEmpty();
      for (Map<String, String> row : rows) {
        OrganisationType type = typeNamed(row.get("Kind of employer"));
        Role top = REFERENCE.roles().stream()
            .filter(ro -> ro.title().equals(row.get("Role at the top"))).findFirst().orElseThrow();
        assertThat(top.offeredBy()).as(row.toString()).contains(type.id());
        assertThat(top.seniority().orElse(-1)).as(row.toString())
            .isEqualTo(Integer.parseInt(row.get("Highest seniority")));
        assertThat(Integer.parseInt(row.get("Moves"))).isNotNegative();
      }
    }

    @Test
    void everyEmployerIsListedWithTheSupportOthersRecordAndItDoesNot() {
      Set<String> recorded = REFERENCE.organisationTypes().stream()
          .flatMap(t -> t.supports().stream().map(s -> s.structure()))
          .collect(Collectors.toCollection(LinkedHashSet::new));
      Map<String, String> expected = new LinkedHashMap<>();
      for (OrganisationType t : REFERENCE.organisationTypes()) {
        List<String> missing = recorded.stream().filter(s -> !t.offers(s)).toList();
        expected.put(t.name(), missing.isEmpty() ? "\u2013" : String.join(", ", missing));
      }

      Map<String, String> shown = new LinkedHashMap<>();
      for (Map<String, String> row : table(report, "Support not recorded, by employer")) {
        shown.put(row.get("Kind of employer"), row.get("Support not recorded"));
      }

      assertThat(shown).containsExactlyEntriesOf(expected);
    }

    @Test
    void theShortfallTableListsExactlyTheCompetenciesNeededAboveWhatAnyCourseTeaches() {
      Map<String, Integer> needed = new HashMap<>();
      for (Role role : REFERENCE.roles()) {
        for (Requirement q : role.requirements()) {
          needed.merge(q.competency().toString(), q.level(), Math::max);
        }
      }
      Map<String, Integer> taught = new HashMap<>();
      for (Course course : REFERENCE.courses()) {
        for (CompetencyLevel c : course.covers()) {
          taught.merge(c.competency().toString(), c.level(), Math::max);
        }
      }
      Map<String, List<String>> expected = new LinkedHashMap<>();
      for (Competency c : REFERENCE.competencies()) {
        int need = needed.getOrDefault(c.id().toString(), 0);
        int most = taught.getOrDefault(c.id().toString(), 0);
        if (need > most) {
          expected.put(c.name(), List.of(String.valueOf(need), String.valueOf(most),
              c.learnedOnTheJob() ? "yes" : "no"));
        }
      }

      Map<String, List<String>> shown = new LinkedHashMap<>();
      for (Map<String, String> row : table(report, "Needed above the level any course reaches")) {
        shown.put(row.get("Competency"), List.of(row.get("Level needed"),
            row.get("Highest level taught"), row.get("Learned on the job")));
      }

      assertThat(expected).as("the reference model has shortfalls to show").isNotEmpty();
      assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void theHtmlReportCoversTheSameEmployersAndShortfalls(@TempDir Path dir) throws IOException {
      Path html = dir.resolve("report.html");

      CliRun r = run("report", "--out", html.toString());

      assertThat(r.code()).isZero();
      assertThat(r.out().strip()).isEqualTo("wrote " + html);
      String page = Files.readString(html, StandardCharsets.UTF_8);
      assertThat(page).startsWith("<!DOCTYPE html>");
      for (OrganisationType t : REFERENCE.organisationTypes()) {
        assertThat(page).contains(escape(t.name()));
      }
      for (Map<String, String> row : table(report, "Needed above the level any course reaches")) {
        assertThat(page).contains(escape(row.get("Competency")));
      }
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static OrganisationType typeNamed(String name) {
    return REFERENCE.organisationTypes().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no organisation type named " + name));
  }

  /** The rows of the first Markdown table under a {@code ## heading}, by column name. */
  static List<Map<String, String>> table(String markdown, String heading) {
    List<String> lines = markdown.lines().toList();
    int at = lines.indexOf("## " + heading);
    assertThat(at).as("section '%s'", heading).isNotNegative();
    List<String> header = null;
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        if (header != null) {
          break;
        }
        continue;
      }
      List<String> cells = List.of(line.substring(1, line.length() - 1).split("(?<!\\\\)\\|"))
          .stream().map(String::strip).toList();
      if (header == null) {
        header = cells;
      } else if (!cells.get(0).startsWith("---")) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), cells.get(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<String> routeKeys(WorkforceModel m) {
    return m.routes().stream().map(r -> r.from() + "->" + r.to()).toList();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static List<String> concatList(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
