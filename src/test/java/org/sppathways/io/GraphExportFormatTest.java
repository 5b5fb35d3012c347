package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.sppathways.model.WorkforceModel;

/**
 * The exact text of each {@link GraphExport} format on a two-role model that has every optional
 * attribute once and an id that DOT must escape and that is no XML name token.
 */
class GraphExportFormatTest {

  private static final String HEAD = "format: sp-pathways/1\nname: G\nscale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n  - {id: pcn, name: P, sector: nhs}\n"
      + "  - {id: vcse, name: V, sector: vcse}\n";

  /** Roles {@code lw} and {@code a"b\c}; a route with a rate and one without. */
  private static final WorkforceModel ODD = ModelReader.of().read(HEAD
      + "roles:\n  - {id: lw, title: Link worker, seniority: 4, family: sp, offeredBy: [pcn, vcse]}\n"
      + "  - {id: 'a\"b\\c', title: Odd \"one\", external: true}\n"
      + "routes:\n  - {from: lw, to: 'a\"b\\c', kind: lateral, months: 6, rate: 0.25}\n"
      + "  - {from: 'a\"b\\c', to: lw, kind: entry, months: 0}\n", "g.yaml", FileFormat.YAML);

  /** The same shape with plain ids. */
  private static final WorkforceModel PLAIN = ModelReader.of().read(HEAD
      + "roles:\n  - {id: lw, title: Link worker, seniority: 4, family: sp, offeredBy: [pcn, vcse]}\n"
      + "  - {id: 'x.y:z_1', title: Other, external: true}\n"
      + "routes:\n  - {from: lw, to: 'x.y:z_1', kind: lateral, months: 6, rate: 0.25}\n"
      + "  - {from: 'x.y:z_1', to: lw, kind: entry, months: 0}\n", "p.yaml", FileFormat.YAML);

  private static String export(BiConsumer<WorkforceModel, java.io.Writer> exporter,
      WorkforceModel model) {
    StringWriter out = new StringWriter();
    exporter.accept(model, out);
    return out.toString();
  }

  @Test
  void dotQuotesIdsEscapesQuotesAndBackslashesAndLabelsWithTheTitle() {
    assertThat(export(GraphExport::dot, ODD)).isEqualTo("strict digraph careers {\n"
        + "  \"lw\" [ title=\"Link worker\" seniority=\"4\" family=\"sp\" "
        + "organisationTypes=\"pcn;vcse\" external=\"false\" label=\"Link worker\" ];\n"
        + "  \"a\\\"b\\\\c\" [ title=\"Odd \\\"one\\\"\" organisationTypes=\"\" external=\"true\" "
        + "label=\"Odd \\\"one\\\"\" ];\n"
        + "  \"lw\" -> \"a\\\"b\\\\c\" [ kind=\"lateral\" months=\"6\" rate=\"0.25\" ];\n"
        + "  \"a\\\"b\\\\c\" -> \"lw\" [ kind=\"entry\" months=\"0\" ];\n"
        + "}\n");
  }

  @Test
  void graphmlUsesRoleIdsAsNodeIdsOnlyWhenAllAreNameTokens() {
    String plain = export(GraphExport::graphml, PLAIN);
    assertThat(plain).contains("<node id=\"lw\">", "<node id=\"x.y:z_1\">",
        "<edge id=\"e0\" source=\"lw\" target=\"x.y:z_1\">",
        "<edge id=\"e1\" source=\"x.y:z_1\" target=\"lw\">");
    String odd = export(GraphExport::graphml, ODD);
    assertThat(odd).contains("<node id=\"r0\">", "<node id=\"r1\">",
        "<edge id=\"e0\" source=\"r0\" target=\"r1\">",
        "<edge id=\"e1\" source=\"r1\" target=\"r0\">");
    assertThat(odd).doesNotContain("<node id=\"lw\">");
  }

  @Test
  void graphmlDeclaresTypedAttributesAndLeavesUnknownValuesOut() {
    String odd = export(GraphExport::graphml, ODD);
    assertThat(odd).contains(
        "<key id=\"key0\" for=\"node\" attr.name=\"role\" attr.type=\"string\"/>",
        "<key id=\"key2\" for=\"node\" attr.name=\"seniority\" attr.type=\"int\"/>",
        "<key id=\"key5\" for=\"node\" attr.name=\"external\" attr.type=\"boolean\"/>",
        "<key id=\"key7\" for=\"edge\" attr.name=\"months\" attr.type=\"int\"/>",
        "<key id=\"key8\" for=\"edge\" attr.name=\"rate\" attr.type=\"double\"/>");
    String lw = odd.substring(odd.indexOf("<node id=\"r0\">"), odd.indexOf("<node id=\"r1\">"));
    assertThat(lw.replaceAll("\\s+", "")).isEqualTo("<nodeid=\"r0\"><datakey=\"key0\">lw</data>"
        + "<datakey=\"key1\">Linkworker</data><datakey=\"key2\">4</data>"
        + "<datakey=\"key3\">sp</data><datakey=\"key4\">pcn;vcse</data>"
        + "<datakey=\"key5\">false</data></node>");
    String other = odd.substring(odd.indexOf("<node id=\"r1\">"), odd.indexOf("<edge id=\"e0\""));
    assertThat(other).contains("a\"b\\c").doesNotContain("key2", "key3").contains("key4");
    String e0 = odd.substring(odd.indexOf("<edge id=\"e0\""), odd.indexOf("<edge id=\"e1\""));
    assertThat(e0).contains("<data key=\"key6\">lateral</data>", "<data key=\"key7\">6</data>",
        "<data key=\"key8\">0.25</data>");
    assertThat(odd.substring(odd.indexOf("<edge id=\"e1\""))).doesNotContain("key8");
  }

  @Test
  void csvListsHoldEveryValueAndBlanksForUnknownOnes() {
    assertThat(export(GraphExport::rolesCsv, ODD)).isEqualTo(
        "id,title,seniority,family,organisationTypes,external\n"
            + "lw,\"Link worker\",4,sp,pcn;vcse,false\n"
            + "\"a\"\"b\\c\",\"Odd \"\"one\"\"\",,,,true\n");
    assertThat(export(GraphExport::routesCsv, ODD)).isEqualTo(
        "from,to,kind,months,rate\n"
            + "lw,\"a\"\"b\\c\",lateral,6,0.25\n"
            + "\"a\"\"b\\c\",lw,entry,0,\n");
  }

  @Test
  void nullArgumentsAreNamed() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> GraphExport.dot(null, out)).hasMessage("model");
    assertThatThrownBy(() -> GraphExport.dot(ODD, null)).hasMessage("out");
    assertThatThrownBy(() -> GraphExport.graphml(null, out)).hasMessage("model");
    assertThatThrownBy(() -> GraphExport.graphml(ODD, null)).hasMessage("out");
    assertThatThrownBy(() -> GraphExport.rolesCsv(ODD, null)).hasMessage("out");
    assertThatThrownBy(() -> GraphExport.routesCsv(ODD, null)).hasMessage("out");
  }
}
