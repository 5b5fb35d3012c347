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

  /**
   * Models read on this JVM, by a key made for each broadcast (broadcast ids start again in each
   * Spark context); a few only, the most recent kept.
   */
  private static final Map<String, WorkforceModel> READ = new LinkedHashMap<>(8, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, WorkforceModel> eldest) {
      return size() > 4;
    }
  };

  private final Broadcast<byte[]> json;
  private final String key = java.util.UUID.randomUUID().toString();

  private ModelBroadcast(Broadcast<byte[]> json) {
    this.json = json;
  }

  static ModelBroadcast of(SparkSession spark, WorkforceModel model) {
    byte[] bytes = ModelWriter.json().toString(model).getBytes(StandardCharsets.UTF_8);
    ModelBroadcast b = new ModelBroadcast(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bytes));
    synchronized (READ) {
      READ.put(b.key, model);   // the driver keeps its own copy
    }
    return b;
  }

  /** The model, read from the broadcast at most once per JVM. */
  WorkforceModel model() {
    synchronized (READ) {
      WorkforceModel model = READ.get(key);
      if (model == null) {
        model = ModelReader.of().read(new String(json.value(), StandardCharsets.UTF_8),
            "the broadcast model", FileFormat.JSON);
        READ.put(key, model);
      }
      return model;
    }
  }

  /** Frees the executors' copies. */
  void destroy() {
    json.destroy();
  }
}
