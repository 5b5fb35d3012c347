package org.sppathways.cli;

import java.nio.file.Path;
import java.util.List;
import org.sppathways.io.CourseCatalogReader;
import org.sppathways.model.Course;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Option;

/** The {@code --courses} option: a CSV catalogue in place of the model's courses. */
final class CatalogueOptions {
  @Option(names = "--courses", paramLabel = "FILE",
      description = "Course catalogue (.csv) to use instead of the model's courses.")
  Path courses;

  /**
   * The catalogue file's courses, plus the model's courses they name as prerequisites (directly or
   * through other prerequisites), which the file may rely on; or the model's courses.
   */
  List<Course> load(WorkforceModel model) {
    if (courses == null) {
      return model.courses();
    }
    List<Course> catalogue = new java.util.ArrayList<>(CourseCatalogReader.create(model).read(courses));
    java.util.Set<org.sppathways.model.CourseId> present = new java.util.HashSet<>();
    catalogue.forEach(c -> present.add(c.id()));
    for (int i = 0; i < catalogue.size(); i++) {
      for (org.sppathways.model.CourseId p : catalogue.get(i).prerequisites()) {
        if (present.add(p)) {
          catalogue.add(model.course(p));
        }
      }
    }
    return catalogue;
  }
}
