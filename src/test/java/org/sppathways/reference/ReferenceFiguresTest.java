package org.sppathways.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sppathways.model.FigureSeries;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PayFigure;
import org.sppathways.model.RoleId;
import org.sppathways.model.StaffFigure;
import org.sppathways.model.WorkforceFigures;
import org.sppathways.model.WorkforceModel;

/**
 * The workforce figures of the bundled model say what their sources say (docs/reference-model.md,
 * "Workforce figures"): every figure sourced and graded, the two official series kept apart, pay
 * at the 2024/25 band points, no pay where none was found.
 */
class ReferenceFiguresTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final WorkforceFigures FIGURES = SP.figures();
  static final RoleId LW = RoleId.of("link-worker");

  @Test
  void everyFigureHasASourceADateAndAConfidence() {
    for (FigureSeries s : FIGURES.series()) {
      for (StaffFigure f : s.figures()) {
        assertThat(f.sources()).as(s.id() + " " + f).isNotEmpty();
        assertThat(f.confidence()).as(s.id() + " " + f).isPresent();
      }
    }
    FIGURES.pay().forEach(p -> assertThat(p.sources()).as(p.toString()).isNotEmpty());
    FIGURES.employerMix().forEach(m -> assertThat(m.sources()).as(m.toString()).isNotEmpty());
  }

  @Test
  void theTwoOfficialSeriesAreKeptApartAndDifferByHundredsOfLinkWorkers() {
    FigureSeries nwrs = FIGURES.series("nwrs").orElseThrow();
    FigureSeries claims = FIGURES.series("nwrs-with-claims").orElseThrow();

    assertThat(FIGURES.defaultSeries()).hasValue(nwrs);
    assertThat(nwrs.figures()).extracting(StaffFigure::value).contains(2775.0, 2781.0, 2777.0);
    assertThat(claims.figures()).extracting(StaffFigure::value).contains(3433.0, 3479.0)
        .doesNotContain(2775.0, 2781.0, 2777.0);
    // March 2025 with claims against December 2024 without: some 700 FTE apart.
    assertThat(3479.0 - 2777.0).isBetween(600.0, 750.0);
  }

  @Test
  void payIsTheBandEntryPointFor2024To25AndCoachesHaveNone() {
    PayFigure lw = FIGURES.payFor(LW).orElseThrow();
    PayFigure cc = FIGURES.payFor(RoleId.of("care-coordinator")).orElseThrow();

    assertThat(lw.annual()).isEqualTo(29970);
    assertThat(lw.year()).isEqualTo("2024/25");
    assertThat(lw.basis()).startsWith("Agenda for Change band 5, entry point");
    assertThat(cc.annual()).isEqualTo(26530);
    assertThat(FIGURES.pay()).extracting(PayFigure::annual).contains(36428.0, 35389.0, 34113.0,
        29135.0);
    assertThat(FIGURES.payFor(RoleId.of("health-wellbeing-coach"))).isEmpty();
  }

  @Test
  void aboutHalfOfLinkWorkersWorkForAPcnAndThirtyPerCentForTheVoluntarySector() {
    var mix = FIGURES.employerMix(LW).orElseThrow();

    assertThat(mix.shares()).containsEntry(OrganisationTypeId.of("pcn"), 0.5)
        .containsEntry(OrganisationTypeId.of("vcse-charity"), 0.3);
    assertThat(mix.date().getYear()).isEqualTo(2023);
  }
}
