package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/** CSV that a spreadsheet opens runs no formula, and numbers stay numbers. */
class CsvCellsTest {

  /** Reads CSV back as a spreadsheet would see the cells (quotes removed, nothing else). */
  static List<String[]> cells(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void everyFormulaStartIsNeutralisedAndQuoted() {
    StringWriter out = new StringWriter();
    CsvCells.write(out, List.of("a", "b", "c", "d", "e", "f"), List.of(
        List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-1+A1", "@SUM(A1)", "\tx", "\rx")));

    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith(
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1+1\",\"'-1+A1\",\"'@SUM(A1)\"");
  }

  @Test
  void aFormulaTitleReachesTheSpreadsheetAsText() throws IOException {
    StringWriter out = new StringWriter();
    CsvCells.write(out, List.of("role", "roleTitle"), List.of(List.of("lw", "=1+1")));

    assertThat(out.toString()).isEqualTo("role,roleTitle\nlw,\"'=1+1\"\n");
    assertThat(cells(out.toString()).get(1)).containsExactly("lw", "'=1+1");
  }

  @Test
  void numbersStayNumbers() {
    for (String n : List.of("-1", "-0.25", "12", "3.5e-7", "-2E+3", "0")) {
      assertThat(CsvCells.neutralise(n)).as(n).isEqualTo(n);
    }
    assertThat(CsvCells.neutralise("-Infinity")).isEqualTo("'-Infinity");
    assertThat(CsvCells.neutralise("--1")).isEqualTo("'--1");
    assertThat(CsvCells.neutralise("link worker")).isEqualTo("link worker");
    assertThat(CsvCells.neutralise("")).isEmpty();
  }

  @Test
  void restoreUndoesNeutraliseAndNothingElse() {
    for (String s : List.of("=x", "+x", "-x", "@x", "\tx", "\rx", "x", "'x", "'", "", "-3")) {
      assertThat(CsvCells.restore(CsvCells.neutralise(s))).as(s).isEqualTo(s);
    }
    assertThat(CsvCells.restore("'quoted'")).isEqualTo("'quoted'");
  }

  @Test
  void graphExportNeutralisesFormulaTitles() throws IOException {
    WorkforceModel m = WorkforceModel.builder().name("Formulas").scale(ProficiencyScale.of("A"))
        .addRole(Role.builder().id(RoleId.of("=cmd")).title("=HYPERLINK(\"http://evil\",\"x\")")
            .family("-family").build())
        .build();
    StringWriter out = new StringWriter();
    GraphExport.rolesCsv(m, out);

    String[] row = cells(out.toString()).get(1);
    assertThat(row[0]).isEqualTo("'=cmd");
    assertThat(row[1]).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
    assertThat(row[3]).isEqualTo("'-family");
  }

  @Test
  void profilesWithFormulaIdsAreNeutralisedAndReadBack() throws IOException {
    WorkforceModel m = WorkforceModel.builder().name("Formulas").scale(ProficiencyScale.of("A", "B"))
        .addCompetency(org.sppathways.model.Competency.builder().id(CompetencyId.of("@c"))
            .name("C").domain("D").build())
        .addRole(Role.builder().id(RoleId.of("+r")).title("R").build())
        .build();
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("=cmd|'/c-calc'!A0"))
        .role(RoleId.of("+r")).putAllHolds(java.util.Map.of(CompetencyId.of("@c"), 2)).monthsInRole(3).build();
    StringWriter out = new StringWriter();
    try (ProfileWriter w = ProfileWriter.csv(out)) {
      w.write(p);
    }

    String[] row = cells(out.toString()).get(1);
    assertThat(row).containsExactly("'=cmd|'/c-calc'!A0", "'+r", "", "3", "'@c", "2", "", "");
    Population back = ProfileReader.of(m).read(out.toString(), "people.csv",
        FileFormat.CSV);
    assertThat(back.people()).containsExactly(p);
  }
}
