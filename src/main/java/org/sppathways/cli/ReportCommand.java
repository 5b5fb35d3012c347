package org.sppathways.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.model.Course;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.report.HtmlReport;
import org.sppathways.report.MarkdownReport;
import org.sppathways.report.ReportContent;
import org.sppathways.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report}: a self-contained HTML report, or a Markdown summary. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report (career map, progression ceilings by "
        + "employer, support, course coverage and, with --profiles, readiness and training needs), "
        + "or with --format md a Markdown summary.")
final class ReportCommand implements Callable<Integer> {
  /** Report formats. */
  enum Format {
    HTML,
    MD
  }

  @Mixin
  ModelOptions model;

  @Mixin
  CatalogueOptions.Adding catalogue;

  @Option(names = "--profiles", paramLabel = "FILE",
      description = "Worker profiles (.yaml, .yml, .json or .csv) to report on too.")
  Path profiles;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to this file (required for html; md goes to stdout without it).")
  Path out;

  @Option(names = "--outlook-years", paramLabel = "N", defaultValue = "5",
      description = "Years of the workforce outlook (projection, staff cost, training places) "
          + "when the model has staff figures and flow data; 0 leaves it out (default: "
          + "${DEFAULT-VALUE}).")
  int outlookYears;

  @Option(names = "--format", paramLabel = "html|md", defaultValue = "html",
      description = "Report format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (format == Format.HTML && out == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "an HTML report is a file: give --out FILE (e.g. --out report.html)");
    }
    if (outlookYears < 0 || outlookYears > 1000) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--outlook-years must be from 0 to 1000, was " + outlookYears);
    }
    WorkforceModel m = model.load();
    List<Course> courses = catalogue.load(m);
    ReportContent content = profiles == null ? Reports.of(m, courses)
        : Reports.of(m, courses, new ProfileOptions().read(m, profiles));
    if (outlookYears > 0) {
      java.util.Optional<ReportContent.Outlook> outlook = Reports.outlook(m, outlookYears);
      if (outlook.isPresent()) {
        content = content.withOutlook(outlook.get());
      } else {
        spec.commandLine().getErr().println("note: no workforce outlook: " + model.name()
            + " has no staff figures or no flow data (see docs/how-to/project-the-workforce.md)");
      }
    }
    if (format == Format.MD && out == null) {
      MarkdownReport.write(content, spec.commandLine().getOut());
      return 0;
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (format == Format.HTML) {
        HtmlReport.write(content, w);
      } else {
        MarkdownReport.write(content, w);
      }
    } catch (IOException e) {
      throw new SpPathwaysException("cannot write '" + out + "': " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println("wrote " + out);
    return 0;
  }
}
