package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Confidence;
import org.sppathways.model.FigureSeries;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.RoleId;
import org.sppathways.model.StaffMeasure;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** The {@code figures} section and flow numbers written with their provenance. */
class ModelReaderFiguresTest {

  private static final String HEAD = "format: sp-pathways/1\nname: F\nscale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n  - {id: pcn, name: P, sector: nhs}\n"
      + "  - {id: vcse, name: V, sector: vcse}\n"
      + "roles:\n  - {id: link-worker, title: LW, offeredBy: [pcn, vcse]}\n"
      + "  - {id: nurse, title: Nurse, external: true}\n";

  private static WorkforceModel read(String yaml) {
    return ModelReader.of().read(HEAD + yaml, "f.yaml", FileFormat.YAML);
  }

  private static List<String> problems(String yaml) {
    return TestFiles.problems(() -> read(yaml)).stream().map(Problem::toString).toList();
  }

  @Test
  void figuresPayAndMixAreReadWithTheirProvenance() {
    WorkforceModel m = read("figures:\n  defaultSeries: b\n  series:\n"
        + "    - id: a\n      description: A\n      figures:\n"
        + "        - {role: link-worker, date: 2024-07-31, fte: 2781, confidence: uncertain, "
        + "sources: [pulse]}\n"
        + "    - id: b\n      description: B\n      figures:\n"
        + "        - {role: link-worker, organisationType: pcn, date: 2021-03-31, headcount: 9}\n"
        + "  pay:\n    - {role: link-worker, year: 2024/25, annual: 29970, basis: band 5}\n"
        + "  employerMix:\n    - {role: link-worker, date: 2023-11-30, shares: {pcn: 0.5}}\n");

    assertThat(m.figures().defaultSeries()).map(FigureSeries::id).hasValue("b");
    FigureSeries a = m.figures().series("a").orElseThrow();
    assertThat(a.figures().get(0).value()).isEqualTo(2781);
    assertThat(a.figures().get(0).measure()).isEqualTo(StaffMeasure.FTE);
    assertThat(a.figures().get(0).date()).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(a.figures().get(0).confidence()).hasValue(Confidence.UNCERTAIN);
    assertThat(m.figures().series("b").orElseThrow().figures().get(0).organisationType())
        .hasValue(OrganisationTypeId.of("pcn"));
    assertThat(m.figures().payFor(RoleId.of("link-worker")).orElseThrow().annual())
        .isEqualTo(29970);
    assertThat(m.figures().employerMix(RoleId.of("link-worker")).orElseThrow().total())
        .isEqualTo(0.5);
  }

  @Test
  void aFlowNumberIsAPlainNumberOrAMapWithItsProvenance() {
    WorkforceModel m = ModelReader.of().read("format: sp-pathways/1\nname: F\n"
        + "scale: [{level: 1, name: A}]\nroles:\n"
        + "  - {id: a, title: A, leaving: 0.1, recruits: {value: 5, confidence: assumed, "
        + "notes: why}}\n  - {id: b, title: B}\n"
        + "routes:\n  - {from: a, to: b, kind: promotion, months: 1, "
        + "rate: {value: 0.2, confidence: verified, sources: [s]}}\n", "f.yaml", FileFormat.YAML);

    assertThat(m.roles().get(0).leaving()).hasValue(0.1);
    assertThat(m.roles().get(0).leavingProvenance()).isEmpty();
    assertThat(m.roles().get(0).recruits()).hasValue(5);
    assertThat(m.roles().get(0).recruitsProvenance().orElseThrow().isAssumed()).isTrue();
    assertThat(m.roles().get(0).recruitsProvenance().orElseThrow().notes()).hasValue("why");
    assertThat(m.routes().get(0).rate()).hasValue(0.2);
    assertThat(m.routes().get(0).rateProvenance().orElseThrow().sources()).containsExactly("s");
  }

