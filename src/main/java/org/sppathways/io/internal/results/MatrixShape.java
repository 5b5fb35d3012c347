package org.sppathways.io.internal.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.DistanceMatrix;

/**
 * {@code matrix}: a {@link DistanceMatrix} as {@code metric}, {@code roles} and the rows of
 * {@code distances} ({@code null} where there is no path, the one place a result writes null: a
 * matrix cell must keep its column); CSV one row per reachable ordered pair (the long layout),
 * or in the wide layout a header {@code role,roleTitle,<id>,<id>,...} and one row per source role,
 * empty cells where there is no path.
 */
final class MatrixShape implements ResultShape<DistanceMatrix> {

  @Override
  public Class<DistanceMatrix> type() {
    return DistanceMatrix.class;
  }

  @Override
  public String name() {
    return "matrix";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.addSerializer(DistanceMatrix.class, new MatrixSerializer());
  }

  /** Streams the n × n cells; the matrix has no accessor for a row, and n² boxed cells are many. */
  private static final class MatrixSerializer extends StdSerializer<DistanceMatrix> {
    MatrixSerializer() {
      super(DistanceMatrix.class);
    }

    @Override
    public void serialize(DistanceMatrix matrix, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("metric", ResultMapper.enumName(matrix.metric()));
      gen.writeArrayFieldStart("roles");
      for (RoleId role : matrix.roles()) {
        gen.writeString(role.value());
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("distances");
      int n = matrix.size();
      for (int i = 0; i < n; i++) {
        gen.writeStartArray();
        for (int j = 0; j < n; j++) {
          OptionalInt d = matrix.distance(i, j);
          if (d.isPresent()) {
            gen.writeNumber(d.getAsInt());
          } else {
            gen.writeNull();
          }
        }
        gen.writeEndArray();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  @Override
  public List<String> csvHeader() {
    return List.of("from", "fromTitle", "to", "toTitle", "distance");
  }

  @Override
  public List<List<String>> csvRows(DistanceMatrix matrix, WorkforceModel model) {
    List<RoleId> roles = matrix.roles();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      for (int j = 0; j < roles.size(); j++) {
        OptionalInt d = matrix.distance(i, j);
        if (i != j && d.isPresent()) {
          rows.add(List.of(roles.get(i).value(), model.role(roles.get(i)).title(),
              roles.get(j).value(), model.role(roles.get(j)).title(),
              CsvNumbers.whole(d.getAsInt())));
        }
      }
    }
    return rows;
  }

  @Override
  public List<String> wideCsvHeader(DistanceMatrix matrix) {
    List<String> header = new ArrayList<>(matrix.size() + 2);
    header.add("role");
    header.add("roleTitle");
    for (RoleId role : matrix.roles()) {
      header.add(role.value());
    }
    return header;
  }

  @Override
  public List<List<String>> wideCsvRows(DistanceMatrix matrix, WorkforceModel model) {
    List<RoleId> roles = matrix.roles();
    List<List<String>> rows = new ArrayList<>(roles.size());
    for (int i = 0; i < roles.size(); i++) {
      List<String> row = new ArrayList<>(roles.size() + 2);
      row.add(roles.get(i).value());
      row.add(model.findRole(roles.get(i)).map(r -> r.title()).orElse(""));
      for (int j = 0; j < roles.size(); j++) {
        OptionalInt d = matrix.distance(i, j);
        row.add(d.isPresent() ? CsvNumbers.whole(d.getAsInt()) : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
