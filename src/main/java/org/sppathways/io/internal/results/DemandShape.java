package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CourseDemand;
import org.sppathways.training.DemandYear;
import org.sppathways.training.OrganisationTypePlaces;
import org.sppathways.training.TrainingDemand;
import org.sppathways.training.UnclosableEntrants;

/**
 * {@code demand}: a {@link TrainingDemand}; the first-year commissioning is written with the
 * {@code commission} result's fields. CSV one row per year and course (the per-organisation-type
 * places are in JSON only).
 */
final class DemandShape implements ResultShape<TrainingDemand> {

  @Override
  public Class<TrainingDemand> type() {
    return TrainingDemand.class;
  }

  @Override
  public String name() {
    return "demand";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(TrainingDemand.class, Mixin.class);
    module.setMixInAnnotation(DemandYear.class, YearMixin.class);
    module.setMixInAnnotation(CourseDemand.class, CourseMixin.class);
    module.setMixInAnnotation(OrganisationTypePlaces.class, TypeMixin.class);
    module.setMixInAnnotation(UnclosableEntrants.class, UnclosableMixin.class);
  }

  @JsonPropertyOrder({"objective", "splitByOrganisationType", "cost", "years", "unclosable",
      "commissioning", "notes"})
  abstract static class Mixin {
    @JsonProperty("cost")
    abstract double cost();
  }

  @JsonPropertyOrder({"year", "entrants", "unclosableEntrants", "places", "cost", "courses"})
  abstract static class YearMixin {
    @JsonProperty("places")
    abstract double places();
  }

  @JsonPropertyOrder({"course", "entryPlaces", "refresherPlaces", "places", "cost", "capacity",
      "shortfall", "byOrganisationType"})
  abstract static class CourseMixin {
    @JsonProperty("places")
    abstract double places();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<OrganisationTypePlaces> byOrganisationType();
  }

  @JsonPropertyOrder({"organisationType", "entryPlaces", "refresherPlaces", "places"})
  abstract static class TypeMixin {
    @JsonProperty("places")
    abstract double places();
  }

  @JsonPropertyOrder({"from", "fromOrganisationType", "to", "organisationType", "entrants",
      "targets"})
  abstract static class UnclosableMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("year", "course", "title", "entryPlaces", "refresherPlaces", "places", "cost",
        "capacity", "shortfall");
  }

  @Override
  public List<List<String>> csvRows(TrainingDemand demand, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    for (DemandYear y : demand.years()) {
      for (CourseDemand d : y.courses()) {
        rows.add(List.of(CsvNumbers.whole(y.year()), d.course().value(),
            model.findCourse(d.course()).map(c -> c.title()).orElse(""),
            CsvNumbers.amount(d.entryPlaces()), CsvNumbers.amount(d.refresherPlaces()),
            CsvNumbers.amount(d.places()), CsvNumbers.amount(d.cost()),
            d.capacity().isPresent() ? CsvNumbers.amount(d.capacity().getAsDouble()) : "",
            d.shortfall().isPresent() ? CsvNumbers.amount(d.shortfall().getAsDouble()) : ""));
      }
    }
    return rows;
  }
}
