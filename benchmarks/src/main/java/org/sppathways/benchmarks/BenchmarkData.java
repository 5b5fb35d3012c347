package org.sppathways.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.io.frameworks.OnetImporter;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Real framework data and generated populations for the benchmarks.
 *
 * <p>The O*NET and ESCO files are found through the system property {@code sppathways.data}
 * (default {@code ../shared/data}, relative to the working directory); they are never copied into
 * the repository. A benchmark that needs them fails at set-up with a message saying where to put
 * them.
 */
public final class BenchmarkData {
  private BenchmarkData() {}

  /** The data directory. */
  public static Path dataDirectory() {
    return Path.of(System.getProperty("sppathways.data", "../shared/data"));
  }

  private static Path require(String name) {
    Path dir = dataDirectory().resolve(name);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("benchmark data not found at " + dir.toAbsolutePath()
          + ": put the O*NET 29.2 and ESCO 1.2 files there, or pass -Dsppathways.data=DIR");
    }
    return dir;
  }

  /**
   * The graph the side-by-side comparisons run on, named by the system property
   * {@code sppathways.graph}: {@code onet} (default: the real O*NET related-occupations graph),
   * or a generated {@code regional}, {@code national} or {@code esco-scale} model (seed 1).
   */
  public static WorkforceModel comparisonModel() {
    String graph = System.getProperty("sppathways.graph", "onet");
    if (!List.of("onet", "regional", "national", "esco-scale").contains(graph)) {
      throw new IllegalArgumentException("unknown graph '" + graph
          + "': use onet, regional, national or esco-scale");
    }
    return model(graph);
  }

  /**
   * A model by name, for benchmarks that run at several sizes: {@code reference} (the bundled
   * social prescribing model), the generated {@code regional}, {@code national} and
   * {@code esco-scale} models (seed 1), or the real {@code onet} and {@code esco} imports.
   */
  public static WorkforceModel model(String name) {
    switch (name) {
      case "reference":
        return ReferenceModels.socialPrescribing();
      case "regional":
        return SyntheticWorkforce.model(SyntheticWorkforce.Scale.REGIONAL, 1);
      case "national":
        return SyntheticWorkforce.model(SyntheticWorkforce.Scale.NATIONAL, 1);
      case "esco-scale":
        return SyntheticWorkforce.model(SyntheticWorkforce.Scale.ESCO, 1);
      case "onet":
        return onet();
      case "esco":
        return esco();
      default:
        throw new IllegalArgumentException("unknown model '" + name
            + "': use reference, regional, national, esco-scale, onet or esco");
    }
  }

  /** ESCO 1.2 imported with the default options. */
  public static WorkforceModel esco() {
    return EscoImporter.of().read(require("esco-1.2")).model();
  }

  /** O*NET 29.2 imported with the default options. */
  public static WorkforceModel onet() {
    return OnetImporter.of().read(require("onet-29.2")).model();
  }

  /**
   * A deterministic population shaped like a real workforce: each person works in a random role
   * (not external), holds each of its requirements with probability 0.7 at a level from one below
   * to one above the required level (within the scale), and holds a few other competencies at
   * random.
   */
  public static List<WorkerProfile> population(WorkforceModel model, int size, long seed) {
    Random random = new Random(seed);
    List<Role> roles = model.roles().stream().filter(r -> !r.external()).toList();
    int max = model.scale().maxLevel();
    List<WorkerProfile> people = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Role role = roles.get(random.nextInt(roles.size()));
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p" + i)).role(role.id())
          .monthsInRole(random.nextInt(120));
      java.util.Map<CompetencyId, Integer> holds = new java.util.HashMap<>();
      for (Requirement q : role.requirements()) {
        if (random.nextDouble() < 0.7) {
          holds.put(q.competency(),
              Math.max(1, Math.min(max, q.level() - 1 + random.nextInt(3))));
        }
      }
      int extra = random.nextInt(8);
      for (int k = 0; k < extra; k++) {
        CompetencyId c = model.competencies().get(random.nextInt(model.competencies().size())).id();
        holds.putIfAbsent(c, 1 + random.nextInt(max));
      }
      b.putAllHolds(holds);
      if (!model.organisationTypes().isEmpty()) {
        b.organisationType(model.organisationTypes()
            .get(random.nextInt(model.organisationTypes().size())).id());
      }
      people.add(b.build());
    }
    return people;
  }
}
