package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.CourseCatalogueReader;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Fuzzes {@link CourseCatalogueReader} with catalogue CSV files read against the bundled reference
 * model: whatever the bytes, {@link CourseCatalogueReader#read(Path)} returns courses or throws a
 * {@link ModelException} with usable problems, within a second. Courses it returns keep its
 * documented promises: every covered competency is in the model at a level of its scale, and
 * every prerequisite is in the catalogue or the model.
 *
 * <p>Seeds and regression inputs are in
 * {@code src/test/resources/org/sppathways/fuzz/CourseCatalogueReaderFuzzTestInputs/csv/}.
 */
class CourseCatalogueReaderFuzzTest {

  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final CourseCatalogueReader READER = CourseCatalogueReader.of(MODEL);

  @TempDir
  Path dir;

  @ReaderFuzzTest
  void csv(byte[] file) {
    Path path = ReaderContract.write(dir, "catalogue.csv", file);
    List<Course> catalogue;
    try {
      catalogue = READER.read(path);
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, path.toString());
      return;
    }
    Set<CourseId> ids = catalogue.stream().map(Course::id).collect(Collectors.toSet());
    assertThat(ids).as("course ids").hasSameSizeAs(catalogue);
    for (Course course : catalogue) {
      for (CompetencyLevel cover : course.covers()) {
        assertThat(MODEL.findCompetency(cover.competency())).as("%s covers", course.id())
            .isPresent();
        assertThat(cover.level()).as("%s covers %s at", course.id(), cover.competency())
            .isBetween(1, MODEL.scale().maxLevel());
      }
      for (CourseId before : course.prerequisites()) {
        assertThat(ids.contains(before) || MODEL.findCourse(before).isPresent())
            .as("%s needs %s first", course.id(), before).isTrue();
      }
    }
  }
}
