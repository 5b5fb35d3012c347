package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;
import org.sppathways.model.TypedId;

/**
 * The one Jackson mapper for analysis results: ids as their text, every enum by its printed name
 * (lower case, hyphens for underscores, e.g. {@code fewest-moves}), absent optionals left out,
 * and each {@link ResultShape}'s mix-ins. Built once; Jackson mappers are thread-safe once
 * configured.
 */
public final class ResultMapper {
  private static final ObjectMapper MAPPER = build();

  private ResultMapper() {}

  /** The shared mapper (do not reconfigure it). */
  public static ObjectMapper get() {
    return MAPPER;
  }

  /** An enum's printed name: {@code FEWEST_MOVES} → {@code fewest-moves}. */
  public static String enumName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ObjectMapper build() {
    SimpleModule module = new SimpleModule("sp-pathways-results");
    module.addSerializer(TypedId.class, new IdSerializer());
    module.addKeySerializer(TypedId.class, new IdKeySerializer());
    id(module, RoleId.class, RoleId::of);
    id(module, CompetencyId.class, CompetencyId::of);
    id(module, CourseId.class, CourseId::of);
    id(module, OrganisationTypeId.class, OrganisationTypeId::of);
    id(module, PersonId.class, PersonId::of);
    module.addSerializer(Enum.class, new EnumSerializer());
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config,
          JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new EnumDeserializer(type.getRawClass());
      }
    });
    Parts.setUp(module);
    ResultShapes.all().forEach(shape -> shape.setUp(module));
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .addModule(module)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static <T extends TypedId<T>> void id(SimpleModule module, Class<T> type,
      Function<String, T> of) {
    module.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        if (text == null) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        try {
          return of.apply(text);
        } catch (IllegalArgumentException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
        }
      }
    });
    module.addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return of.apply(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(type, key, e.getMessage());
        }
      }
    });
  }

  @SuppressWarnings("rawtypes")
  private static final class IdSerializer extends JsonSerializer<TypedId> {
    @Override
    public void serialize(TypedId value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.value());
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class IdKeySerializer extends JsonSerializer<TypedId> {
    @Override
    public void serialize(TypedId value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeFieldName(value.value());
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class EnumSerializer extends JsonSerializer<Enum> {
    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(enumName(value));
    }
  }

  private static final class EnumDeserializer extends StdDeserializer<Object> {
    private final Class<?> type;

    EnumDeserializer(Class<?> type) {
      super(type);
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      if (text != null) {
        for (Object constant : type.getEnumConstants()) {
          if (enumName((Enum<?>) constant).equals(text)) {
            return constant;
          }
        }
      }
      return ctxt.handleWeirdStringValue(type, String.valueOf(text), "not one of the names "
          + java.util.Arrays.stream(type.getEnumConstants()).map(c -> enumName((Enum<?>) c))
              .toList());
    }
  }
}
