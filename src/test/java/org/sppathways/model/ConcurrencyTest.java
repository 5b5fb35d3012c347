package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.reference.ReferenceModels;

/**
 * One model, read from a file, shared by 8 threads that look up ids, traverse the graph and write
 * the model to text over and over, gives every thread the same answers as one thread alone.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 10;

  static Stream<String> files() {
    return Stream.of("/models/valid/small.yaml", ReferenceModels.SOCIAL_PRESCRIBING_RESOURCE);
  }

  private static WorkforceModel read(String resource) throws Exception {
    try (Reader reader = new InputStreamReader(
        ConcurrencyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      return ModelReader.of().read(reader, resource, FileFormat.YAML);
    }
  }

  /** Everything a caller might ask of a model, as text, so that two runs can be compared. */
  private static List<String> answers(WorkforceModel model) {
    List<String> out = new ArrayList<>();
    for (Role role : model.roles()) {
      RoleId id = role.id();
      out.add(id + " #" + model.roleIndex(id) + " " + model.role(id).title()
          + " " + model.findRole(id).isPresent());
      out.add("from " + model.routesFrom(id) + " to " + model.routesTo(id));
      for (Requirement r : role.requirements()) {
        Competency c = model.competency(r.competency());
        out.add("  needs " + c.name() + " #" + model.competencyIndex(c.id()) + " at "
            + model.scale().name(r.level()));
      }
      for (OrganisationTypeId t : role.offeredBy()) {
        out.add("  offered by " + model.organisationType(t).name());
      }
      List<RoleId> reachable = new ArrayList<>();
      new BreadthFirstIterator<>(model.graph(), id).forEachRemaining(reachable::add);
      out.add("  reaches " + reachable);
      ShortestPathAlgorithm.SingleSourcePaths<RoleId, ProgressionRoute> paths =
          new BFSShortestPath<>(model.graph()).getPaths(id);
      for (Role target : model.roles()) {
        GraphPath<RoleId, ProgressionRoute> path = paths.getPath(target.id());
        out.add("  to " + target.id() + ": " + (path == null ? "none" : path.getVertexList()));
        out.add("  route " + model.route(id, target.id()).map(ProgressionRoute::kind));
      }
      try {
        model.role(RoleId.of(id.value() + "x"));
        out.add("  unexpectedly found " + id + "x");
      } catch (UnknownIdException e) {
        out.add("  " + e.getMessage());
      }
    }
    for (Course course : model.courses()) {
      out.add(course.id() + " " + model.course(course.id()).title() + " "
          + model.findCourse(course.id()).isPresent());
    }
    out.add(model.findCompetency(CompetencyId.of("no-such-competency")).toString());
    out.add(ModelWriter.yaml().toString(model));
    out.add(ModelWriter.json().toString(model));
    out.add(Integer.toString(model.hashCode()));
    out.add(model.toString());
    return out;
  }

  @ParameterizedTest
  @MethodSource("files")
  void eightThreadsGetTheSameAnswersAsOne(String resource) throws Exception {
    WorkforceModel model = read(resource);
    List<String> expected = answers(read(resource));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<List<String>> runs = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            runs.add(answers(model));
          }
          return runs;
        }));
      }
      start.countDown();
      for (Future<List<List<String>>> future : futures) {
        for (List<String> run : future.get(60, TimeUnit.SECONDS)) {
          assertThat(run).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(model).isEqualTo(read(resource));
  }

  @ParameterizedTest
  @MethodSource("files")
  void eightThreadsReadingTheSameFileGetEqualModels(String resource) throws Exception {
    WorkforceModel expected = read(resource);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<WorkforceModel>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          return read(resource);
        }));
      }
      start.countDown();
      for (Future<WorkforceModel> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
