package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sppathways.flow.Scenario;
import org.sppathways.io.internal.Fields;
import org.sppathways.io.internal.Node;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.References;
import org.sppathways.io.internal.TreeParser;
import org.sppathways.model.Confidence;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/**
 * Reads a scenario file ({@code format: sp-pathways-scenario/1}, YAML or JSON, documented in
 * {@code docs/reference/format.md}) against the base model it changes.
 *
 * <p>An entry of {@code roles} whose id is a role of the base changes that role: the fields it
 * gives replace the base's (lists and maps as a whole), the others are kept. An entry with a new
 * id adds a role and must be complete, as in a model file. {@code routes} work the same way,
 * matched by {@code from} and {@code to}. {@code removeRoles} and {@code removeRoutes} must name
 * roles and routes of the base.
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.of(model).read(Path.of("community-senior-post.yaml"));
 * WorkforceModel whatIf = s.applyTo(model);
 * }</pre>
 *
 * <p>Reading takes O(n) time for a document of n characters. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioReader {

  /** The value of the {@code format} field of scenario files. */
  public static final String FORMAT = "sp-pathways-scenario/1";

  private static final List<String> TOP = List.of("format", "name", "description", "sources",
      "confidence", "notes", "roles", "routes", "removeRoles", "removeRoutes");

  private final WorkforceModel base;
  private final ReadLimits limits;
  private final References references;

  private ScenarioReader(WorkforceModel base, ReadLimits limits) {
    this.base = Objects.requireNonNull(base, "base");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.references = new References(base);
  }

  /** A reader of scenarios for a base model, with default limits. */
  public static ScenarioReader of(WorkforceModel base) {
    return new ScenarioReader(base, ReadLimits.defaults());
  }

  /** A reader of scenarios for a base model, with the given limits. */
  public static ScenarioReader of(WorkforceModel base, ReadLimits limits) {
    return new ScenarioReader(base, limits);
  }

  /**
   * Reads a scenario file; the format follows the extension ({@code .yaml}, {@code .yml},
   * {@code .json}).
   *
   * @throws ModelException if the file is not a valid scenario for the base, listing every problem
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public Scenario read(Path file) {
    FileFormat format = Sources.format(file, FileFormat.YAML, FileFormat.JSON);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString(), format));
  }

  /**
   * Reads a scenario from text.
   *
   * @throws ModelException if the text is not a valid scenario for the base, listing every problem
   */
  public Scenario read(String text, String sourceName, FileFormat format) {
    Objects.requireNonNull(format, "format");
    return read(new StringReader(text), sourceName, format);
  }

  /**
   * Reads a scenario from a character stream, which the caller closes.
   *
   * @throws ModelException if the document is not a valid scenario for the base
   */
  public Scenario read(Reader reader, String sourceName, FileFormat format) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(format, "format");
    if (format == FileFormat.CSV) {
      throw new IllegalArgumentException("scenario files are YAML or JSON, not CSV");
    }
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    Node root = new TreeParser(limits).parse(reader, format, sink,
        "a scenario file starts with 'format: " + FORMAT + "'");
    sink.throwIfAny("scenario");
    Scenario.Builder b = Scenario.builder();
    Node formatNode = root instanceof Node.MapNode ? ((Node.MapNode) root).entries().get("format")
        : null;
    if (formatNode == null || !(formatNode instanceof Node.ScalarNode)
        || !FORMAT.equals(((Node.ScalarNode) formatNode).text())) {
      sink.add(formatNode == null ? root : formatNode, "format",
          "this is not an sp-pathways scenario file: it " + (formatNode == null
              ? "has no 'format' field" : "has format " + formatNode.describe()),
          "a scenario file starts with 'format: " + FORMAT + "'");
      sink.throwIfAny("scenario");
    }
    Fields top = Fields.of(root, "", sink, TOP);
    String name = top.text("name", "Community organisations add senior posts");
    if (name != null) {
      b.name(name);
    }
    top.optionalText("description").ifPresent(b::description);
    top.provenance(s -> s.forEach(b::addSource), c -> b.confidence(c), b::notes);
    roles(top, sink, b);
    routes(top, sink, b);
    removals(top, sink, b);
    sink.throwIfAny("scenario");
    return b.build();
  }

  private void roles(Fields top, ProblemSink sink, Scenario.Builder b) {
    List<Node> items = top.list("roles");
    Map<RoleId, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      String path = "roles[" + i + "]";
      Fields f = Fields.of(items.get(i), path, sink, ModelReader.known("roles"));
      if (f == null) {
        continue;
      }
      RoleId id = f.id("id", RoleId::of, "link-worker");
      if (id == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        sink.add(f.get("id").get(), f.at("id"), "role '" + id + "' appears twice, first at roles["
            + first + "]", "merge the two entries");
        continue;
      }
      int before = sink.count();
      Optional<Role> existing = base.findRole(id);
      Supplier<Role> build = existing.isPresent() ? changedRole(existing.get(), f, sink)
          : ModelReader.role(f, sink);
      if (sink.count() == before) {
        try {
          b.putRole(build.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
          sink.add(f.node(), path, e.getMessage());
        }
      }
    }
  }

  private static Supplier<Role> changedRole(Role role, Fields f, ProblemSink sink) {
    Role.Builder b = Role.builder().from(role);
    f.optionalText("title").ifPresent(b::title);
    f.optionalInteger("seniority", 0, Integer.MAX_VALUE).ifPresent(b::seniority);
    f.optionalText("family").ifPresent(b::family);
    if (f.get("external").isPresent()) {
      b.external(f.bool("external", role.external()));
    }
    if (f.get("offeredBy").isPresent()) {
      b.offeredBy(f.ids("offeredBy", OrganisationTypeId::of));
    }
    if (f.get("requires").isPresent()) {
      b.requirements(ModelReader.requirements(f, sink));
    }
    ModelReader.flowNumber(f, "leaving", 0, 1, sink).ifPresent(n -> {
      b.leaving(n.value());
      b.leavingProvenance(n.provenance());
    });
    if (f.get("leavingBy").isPresent()) {
      b.leavingBy(ModelReader.numbersByType(f, "leavingBy", 0, 1, sink));
    }
    ModelReader.flowNumber(f, "recruits", 0, Double.MAX_VALUE, sink).ifPresent(n -> {
      b.recruits(n.value());
      b.recruitsProvenance(n.provenance());
    });
    if (f.get("recruitsBy").isPresent()) {
      b.recruitsBy(ModelReader.numbersByType(f, "recruitsBy", 0, Double.MAX_VALUE, sink));
    }
    if (f.get("attributes").isPresent()) {
      b.attributes(f.textMap("attributes"));
    }
    provenance(f, b::sources, b::confidence, b::notes);
    return b::build;
  }

  /** Provenance fields that are given replace the base's. */
  private static void provenance(Fields f, java.util.function.Consumer<List<String>> sources,
      java.util.function.Consumer<Confidence> confidence,
      java.util.function.Consumer<String> notes) {
    List<String> given = f.texts("sources");
    if (f.get("sources").isPresent()) {
      sources.accept(given);
    }
    Confidence c = f.word("confidence", Confidence.class, false);
    if (c != null) {
      confidence.accept(c);
    }
    f.optionalText("notes").ifPresent(notes);
  }

  private void routes(Fields top, ProblemSink sink, Scenario.Builder b) {
    List<Node> items = top.list("routes");
    Map<List<RoleId>, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      String path = "routes[" + i + "]";
      Fields f = Fields.of(items.get(i), path, sink, ModelReader.known("routes"));
      if (f == null) {
        continue;
      }
      RoleId from = f.id("from", RoleId::of, "link-worker");
      RoleId to = f.id("to", RoleId::of, "senior-link-worker");
      if (from == null || to == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(List.of(from, to), i);
      if (first != null) {
        sink.add(f.node(), path, "route '" + from + "' -> '" + to + "' appears twice, first at "
            + "routes[" + first + "]", "merge the two entries");
        continue;
      }
      int before = sink.count();
      Optional<ProgressionRoute> existing = base.findRole(from).isPresent()
          ? base.route(from, to) : Optional.empty();
      Supplier<ProgressionRoute> build = existing.isPresent()
          ? changedRoute(existing.get(), f, sink) : ModelReader.route(f, sink);
      if (sink.count() == before) {
        try {
          b.putRoute(build.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
          sink.add(f.node(), path, e.getMessage());
        }
      }
    }
  }

  private static Supplier<ProgressionRoute> changedRoute(ProgressionRoute route, Fields f,
      ProblemSink sink) {
    ProgressionRoute.Builder b = route.toBuilder();
    RouteKind kind = f.word("kind", RouteKind.class, false);
    if (kind != null) {
      b.kind(kind);
    }
    f.optionalInteger("months", 0, Integer.MAX_VALUE).ifPresent(b::months);
    ModelReader.flowNumber(f, "rate", 0, 1, sink).ifPresent(n -> {
      b.rate(n.value());
      b.rateProvenance(n.provenance());
    });
    if (f.get("rateBy").isPresent()) {
      b.rateBy(ModelReader.numbersByType(f, "rateBy", 0, 1, sink));
    }
    ModelReader.flowNumber(f, "recruits", 0, Double.MAX_VALUE, sink).ifPresent(n -> {
      b.recruits(n.value());
      b.recruitsProvenance(n.provenance());
    });
    if (f.get("requires").isPresent()) {
      b.requirements(ModelReader.requirements(f, sink));
    }
    if (f.get("attributes").isPresent()) {
      b.attributes(f.textMap("attributes"));
    }
    provenance(f, b::sources, b::confidence, b::notes);
    return b::build;
  }

  private void removals(Fields top, ProblemSink sink, Scenario.Builder b) {
    List<Node> roles = top.list("removeRoles");
    for (int i = 0; i < roles.size(); i++) {
      Node item = roles.get(i);
      String path = "removeRoles[" + i + "]";
      if (!(item instanceof Node.ScalarNode) || ((Node.ScalarNode) item).isNull()) {
        sink.add(item, path, "expected a role id, found " + item.describe());
        continue;
      }
      RoleId id = Fields.id(item, path, ((Node.ScalarNode) item).text(), RoleId::of, sink);
      if (id != null && references.role(id, (m, s) -> sink.add(item, path, m, s))) {
        b.removeRole(id);
      }
    }
    List<Node> routes = top.list("removeRoutes");
    for (int i = 0; i < routes.size(); i++) {
      String path = "removeRoutes[" + i + "]";
      Fields f = Fields.of(routes.get(i), path, sink, List.of("from", "to"));
      if (f == null) {
        continue;
      }
      RoleId from = f.id("from", RoleId::of, "link-worker");
      RoleId to = f.id("to", RoleId::of, "senior-link-worker");
      if (from == null || to == null) {
        continue;
      }
      boolean known = references.role(from, (m, s) -> sink.add(f.get("from").get(), f.at("from"),
          m, s));
      known &= references.role(to, (m, s) -> sink.add(f.get("to").get(), f.at("to"), m, s));
      if (known && base.route(from, to).isEmpty()) {
        sink.add(f.node(), path, "there is no route '" + from + "' -> '" + to + "' in the model",
            "remove only routes of the base model");
      } else if (known) {
        b.removeRoute(from, to);
      }
    }
  }
}
