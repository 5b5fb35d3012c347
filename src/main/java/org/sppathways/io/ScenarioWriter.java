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
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.flow.Scenario;
import org.sppathways.io.internal.NonClosingWriter;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Provenance;
import org.sppathways.model.Role;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/**
 * Writes the flow parameters of a scenario as a scenario file ({@code sp-pathways-scenario/1},
 * read by {@link ScenarioReader} and {@code --apply}): for each role it changes, {@code id} and
 * the flow fields ({@code leaving}, {@code leavingBy}, {@code recruits}, {@code recruitsBy}); for
 * each route, {@code from}, {@code to}, {@code rate} and {@code rateBy}. It is meant for scenarios
 * that set rates on a model's own roles and routes, such as
 * {@link org.sppathways.evidence.RateEstimates#toScenario}; other changes are refused.
 *
 * <p>{@code leavingBy} and {@code rateBy} are written even when empty ({@code {}}), so that the
 * rates of a role or route replace any per-type rates of a file applied before this one;
 * {@code recruitsBy} only when it has entries, and recruitment only where it differs from
 * {@code base} (value or provenance), so that a file layered after another scenario keeps that
 * scenario's recruits. A number with provenance is written as {@code {value, confidence,
 * sources, notes}}. Rates and leaving rates are written to six decimals, rounded down, so that the rates out of
 * a role never add up to more than they did (and never to more than 1).
 *
 * <pre>{@code
 * Scenario measured = estimates.toScenario(model, "Measured rates");
 * ScenarioWriter.yaml().write(measured, model, Path.of("measured-flows.yaml"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioWriter {
  private final ObjectMapper mapper;

  private ScenarioWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A writer of YAML scenario files. */
  public static ScenarioWriter yaml() {
    YAMLFactory factory = YAMLFactory.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .build();
    return new ScenarioWriter(new ObjectMapper(factory)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN));
  }

  /** A writer of JSON scenario files, indented for reading. */
  public static ScenarioWriter json() {
    return new ScenarioWriter(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
  }

  /**
   * A writer for the format a file name gives ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @throws SpPathwaysException if the name has another extension
   */
  public static ScenarioWriter of(Path file) {
    return Sources.format(file, FileFormat.YAML, FileFormat.JSON) == FileFormat.JSON ? json()
        : yaml();
  }

  /**
   * Writes the scenario to a file (UTF-8), replacing it.
   *
   * @throws IllegalArgumentException if the scenario adds or removes roles or routes of the base
   * @throws SpPathwaysException if the file cannot be written
   */
  public void write(Scenario scenario, WorkforceModel base, Path file) {
    ObjectNode tree = toTree(scenario, base);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      mapper.writeValue(new NonClosingWriter(w), tree);
    } catch (IOException | UncheckedIOException e) {
      throw new SpPathwaysException("cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  /**
   * Writes the scenario to a character stream, which the caller closes.
   *
   * @throws IllegalArgumentException if the scenario adds or removes roles or routes of the base
   */
  public void write(Scenario scenario, WorkforceModel base, Writer out) {
    try {
      mapper.writeValue(new NonClosingWriter(out), toTree(scenario, base));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode toTree(Scenario scenario, WorkforceModel base) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(base, "base");
    if (!scenario.removedRoles().isEmpty() || !scenario.removedRoutes().isEmpty()) {
      throw new IllegalArgumentException("only the flow parameters of a scenario are written; "
          + "this one removes roles or routes");
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", ScenarioReader.FORMAT);
    root.put("name", scenario.name());
    scenario.description().ifPresent(d -> root.put("description", d));
    if (!scenario.sources().isEmpty()) {
      ArrayNode sources = root.putArray("sources");
      scenario.sources().forEach(sources::add);
    }
    scenario.confidence().ifPresent(c -> root.put("confidence", c.toString()));
    scenario.notes().ifPresent(n -> root.put("notes", n));
    ArrayNode roles = root.putArray("roles");
    for (Role role : scenario.roles()) {
      if (base.findRole(role.id()).isEmpty()) {
        throw new IllegalArgumentException("only the flow parameters of a scenario are written; "
            + "this one adds role '" + role.id() + "'");
      }
      ObjectNode n = roles.addObject();
      n.put("id", role.id().value());
      number(n, "leaving", role.leaving().isPresent()
          ? Optional.of(rate(role.leaving().getAsDouble())) : Optional.empty(),
          role.leavingProvenance());
      byType(n, "leavingBy", role.leavingBy(), true, true);
      Role was = base.role(role.id());
      if (!role.recruits().equals(was.recruits())
          || !role.recruitsProvenance().equals(was.recruitsProvenance())
          || !role.recruitsBy().equals(was.recruitsBy())) {
        // recruitment the scenario leaves as the model has it is not restated, so that the file
        // layered over another scenario keeps that scenario's recruits
        number(n, "recruits", role.recruits().isPresent()
            ? Optional.of(amount(role.recruits().getAsDouble())) : Optional.empty(),
            role.recruitsProvenance());
        byType(n, "recruitsBy", role.recruitsBy(), false, false);
      }
    }
    ArrayNode routes = root.putArray("routes");
    for (ProgressionRoute route : scenario.routes()) {
      if (base.findRole(route.from()).isEmpty()
          || base.route(route.from(), route.to()).isEmpty()) {
        throw new IllegalArgumentException("only the flow parameters of a scenario are written; "
            + "this one adds route '" + route.from() + "' -> '" + route.to() + "'");
      }
      ObjectNode n = routes.addObject();
      n.put("from", route.from().value());
      n.put("to", route.to().value());
      number(n, "rate", route.rate().isPresent()
          ? Optional.of(rate(route.rate().getAsDouble())) : Optional.empty(),
          route.rateProvenance());
      byType(n, "rateBy", route.rateBy(), true, true);
    }
    return root;
  }

  /**
   * A flow number: plain, or with its provenance as {@code {value, confidence, sources, notes}},
   * so that a number the model marks assumed stays marked when the file is applied.
   */
  private static void number(ObjectNode n, String key, Optional<BigDecimal> value,
      Optional<Provenance> provenance) {
    if (value.isEmpty()) {
      return;
    }
    if (provenance.isEmpty()) {
      n.put(key, value.get());
      return;
    }
    Provenance p = provenance.get();
    ObjectNode m = n.putObject(key);
    m.put("value", value.get());
    p.confidence().ifPresent(c -> m.put("confidence", c.toString()));
    if (!p.sources().isEmpty()) {
      ArrayNode sources = m.putArray("sources");
      p.sources().forEach(sources::add);
    }
    p.notes().ifPresent(t -> m.put("notes", t));
  }

  private static void byType(ObjectNode n, String key, Map<OrganisationTypeId, Double> values,
      boolean rates, boolean evenEmpty) {
    if (evenEmpty || !values.isEmpty()) {
      ObjectNode m = n.putObject(key);
      values.forEach((t, v) -> m.put(t.value(), rates ? rate(v) : amount(v)));
    }
  }

  /** A rate to six decimals, rounded down. */
  private static BigDecimal rate(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.DOWN).stripTrailingZeros();
  }

  /** An amount to two decimals, half up. */
  private static BigDecimal amount(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
