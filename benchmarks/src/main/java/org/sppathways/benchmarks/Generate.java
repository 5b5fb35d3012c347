package org.sppathways.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.io.ProfileWriter;
import org.sppathways.model.WorkforceModel;

/**
 * Writes synthetic models and populations to files, so that anyone can reproduce the benchmarks
 * or try the command line at scale.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.Generate model esco 1 esco-scale.json
 * java -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.Generate profiles esco-scale.json 1000000 1 people.csv
 * </pre>
 *
 * <p>Arguments: {@code model SCALE SEED OUT} (SCALE: regional, national or esco; OUT: .yaml,
 * .yml or .json) or {@code profiles MODEL COUNT SEED OUT} (OUT: .csv).
 */
public final class Generate {
  private Generate() {}

  /** Runs the generator; see the class comment for the arguments. */
  public static void main(String[] args) {
    if (args.length == 4 && args[0].equals("model")) {
      SyntheticWorkforce.Scale scale =
          SyntheticWorkforce.Scale.valueOf(args[1].toUpperCase(Locale.ROOT));
      WorkforceModel model = SyntheticWorkforce.model(scale, Long.parseLong(args[2]));
      Path out = Path.of(args[3]);
      ModelWriter.of(FileFormat.of(out).orElse(FileFormat.YAML)).write(model, out);
      System.out.println("wrote " + out + ": " + model);
    } else if (args.length == 5 && args[0].equals("profiles")) {
      WorkforceModel model = ModelReader.of().read(Path.of(args[1]));
      long count = Long.parseLong(args[2]);
      try (ProfileWriter out = ProfileWriter.csv(Path.of(args[4]))) {
        SyntheticWorkforce.population(model, count, Long.parseLong(args[3]), out::write);
      }
      System.out.println("wrote " + count + " profiles to " + args[4]);
    } else {
      System.err.println("usage: Generate model regional|national|esco SEED OUT.(yaml|json)");
      System.err.println("       Generate profiles MODEL COUNT SEED OUT.csv");
      System.exit(2);
    }
  }
}
