package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.References;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.Suggestions;

/**
 * Reads a course catalogue from CSV, checked against a model: covered competencies must be in
 * the model, levels within its scale, and prerequisites in the catalogue or the model.
 *
 * <p>Columns: {@code course,title,provider,hours,cost,mode,competency,level,prerequisites}; one
 * row per course and covered competency; the course-level columns agree across a course's rows;
 * prerequisites are separated by {@code ;}. A course covering nothing has one row with empty
 * competency and level. Columns starting with {@code x-} are ignored.
 *
 * <pre>{@code
 * List<Course> catalogue = CourseCatalogueReader.of(model).read(Path.of("catalogue.csv"));
 * WorkforceModel withCatalogue = model.toBuilder().addCourses(catalogue).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CourseCatalogueReader {

  /** The required columns. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("course", "title", "hours", "cost", "competency", "level");

  /** The optional columns. */
  public static final List<String> OPTIONAL_COLUMNS = List.of("provider", "mode", "prerequisites");

  private static final List<String> COURSE_COLUMNS =
      List.of("title", "provider", "hours", "cost", "mode", "prerequisites");

  private final WorkforceModel model;
  private final ReadLimits limits;

  private CourseCatalogueReader(WorkforceModel model, ReadLimits limits) {
    this.model = Objects.requireNonNull(model, "model");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader checking catalogues against a model, with default limits. */
  public static CourseCatalogueReader of(WorkforceModel model) {
    return new CourseCatalogueReader(model, ReadLimits.defaults());
  }

  /** A reader checking catalogues against a model, with the given limits. */
  public static CourseCatalogueReader of(WorkforceModel model, ReadLimits limits) {
    return new CourseCatalogueReader(model, limits);
  }

  /**
   * Reads a {@code .csv} catalogue file.
   *
   * @throws ModelException listing every problem, if the file is invalid
   * @throws SpPathwaysException if the file cannot be read or is not named {@code .csv}
   */
  public List<Course> read(Path file) {
    Sources.format(file, FileFormat.CSV);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString()));
  }

  /**
   * Reads a catalogue from CSV text.
   *
   * @throws ModelException listing every problem, if the text is invalid
   */
  public List<Course> read(String csv, String sourceName) {
    return read(new StringReader(csv), sourceName);
  }

  /**
   * Reads a catalogue from a character stream, which the caller closes.
   *
   * @throws ModelException listing every problem, if the document is invalid
   */
  public List<Course> read(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    References references = new References(model);
    Map<CourseId, Draft> drafts = new LinkedHashMap<>();
    Draft[] current = new Draft[1];
    new CsvRows(limits).read(reader, REQUIRED_COLUMNS, OPTIONAL_COLUMNS, sink, row -> {
      CourseId id = id(row, "course", CourseId::of);
      if (id == null) {
        return;
      }
      if (current[0] == null || !current[0].id.equals(id)) {
        if (drafts.containsKey(id)) {
          row.problem("course", "the rows of course '" + id + "' are not together",
              Optional.of("sort the file by course so that each course's rows are contiguous"));
          return;
        }
        current[0] = new Draft(id, row);
        drafts.put(id, current[0]);
      } else {
        current[0].agree(row);
      }
      current[0].cover(row, references);
    });
    List<Course> courses = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      draft.checkPrerequisites(drafts.keySet());
    }
    loops(drafts, sink);
    for (Draft draft : drafts.values()) {
      if (!sink.hasProblems()) {
        try {
          courses.add(draft.build());
        } catch (IllegalArgumentException | IllegalStateException e) {
          sink.add(org.sppathways.model.Problem.of("course", e.getMessage())
              .withPosition(sourceName, draft.line, 1));
        }
      }
    }
    sink.throwIfAny("course catalogue");
    return List.copyOf(courses);
  }

  /** Reports each course of the catalogue that is its own prerequisite through a loop. */
  private static void loops(Map<CourseId, Draft> drafts, ProblemSink sink) {
    for (Draft draft : drafts.values()) {
      // a course naming itself is reported when the course is built
      if (!draft.prerequisites.contains(draft.id)
          && reachesItself(draft.id, draft.id, drafts, new HashSet<>())) {
        draft.first.problem("prerequisites", "course '" + draft.id
            + "' is its own prerequisite through a loop",
            Optional.of("remove one prerequisite to break the loop"));
      }
    }
  }

  private static boolean reachesItself(CourseId root, CourseId at, Map<CourseId, Draft> drafts,
      Set<CourseId> seen) {
    Draft draft = drafts.get(at);
    if (draft == null) {
      return false;
    }
    for (CourseId p : draft.prerequisites) {
      if (p.equals(root)) {
        return true;
      }
      if (seen.add(p) && reachesItself(root, p, drafts, seen)) {
        return true;
      }
    }
    return false;
  }

  private static <T> @Nullable T id(CsvRows.Row row, String column, java.util.function.Function<String, T> f) {
    String text = row.required(column);
    if (text == null) {
      return null;
    }
    String problem = TypedId.problem(text);
    if (problem != null) {
      row.problem(column, "the id " + problem, Optional.empty());
      return null;
    }
    return f.apply(text);
  }

  /** The rows of one course. */
  private final class Draft {
    final CourseId id;
    final int line;
    final CsvRows.Row first;
    final Course.Builder builder = Course.builder();
    final Set<CompetencyId> covered = new HashSet<>();
    final List<CourseId> prerequisites = new ArrayList<>();

    Draft(CourseId id, CsvRows.Row row) {
      this.id = id;
      this.line = row.line();
      this.first = row;
      builder.id(id);
      String title = row.required("title");
      if (title != null) {
        builder.title(title);
      }
      Double hours = row.number("hours", 0);
      Double cost = row.number("cost", 0);
      if (row.get("hours").isEmpty()) {
        row.required("hours");
      }
      if (row.get("cost").isEmpty()) {
        row.required("cost");
      }
      if (hours != null) {
        builder.hours(hours);
      }
      if (cost != null) {
        builder.cost(cost);
      }
      row.get("provider").ifPresent(builder::provider);
      row.get("mode").ifPresent(builder::mode);
      row.get("prerequisites").ifPresent(text -> {
        for (String part : text.split(";")) {
          String p = part.strip();
          if (p.isEmpty()) {
            continue;
          }
          String problem = TypedId.problem(p);
          if (problem != null) {
            row.problem("prerequisites", "the id " + problem, Optional.empty());
          } else {
            prerequisites.add(CourseId.of(p));
          }
        }
      });
    }

    void agree(CsvRows.Row row) {
      for (String column : COURSE_COLUMNS) {
        if (!row.get(column).equals(first.get(column))) {
          row.problem(column, "course '" + id + "' has '" + row.get(column).orElse("")
              + "' here but '" + first.get(column).orElse("") + "' on line " + line,
              Optional.of("give every row of a course the same " + column));
        }
      }
    }

    void cover(CsvRows.Row row, References references) {
      Optional<String> c = row.get("competency");
      if (c.isEmpty()) {
        if (row.get("level").isPresent()) {
          row.problem("competency", "a level is given without a competency",
              Optional.of("name the competency, or leave both empty for a course covering none"));
        }
        return;
      }
      CompetencyId competency = id(row, "competency", CompetencyId::of);
      if (competency == null
          || !references.competency(competency, (m, s) -> row.problem("competency", m, s))) {
        return;
      }
      if (row.get("level").isEmpty()) {
        row.required("level");
        return;
      }
      Integer level = row.integer("level", Integer.MIN_VALUE, Integer.MAX_VALUE);
      if (level == null || !references.level(level, false, (m, s) -> row.problem("level", m, s))) {
        return;
      }
      if (!covered.add(competency)) {
        row.problem("competency", "course '" + id + "' has two rows for competency '"
            + competency + "'", Optional.of("keep one row per course and competency"));
        return;
      }
      builder.addCover(CompetencyLevel.of(competency, level));
    }

    void checkPrerequisites(Set<CourseId> catalogue) {
      for (CourseId p : prerequisites) {
        if (catalogue.contains(p) || model.findCourse(p).isPresent()) {
          builder.addPrerequisite(p);
        } else {
          List<String> known = new ArrayList<>();
          catalogue.forEach(c -> known.add(c.value()));
          model.courses().forEach(c -> known.add(c.id().value()));
          first.problem("prerequisites", "unknown course '" + p + "'",
              Suggestions.closest(p.value(), known).map(x -> "did you mean '" + x + "'?"));
        }
      }
    }

    Course build() {
      return builder.build();
    }
  }
}
