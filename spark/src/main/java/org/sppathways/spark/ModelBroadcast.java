package org.sppathways.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.WorkforceModel;

/**
 * The model sent once to every executor, as its JSON file (the library's own, lossless format),
 * and read back there once per executor JVM and broadcast.
 */
final class ModelBroadcast implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Models read on this JVM, by broadcast id; a few only, the most recent kept. */
  private static final Map<Long, WorkforceModel> READ = new LinkedHashMap<>(8, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, WorkforceModel> eldest) {
      return size() > 4;
    }
  };

  private final Broadcast<byte[]> json;

  private ModelBroadcast(Broadcast<byte[]> json) {
    this.json = json;
  }

  static ModelBroadcast of(SparkSession spark, WorkforceModel model) {
    byte[] bytes = ModelWriter.json().toString(model).getBytes(StandardCharsets.UTF_8);
    ModelBroadcast b = new ModelBroadcast(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bytes));
    synchronized (READ) {
      READ.put(b.json.id(), model);   // the driver keeps its own copy
    }
    return b;
  }

  /** The model, read from the broadcast at most once per JVM. */
  WorkforceModel model() {
    synchronized (READ) {
      WorkforceModel model = READ.get(json.id());
      if (model == null) {
        model = ModelReader.of().read(new String(json.value(), StandardCharsets.UTF_8),
            "the broadcast model", FileFormat.JSON);
        READ.put(json.id(), model);
      }
      return model;
    }
  }

  /** Frees the executors' copies. */
  void destroy() {
    json.destroy();
  }
}
