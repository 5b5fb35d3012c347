package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.io.ModelReader;
import org.sppathways.io.TestFiles;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;

/**
 * {@link ImportReport} as a value and {@link ImportLog}, which fills it: counts made from the
 * model, every field in equality, the one-line summary, and when bad rows stop an import.
 */
class ImportReportTest {

  private static final WorkforceModel SMALL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));
  private static final WorkforceModel MINIMAL =
      ModelReader.of().read(TestFiles.path("models/valid/minimal.yaml"));

  private static final List<ImportReport.FileRows> FILES =
      List.of(new ImportReport.FileRows("a.txt", 10), new ImportReport.FileRows("b.txt", 4));
  private static final List<ImportReport.SkippedRows> SKIPPED = List.of(
      new ImportReport.SkippedRows("a.txt", "too low", 3),
      new ImportReport.SkippedRows("b.txt", "twice", 2));
  private static final List<Problem> BAD = List.of(Problem.of("x", "bad").withPosition("a.txt", 2, 1));

  private static ImportReport report() {
    return ImportReport.of("Test 1", "dir", SMALL, FILES, SKIPPED, BAD, 1);
  }

  @Test
  void countsComeFromTheModel() {
    ImportReport r = report();
    int requirements = SMALL.roles().stream().mapToInt(x -> x.requirements().size()).sum();
    long essential = SMALL.roles().stream().flatMap(x -> x.requirements().stream())
        .filter(q -> q.essential()).count();
    assertThat(r.framework()).isEqualTo("Test 1");
    assertThat(r.directory()).isEqualTo("dir");
    assertThat(r.roles()).isEqualTo(SMALL.roles().size());
    assertThat(r.competencies()).isEqualTo(SMALL.competencies().size());
    assertThat(r.requirements()).isEqualTo(requirements).isEqualTo(5);
    assertThat(r.essentialRequirements()).isEqualTo(essential).isEqualTo(4);
    assertThat(r.routes()).isEqualTo(SMALL.routes().size());
    assertThat(r.files()).isEqualTo(FILES);
    assertThat(r.skipped()).isEqualTo(SKIPPED);
    assertThat(r.skippedRowCount()).isEqualTo(5);
    assertThat(r.badRows()).isEqualTo(BAD);
    assertThat(r.badRowCount()).isEqualTo(1);
  }

  @Test
  void theSummaryGivesEveryCount() {
    assertThat(report().toString()).isEqualTo("ImportReport{Test 1 from dir: 3 roles, "
        + "4 competencies, 5 requirements (4 essential), 2 routes; 5 rows skipped by rule, "
        + "1 bad rows skipped}");
  }

  @Test
  void everyFieldTakesPartInEquality() {
    ImportReport r = report();
    List<ImportReport> others = List.of(
        ImportReport.of("Test 2", "dir", SMALL, FILES, SKIPPED, BAD, 1),
        ImportReport.of("Test 1", "dir2", SMALL, FILES, SKIPPED, BAD, 1),
        ImportReport.of("Test 1", "dir", MINIMAL, FILES, SKIPPED, BAD, 1),
        ImportReport.of("Test 1", "dir", SMALL, FILES.subList(0, 1), SKIPPED, BAD, 1),
        ImportReport.of("Test 1", "dir", SMALL, FILES, SKIPPED.subList(0, 1), BAD, 1),
        ImportReport.of("Test 1", "dir", SMALL, FILES, SKIPPED, List.of(), 1),
        ImportReport.of("Test 1", "dir", SMALL, FILES, SKIPPED, BAD, 2));
    Set<Integer> hashes = new HashSet<>();
    for (ImportReport other : others) {
      assertThat(other).isNotEqualTo(r);
      assertThat(r).isNotEqualTo(other);
      hashes.add(other.hashCode());
    }
    assertThat(hashes).hasSize(others.size()).doesNotContain(r.hashCode());
    assertThat(report()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r).isEqualTo(r).isNotEqualTo(null).isNotEqualTo(r.toString());
  }

  @Test
  void rowRecordsRejectNulls() {
    assertThatThrownBy(() -> new ImportReport.FileRows(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> new ImportReport.SkippedRows(null, "r", 1))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> new ImportReport.SkippedRows("f", null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
    assertThatThrownBy(() -> new ImportedModel(null, report()))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> new ImportedModel(SMALL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
  }

  @Test
  void theLogSumsRowsAndSkipsByFileAndReasonInFirstMetOrder() {
    ImportLog log = new ImportLog("T 1", Path.of("d"), false, 10);
    log.fileRead("b.txt", 3);
    log.fileRead("a.txt", 2);
    log.fileRead("b.txt", 4);
    log.skip("a.txt", "low");
    log.skip("b.txt", "low", 5);
    log.skip("a.txt", "low");
    ImportReport r = log.report(MINIMAL);
    assertThat(r.files()).containsExactly(new ImportReport.FileRows("b.txt", 7),
        new ImportReport.FileRows("a.txt", 2));
    assertThat(r.skipped()).containsExactly(new ImportReport.SkippedRows("a.txt", "low", 2),
        new ImportReport.SkippedRows("b.txt", "low", 5));
    assertThat(r.framework()).isEqualTo("T 1");
    assertThat(r.directory()).isEqualTo("d");
    assertThat(r.badRowCount()).isZero();
    log.throwIfBadRows();
  }

  @Test
  void badRowsStopTheImportListingEveryProblemUpToTheLimit() {
    ImportLog log = new ImportLog("T 1", Path.of("d"), false, 2);
    Problem p1 = Problem.of("a", "one").withPosition("f", 1, 1);
    Problem p2 = Problem.of("b", "two").withPosition("f", 2, 1);
    Problem p3 = Problem.of("c", "three").withPosition("f", 3, 1);
    log.badRow(List.of(p1));
    assertThat(log.shouldStop()).isFalse();
    log.badRow(List.of(p2));
    assertThat(log.shouldStop()).as("the limit is reached but not passed").isFalse();
    ModelException one = catchModel(log::throwIfBadRows);
    assertThat(one.getMessage()).startsWith("T 1 files in d have 2 bad rows (skip them with "
        + "the skip-bad-rows option)");
    assertThat(one.problems()).containsExactly(p1, p2);

    log.badRow(List.of(p3));
    assertThat(log.shouldStop()).isTrue();
    ModelException e = catchModel(log::throwIfBadRows);
    assertThat(e.getMessage()).startsWith("T 1 files in d have 3 bad rows");
    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems().subList(0, 2)).containsExactly(p1, p2);
    assertThat(e.problems().get(2).toString()).isEqualTo("d: stopped after 2 problems (fix "
        + "these first, or raise the problem limit (--max-problems))");
  }

  @Test
  void oneBadRowIsSingular() {
    ImportLog log = new ImportLog("T 1", Path.of("d"), false, 5);
    log.badRow(List.of(Problem.of("a", "one")));
    assertThat(catchModel(log::throwIfBadRows).getMessage())
        .startsWith("T 1 files in d have 1 bad row (skip");
  }

  @Test
  void skippedBadRowsNeverStopTheImportAndAreReported() {
    ImportLog log = new ImportLog("T 1", Path.of("d"), true, 1);
    Problem p1 = Problem.of("a", "one");
    log.badRow(List.of(p1));
    log.badRow(List.of(Problem.of("b", "two")));
    assertThat(log.shouldStop()).isFalse();
    log.throwIfBadRows();
    ImportReport r = log.report(MINIMAL);
    assertThat(r.badRowCount()).isEqualTo(2);
    assertThat(r.badRows()).containsExactly(p1);
    Problem fatal = Problem.of("", "broken");
    assertThat(log.fatal(List.of(fatal)).problems()).containsExactly(fatal);
  }

  @Test
  void aFatalProblemFollowsTheBadRowsSoFar() {
    ImportLog log = new ImportLog("T 1", Path.of("d"), false, 5);
    Problem p1 = Problem.of("a", "one");
    log.badRow(List.of(p1));
    Problem fatal = Problem.of("", "broken");
    ModelException e = log.fatal(List.of(fatal));
    assertThat(e.getMessage()).startsWith("T 1 files in d cannot be imported");
    assertThat(e.problems()).containsExactly(p1, fatal);
    assertThat(new ImportLog("T", Path.of("d"), true, 5).fatal(List.of()).problems())
        .extracting(Problem::toString).containsExactly("d: the import stopped");
    assertThat(log.report(MINIMAL).badRows()).as("bad rows are reported only when skipped")
        .isEmpty();
  }

  private static ModelException catchModel(Runnable r) {
    try {
      r.run();
    } catch (ModelException e) {
      return e;
    }
    throw new AssertionError("expected a ModelException");
  }
}
