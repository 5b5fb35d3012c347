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

  List<Course> load(WorkforceModel model) {
    return courses == null ? model.courses() : CourseCatalogReader.create(model).read(courses);
  }
}
