/**
 * sp-pathways: workforce roles, competencies and progression routes as a graph, with training
 * gaps, career paths, structure analytics and workforce projection over it.
 *
 * <p>Only the API packages are exported. Every {@code internal} package and the command-line
 * application ({@code org.sppathways.cli}, which ships in the same jar) are hidden: they may
 * change in any release. See {@code docs/explanation/compatibility.md}.
 *
 * <p>Dependencies a module-path user reads through this module ({@code requires transitive}):
 * JGraphT core ({@link org.sppathways.model.WorkforceModel#graph()} returns a JGraphT graph) and
 * Jackson databind ({@code ModelWriter.toTree} and {@code ResultWriter.toTree} return Jackson
 * trees). DOT and GraphML export ({@code org.sppathways.io.GraphExport}) needs the optional
 * module {@code org.jgrapht.io}; add it to the module path (and {@code --add-modules
 * org.jgrapht.io} if nothing else requires it).
 *
 * @since 0.1.0
 */
module org.sppathways {
  requires transitive org.jgrapht.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;
  requires com.google.common;
  requires java.xml;

  // optional at run time: DOT and GraphML export only (GraphExport says so when it is missing)
  requires static org.jgrapht.io;
  // compile-time annotations only
  requires static org.jspecify;
  requires static org.immutables.value;
  // annotations that Immutables puts on the classes it generates (@Generated, @CanIgnoreReturnValue)
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  // the command-line application in org.sppathways.cli; the library never loads it
  requires static info.picocli;
  requires static me.tongfei.progressbar;

  exports org.sppathways.model;
  exports org.sppathways.reference;
  exports org.sppathways.io;
  exports org.sppathways.io.frameworks;
  exports org.sppathways.gaps;
  exports org.sppathways.compliance;
  exports org.sppathways.training;
  exports org.sppathways.paths;
  exports org.sppathways.structure;
  exports org.sppathways.flow;
  exports org.sppathways.evidence;
  exports org.sppathways.report;
  exports org.sppathways.query;
  exports org.sppathways.diff;

  // picocli fills the command objects' option fields by reflection
  opens org.sppathways.cli to info.picocli;
}
