package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.PathStep;
import org.sppathways.training.UnclosableTarget;

/**
 * {@code paths}: {@link CareerPaths}; CSV one row per step. Reads back; a stored step's route
 * reads back as a route holding only the step's {@code from}, {@code to}, {@code kind} and
 * {@code months} (its extra requirements, rates and provenance are the model's, found with
 * {@code WorkforceModel.route(from, to)}).
 */
final class PathsShape implements ResultShape<CareerPaths> {

  @Override
  public Class<CareerPaths> type() {
    return CareerPaths.class;
  }

  @Override
  public String name() {
    return "paths";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(CareerPaths.class, PathsMixin.class);
    module.setMixInAnnotation(CareerPath.class, PathMixin.class);
    module.setMixInAnnotation(PathStep.class, StepMixin.class);
  }

  @JsonPropertyOrder({"from", "to", "by", "complete", "paths"})
  abstract static class PathsMixin {}

  /** {@code steps} is the number of moves; the moves themselves are {@code detail}. */
  @JsonPropertyOrder({"roles", "steps", "months", "hours", "cost", "courses", "detail"})
  @JsonIgnoreProperties(value = {"steps", "courses"}, allowGetters = true)
  abstract static class PathMixin {
    @JsonProperty("detail")
    abstract List<PathStep> steps();

    @JsonProperty("steps")
    abstract int stepCount();

    @JsonProperty("courses")
    abstract List<CourseId> courses();
  }

  @JsonSerialize(converter = StepOut.class)
  @JsonDeserialize(converter = StepIn.class)
  abstract static class StepMixin {}

  /** A step as stored: the route by its ends and kind, then what the step takes. */
  @JsonPropertyOrder({"from", "to", "kind", "months", "hours", "cost", "personal", "gaps",
      "courses", "unclosable", "optimal", "planned"})
  record StoredStep(
      @JsonProperty(required = true) RoleId from,
      @JsonProperty(required = true) RoleId to,
      @JsonProperty(required = true) RouteKind kind,
      @JsonProperty(required = true) int months,
      @JsonProperty(required = true) double hours,
      @JsonProperty(required = true) double cost,
      @JsonProperty(required = true) boolean personal,
      @JsonProperty(required = true) List<RequirementGap> gaps,
      @JsonProperty(required = true) List<CourseId> courses,
      @JsonProperty(required = true) List<StoredUnclosable> unclosable,
      @JsonProperty(required = true) boolean optimal,
      @JsonProperty(required = true) boolean planned) {}

  /** A gap no plan closes, as stored: its competency and level, then why. */
  @JsonPropertyOrder({"competency", "level", "reason", "detail"})
  record StoredUnclosable(
      @JsonProperty(required = true) CompetencyId competency,
      @JsonProperty(required = true) int level,
      @JsonProperty(required = true) UnclosableTarget.Reason reason,
      @JsonProperty(required = true) String detail) {
    static StoredUnclosable of(UnclosableTarget u) {
      return new StoredUnclosable(u.competency(), u.level(), u.reason(), u.detail());
    }

    UnclosableTarget target() {
      return new UnclosableTarget(CompetencyLevel.of(competency, level), reason, detail);
    }
  }

  static final class StepOut extends StdConverter<PathStep, StoredStep> {
    @Override
    public StoredStep convert(PathStep s) {
      return new StoredStep(s.from(), s.to(), s.route().kind(), s.months(), s.hours(), s.cost(),
          s.personal(), s.gaps(), s.courses(),
          s.unclosableTargets().stream().map(StoredUnclosable::of).toList(), s.optimal(),
          s.planned());
    }
  }

  static final class StepIn extends StdConverter<StoredStep, PathStep> {
    @Override
    public PathStep convert(StoredStep s) {
      ProgressionRoute route = ProgressionRoute.builder().from(s.from()).to(s.to())
          .kind(s.kind()).months(s.months()).build();
      return new PathStep(route, s.months(), s.hours(), s.cost(), s.gaps(), s.courses(),
          s.unclosable().stream().map(StoredUnclosable::target).toList(), s.optimal(),
          s.personal(), s.planned());
    }
  }

  @Override
  public List<String> csvHeader() {
    return List.of("rank", "step", "from", "fromTitle", "to", "toTitle", "kind", "months",
        "hours", "cost", "gaps", "courses", "unclosable", "courseIds", "pathSteps", "pathMonths",
        "pathHours", "pathCost");
  }

  /**
   * One row per step of each path (a path of no steps: one row, step 0, from and to the start),
   * the path's totals repeated on each of its rows; the step's course ids space-separated.
   */
  @Override
  public List<List<String>> csvRows(CareerPaths found, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    List<CareerPath> paths = found.paths();
    for (int i = 0; i < paths.size(); i++) {
      CareerPath p = paths.get(i);
      List<String> totals = List.of(CsvNumbers.whole(p.stepCount()), CsvNumbers.whole(p.months()),
          CsvNumbers.amount(p.hours()), CsvNumbers.amount(p.cost()));
      if (p.stepCount() == 0) {
        String role = p.start().value();
        String title = model.role(p.start()).title();
        List<String> row = new ArrayList<>(List.of(CsvNumbers.whole(i + 1), "0", role, title,
            role, title, "", "0", CsvNumbers.amount(0), CsvNumbers.amount(0), "0", "0", "0", ""));
        row.addAll(totals);
        rows.add(row);
        continue;
      }
      for (int j = 0; j < p.stepCount(); j++) {
        PathStep s = p.steps().get(j);
        List<String> row = new ArrayList<>(List.of(CsvNumbers.whole(i + 1),
            CsvNumbers.whole(j + 1), s.from().value(), model.role(s.from()).title(),
            s.to().value(), model.role(s.to()).title(), ResultMapper.enumName(s.route().kind()),
            CsvNumbers.whole(s.months()), CsvNumbers.amount(s.hours()),
            CsvNumbers.amount(s.cost()), CsvNumbers.whole(s.gaps().size()),
            CsvNumbers.whole(s.courses().size()), CsvNumbers.whole(s.unclosable().size()),
            String.join(" ", s.courses().stream().map(CourseId::value).toList())));
        row.addAll(totals);
        rows.add(row);
      }
    }
    return rows;
  }
}
