package org.sppathways.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sppathways.io.CourseCatalogueReader;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --courses FILE} and {@code --courses-mode add|replace} options: a CSV catalogue used
 * instead of the model's courses ({@code replace}) or added to them ({@code add}). Each command
 * takes one of the two subclasses, which differ only in the default mode: {@link Replacing}
 * ({@code coverage}, {@code plan}, {@code commission}) or {@link Adding} ({@code report}).
 */
abstract class CatalogueOptions {

  /** How a catalogue file combines with the model's courses. */
  enum Mode {
    /** The model's courses and the file's; a file course with a model course's id replaces it. */
    ADD,
    /** The file's courses only, with the model's courses they name as prerequisites. */
    REPLACE
  }

  @Option(names = "--courses", paramLabel = "FILE",
      description = "Course catalogue (.csv), used with the model's courses as --courses-mode "
          + "says.")
  Path courses;

  @Option(names = "--courses-mode", paramLabel = "add|replace",
      description = "With --courses: add the file's courses to the model's (a file course with "
          + "a model course's id replaces it), or replace the model's courses with them "
          + "(default: add for report; replace for coverage, plan and commission).")
  Mode mode;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The mode when {@code --courses-mode} is not given. */
  abstract Mode defaultMode();

  Path courses() {
    return courses;
  }

  Mode mode() {
    return mode == null ? defaultMode() : mode;
  }

  /**
   * The courses to use: the model's when no file is given; otherwise as {@link #mode()} says.
   */
  List<Course> load(WorkforceModel model) {
    if (courses == null) {
      if (mode != null) {
        throw new ParameterException(command.commandLine(),
            "--courses-mode needs --courses FILE: it says how that file's courses combine with "
            + "the model's");
      }
      return model.courses();
    }
    List<Course> file = CourseCatalogueReader.of(model).read(courses());
    if (mode() == Mode.ADD) {
      Map<CourseId, Course> all = new LinkedHashMap<>();
      model.courses().forEach(c -> all.put(c.id(), c));
      file.forEach(c -> all.put(c.id(), c));
      return List.copyOf(all.values());
    }
    List<Course> catalogue = new ArrayList<>(file);
    Set<CourseId> present = new HashSet<>();
    catalogue.forEach(c -> present.add(c.id()));
    for (int i = 0; i < catalogue.size(); i++) {
      for (CourseId p : catalogue.get(i).prerequisites()) {
        if (present.add(p)) {
          catalogue.add(model.course(p));
        }
      }
    }
    return catalogue;
  }

  /** {@code --courses} replacing the model's courses unless {@code --courses-mode add}. */
  static final class Replacing extends CatalogueOptions {
    @Override
    Mode defaultMode() {
      return Mode.REPLACE;
    }
  }

  /** {@code --courses} added to the model's courses unless {@code --courses-mode replace}. */
  static final class Adding extends CatalogueOptions {
    @Override
    Mode defaultMode() {
      return Mode.ADD;
    }
  }
}
