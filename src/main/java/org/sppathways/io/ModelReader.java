package org.sppathways.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sppathways.io.internal.Fields;
import org.sppathways.io.internal.Node;
import org.sppathways.io.internal.NodePaths;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.TreeParser;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EmployerMix;
import org.sppathways.model.EntryRule;
import org.sppathways.model.FigureSeries;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PayFigure;
import org.sppathways.model.ProficiencyLevel;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Provenance;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.StaffFigure;
import org.sppathways.model.StaffMeasure;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceFigures;
import org.sppathways.model.WorkforceModel;

/**
 * Reads a {@link WorkforceModel} from a YAML or JSON model file ({@code format: sp-pathways/1},
 * documented in {@code docs/reference/format.md}).
 *
 * <pre>{@code
 * WorkforceModel model = ModelReader.of().read(Path.of("model.yaml"));
 * }</pre>
 *
 * <p>Every problem in the file is reported together in one {@link ModelException}, each with
 * the file name, line, column and path ({@code roles[3].requires[0].competency}). Checking
 * happens in two passes: first the shape of the document (syntax, types, required and unknown
 * fields, value ranges), then, when the shape is sound, the rules that span the model (unknown
 * references, duplicate ids, levels outside the scale).
 *
 * <p>Unknown fields are errors, with a "did you mean" suggestion, so that a misspelt optional
 * field is never silently ignored; keys starting with {@code x-} are extension fields and are
 * ignored. Untrusted input is safe: see {@link ReadLimits}.
 *
 * <p>Reading takes O(n) time and memory for a document of n characters. This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelReader {

  /** The value of the {@code format} field this reader understands. */
  public static final String FORMAT = "sp-pathways/1";

  private static final List<String> TOP = List.of("format", "name", "description", "currency",
      "sources", "confidence", "notes", "scale", "competencies", "organisationTypes", "roles",
      "routes", "courses", "figures");

  private final ReadLimits limits;

  private ModelReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader with the default {@link ReadLimits}. */
  public static ModelReader of() {
    return new ModelReader(ReadLimits.defaults());
  }

  /** A reader with the given limits. */
  public static ModelReader of(ReadLimits limits) {
    return new ModelReader(limits);
  }

  /**
   * Reads a model file; the format follows the extension ({@code .yaml}, {@code .yml},
   * {@code .json}).
   *
   * @throws ModelException if the file is not a valid model, listing every problem
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public WorkforceModel read(Path file) {
    FileFormat format = Sources.format(file, FileFormat.YAML, FileFormat.JSON);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString(), format));
  }

  /**
   * Reads a model from text.
   *
   * @param text the document
   * @param sourceName the name shown in problems, e.g. a file name
   * @param format {@link FileFormat#YAML} or {@link FileFormat#JSON}
   * @throws ModelException if the text is not a valid model, listing every problem
   */
  public WorkforceModel read(String text, String sourceName, FileFormat format) {
    Objects.requireNonNull(format, "format");
    return read(new StringReader(text), sourceName, format);
  }

  /**
   * Reads a model from a character stream, which the caller closes.
   *
   * @throws ModelException if the document is not a valid model, listing every problem
   */
  public WorkforceModel read(Reader reader, String sourceName, FileFormat format) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(format, "format");
    if (format == FileFormat.CSV) {
      throw new IllegalArgumentException("model files are YAML or JSON, not CSV");
    }
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    Node root = new TreeParser(limits).parse(reader, format, sink,
        "a model file starts with 'format: " + FORMAT + "'");
    sink.throwIfAny("model");
    WorkforceModel.Builder builder = readShape(root, sink);
    sink.throwIfAny("model");
    try {
      return builder.build();
    } catch (ModelException e) {
      for (Problem p : e.problems()) {
        Node at = NodePaths.find(root, p.location());
        sink.add(at, p.location(), p.message(), p.suggestion());
      }
      sink.throwIfAny("model");
      throw e;
    }
  }

  private WorkforceModel.Builder readShape(Node root, ProblemSink sink) {
    WorkforceModel.Builder builder = WorkforceModel.builder();
    if (!(root instanceof Node.MapNode)) {
      sink.add(root, "", "this is not a model file: it holds " + root.describe()
          + " where a model starts with a map of fields", "start the file with 'format: " + FORMAT
          + "'");
      return builder;
    }
    Node.MapNode map = (Node.MapNode) root;
    Node format = map.entries().get("format");
    if (format == null || !(format instanceof Node.ScalarNode)
        || !FORMAT.equals(((Node.ScalarNode) format).text())) {
      String found = format == null ? "has no 'format' field" : "has format " + format.describe();
      sink.add(format == null ? root : format, "format",
          "this is not an sp-pathways model file: it " + found,
          "a model file starts with 'format: " + FORMAT + "'");
      return builder;
    }
    Fields top = Fields.of(root, "", sink, TOP);
    String name = top.text("name", "My workforce");
    if (name != null) {
      builder.name(name);
    }
    top.optionalText("description").ifPresent(builder::description);
    top.optionalText("currency").ifPresent(builder::currency);
    top.provenance(s -> s.forEach(builder::addSource), builder::confidence, builder::notes);
    readScale(top, sink).ifPresent(builder::scale);
    each(top, "competencies", sink, f -> competency(f, sink), builder::addCompetency);
    each(top, "organisationTypes", sink, f -> organisationType(f, sink), builder::addOrganisationType);
    each(top, "roles", sink, f -> role(f, sink), builder::addRole);
    each(top, "routes", sink, f -> route(f, sink), builder::addRoute);
    each(top, "courses", sink, f -> course(f, sink), builder::addCourse);
    if (top.get("figures").isPresent()) {
      builder.figures(figures(top, sink));
    }
    return builder;
  }

  private static java.util.Optional<ProficiencyScale> readScale(Fields top, ProblemSink sink) {
    if (top.get("scale").isEmpty()) {
      sink.add(top.node(), "scale", "missing required field 'scale'",
          "add e.g. 'scale: [{level: 1, name: Awareness}, {level: 2, name: Working}]'");
      return java.util.Optional.empty();
    }
    List<Node> items = top.list("scale");
    if (items.isEmpty()) {
      if (top.get("scale").get() instanceof Node.ListNode) {
        sink.add(top.get("scale").get(), "scale", "the scale has no levels",
            "list at least one level, e.g. {level: 1, name: Awareness}");
      }
      return java.util.Optional.empty();
    }
    ProficiencyScale.Builder scale = ProficiencyScale.builder();
    int problemsBefore = sink.count();
    for (int i = 0; i < items.size(); i++) {
      Fields f = Fields.of(items.get(i), "scale[" + i + "]", sink,
          List.of("level", "name", "description"));
      if (f == null) {
        continue;
      }
      Integer level = f.integer("level", 1, 1000, String.valueOf(i + 1));
      String name = f.text("name", "Awareness");
      if (level != null && level != i + 1) {
        sink.add(f.get("level").get(), f.at("level"), "level " + level + " is out of order",
            "number the levels 1, 2, 3 ... in order; this entry should be level " + (i + 1));
      }
      if (level != null && name != null) {
        ProficiencyLevel.Builder b = ProficiencyLevel.builder().level(level).name(name);
        f.optionalText("description").ifPresent(b::description);
        scale.addLevel(b.build());
      }
    }
    if (sink.count() > problemsBefore) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(scale.build());
  }

  /** Reads each entry of a list field, building entities and passing the valid ones on. */
  private static <T> void each(Fields top, String key, ProblemSink sink,
      java.util.function.Function<Fields, Supplier<T>> reader, java.util.function.Consumer<T> add) {
    List<Node> items = top.list(key);
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      String path = key + "[" + i + "]";
      Fields f = Fields.of(items.get(i), path, sink, known(key));
      if (f == null) {
        continue;
      }
      int before = sink.count();
      Supplier<T> build = reader.apply(f);
      if (sink.count() == before) {
        try {
          add.accept(build.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
          sink.add(f.node(), path, e.getMessage());
        }
      }
    }
  }

  /** The fields an entry of a top-level list may have, provenance included. */
  static List<String> known(String key) {
    List<String> fields = new ArrayList<>();
    switch (key) {
      case "competencies":
        fields.addAll(List.of("id", "name", "domain", "description", "parent", "learnedOnTheJob"));
        break;
      case "organisationTypes":
        fields.addAll(List.of("id", "name", "sector", "supports"));
        break;
      case "roles":
        fields.addAll(List.of("id", "title", "seniority", "family", "external", "offeredBy",
            "requires", "variants", "firstYear", "leaving", "leavingBy", "recruits", "recruitsBy",
            "attributes"));
        break;
      case "routes":
        fields.addAll(List.of("from", "to", "kind", "months", "rate", "rateBy", "recruits",
            "requires", "attributes"));
        break;
      case "courses":
        fields.addAll(List.of("id", "title", "provider", "hours", "cost", "mode", "covers",
            "prerequisites", "validForMonths", "entry"));
        break;
      default:
        throw new IllegalArgumentException(key);
    }
    fields.addAll(Fields.PROVENANCE);
    return fields;
  }

  private static Supplier<Competency> competency(Fields f, ProblemSink sink) {
    Competency.Builder b = Competency.builder();
    CompetencyId id = f.id("id", CompetencyId::of, "safeguarding-adults");
    String name = f.text("name", "Safeguarding adults");
    String domain = f.text("domain", "Safety");
    f.optionalText("description").ifPresent(b::description);
    f.optionalId("parent", CompetencyId::of).ifPresent(b::parent);
    b.learnedOnTheJob(f.bool("learnedOnTheJob", false));
    f.provenance(b::addAllSources, b::confidence, b::notes);
    return () -> b.id(id).name(name).domain(domain).build();
  }

  private static Supplier<OrganisationType> organisationType(Fields f, ProblemSink sink) {
    OrganisationType.Builder b = OrganisationType.builder();
    OrganisationTypeId id = f.id("id", OrganisationTypeId::of, "pcn");
    String name = f.text("name", "Primary care network");
    String sector = f.text("sector", "nhs-primary-care");
    List<Node> supports = f.list("supports");
    for (int i = 0; i < supports.size(); i++) {
      Node item = supports.get(i);
      String path = f.at("supports") + "[" + i + "]";
      if (item instanceof Node.ScalarNode && !((Node.ScalarNode) item).isNull()) {
        String structure = ((Node.ScalarNode) item).text();
        if (structure.isBlank()) {
          sink.add(item, path, "the support structure is blank",
              "name it, e.g. clinical-supervision, or remove the entry");
        } else {
          b.addSupport(SupportStructure.of(structure));
        }
        continue;
      }
      Fields s = Fields.of(item, path, sink, withProvenance("structure"));
      if (s != null) {
        String structure = s.text("structure", "clinical-supervision");
        SupportStructure.Builder sb = SupportStructure.builder();
        s.provenance(sb::addAllSources, sb::confidence, sb::notes);
        if (structure != null) {
          b.addSupport(sb.structure(structure).build());
        }
      }
    }
    f.provenance(b::addAllSources, b::confidence, b::notes);
    return () -> b.id(id).name(name).sector(sector).build();
  }

  private static List<String> withProvenance(String... fields) {
    List<String> out = new ArrayList<>(List.of(fields));
    out.addAll(Fields.PROVENANCE);
    return out;
  }

  static Supplier<Role> role(Fields f, ProblemSink sink) {
    Role.Builder b = Role.builder();
    RoleId id = f.id("id", RoleId::of, "link-worker");
    String title = f.text("title", "Social prescribing link worker");
    f.optionalInteger("seniority", 0, Integer.MAX_VALUE).ifPresent(b::seniority);
    f.optionalText("family").ifPresent(b::family);
    b.external(f.bool("external", false));
    b.addAllOfferedBy(f.ids("offeredBy", OrganisationTypeId::of));
    b.addAllRequirements(requirements(f, sink));
    b.putAllVariants(variants(f, sink));
    b.addAllFirstYear(levels(f, "firstYear", sink));
    flowNumber(f, "leaving", 0, 1, sink).ifPresent(n -> {
      b.leaving(n.value());
      b.leavingProvenance(n.provenance());
    });
    b.putAllLeavingBy(numbersByType(f, "leavingBy", 0, 1, sink));
    flowNumber(f, "recruits", 0, Double.MAX_VALUE, sink).ifPresent(n -> {
      b.recruits(n.value());
      b.recruitsProvenance(n.provenance());
    });
    b.putAllRecruitsBy(numbersByType(f, "recruitsBy", 0, Double.MAX_VALUE, sink));
    b.putAllAttributes(f.textMap("attributes"));
    f.provenance(b::addAllSources, b::confidence, b::notes);
    return () -> b.id(id).title(title).build();
  }

  /**
   * An optional map of organisation type id to a number within [min, max], e.g.
   * {@code leavingBy: {vcse-charity: 0.2}}; invalid entries are reported and left out.
   */
  static java.util.Map<OrganisationTypeId, Double> numbersByType(Fields f, String key, double min,
      double max, ProblemSink sink) {
    java.util.Map<OrganisationTypeId, Double> out = new java.util.LinkedHashMap<>();
    java.util.Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      return out;
    }
    if (!(n.get() instanceof Node.MapNode)) {
      sink.add(n.get(), f.at(key), "expected a map of organisation type to number, found "
          + n.get().describe(), "write e.g. '" + key + ": {vcse-charity: " + (max == 1 ? "0.2" : "40")
          + "}'");
      return out;
    }
    Node.MapNode map = (Node.MapNode) n.get();
    Fields values = Fields.of(map, f.at(key), sink, List.copyOf(map.entries().keySet()));
    for (String type : map.entries().keySet()) {
      OrganisationTypeId id = Fields.id(map.entries().get(type), values.at(type), type,
          OrganisationTypeId::of, sink);
      java.util.OptionalDouble value = values.optionalNumber(type, min, max);
      if (id != null && value.isPresent()) {
        out.put(id, value.getAsDouble());
      } else if (id != null && values.get(type).isEmpty()) {
        sink.add(map.entries().get(type), values.at(type), "expected a number, found nothing",
            "write a number or remove the entry");
      }
    }
    return out;
  }

  static List<Requirement> requirements(Fields f, ProblemSink sink) {
    return requirements(f, "requires", sink);
  }

  /**
   * An optional map of organisation type to variant, {@code variants: {vcse-charity: {add:
   * [...], remove: [...]}}}; invalid entries are reported and left out.
   */
  static java.util.Map<OrganisationTypeId, RoleVariant> variants(Fields f, ProblemSink sink) {
    java.util.Map<OrganisationTypeId, RoleVariant> out = new java.util.LinkedHashMap<>();
    java.util.Optional<Node> n = f.get("variants");
    if (n.isEmpty()) {
      return out;
    }
    if (!(n.get() instanceof Node.MapNode)) {
      sink.add(n.get(), f.at("variants"), "expected a map of organisation type to variant, found "
          + n.get().describe(), "write e.g. 'variants: {vcse-charity: {add: [{competency: "
          + "lone-working, level: 3}], remove: [clinical-systems]}}'");
      return out;
    }
    ((Node.MapNode) n.get()).entries().forEach((type, value) -> {
      String at = f.at("variants") + "." + type;
      OrganisationTypeId id = Fields.id(value, at, type, OrganisationTypeId::of, sink);
      Fields v = Fields.of(value, at, sink, List.of("add", "remove"));
      if (id == null || v == null) {
        return;
      }
      int before = sink.count();
      List<Requirement> add = requirements(v, "add", sink);
      List<CompetencyId> remove = v.ids("remove", CompetencyId::of);
      if (sink.count() == before) {
        try {
          out.put(id, RoleVariant.builder().addAllAdd(add).addAllRemove(remove).build());
        } catch (IllegalArgumentException e) {
          sink.add(value, at, e.getMessage());
        }
      }
    });
    return out;
  }

  /** An optional list of {@code {competency, level}} pairs, e.g. {@code firstYear}. */
  static List<CompetencyLevel> levels(Fields f, String key, ProblemSink sink) {
    List<CompetencyLevel> out = new ArrayList<>();
    List<Node> items = f.list(key);
    for (int i = 0; i < items.size(); i++) {
      Fields c = Fields.of(items.get(i), f.at(key) + "[" + i + "]", sink,
          List.of("competency", "level"));
      if (c == null) {
        continue;
      }
      CompetencyId competency = c.id("competency", CompetencyId::of, "safeguarding-adults");
      Integer level = c.integer("level", 1, Integer.MAX_VALUE, "2");
      if (competency != null && level != null) {
        out.add(CompetencyLevel.of(competency, level));
      }
    }
    return out;
  }

  static List<Requirement> requirements(Fields f, String key, ProblemSink sink) {
    List<Requirement> out = new ArrayList<>();
    List<Node> items = f.list(key);
    for (int i = 0; i < items.size(); i++) {
      Fields r = Fields.of(items.get(i), f.at(key) + "[" + i + "]", sink,
          List.of("competency", "level", "essential"));
      if (r == null) {
        continue;
      }
      CompetencyId c = r.id("competency", CompetencyId::of, "safeguarding-adults");
      Integer level = r.integer("level", 1, Integer.MAX_VALUE, "2");
      boolean essential = r.bool("essential", true);
      if (c != null && level != null) {
        out.add(Requirement.builder().competency(c).level(level).essential(essential).build());
      }
    }
    return out;
  }

  static Supplier<ProgressionRoute> route(Fields f, ProblemSink sink) {
    ProgressionRoute.Builder b = ProgressionRoute.builder();
    RoleId from = f.id("from", RoleId::of, "link-worker");
    RoleId to = f.id("to", RoleId::of, "senior-link-worker");
    RouteKind kind = f.word("kind", RouteKind.class, true);
    Integer months = f.integer("months", 0, Integer.MAX_VALUE, "24");
    flowNumber(f, "rate", 0, 1, sink).ifPresent(n -> {
      b.rate(n.value());
      b.rateProvenance(n.provenance());
    });
    b.putAllRateBy(numbersByType(f, "rateBy", 0, 1, sink));
    flowNumber(f, "recruits", 0, Double.MAX_VALUE, sink).ifPresent(n -> {
      b.recruits(n.value());
      b.recruitsProvenance(n.provenance());
    });
    b.addAllRequirements(requirements(f, sink));
    b.putAllAttributes(f.textMap("attributes"));
    f.provenance(b::addAllSources, b::confidence, b::notes);
    return () -> b.from(from).to(to).kind(kind).months(months).build();
  }

  /** A flow number and, when it was written as a map, where it comes from. */
  record FlowNumber(double value, java.util.Optional<Provenance> provenance) {}

  /**
   * An optional flow number within [min, max], written either as a plain number or as a map
   * {@code {value: 0.15, confidence: assumed, sources: [...], notes: ...}}.
   */
  static java.util.Optional<FlowNumber> flowNumber(Fields f, String key, double min, double max,
      ProblemSink sink) {
    java.util.Optional<Node> n = f.get(key);
    if (n.isEmpty() || !(n.get() instanceof Node.MapNode)) {
      java.util.OptionalDouble plain = f.optionalNumber(key, min, max);
      return plain.isPresent()
          ? java.util.Optional.of(new FlowNumber(plain.getAsDouble(), java.util.Optional.empty()))
          : java.util.Optional.empty();
    }
    Fields m = Fields.of(n.get(), f.at(key), sink, withProvenance("value"));
    if (m == null) {
      return java.util.Optional.empty();
    }
    Double value = m.number("value", min, max, max == 1 ? "0.15" : "120");
    Provenance.Builder p = Provenance.builder();
    m.provenance(p::addAllSources, p::confidence, p::notes);
    return value == null ? java.util.Optional.empty()
        : java.util.Optional.of(new FlowNumber(value, java.util.Optional.of(p.build())));
  }

  private static final List<String> FIGURES = List.of("defaultSeries", "series", "pay",
      "employerMix");

  /** The {@code figures} section; invalid entries are reported and left out. */
  private static WorkforceFigures figures(Fields top, ProblemSink sink) {
    WorkforceFigures.Builder b = WorkforceFigures.builder();
    Fields f = Fields.of(top.get("figures").get(), "figures", sink, FIGURES);
    if (f == null) {
      return b.build();
    }
    f.optionalText("defaultSeries").ifPresent(b::defaultSeriesId);
    List<Node> series = f.list("series");
    for (int i = 0; i < series.size(); i++) {
      Fields s = Fields.of(series.get(i), "figures.series[" + i + "]", sink,
          withProvenance("id", "description", "figures"));
      if (s == null) {
        continue;
      }
      String id = s.text("id", "nwrs");
      String description = s.text("description", "NHS England PCN workforce statistics, NWRS only");
      FigureSeries.Builder sb = FigureSeries.builder();
      List<Node> items = s.list("figures");
      for (int j = 0; j < items.size(); j++) {
        Fields g = Fields.of(items.get(j), s.at("figures") + "[" + j + "]", sink,
            withProvenance("role", "organisationType", "date", "headcount", "fte"));
        if (g != null) {
          staffFigure(g, sink).ifPresent(sb::addFigure);
        }
      }
      s.provenance(sb::addAllSources, sb::confidence, sb::notes);
      if (id != null && description != null) {
        build(s, sink, () -> b.addSeries(sb.id(id).description(description).build()));
      }
    }
    List<Node> pay = f.list("pay");
    for (int i = 0; i < pay.size(); i++) {
      Fields p = Fields.of(pay.get(i), "figures.pay[" + i + "]", sink,
          withProvenance("role", "organisationType", "year", "annual", "basis"));
      if (p == null) {
        continue;
      }
      RoleId role = p.id("role", RoleId::of, "link-worker");
      PayFigure.Builder pb = PayFigure.builder();
      p.optionalId("organisationType", OrganisationTypeId::of).ifPresent(pb::organisationType);
      String year = p.text("year", "2024/25");
      Double annual = p.number("annual", 0, Double.MAX_VALUE, "29970");
      String basis = p.text("basis", "Agenda for Change band 5, entry point");
      p.provenance(pb::addAllSources, pb::confidence, pb::notes);
      if (role != null && year != null && annual != null && basis != null) {
        build(p, sink, () -> b.addPay(pb.role(role).year(year).annual(annual).basis(basis)
            .build()));
      }
    }
    List<Node> mixes = f.list("employerMix");
    for (int i = 0; i < mixes.size(); i++) {
      Fields m = Fields.of(mixes.get(i), "figures.employerMix[" + i + "]", sink,
          withProvenance("role", "date", "shares"));
      if (m == null) {
        continue;
      }
      RoleId role = m.id("role", RoleId::of, "link-worker");
      java.util.Optional<java.time.LocalDate> date = date(m, "date", sink);
      EmployerMix.Builder mb = EmployerMix.builder();
      if (m.get("shares").isEmpty()) {
        sink.add(m.node(), m.at("shares"), "missing required field 'shares'",
            "add e.g. 'shares: {pcn: 0.5, vcse-charity: 0.3}'");
      } else {
        mb.putAllShares(numbersByType(m, "shares", 0, 1, sink));
      }
      m.provenance(mb::addAllSources, mb::confidence, mb::notes);
      if (role != null && date.isPresent()) {
        build(m, sink, () -> b.addEmployerMix(mb.role(role).date(date.get()).build()));
      }
    }
    return b.build();
  }

  private static java.util.Optional<StaffFigure> staffFigure(Fields g, ProblemSink sink) {
    RoleId role = g.id("role", RoleId::of, "link-worker");
    StaffFigure.Builder fb = StaffFigure.builder();
    g.optionalId("organisationType", OrganisationTypeId::of).ifPresent(fb::organisationType);
    java.util.Optional<java.time.LocalDate> date = date(g, "date", sink);
    boolean headcount = g.get("headcount").isPresent();
    boolean fte = g.get("fte").isPresent();
    if (headcount == fte) {
      sink.add(g.node(), g.path(), headcount ? "the figure gives both a headcount and an fte"
          : "the figure gives no count", headcount ? "give one count per figure; put the other "
          + "in a series that counts that way" : "add 'headcount: N' (people) or 'fte: N' "
          + "(full-time equivalents)");
      return java.util.Optional.empty();
    }
    String key = headcount ? "headcount" : "fte";
    java.util.OptionalDouble value = g.optionalNumber(key, 0, Double.MAX_VALUE);
    g.provenance(fb::addAllSources, fb::confidence, fb::notes);
    if (role == null || date.isEmpty() || value.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(fb.role(role).date(date.get())
          .measure(headcount ? StaffMeasure.HEADCOUNT : StaffMeasure.FTE)
          .value(value.getAsDouble()).build());
    } catch (IllegalArgumentException e) {
      sink.add(g.node(), g.path(), e.getMessage());
      return java.util.Optional.empty();
    }
  }

  /** A required day, YYYY-MM-DD. */
  private static java.util.Optional<java.time.LocalDate> date(Fields f, String key,
      ProblemSink sink) {
    java.util.Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      sink.add(f.node(), f.at(key), "missing required field '" + key + "'",
          "add e.g. '" + key + ": 2024-07-31'");
      return java.util.Optional.empty();
    }
    if (n.get() instanceof Node.ScalarNode && !((Node.ScalarNode) n.get()).isNull()) {
      java.util.Optional<java.time.LocalDate> day =
          ProfileReader.parseDate(((Node.ScalarNode) n.get()).text());
      if (day.isPresent()) {
        return day;
      }
    }
    sink.add(n.get(), f.at(key), "expected a day in the form YYYY-MM-DD, found "
        + n.get().describe(), "write e.g. '" + key + ": 2024-07-31'");
    return java.util.Optional.empty();
  }

  /** Runs a build step, reporting a value check that fails at the entry. */
  private static void build(Fields f, ProblemSink sink, Runnable step) {
    try {
      step.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      sink.add(f.node(), f.path(), e.getMessage());
    }
  }

  /** The keys that name the kind of an entry rule. */
  static final List<String> ENTRY_KINDS =
      List.of("competency", "course", "anyOf", "organisationTypes", "minContractedHours");

  private static final String ENTRY_EXAMPLE = "write one of {competency: safeguarding-adults, "
      + "level: 2}, {course: care-certificate}, {anyOf: [...]}, {organisationTypes: [pcn]}, "
      + "{minContractedHours: 30}";

  /** One entry rule; null (reported) when invalid. */
  static EntryRule entryRule(Node node, String at, ProblemSink sink) {
    Fields r = Fields.of(node, at, sink, List.of("competency", "level", "course", "anyOf",
        "organisationTypes", "minContractedHours"));
    if (r == null) {
      return null;
    }
    List<String> kinds = ENTRY_KINDS.stream().filter(k -> r.get(k).isPresent()).toList();
    if (kinds.size() != 1) {
      sink.add(node, at, kinds.isEmpty() ? "the entry rule says nothing"
          : "the entry rule mixes " + String.join(" and ", kinds),
          kinds.isEmpty() ? ENTRY_EXAMPLE : "give one rule per entry; to allow either, write "
              + "{anyOf: [...]}");
      return null;
    }
    String kind = kinds.get(0);
    if (!kind.equals("competency") && r.get("level").isPresent()) {
      sink.add(r.get("level").get(), r.at("level"), "'level' goes with 'competency' only",
          "remove it");
      return null;
    }
    switch (kind) {
      case "competency": {
        CompetencyId c = r.id("competency", CompetencyId::of, "safeguarding-adults");
        Integer level = r.integer("level", 1, Integer.MAX_VALUE, "2");
        return c == null || level == null ? null : EntryRule.HeldLevel.of(c, level);
      }
      case "course": {
        CourseId c = r.id("course", CourseId::of, "care-certificate");
        return c == null ? null : EntryRule.CompletedCourse.of(c);
      }
      case "anyOf": {
        List<Node> items = r.list("anyOf");
        if (items.isEmpty()) {
          if (r.get("anyOf").get() instanceof Node.ListNode) {
            sink.add(r.get("anyOf").get(), r.at("anyOf"), "anyOf lists no rules, so no one "
                + "could meet it", "list at least one rule, or remove the entry");
          }
          return null;
        }
        List<EntryRule> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          EntryRule rule = entryRule(items.get(i), r.at("anyOf") + "[" + i + "]", sink);
          if (rule == null) {
            return null;
          }
          rules.add(rule);
        }
        return EntryRule.AnyOf.of(rules);
      }
      case "organisationTypes": {
        int before = sink.count();
        List<OrganisationTypeId> types = r.ids("organisationTypes", OrganisationTypeId::of);
        if (sink.count() > before) {
          return null;
        }
        if (types.isEmpty()) {
          sink.add(r.get("organisationTypes").get(), r.at("organisationTypes"),
              "organisationTypes lists no types, so no one could meet it",
              "list at least one organisation type, or remove the entry");
          return null;
        }
        if (new java.util.HashSet<>(types).size() < types.size()) {
          sink.add(r.get("organisationTypes").get(), r.at("organisationTypes"),
              "organisationTypes lists a type twice", "list each type once");
          return null;
        }
        return EntryRule.OrganisationTypes.of(new java.util.LinkedHashSet<>(types));
      }
      default: {
        java.util.OptionalDouble hours = r.optionalNumber("minContractedHours", 0, 168);
        if (hours.isPresent() && hours.getAsDouble() == 0) {
          sink.add(r.get("minContractedHours").get(), r.at("minContractedHours"),
              "minContractedHours is 0, which every contract meets",
              "give the least hours a week above 0, e.g. 30, or remove the entry");
          return null;
        }
        return hours.isPresent() ? EntryRule.MinContractedHours.of(hours.getAsDouble()) : null;
      }
    }
  }

  private static Supplier<Course> course(Fields f, ProblemSink sink) {
    Course.Builder b = Course.builder();
    CourseId id = f.id("id", CourseId::of, "pci-core-skills");
    String title = f.text("title", "Core skills for personalised care");
    f.optionalText("provider").ifPresent(b::provider);
    Double hours = f.number("hours", 0, Double.MAX_VALUE, "3");
    Double cost = f.number("cost", 0, Double.MAX_VALUE, "0");
    f.optionalText("mode").ifPresent(b::mode);
    b.addAllCovers(levels(f, "covers", sink));
    b.addAllPrerequisites(f.ids("prerequisites", CourseId::of));
    f.optionalInteger("validForMonths", 1, Integer.MAX_VALUE).ifPresent(b::validForMonths);
    List<Node> entry = f.list("entry");
    for (int i = 0; i < entry.size(); i++) {
      EntryRule rule = entryRule(entry.get(i), f.at("entry") + "[" + i + "]", sink);
      if (rule != null) {
        b.addEntry(rule);
      }
    }
    f.provenance(b::addAllSources, b::confidence, b::notes);
    return () -> b.id(id).title(title).hours(hours).cost(cost).build();
  }
}
