package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sppathways.diff.ModelDiff;
import org.sppathways.model.WorkforceModel;

/**
 * {@code diff}: a {@link ModelDiff}; the old and new values are written as the JSON values they
 * are (not as text holding JSON); CSV one row per change, values as their JSON text.
 */
final class DiffShape implements ResultShape<ModelDiff> {

  @Override
  public Class<ModelDiff> type() {
    return ModelDiff.class;
  }

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(ModelDiff.class, Mixin.class);
    module.setMixInAnnotation(ModelDiff.Change.class, ChangeMixin.class);
    module.setMixInAnnotation(ModelDiff.Count.class, CountMixin.class);
  }

  @JsonPropertyOrder({"a", "b", "identical", "counts", "changes"})
  @JsonIgnoreProperties(value = {"identical", "counts"}, allowGetters = true)
  abstract static class Mixin {
    @JsonProperty("identical")
    abstract boolean identical();

    @JsonProperty("counts")
    abstract List<ModelDiff.Count> counts();
  }

  @JsonPropertyOrder({"kind", "key", "edit", "field", "before", "after"})
  abstract static class ChangeMixin {
    @JsonSerialize(contentUsing = Raw.class)
    abstract Optional<String> before();

    @JsonSerialize(contentUsing = Raw.class)
    abstract Optional<String> after();
  }

  /** A value that is JSON text already, written as the JSON it holds. */
  static final class Raw extends JsonSerializer<String> {
    @Override
    public void serialize(String json, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeTree(ResultMapper.get().readTree(json));
    }
  }

  @JsonPropertyOrder({"kind", "added", "removed", "changed"})
  abstract static class CountMixin {
  }

  @Override
  public List<String> csvHeader() {
    return List.of("kind", "key", "edit", "field", "before", "after");
  }

  @Override
  public List<List<String>> csvRows(ModelDiff diff, WorkforceModel model) {
    return diff.changes().stream().map(c -> List.of(c.kind().toString(), c.key(),
        c.edit().toString(), c.field().orElse(""), c.before().orElse(""), c.after().orElse("")))
        .toList();
  }
}