  @Test
  void theReferenceModelWithItsFiguresAndProvenanceReadsBackEqual() {
    WorkforceModel sp = ReferenceModels.socialPrescribing();
    for (FileFormat format : List.of(FileFormat.YAML, FileFormat.JSON)) {
      String text = ModelWriter.of(format).toString(sp);
      WorkforceModel again = ModelReader.of().read(text, "sp", format);
      assertThat(again).isEqualTo(sp);
      assertThat(again.figures()).isEqualTo(sp.figures());
      assertThat(again.roles().get(0).leavingProvenance())
          .isEqualTo(sp.roles().get(0).leavingProvenance());
    }
  }

  @Test
  void badFiguresAreLocatedWithWhatIsWrongAndHowToFixIt() {
    assertThat(problems("figures:\n  defaultSeries: nwrz\n  series:\n"
        + "    - id: nwrs\n      description: D\n      figures:\n"
        + "        - {role: link-worker, date: 2024-07-31, fte: 2781}\n"
        + "        - {role: link-worker, date: 2024-07-31, fte: 2780}\n"
        + "        - {role: link-worker, date: 2024-12-31, headcount: 3100}\n"
        + "        - {role: link-wroker, date: 2024-12-31, fte: 2777}\n"
        + "        - {role: nurse, date: 2024-12-31, fte: 7}\n"
        + "        - {role: link-worker, organisationType: pcnn, date: 2025-01-31, fte: 7}\n"
        + "  employerMix:\n    - {role: link-worker, date: 2023-11-30, "
        + "shares: {pcn: 0.8, vcse: 0.3}}\n"))
        .containsExactlyInAnyOrder(
            "f.yaml:11:18: figures.defaultSeries: unknown series 'nwrz' (did you mean 'nwrs'?)",
            "f.yaml:17:11: figures.series[0].figures[1]: series 'nwrs' has two figures for role "
                + "'link-worker' on 2024-07-31, first at figures[0] (keep one figure per role, "
                + "organisation type and date in a series; a figure counted differently belongs "
                + "in another series)",
            "f.yaml:18:60: figures.series[0].figures[2].headcount: series 'nwrs' mixes counts: "
                + "this figure is a headcount but figures[0] is full-time equivalents (fte) (a "
                + "series counts one way only: put headcount figures in a series of their own)",
            "f.yaml:19:18: figures.series[0].figures[3].role: unknown role 'link-wroker' (did "
                + "you mean 'link-worker'?)",
            "f.yaml:20:18: figures.series[0].figures[4].role: role 'nurse' is external: it has "
                + "no staff in the workforce to count, pay or split by employer (name a "
                + "workforce role, or remove the entry)",
            "f.yaml:21:49: figures.series[0].figures[5].organisationType: unknown organisation "
                + "type 'pcnn' (did you mean 'pcn'?)",
            "f.yaml:23:53: figures.employerMix[0].shares: the shares of role 'link-worker' add "
                + "up to 1.1, more than all its staff (lower the shares so that they add up to "
                + "at most 1; the rest is staff the source does not split by employer)");
  }

  @Test
  void aNegativeCountOrPayAndABadDateAreRefusedWhileReading() {
    assertThat(problems("figures:\n  series:\n    - id: s\n      description: D\n"
        + "      figures:\n        - {role: link-worker, date: 2024-07-31, fte: -5}\n"
        + "        - {role: link-worker, date: 31/07/2024, fte: 5}\n"
        + "        - {role: link-worker, date: 2024-08-31, fte: 5, headcount: 6}\n"
        + "  pay:\n    - {role: link-worker, year: 2024/25, annual: -1, basis: b}\n"))
        .containsExactly(
            "f.yaml:15:54: figures.series[0].figures[0].fte: the number -5 is out of range (use "
                + "a number from 0 up)",
            "f.yaml:16:37: figures.series[0].figures[1].date: expected a day in the form "
                + "YYYY-MM-DD, found the text '31/07/2024' (write e.g. 'date: 2024-07-31')",
            "f.yaml:17:11: figures.series[0].figures[2]: the figure gives both a headcount and "
                + "an fte (give one count per figure; put the other in a series that counts "
                + "that way)",
            "f.yaml:19:50: figures.pay[0].annual: the number -1 is out of range (use a number "
                + "from 0 up)");
  }
}
