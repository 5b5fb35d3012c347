package org.sppathways.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sppathways.io.internal.NonClosingWriter;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.EmployerMix;
import org.sppathways.model.EntryRule;
import org.sppathways.model.FigureSeries;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.PayFigure;
import org.sppathways.model.ProficiencyLevel;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Provenance;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.Sourced;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.StaffFigure;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceFigures;
import org.sppathways.model.WorkforceModel;

/**
 * Writes a {@link WorkforceModel} as a YAML or JSON model file that {@link ModelReader} reads
 * back to an equal model. Fields appear in the documented order; defaults (empty lists,
 * {@code essential: true}, {@code external: false}) are left out.
 *
 * <pre>{@code
 * ModelWriter.yaml().write(model, Path.of("my-model.yaml"));
 * String json = ModelWriter.json().toString(model);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelWriter {
  private final ObjectMapper mapper;

  private ModelWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A writer of YAML model files. */
  public static ModelWriter yaml() {
    YAMLFactory factory = YAMLFactory.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .build();
    return new ModelWriter(new ObjectMapper(factory));
  }

  /** A writer of JSON model files, indented for reading. */
  public static ModelWriter json() {
    return new ModelWriter(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
  }

  /** A writer for the given format (YAML or JSON). */
  public static ModelWriter of(FileFormat format) {
    switch (format) {
      case YAML:
        return yaml();
      case JSON:
        return json();
      default:
        throw new IllegalArgumentException(
            "models are written as YAML or JSON, not " + format.name());
    }
  }

  /**
   * Writes a model to a file (UTF-8), replacing it.
   *
   * @throws SpPathwaysException if the file cannot be written
   */
  public void write(WorkforceModel model, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(model, w);
    } catch (IOException | UncheckedIOException e) {
      throw new SpPathwaysException("cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  /** Writes a model to a character stream, which the caller closes. */
  public void write(WorkforceModel model, Writer out) {
    try {
      mapper.writeValue(new NonClosingWriter(out), toTree(model));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model as a document. */
  public String toString(WorkforceModel model) {
    StringWriter w = new StringWriter();
    write(model, w);
    return w.toString();
  }

  /** The model as a Jackson tree in the file shape, for embedding in other documents. */
  public static ObjectNode toTree(WorkforceModel model) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", ModelReader.FORMAT);
    root.put("name", model.name());
    model.description().ifPresent(d -> root.put("description", d));
    if (!model.currency().equals(WorkforceModel.DEFAULT_CURRENCY)) {
      root.put("currency", model.currency());
    }
    texts(root, "sources", model.sources());
    model.confidence().ifPresent(c -> root.put("confidence", c.toString()));
    model.notes().ifPresent(n -> root.put("notes", n));
    ArrayNode scale = root.putArray("scale");
    for (ProficiencyLevel level : model.scale().levels()) {
      ObjectNode l = scale.addObject().put("level", level.level()).put("name", level.name());
      level.description().ifPresent(d -> l.put("description", d));
    }
    ArrayNode competencies = root.putArray("competencies");
    for (Competency c : model.competencies()) {
      ObjectNode n = competencies.addObject().put("id", c.id().value()).put("name", c.name())
          .put("domain", c.domain());
      c.description().ifPresent(d -> n.put("description", d));
      c.parent().ifPresent(p -> n.put("parent", p.value()));
      if (c.learnedOnTheJob()) {
        n.put("learnedOnTheJob", true);
      }
      provenance(n, c);
    }
    ArrayNode types = root.putArray("organisationTypes");
    for (OrganisationType t : model.organisationTypes()) {
      ObjectNode n = types.addObject().put("id", t.id().value()).put("name", t.name())
          .put("sector", t.sector());
      if (!t.supports().isEmpty()) {
        ArrayNode supports = n.putArray("supports");
        for (SupportStructure s : t.supports()) {
          if (s.sources().isEmpty() && s.confidence().isEmpty() && s.notes().isEmpty()) {
            supports.add(s.structure());
          } else {
            provenance(supports.addObject().put("structure", s.structure()), s);
          }
        }
      }
      provenance(n, t);
    }
    ArrayNode roles = root.putArray("roles");
    for (Role r : model.roles()) {
      ObjectNode n = roles.addObject().put("id", r.id().value()).put("title", r.title());
      r.seniority().ifPresent(s -> n.put("seniority", s));
      r.family().ifPresent(s -> n.put("family", s));
      if (r.external()) {
        n.put("external", true);
      }
      texts(n, "offeredBy", r.offeredBy().stream().map(Object::toString).toList());
      requirements(n, r.requirements());
      if (!r.variants().isEmpty()) {
        ObjectNode variants = n.putObject("variants");
        r.variants().forEach((type, v) -> {
          ObjectNode vn = variants.putObject(type.value());
          requirements(vn, "add", v.add());
          texts(vn, "remove", v.remove().stream().map(Object::toString).toList());
        });
      }
      levels(n, "firstYear", r.firstYear());
      r.leaving().ifPresent(v -> flowNumber(n, "leaving", v, r.leavingProvenance()));
      numbersByType(n, "leavingBy", r.leavingBy());
      r.recruits().ifPresent(v -> flowNumber(n, "recruits", v, r.recruitsProvenance()));
      numbersByType(n, "recruitsBy", r.recruitsBy());
      attributes(n, r.attributes());
      provenance(n, r);
    }
    ArrayNode routes = root.putArray("routes");
    for (ProgressionRoute r : model.routes()) {
      ObjectNode n = routes.addObject().put("from", r.from().value()).put("to", r.to().value())
          .put("kind", r.kind().toString()).put("months", r.months());
      r.rate().ifPresent(rate -> flowNumber(n, "rate", rate, r.rateProvenance()));
      numbersByType(n, "rateBy", r.rateBy());
      r.recruits().ifPresent(v -> flowNumber(n, "recruits", v, r.recruitsProvenance()));
      requirements(n, r.requirements());
      attributes(n, r.attributes());
      provenance(n, r);
    }
    ArrayNode courses = root.putArray("courses");
    for (Course c : model.courses()) {
      ObjectNode n = courses.addObject().put("id", c.id().value()).put("title", c.title());
      c.provider().ifPresent(p -> n.put("provider", p));
      number(n, "hours", c.hours());
      number(n, "cost", c.cost());
      c.mode().ifPresent(m -> n.put("mode", m));
      levels(n, "covers", c.covers());
      texts(n, "prerequisites", c.prerequisites().stream().map(Object::toString).toList());
      c.validForMonths().ifPresent(m -> n.put("validForMonths", m));
      if (!c.entry().isEmpty()) {
        ArrayNode entry = n.putArray("entry");
        c.entry().forEach(rule -> entryRule(entry.addObject(), rule));
      }
      provenance(n, c);
    }
    if (!model.figures().isEmpty()) {
      root.set("figures", figures(model.figures()));
    }
    return root;
  }

  /** A flow number: plain, or a map with its provenance when it has one. */
  private static void flowNumber(ObjectNode n, String key, double value,
      java.util.Optional<Provenance> provenance) {
    if (provenance.isEmpty()) {
      number(n, key, value);
      return;
    }
    ObjectNode m = n.putObject(key);
    number(m, "value", value);
    provenance(m, provenance.get());
  }

  private static ObjectNode figures(WorkforceFigures figures) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    figures.defaultSeriesId().ifPresent(id -> n.put("defaultSeries", id));
    if (!figures.series().isEmpty()) {
      ArrayNode series = n.putArray("series");
      for (FigureSeries s : figures.series()) {
        ObjectNode sn = series.addObject().put("id", s.id()).put("description", s.description());
        ArrayNode list = sn.putArray("figures");
        for (StaffFigure f : s.figures()) {
          ObjectNode fn = list.addObject().put("role", f.role().value());
          f.organisationType().ifPresent(t -> fn.put("organisationType", t.value()));
          fn.put("date", f.date().toString());
          number(fn, f.measure().toString(), f.value());
          provenance(fn, f);
        }
        provenance(sn, s);
      }
    }
    if (!figures.pay().isEmpty()) {
      ArrayNode pay = n.putArray("pay");
      for (PayFigure p : figures.pay()) {
        ObjectNode pn = pay.addObject().put("role", p.role().value());
        p.organisationType().ifPresent(t -> pn.put("organisationType", t.value()));
        pn.put("year", p.year());
        number(pn, "annual", p.annual());
        pn.put("basis", p.basis());
        provenance(pn, p);
      }
    }
    if (!figures.employerMix().isEmpty()) {
      ArrayNode mixes = n.putArray("employerMix");
      for (EmployerMix m : figures.employerMix()) {
        ObjectNode mn = mixes.addObject().put("role", m.role().value())
            .put("date", m.date().toString());
        numbersByType(mn, "shares", m.shares());
        provenance(mn, m);
      }
    }
    return n;
  }

  /** A whole number without a fraction; -0.0 keeps its sign so that it reads back equal. */
  private static void number(ObjectNode n, String key, double value) {
    if (Double.compare((long) value, value) == 0 && Math.abs(value) < 1e15) {
      n.put(key, (long) value);
    } else {
      n.put(key, value);
    }
  }

  private static void numbersByType(ObjectNode n, String key,
      Map<org.sppathways.model.OrganisationTypeId, Double> values) {
    if (!values.isEmpty()) {
      ObjectNode m = n.putObject(key);
      values.forEach((type, value) -> number(m, type.value(), value));
    }
  }

  private static void levels(ObjectNode n, String key, List<CompetencyLevel> levels) {
    if (!levels.isEmpty()) {
      ArrayNode list = n.putArray(key);
      for (CompetencyLevel cl : levels) {
        list.addObject().put("competency", cl.competency().value()).put("level", cl.level());
      }
    }
  }

  private static void entryRule(ObjectNode n, EntryRule rule) {
    if (rule instanceof EntryRule.HeldLevel held) {
      n.put("competency", held.competency().value()).put("level", held.level());
    } else if (rule instanceof EntryRule.CompletedCourse done) {
      n.put("course", done.course().value());
    } else if (rule instanceof EntryRule.AnyOf any) {
      ArrayNode list = n.putArray("anyOf");
      any.rules().forEach(r -> entryRule(list.addObject(), r));
    } else if (rule instanceof EntryRule.OrganisationTypes types) {
      ArrayNode list = n.putArray("organisationTypes");
      types.types().forEach(t -> list.add(t.value()));
    } else if (rule instanceof EntryRule.MinContractedHours hours) {
      number(n, "minContractedHours", hours.hours());
    }
  }

  private static void requirements(ObjectNode n, List<Requirement> requirements) {
    requirements(n, "requires", requirements);
  }

  private static void requirements(ObjectNode n, String key, List<Requirement> requirements) {
    if (requirements.isEmpty()) {
      return;
    }
    ArrayNode list = n.putArray(key);
    for (Requirement r : requirements) {
      ObjectNode e = list.addObject().put("competency", r.competency().value())
          .put("level", r.level());
      if (!r.essential()) {
        e.put("essential", false);
      }
    }
  }

  private static void attributes(ObjectNode n, Map<String, String> attributes) {
    if (!attributes.isEmpty()) {
      ObjectNode a = n.putObject("attributes");
      attributes.forEach(a::put);
    }
  }

  private static void texts(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode list = n.putArray(key);
      values.forEach(list::add);
    }
  }

  private static void provenance(ObjectNode n, Sourced s) {
    texts(n, "sources", s.sources());
    s.confidence().ifPresent(c -> n.put("confidence", c.toString()));
    s.notes().ifPresent(notes -> n.put("notes", notes));
  }
}
